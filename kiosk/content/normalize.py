"""Newspaper page text → clean paragraphs and the page's furniture.

Text pulled from a printed page wraps at the column width, breaks paragraphs across columns,
spreads justified narrow-column lines with spaces, and puts the headline, captions and
sidebar wherever the extraction happened to find them. This module undoes that.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

from kiosk.content.model import Caption, Paragraph
from kiosk.content.text import (
    CJK_CHARS,
    display_width,
    ends_sentence,
    is_cjk_side,
)

# Photo direction markers that open a caption in print.
CAPTION_MARKERS = "▲▼◀▶△▽◁▷►◄←→↑↓"
_CREDIT = (rf"(?P<credit>(?:[{CJK_CHARS}]{{0,8}}(?:·[{CJK_CHARS}]{{2,8}})?记者\s?|摄影[：:]?)"
           rf"[^\s。]{{1,12}}\s*摄?)")
_CAPTION_RE = re.compile(rf"^(?P<marker>[{CAPTION_MARKERS}])\s*(?P<text>.+?)\s*{_CREDIT}$")
_CAPTION_BARE_RE = re.compile(rf"^(?P<marker>[{CAPTION_MARKERS}])\s*(?P<text>.+)$")
# A site sets a photo's caption as a line of text that says so (`图为……。某某社记者 某某 摄`).
_PHOTO_RE = re.compile(
    rf"^(?:图为|[上下左右]?图[：:])\s*(?P<text>[^“”]+?[。！]?)\s*(?:{_CREDIT})?$")
# A photo's source in brackets: `（图片来源：某某）`, `（资料图）`.
_PHOTO_SOURCE_RE = re.compile(
    r"^[（(【\[]\s*(?:图片来源|图源|资料图片?|视频来源)[^（）()【】\[\]]{0,24}[）)】\]]$")
# A section heading a site sets in square brackets on a line of its own: `【……】`.
_BRACKETED_HEADING_RE = re.compile(r"^【(?P<text>[^【】。！？；]{2,30})】$")
# (A correspondent may come first: `（通讯员 甲 记者 乙）`, as a university's news site puts
# its own people before the paper's.)
_FIRST_NAMES = r"(?P<first>通讯员\s*[^（()）\s记]{2,4}(?:[\s、]+[^（()）\s记]{2,4}){0,2}\s*)?"
# (... or a paper and its site name the reporter's desk: `（中青报·中青网记者 某某）`.)
_REPORTERS_RE = re.compile(
    rf"^[（(]{_FIRST_NAMES}(?:[^（()）]{{0,6}}?|[^（()）\s]{{2,8}}·[^（()）\s]{{2,8}}?)记者"
    r"(?P<names>[^（()）]+)[）)]$")
# An agency (`新华社`, `中新社`), the paper itself (`本报`), a news site (`中新网`) or a paper
# by name (`光明日报`, `科技日报`), then the place and the date.
DATELINE_RE = re.compile(
    # (`据新华社电`: a paper reprinting an agency's story.)
    # (`【大公报讯】`: a Hong Kong paper sets its name in square brackets.)
    rf"^(?P<bracket>【)?据?(?P<agency>[{CJK_CHARS}]{{1,4}}社|本报|本网|[{CJK_CHARS}]{{2,4}}网|[{CJK_CHARS}]{{2,4}}报"
    # (`某县融媒体中心讯`, a county's newsroom; `央视新闻客户端消息`, a broadcaster's app;
    # `本网讯`, a university's or a body's own news site.)
    # (`某某卫视客户端消息`, `某某广播电视台讯`: a television station.)
    rf"|[{CJK_CHARS}]{{2,8}}?融媒体中心|[{CJK_CHARS}]{{2,4}}新闻"
    rf"|[{CJK_CHARS}]{{2,6}}?(?:卫视|广播电视台|电视台))"
    # (`中国青年报客户端某地某日电`: the paper's app, not a place.)
    r"(?:客户端)?"
    # (`中国日报网8月9日电`: a site's dateline may give no place.)
    rf"(?:(?P<place>[{CJK_CHARS}]{{2,8}}?)?"
    # (`央广网某地某日消息`: a broadcaster's site says 消息.)
    r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:电|讯|消息)"
    # (`本报讯（记者 某某）`, `南方日报讯 （记者/某某）`: a local paper's dateline may give
    # neither place nor date.)
    # (On a line of its own after the body, as the seed's page prints it, it stands alone.)
    # (`央视网消息：`, `央视网消息（新闻联播）：`: a site's news with a colon after it.)
    # (`我苏网讯 ……`: a site's 讯 with a space after it.)
    r"|(?:讯|消息)(?:(?:[（(][^（()）记者]{1,10}[）)])?[：:]|(?(bracket)】|(?=\s|[（(]|$)))"
    # (`新华社电 ……`: an agency's story with no place or date.)
    r"|(?<=社)电(?=[\s（(]|$))"
)
# (`【大公报讯】记者某某报道：`: a Hong Kong paper's reporters, with no brackets; `某某晚报讯 记者
# 甲 通讯员 乙 报道：`.)
_REPORTED_BY_RE = re.compile(
    rf"^记者\s*(?P<names>[{CJK_CHARS}]{{2,4}}(?:(?:[、\s]+|(?=通讯员))(?:通讯员\s*)?[{CJK_CHARS}]{{2,4}})*?)"
    r"\s*报道[：:]")
# (`（中国青年报·中国青年网记者 某某）`: a paper and its site may name the reporter's desk.)
_INLINE_REPORTERS_RE = re.compile(
    rf"^[（(]{_FIRST_NAMES}(?:[^（()）]{{0,6}}?|[^（()）\s]{{2,8}}·[^（()）\s]{{2,8}}?)记者"
    r"(?P<names>[^（()）]+)[）)]")
# A byline on its own line under the headline: `本报记者 某某`, `某某报记者 某某 某地报道`;
# a news site's app may set its name apart with a bar (`某某日报客户端 | 记者 某某`), or the
# names (`某某新闻记者 | 某某`); what the reporter gave may come first (`文/图 本报记者 某某`).
_BYLINE_RE = re.compile(
    r"^(?:(?:文/图|文／图|图/文|图文|文|图)\s*[/／|｜：:]?\s*)?"
    rf"(?:[^\s，。：；（(“|｜]{{2,12}}\s*[|｜]\s*)?[^\s，。：；（(“]{{0,12}}?记者\s*[|｜]?\s*(?P<names>[{CJK_CHARS}]{{2,4}}(?:[\s、]+[{CJK_CHARS}]{{2,4}}){{0,3}}?)"
    rf"(?:\s+[{CJK_CHARS}]{{2,6}}报道)?$")
_BYLINE_LINES = 6
# (A column's line of text that wraps after `向记者算了` is no byline: no name holds these.)
_NOT_IN_NAMES = frozenset("了的是在着过")
# (... nor one that speaks to the reporter, `厂长某某向记者介绍道`, or takes the reporter
# somewhere: `董事长某某带记者走进`, `陪记者参观`.)
_TO_REPORTER_RE = re.compile("(?:向|对|给|跟|朝|告诉|接受|带|陪|领|邀请)记者")
# The time a site put the story up, under its byline: `2026-06-18 21:06 来源：某某新闻`.
_POSTED_RE = re.compile(
    r"^(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*[|｜]?\s*来源[：:]\s*[^\s，。]{1,16})?$")
# What a news site prints after a story: its end mark and the editors (`（完）`,
# `【编辑：某某】`, `责任编辑：某某 校对：某某`), in brackets or not.
_EDITORS = r"(?:责任编辑|值班编辑|编辑|责编|校对|审校|审核|终审|监制|主编|制作)"
_SITE_END_RE = re.compile(
    rf"^[【\[（(]?\s*(?:完|{_EDITORS}\s*[：:／/][^【】\[\]（）()。！？“”]{{1,24}}?"
    rf"(?:\s+{_EDITORS}\s*[：:／/][^【】\[\]（）()。！？“”]{{1,24}}?)*)\s*[】\]）)]?$")
_SITE_END_MAX = 60
# A site's note of where and when the story ran, in fields (`来源：…`, `发布时间：…`, `字号`).
_META_LINE_RE = re.compile(
    r"^(?:来源|稿源|发布时间|发布日期|时间|作者|字号|浏览次数|阅读量)\s*[：:]")
_SENTENCE_MARKS_RE = re.compile("[。！？“”]")
# (... whose author field names the reporter: `作者：某某`, `记者：某 某`.)
_AUTHOR_RE = re.compile(
    rf"(?:作者|记者)\s*[：:]\s*(?P<names>[{CJK_CHARS}](?: ?[{CJK_CHARS}]){{1,3}}"
    rf"(?:[\s、]+[{CJK_CHARS}](?: ?[{CJK_CHARS}]){{1,3}}){{0,3}})(?=\s|$)")
# Where the page sits on the site: `首页 > 新闻 > 科技`, `当前位置：首页 > 滚动`.
_BREADCRUMB_RE = re.compile(r"^(?:当前位置\s*[：:]\s*)?(?:首页|主页|网站首页)\s*[>›»＞/]")
# What a site links or offers around a story: `点击进入专题`, `分享到：`, `【打印】`, `返回顶部`.
_SITE_LINK_RE = re.compile(
    r"^(?:点击(?:进入|查看|阅读|播放)[^。！？“”]{0,12}|分享到[：:]?[^。！？“”]{0,30}"
    r"|扫一扫[^。！？“”]{0,20}|(?:[【\[]?(?:打印|关闭|关闭窗口|收藏|纠错)[】\]]?\s*)+"
    r"|返回顶部|返回首页|上一篇[：:][^。！？“”]{0,40}|下一篇[：:][^。！？“”]{0,40}"
    r"|相关(?:新闻|阅读|链接|报道)[：:]?)$")
# Links and editors in square brackets together on one line: `【纠错】 【责任编辑：某某】`.
_SITE_GROUPS_RE = re.compile(
    rf"^(?:[【\[]\s*(?:纠错|打印|关闭|关闭窗口|收藏|{_EDITORS}\s*[：:／/][^【】\[\]]{{1,24}}?)"
    r"\s*[】\]]\s*)+$")
# The editors' note a site or paper sets before a story (`编者按：……`): not the reporter's.
_EDITORS_NOTE_RE = re.compile(r"^[【\[]?编者按[】\]]?\s*[：:]?")
# A site's note of the headline the story first ran under, opening the headline.
_FIRST_TITLE_RE = re.compile(r"^原标题\s*[：:]\s*")
_SPACE_RE = re.compile(r"\s")
_PUNCT_ONLY_RE = re.compile(rf"^[^{CJK_CHARS}A-Za-z0-9%％‰℃]+$")
_NO_DISPLAY_RE = re.compile(r"[。！？；：，]")
_KICKER_END = ("——", "—", "：")
_SUBTITLE_START = ("——", "—")
_MAX_DISPLAY = 32
_MAX_HEADING = 20
_HEADING_AFTER = 24
_MAX_BYLINED_TITLE = 48
# What a headline above a byline may hold inside it, not at its end.
_INSIDE_HEADLINE = ("，", "：")
# (A headline may exclaim or ask inside it: `主场逆转夺冠！家乡球迷沸腾了`.)
_INSIDE_HEADLINE_RE = re.compile("[，：！？]")
_MAX_TITLE_WITH_COLON = 20
_WRAPPED_MAX_WIDTH = 40
_NARROW_RATIO = 0.6
_SHORT_LINE_RATIO = 0.85
_FREE_AT_PARAGRAPH_END = 1.5
# A speaker and a speech verb alone (`他说。`, `某某笑着说。`, `某某喊得嗓子都哑了。`): the end
# of a quote's sentence.
_SAID_AND_HOW = r"(?:[道说]|得[^，。！？“”：；\s]{1,8})?。"
_ATTRIBUTION_RE = re.compile(
    rf"[^，。！？“”：；\s]{{1,10}}?(?:说|道|表示|介绍|称|指出|强调|补充|喊){_SAID_AND_HOW}")
_LONG_ATTRIBUTION_RE = re.compile(
    r"[^，。！？“”：；\n]{2,48}?(?:说|道|表示|介绍|称|指出|强调|补充|透露|坦言|感叹|感慨|喊|回答|回应"
    r"|解释)" + _SAID_AND_HOW)
# ... or a speaker and a verb that reports what they said next (`某某说，……`), after a
# paragraph that is a quote and nothing else.
_SAID_ON_RE = re.compile(
    r"[^，。！？“”：；\n]{2,32}?(?:说|表示|介绍|指出|强调|补充|透露|坦言)[，,]")
# A turn of an interview: who speaks, then a colon (`记者：`, `问：`, `某某：`).
_TURN_RE = re.compile(r"[^，。！？“”：；\s]{1,8}[：:]")
_ATTRIBUTION_LINES = 3
# Someone counted, after where they are, opening the sentence after words (`台下一位……`).
_COUNTED_AFTER_RE = re.compile(
    r"(?:[^，。！？“”：；\s]{1,4}?[上下里边旁前中外])?[一两三几][位名个]")
# Whose words they were, opening the sentence after them (`某某的回答引得大家哈哈大笑。`).
_WHOSE_WORDS_RE = re.compile(
    r"[^，。！？“”：；\n]{1,12}?的(?:回答|话|提问|问题|解释|介绍|讲解|吆喝|喊声)[^，。！？“”：；\n]")


class Line(NamedTuple):
    """One non-blank source line after letter-spacing is collapsed.

    (A named tuple, not a frozen dataclass: a page makes hundreds, and a tuple is made in
    half the time.)"""

    number: int
    text: str
    indented: bool


@dataclass
class Page:
    """The clean page: furniture, headings and paragraphs in reading order."""

    title: str = ""
    byline_line: int = 0  # the line of a byline under the headline, if any
    posted_line: int = 0  # the line of a site's posting time under it, if any
    dateline_line: int = 0  # the line of a dateline standing alone (after the body), if any
    kicker: str = ""
    subtitle: str = ""
    dateline: str = ""
    agency: str = ""
    place: str = ""
    month: int | None = None
    day: int | None = None
    reporters: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    headings: list[tuple[str, int, int]] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    strays: list[str] = field(default_factory=list)


def collapse_spacing(line: str, justified: bool = False) -> str:
    """Removes the spaces a justified narrow column puts between characters.

    A line is letter-spaced when two or more of its space-separated tokens are single
    Chinese characters or marks, or when it sits in a narrow justified column; then every
    space touching Chinese text goes, and only a space between two Latin words or numbers
    stays. Other lines keep their spaces as printed.
    """
    if not _SPACE_RE.search(line):
        return line
    tokens = line.split()
    singles = sum(1 for t in tokens if len(t) == 1 and is_cjk_side(t))
    if not tokens or (singles < 2 and not justified):
        return " ".join(tokens)
    out = tokens[0]
    for token in tokens[1:]:
        if is_cjk_side(out[-1]) or is_cjk_side(token[0]):
            out += token
        else:
            out += " " + token
    return out


def join_lines(left: str, right: str, full: bool = False) -> str:
    """Joins a wrapped line to the next: no space unless two Latin words meet. A column
    breaks a Latin word without a hyphen: a `full` line (it reaches the column's edge,
    `……创始人Ryan Coo` | `per第三次`) that goes on in lower case goes on with the word."""
    if left and right and left[-1].isascii() and left[-1].isalpha() \
            and right[0].isascii() and right[0].isalpha() \
            and not (full and right[0].islower()):
        return left + " " + right
    return left + right


def normalize(text: str) -> Page:
    """Turns page text into a `Page`.

    Args:
        text: decoded source text with LF line ends.

    Returns:
        The page with clean paragraphs, each pointing at its source lines.
    """
    page = Page()
    blocks = _split_subtitles(_blocks(text, page))
    width = _body_width(blocks)
    wrapped = width <= _WRAPPED_MAX_WIDTH
    pending: list[Line] = []
    pending_narrow = False
    units: list[tuple[str, list[Line], bool]] = []

    def flush() -> None:
        nonlocal pending
        if pending:
            units.append(("para", pending, pending_narrow))
            pending = []

    for n, block in enumerate(blocks):
        if ((_is_display(block) and not (wrapped and _fills_column(block, blocks[n + 1:n + 2],
                                                                   width)))
                or (n == 0 and _comma_headline(block, blocks[1:2],
                                               page.byline_line or page.posted_line
                                               or page.dateline_line))
                or (n == 0 and _display_but_commas(block) and _summary_above_dateline(blocks, page))
                or (n == 0 and _long_headline(block, blocks[1:2],
                                              page.byline_line or page.posted_line))
                or (n == 1 and _comma_subtitle(block) and _is_display(blocks[0]))
                or _comma_headline_last(block, blocks[n + 1:], page, width)) \
                and not (pending and not ends_sentence(pending[-1].text)
                         and not _is_display([pending[-1]])):
            flush()
            units.append(("display", block, False))
            continue
        narrow = _narrow(block, width) if wrapped else False
        attribution = bool(pending) and not pending_narrow \
            and pending[-1].text.endswith("”") \
            and display_width(pending[-1].text) >= width * _SHORT_LINE_RATIO \
            and ((narrow and len(block) == 1
                  and _ATTRIBUTION_RE.fullmatch(block[0].text.strip()) is not None)
                 # (or a whole phrase before the verb, over lines: `某公司创始人某某在发布`
                 # | `会上说。`)
                 or (wrapped and not narrow and _LONG_ATTRIBUTION_RE.match(
                     "".join(line.text for line in block[:_ATTRIBUTION_LINES])) is not None)
                 # (`“……。”` alone | `领头的学生某某说，……`)
                 or (wrapped and not narrow and _only_a_quote(pending, units)
                     and _SAID_ON_RE.match(
                         "".join(line.text for line in block[:_ATTRIBUTION_LINES])) is not None)
                 # (or whose words they were: `……遥控器了。”` | `某某的回答引得大家哈哈大笑。`)
                 or (wrapped and _WHOSE_WORDS_RE.match(block[0].text) is not None)
                 # (or someone counted who does something after them: `“……。”` alone |
                 # `台下一位……提出了困扰。`)
                 or (wrapped and not narrow and _only_a_quote(pending, units)
                     and _COUNTED_AFTER_RE.match(block[0].text) is not None))
        if narrow and len(block) == 1 and not pending_narrow and (
                (pending and (not ends_sentence(pending[-1].text) or attribution)
                 and display_width(pending[-1].text) >= width * _SHORT_LINE_RATIO)
                or not (n + 1 < len(blocks) and _narrow(blocks[n + 1], width))
                or _short_turns(blocks, n, width)):
            # One short line is no sidebar: after a column break in mid-sentence it ends
            # that paragraph (`……他感叹道，“现在的` | `孩子赶上了好时候。”`), and so does the
            # attribution of a quote that ends a full line (`……挑大梁。”` | `他说。`); between
            # full ones it is a short paragraph (`记者：接下来还有什么计划？`), for a sidebar
            # runs over narrow lines.
            narrow = False
        if pending and (narrow != pending_narrow
                        or (ends_sentence(pending[-1].text) and not attribution
                            and not _quote_goes_on(pending, block, width)
                            and not _answer_goes_on(pending, block, blocks[n + 1:n + 2],
                                                    width))):
            flush()
        pending_narrow = narrow
        if narrow:
            block = [Line(ln.number, collapse_spacing(ln.text, True), ln.indented) for ln in block]
        for line in block:
            if pending and _starts_paragraph(pending[-1], line, width, wrapped, narrow):
                flush()
            pending.append(line)
    flush()
    _assemble(page, units, width if wrapped else 0.0)
    return page


# The gap that sets the two halves of a heading apart (not a space in a Latin name).
_HEADING_GAP_RE = re.compile(f"[{CJK_CHARS}“”] +[{CJK_CHARS}“”]")


def _only_a_quote(lines: list[Line], units: list[tuple[str, list[Line], bool]]) -> bool:
    """Whether the paragraph so far is one quote and nothing else (`“……。”`), not the last
    part of one over paragraphs (the paragraph before left a quotation mark open)."""
    text = "".join(line.text for line in lines)
    if not (text.startswith("“") and text.endswith("”") and text.count("“") == 1
            and text.count("”") == 1):
        return False
    before = "".join(line.text for line in units[-1][1]) if units and units[-1][0] == "para" \
        else ""
    return before.count("“") <= before.count("”")


def _answer_goes_on(pending: list[Line], block: list[Line], following: list[list[Line]],
                    width: float) -> bool:
    """A column break at a sentence's end inside an interview's answer (`某某：……。` |
    `……。` | `记者：……？`): the paragraph so far is a turn that ends a full line, and the
    block after it, which opens no turn, is followed by one."""
    return bool(width) and display_width(pending[-1].text) >= width - 1 \
        and _TURN_RE.match(pending[0].text) is not None and not _TURN_RE.match(block[0].text) \
        and bool(following) and _TURN_RE.match(following[0][0].text) is not None


def _quote_goes_on(pending: list[Line], block: list[Line], width: float) -> bool:
    """A column break at a sentence's end inside a quote (`……攻关。` | `我们不怕……。”`): the
    paragraph so far leaves a quotation mark open on a full line, and the block after it
    closes one before it opens any (a quote over paragraphs opens each with one)."""
    if not width or display_width(pending[-1].text) < width - 1 \
            or block[0].text.startswith(("“", "‘")):
        return False
    text, after = "".join(line.text for line in pending), "".join(ln.text for ln in block)
    marks = [ch for ch in after if ch in "“”"]
    return text.count("“") > text.count("”") and marks[:1] == ["”"]


def _fills_column(block: list[Line], after: list[list[Line]], width: float) -> bool:
    """A line exactly as wide as the column, with no gap, before more text: the first
    line of a paragraph a column break cut off (`某大学某研究院院长某某在主旨` | `演讲中指出：
    ……`), not a heading (set apart, `开放合作 打造……`, and seldom to the column's edge)
    nor a headline (wider than a column, or closing the page but for a sidebar)."""
    return len(block) == 1 and not _HEADING_GAP_RE.search(block[0].text) and bool(after) \
        and not (len(after[0]) > 1 and _narrow(after[0], width)) \
        and width - 0.5 <= display_width(block[0].text) <= width + 0.5 \
        and not block[0].text.endswith(_KICKER_END) \
        and not after[0][0].text.startswith(_SUBTITLE_START)


_MAX_TURNS = 3


def _short_turns(blocks: list[list[Line]], n: int, width: float) -> bool:
    """Whether block `n` is one of a few short paragraphs of dialogue between full-width
    text (`“你闻闻，有焦味没有？”` | `小李凑近闻了闻，摇摇头。`): one-line blocks that each end a
    sentence, one of them bare words in marks. A sidebar does not run so."""
    def turn(at: int) -> bool:
        return 0 <= at < len(blocks) and len(blocks[at]) == 1 \
            and ends_sentence(blocks[at][0].text) and _narrow(blocks[at], width)

    first = last = n
    while first > n - _MAX_TURNS and turn(first - 1):
        first -= 1
    while last < n + _MAX_TURNS and turn(last + 1):
        last += 1
    return turn(n) and last - first < _MAX_TURNS and not turn(first - 1) \
        and not turn(last + 1) and first > 0 and last + 1 < len(blocks) \
        and any(re.fullmatch("“[^“”]+”", blocks[at][0].text) for at in range(first, last + 1))


def _narrow(block: list[Line], width: float) -> bool:
    """Whether a block is set narrower than the body's columns (a sidebar's)."""
    return max(display_width(ln.text) for ln in block) < width * _NARROW_RATIO


def _blocks(text: str, page: Page) -> list[list[Line]]:
    """Splits text into blank-line separated blocks, pulling out lines that stand alone."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        compact = collapse_spacing(raw.strip())
        if not blocks and not current and (first := _FIRST_TITLE_RE.match(compact)):
            compact = compact[first.end():]  # (`原标题：……` over a copied page)
        # (A line that goes on from a line of text, `……”论` | `文通讯作者某某接受记者采访时`,
        # is no byline.)
        in_text = bool(current) and _TEXT_MARKS_RE.search(current[-1].text) is not None
        # (A site's lines, its photos' captions and headings, stand after a sentence's end:
        # a line of a column that wraps `……试` | `图为……` goes on with the text.)
        fresh = not current or ends_sentence(current[-1].text)
        if not compact or _special_line(compact, number, page, in_text, fresh):
            if current:
                blocks.append(current)
                current = []
            continue
        indented = raw.startswith(("\u3000", "  ", "\t"))
        line = Line(number, compact, indented)
        if fresh and (heading := _BRACKETED_HEADING_RE.match(compact)):
            line = Line(number, heading["text"], indented)
        elif not (fresh and current and display_width(current[-1].text) >= _HEADING_AFTER
                  and _is_display([line], _MAX_HEADING)):
            current.append(line)
            continue
        # A section heading with no blank line around it: `【……】`, or a short line with no
        # stop after a sentence's end on a line longer than any heading (a site's page: a
        # column's line that opens a paragraph is as long as the one before, and holds a
        # stop when it is shorter), a display line of its own.
        if current:
            blocks.append(current)
            current = []
        blocks.append([line])
    if current:
        blocks.append(current)
    return blocks


def _split_subtitles(blocks: list[list[Line]]) -> list[list[Line]]:
    """A headline printed directly above its `——subtitle` line, or above the paragraph its
    dateline opens, stands as a display line of its own; a subtitle a narrow column wrapped
    (`——访某某大学某某研究院院` / `长某某`) is one line."""
    out: list[list[Line]] = []
    for block in blocks:
        block = _joined_subtitle(block)
        if not out and len(block) >= 2 and DATELINE_RE.match(block[1].text) \
                and (_is_display(block[:1]) or _display_but_commas(block[:1])):
            # The headline right above the paragraph its dateline opens, no blank line
            # between (a page copied from a site): a display line of its own.
            out += [block[:1], block[1:]]
            continue
        # (A single dash opening a line inside a block of text is a dash the column
        # wrapped: `第二十二届中国` | `—东盟博览会17`.)
        if len(block) >= 2 and block[1].text.startswith(_SUBTITLE_START) \
                and (len(block) == 2 or block[1].text.startswith("——")) \
                and _is_display(block[:1]) and (_is_display(block[1:2])
                                                or _comma_subtitle(block[1:2])):
            out += [block[:1], block[1:2]] + ([block[2:]] if block[2:] else [])
        else:
            out.append(block)
    return out


def _joined_subtitle(block: list[Line]) -> list[Line]:
    """A block that ends in a `——` line and the lines it wrapped into, no sentence mark among
    them, with those lines joined into one."""
    for at in (0, 1):
        rest = block[at:]
        if 2 <= len(rest) <= _SUBTITLE_LINES and rest[0].text.startswith(_SUBTITLE_START) \
                and not any(_SENTENCE_END_RE.search(line.text) for line in rest) \
                and len(rest[0].text) >= max(len(line.text) for line in rest[1:]) \
                and sum(len(line.text) for line in rest) <= _MAX_DISPLAY + _SUBTITLE_SLACK:
            joined = Line(rest[0].number, "".join(line.text for line in rest), rest[0].indented)
            return [*block[:at], joined]
    return block


# A subtitle is at most a little longer than a display line, in at most three lines.
_SUBTITLE_LINES = 3
_SUBTITLE_SLACK = 8
_SENTENCE_END_RE = re.compile("[。！？；：]")


_TEXT_MARKS_RE = re.compile("[，。：；！？”]")
# (... unless its parts stand apart, as a column's text never does: `某报记者 某某 上海报道`
# under a headline that holds a colon and marks.)
_SPACED_RE = re.compile(f"[{CJK_CHARS}] +[{CJK_CHARS}]")


def _special_line(compact: str, number: int, page: Page, in_text: bool = False,
                  fresh: bool = True) -> bool:
    """Records a caption, reporters, dateline or stray line; tells whether it was one
    (`in_text`: the line before holds text; `fresh`: none does, or it ends a sentence)."""
    if compact[0] in CAPTION_MARKERS and (match := _CAPTION_RE.match(compact)):
        page.captions.append(Caption(match["text"].strip(), _clean_credit(match["credit"]),
                                     number, match["marker"]))
        return True
    if compact[0] in CAPTION_MARKERS and (match := _CAPTION_BARE_RE.match(compact)):
        page.captions.append(Caption(match["text"].strip(), "", number, match["marker"]))
        return True
    if fresh and compact[0] in "图上下左右" and (match := _PHOTO_RE.match(compact)):
        page.captions.append(Caption(match["text"].strip(), _clean_credit(match["credit"] or ""),
                                     number))
        return True
    if compact[0] in "（(" and (match := _REPORTERS_RE.match(compact)):
        page.reporters.extend(_split_names((match["first"] or "") + " " + match["names"]))
        return True
    if number <= _BYLINE_LINES and (not in_text or _SPACED_RE.search(compact)) \
            and "记者" in compact \
            and (match := _BYLINE_RE.match(compact)) \
            and not _NOT_IN_NAMES.intersection(match["names"]) \
            and not _TO_REPORTER_RE.search(compact):
        page.reporters.extend(_split_names(match["names"]))
        page.byline_line = page.byline_line or number
        return True
    if number <= _BYLINE_LINES and compact[0].isdigit() and _POSTED_RE.match(compact):
        page.strays.append(f"{number}: {compact}")
        page.posted_line = page.posted_line or number
        return True
    if (match := DATELINE_RE.match(compact)) and match.end() == len(compact):
        _set_dateline(page, match)
        page.dateline_line = number
        return True
    if match and not page.dateline \
            and (reporters := _INLINE_REPORTERS_RE.match(rest := compact[match.end():].lstrip())) \
            and reporters.end() == len(rest):
        # `新华社某地某日电（记者 某某 实习生 某某）` on a line of its own, the lead after it.
        _set_dateline(page, match)
        page.dateline_line = number
        page.reporters.extend(_split_names((reporters["first"] or "") + " " + reporters["names"]))
        return True
    if number <= _BYLINE_LINES and _META_LINE_RE.match(compact) \
            and not _SENTENCE_MARKS_RE.search(compact):
        # `来源：某某融媒体中心 2026-02-12 09:31 字号：大 中 小`: the site's note of where and
        # when it ran, under the headline.
        page.strays.append(f"{number}: {compact}")
        page.posted_line = page.posted_line or number
        if author := _AUTHOR_RE.search(compact):
            page.reporters.extend(_split_names(author["names"]))
        return True
    if number <= _BYLINE_LINES and _BREADCRUMB_RE.match(compact):
        page.strays.append(f"{number}: {compact}")  # `首页 > 新闻 > 科技`: where the page sits
        return True
    if _PUNCT_ONLY_RE.match(compact) or (fresh and len(compact) <= _SITE_END_MAX and (
            _SITE_END_RE.match(compact) or _PHOTO_SOURCE_RE.match(compact)
            or _SITE_LINK_RE.match(compact) or _SITE_GROUPS_RE.match(compact))) \
            or (fresh and _EDITORS_NOTE_RE.match(compact)):
        page.strays.append(f"{number}: {compact}")
        return True
    return False


def _clean_credit(credit: str) -> str:
    credit = credit.strip()
    return credit[:-1].strip() if credit.endswith("摄") else credit


# What a byline calls its people (`记者 甲 实习生 乙`, `通讯员 丙`): their roles, not names.
_BYLINE_ROLES = frozenset({"记者", "本报记者", "见习记者", "特约记者", "实习生", "通讯员", "摄影",
                           "摄影记者"})
# (A role ends a part, `甲|实习生 乙`, or stands between names joined: `甲通讯员乙`.)
_BYLINE_ROLE_ANY_RE = re.compile(
    "(?<=.)(?:" + "|".join(sorted(_BYLINE_ROLES, key=len, reverse=True)) + ")")
# (... or the space after one: `通讯员|乙` joined to `通讯员乙`.)
_BYLINE_ROLE_START_RE = re.compile(
    "^(?:" + "|".join(sorted(_BYLINE_ROLES, key=len, reverse=True)) + ")(?=.)")


def _split_names(names: str) -> list[str]:
    # (A column's line end may swallow the space before the next role: `甲|实习生 乙`.)
    # (`记者/某某 通讯员/某某`: a slash may join a role to its names.)
    # (`记者 某某 文/摄`: what the reporter did, words and pictures, names no one.)
    # (`柴 峰 通讯员 闵晓丽` set letter-spaced and joined: a role between names parts them.)
    names = _WORK_RE.sub("", names)
    names = _join_spaced(names)
    return [n for part in re.split(r"[、，,\s/／]+", names)
            for n in _BYLINE_ROLE_ANY_RE.split(_BYLINE_ROLE_START_RE.sub("", part))
            if n and n not in _BYLINE_ROLES and not _BYLINE_NETWORK_RE.fullmatch(n)]


# A paper's network of local correspondents, named in the byline before their names as a role
# is (`共享联盟·某县 某某`): a body and a place joined by ·, no one's name.
_BYLINE_NETWORK_RE = re.compile(r"[^·•\s]{1,8}(?:联盟|中心|站|台|报|社|网|融媒)[·•][^·•\s]{1,6}")


def _join_spaced(names: str) -> str:
    """`何 静` → `何静`: a name of two set out to the width of three, its characters parted by
    a space; names of two or more characters stay apart (`何静 李明`)."""
    parts = names.split()
    joined: list[str] = []
    for part in parts:
        if joined and len(part) == 1 and len(joined[-1]) == 1:
            joined[-1] += part
        else:
            joined.append(part)
    return " ".join(joined)


_WORK_RE = re.compile(r"\s+(?:文|图|摄|摄影|视频)(?:[/／](?:文|图|摄|摄影|视频))*\s*$")


def _set_dateline(page: Page, match: re.Match[str]) -> None:
    page.dateline = match.group().rstrip("：:").strip("【】")
    page.agency = match["agency"]
    page.place = match["place"] or ""
    page.month = int(match["month"]) if match["month"] else None
    page.day = int(match["day"]) if match["day"] else None


def _body_width(blocks: list[list[Line]]) -> float:
    """The column width of body text: the upper quartile of line widths."""
    widths = sorted(display_width(ln.text) for block in blocks for ln in block)
    if not widths:
        return 0.0
    return statistics.quantiles(widths, n=4)[-1] if len(widths) > 1 else widths[0]


def _is_display(block: list[Line], limit: int = _MAX_DISPLAY) -> bool:
    """A headline, kicker or section heading: one short line (at most `limit` characters),
    no sentence punctuation."""
    if len(block) != 1:
        return False
    text = block[0].text
    # A headline may hold a colon (`某地：某事`), not end in one.
    if "：" in text[:-1] and len(text) <= _MAX_TITLE_WITH_COLON:
        text = text.replace("：", "")
    if text.endswith(_SUBTITLE_START):
        text = text.replace("，", "")  # a kicker may hold a comma: `某某开幕，某某——`
    return (len(text) <= limit and not _NO_DISPLAY_RE.search(text)
            and not text.endswith("、") and text.count("“") == text.count("”")
            and bool(re.search(f"[{CJK_CHARS}]", text)))


def _long_headline(block: list[Line], after: list[list[Line]], byline_line: int) -> bool:
    """A headline that opens the page with a byline under it may run longer than a display
    line (a news app's: `某某大会开幕 200余款新品首发 机器人调酒、写书法`), and hold commas
    and a colon inside it (`某某来了：在……，孩子们……`)."""
    return bool(byline_line) and bool(after) \
        and _display_but_inside_marks(block, _MAX_BYLINED_TITLE) \
        and block[0].number < byline_line < after[0][0].number


def _comma_headline(block: list[Line], after: list[list[Line]], byline_line: int = 0) -> bool:
    """A headline may hold a comma (`文旅博览会上，老手艺遇见新玩法`) when it opens the page
    on a line of its own and the dateline opens the paragraph after it (or a `——` subtitle
    follows, or a byline): one short line that ends in no sentence mark."""
    return bool(after) and _display_but_commas(block) \
        and _opens_story(block[0], after[0][0], byline_line)


def _summary_above_dateline(blocks: list[list[Line]], page: Page) -> bool:
    """Whether the page's second block is a site's summary set between the headline and a
    dateline standing on its own line (`某某：某某“某某”` | `12月2日，某医院……。` |
    `新华社某地某日电（记者 某某）`): one line that ends a sentence, right above it."""
    return len(blocks) > 2 and len(blocks[1]) == 1 and ends_sentence(blocks[1][0].text) \
        and blocks[1][0].number < page.dateline_line < blocks[2][0].number


def _comma_headline_last(block: list[Line], after: list[list[Line]], page: Page,
                         width: float) -> bool:
    """A headline with a comma may also close a page pulled as text, after the body and the
    dateline on a line of its own (`……（记者某某）/ 新华社某地某日电 / 某某上，某某`), only a
    sidebar after it."""
    return _display_but_commas(block) and 0 < page.dateline_line < block[0].number \
        and all(_narrow(later, width) for later in after)


def _comma_subtitle(block: list[Line]) -> bool:
    """A `——` subtitle may hold a comma (`——某某超过40兆帕，可为……提供材料`): one line that
    would be a display line without it."""
    return len(block) == 1 and block[0].text.startswith("——") and _display_but_commas(block)


def _display_but_commas(block: list[Line]) -> bool:
    """One line holding a comma, or a colon longer than a display line's (`某节上的“新农具”：
    手机成了……`), that would be a display line without them."""
    return len(block) == 1 and _INSIDE_HEADLINE_RE.search(block[0].text) is not None \
        and _display_but_inside_marks(block)


def _display_but_inside_marks(block: list[Line], limit: int = _MAX_DISPLAY) -> bool:
    """One line that would be a display line (at most `limit`) without the commas and colons
    inside it; not one that ends in either."""
    if len(block) != 1 or block[0].text.endswith(_INSIDE_HEADLINE):
        return False
    return _is_display([block[0]._replace(text=_INSIDE_HEADLINE_RE.sub("", block[0].text))],
                       limit)


def _opens_story(line: Line, nxt: Line, byline_line: int) -> bool:
    """Whether `line` heads the story that `nxt` begins: a `——` subtitle follows it, the
    dateline opens the next paragraph, or a byline stands between them."""
    return nxt.text.startswith(_SUBTITLE_START) or DATELINE_RE.match(nxt.text) is not None \
        or line.number < byline_line < nxt.number


def _starts_paragraph(prev: Line, line: Line, width: float, wrapped: bool, narrow: bool) -> bool:
    """Tells whether `line` opens a new paragraph inside a block."""
    if line.indented:
        return True
    if not wrapped:
        return True
    if narrow:
        return False
    return ends_sentence(prev.text) and display_width(prev.text) < max(
        width * _SHORT_LINE_RATIO, width - _FREE_AT_PARAGRAPH_END)


def _assemble(page: Page, units: list[tuple[str, list[Line], bool]], width: float) -> None:
    """Assigns display lines to headline/kicker/headings and builds the paragraphs (`width`:
    the column's, for text wrapped in columns, else 0)."""
    displays = [i for i, (kind, _, _) in enumerate(units) if kind == "display"]
    # (A site's posting time under the headline tells it as a byline does.)
    roles = _display_roles(units, displays, page.byline_line or page.posted_line)
    section: int | None = None
    for i, (kind, lines, narrow) in enumerate(units):
        if kind == "display":
            role = roles.get(i, "heading")
            text = lines[0].text
            if role == "heading":
                section = len(page.headings)
                page.headings.append((text, lines[0].number, len(page.paragraphs)))
            else:
                setattr(page, role, text.lstrip("—") if role == "subtitle" else text)
            continue
        body = lines[0].text
        for before, line in pairwise(lines):
            body = join_lines(body, line.text,
                              full=bool(width) and display_width(before.text) >= width - 0.5)
        # (The lead may stand in a sidebar after the body: it opens the story all the same.)
        opening = not page.paragraphs or (narrow and all(p.kind != "lead" for p in page.paragraphs))
        body = _take_inline_dateline(page, body, opening)
        if not body:
            continue
        if section is None and not narrow:
            section = len(page.headings)
            page.headings.append(("", lines[0].number, len(page.paragraphs)))
        page.paragraphs.append(Paragraph(
            index=len(page.paragraphs), text=body, first_line=lines[0].number,
            last_line=lines[-1].number, section=None if narrow else section,
            kind="lead" if narrow else "body"))


def _display_roles(units: list[tuple[str, list[Line], bool]],
                   displays: list[int], byline_line: int = 0) -> dict[int, str]:
    """Finds the kicker, title and subtitle among the display lines (a byline's line, if
    any, tells a headline that opens the page from the section headings after it)."""
    roles: dict[int, str] = {}
    for i in displays:
        text = units[i][1][0].text
        if text.endswith(_KICKER_END) and i + 1 in displays:
            roles[i] = "kicker"
            roles[i + 1] = "title"
            break
    if "title" not in roles.values() and displays:
        first = displays[0]
        nxt = units[first + 1] if first + 1 < len(units) else None
        # (`标题` / `本报记者 某某` / body with `四字小标题` sections: the byline tells.)
        starts_story = first == 0 and nxt is not None \
            and _opens_story(units[first][1][0], nxt[1][0], byline_line)
        if starts_story or (len(displays) == 1 and first == 0):
            roles[first] = "title"
    if "title" not in roles.values() and displays and (last := displays[-1]) > 0 \
            and all(narrow for _, _, narrow in units[last + 1:]):
        # A page pulled as text may end `……（记者某某）/ 某某社某地某日电 / 标题` with no
        # kicker (and then a sidebar, as the seed's): a display line with no paragraph of
        # the body after it heads no section; it is the headline (or its `——` subtitle,
        # printed under the headline).
        if units[last][1][0].text.startswith(_SUBTITLE_START) and last - 1 in displays:
            last -= 1
        roles[last] = "title"
    if "title" not in roles.values() and displays and displays[0] == 0:
        # A display line opening the page, with section headings after it and no headline
        # at the end: the headline (a site's page with no dateline under it).
        roles[0] = "title"
    for i, role in list(roles.items()):
        if role == "title" and i + 1 in displays \
                and units[i + 1][1][0].text.startswith(_SUBTITLE_START):
            roles[i + 1] = "subtitle"
    return roles


def _take_inline_dateline(page: Page, body: str, opening: bool) -> str:
    """Moves a dateline and reporters that open a paragraph into the page's furniture;
    `opening` tells whether the paragraph opens the story."""
    match = None
    if page.dateline and not page.reporters and opening \
            and (body[:1] in "（(" or _REPORTED_BY_RE.match(body)):
        # `某报客户端某地某日电` on a line of its own (a column's width), or `【某报讯】` set
        # after the body, the reporters opening the first paragraph.
        rest = body
    elif page.dateline or not (match := DATELINE_RE.match(body)):
        return body
    else:
        _set_dateline(page, match)
        rest = body[match.end():].lstrip(" \u3000")  # `某某社某地1日电 (记者 某某)`
    if reporters := _INLINE_REPORTERS_RE.match(rest):
        page.reporters.extend(
            _split_names((reporters["first"] or "") + " " + reporters["names"]))
        rest = rest[reporters.end():]
    elif reported := _REPORTED_BY_RE.match(rest):
        # (`羊城晚报讯 记者 甲 通讯员 乙 报道：`: a local paper's, a correspondent among them.)
        page.reporters.extend(_split_names(reported["names"]))
        rest = rest[reported.end():]
    return rest.lstrip(" \u3000")
