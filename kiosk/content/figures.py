"""Key numbers: value, unit, what they count, their year, and which belong together."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import replace

from kiosk.content.model import Figure, FigureKind, Paragraph, Provenance
from kiosk.content.numbers import CN_NUMERAL, chinese_to_int, to_number
from kiosk.content.text import clauses, sentences

_NUM = r"\d+(?:\.\d+)?"
_CN = f"[{CN_NUMERAL}]+"
# (Led by a class of what may start a qualified number, so the engine skips other
# characters before it tries the alternatives.)
_QUAL_BEFORE = (r"(?=[近约超逾最多高将接\d一二两三四五六七八九十百千万亿半])"
                r"(?P<pre>近|约|超过|超|逾|最多可?|多达|高达|将近|接近)?")
_UNIT_KINDS: dict[str, FigureKind] = {
    **dict.fromkeys(["秒", "分钟", "小时", "天", "年"], "duration"),
    **dict.fromkeys(["米", "厘米", "毫米", "纳米", "公里", "千米", "平方米", "平方公里"], "length"),
    **dict.fromkeys(["元", "万元", "亿元", "美元", "吨", "千克", "公斤", "克", "瓦", "千瓦",
                     "兆瓦", "吉瓦", "度", "节"], "quantity"),
    **dict.fromkeys(["个", "家", "份", "项", "名", "位", "台", "件", "种", "座", "人", "人次",
                     "场", "所", "款", "架", "颗", "次", "届", "条", "套", "只", "户", "辆",
                     "例", "枚", "架次", "部", "艘", "标准箱", "箱"], "count"),
    **dict.fromkeys(["亩", "公顷"], "quantity"),
}
# 部 counts works (`42部影片`), not parts or departments (`3部分`, `2部门`).
_UNIT = "|".join(sorted(_UNIT_KINDS, key=len, reverse=True)).replace("部", "部(?![分门长署])")
# 三年, 百年 and the like are spans of time in prose, not figures.
_UNIT_NO_YEAR = "|".join(sorted(set(_UNIT_KINDS) - {"年"}, key=len, reverse=True)).replace(
    "部", "部(?![分门长署])")

def _needle(chars: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(chars)}]")


# Each pattern with what a sentence must hold for it to match at all, tested first: the
# patterns open with optional words and so are tried at every position.
_PATTERNS: list[tuple[FigureKind, re.Pattern[str], re.Pattern[str]]] = [
    ("year", re.compile(r"(?<!\d)(?P<num>(?:19|20)\d{2})\s*年(?![代底初末前])"), _needle("年")),
    ("percent", re.compile(rf"{_QUAL_BEFORE}(?P<num>{_NUM})\s*[%％]"), _needle("%％")),
    ("fraction", re.compile(rf"{_QUAL_BEFORE}(?P<den>{_CN})分之(?P<num>{_CN})"), _needle("之")),
    ("fraction", re.compile(
        rf"{_QUAL_BEFORE}(?P<num>[一二两三四五六七八九])成(?![功果绩为立就熟本员不])"),
     _needle("成")),
    ("fraction", re.compile(rf"{_QUAL_BEFORE}(?P<num>一半|半数)"), _needle("半")),
    ("rank", re.compile(rf"第\s*(?P<num>{_NUM}|{_CN})\s*(?:位|名)"), _needle("第")),
    ("rank", re.compile(
        rf"(?:居|位居|位列|排名)(?:全国|全球|世界|全市|全省)?第(?P<num>{_CN}|{_NUM})"),
        _needle("第")),
    ("multiple", re.compile(rf"{_QUAL_BEFORE}(?P<num>{_NUM}|[两二三四五六七八九十百]+)\s*倍"),
     _needle("倍")),
    ("count", re.compile(
        rf"{_QUAL_BEFORE}(?P<num>{_NUM})\s*(?P<big>万|亿)?\s*(?P<post>多|余)?\s*"
        rf"(?P<unit>{_UNIT})(?![前后来间代初底末])"), _needle("0123456789")),
    ("count", re.compile(
        rf"(?<!第){_QUAL_BEFORE}(?P<num>[十百千万亿][{CN_NUMERAL}]*|[二两三四五六七八九][{CN_NUMERAL}]*)\s*(?P<post>多|余)?(?P<unit>{_UNIT_NO_YEAR})(?![前后来间代初底末])"),
     _needle("十百千万亿二两三四五六七八九")),
]
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
_ANY_NUMBER_RE = re.compile(f"[\\d{CN_NUMERAL}半]")
_RELATIVE_YEARS = {"去年": -1, "今年": 0, "前年": -2, "明年": 1}
# A sentence that opens with its year (`2024年，……`, `截至今年6月，……`, also after its
# source: `报告显示，2024年……`) dates all of it.
_OPENING_YEAR_RE = re.compile(
    r"^\s*“?(?:[^，。：“”]{0,20}(?:显示|表明|介绍|表示|指出|称|说)[，,])?"
    r"(?:在|截至|截止|到|从|于)?\s*(?:(?P<year>(?:19|20)\d{2})\s*年|(?P<rel>去年|今年|前年|明年))")
_VERB_TAIL_RE = re.compile(r"(?:已|已经|将|可|达到|达|为|是|至|提升至|上升到|增长|增至|超过|占)+$")
_NOUN_RE = re.compile(r"^的?(?P<noun>[^，。、；：的在]{2,12})")
_SHOWN_BY_RE = re.compile(r"(?:^|的)(?P<what>[^，。的]{2,16}?)(?:显示|表明)[，,]")


def extract_figures(paragraphs: Iterable[Paragraph], article_year: int | None) -> list[Figure]:
    """Finds the key numbers of the article.

    Args:
        paragraphs: paragraphs in reading order.
        article_year: the year the article was written, for 今年 and 去年.

    Returns:
        Figures in reading order. Figures of the same kind in one sentence share a
        `group`, so the UI can chart them side by side (a rank before and after).
    """
    found: list[Figure] = []
    for para in paragraphs:
        for offset, sentence in sentences(para.text):
            if not (in_sentence := _sentence_figures(sentence, para, article_year)):
                continue
            kinds = [f.kind for f in in_sentence]
            group = "g-" + hashlib.sha1(f"{para.index}:{offset}".encode()).hexdigest()[:6]
            for fig in in_sentence:
                shared = kinds.count(fig.kind) > 1 and fig.kind != "year"
                found.append(replace(fig, group=group) if shared else fig)
    return found


def _sentence_figures(sentence: str, para: Paragraph, article_year: int | None) -> list[Figure]:
    if not _ANY_NUMBER_RE.search(sentence):
        return []
    taken: list[tuple[int, int]] = []
    figures: list[tuple[int, Figure]] = []
    parts: list[tuple[int, str]] = []  # the sentence's clauses, split once it has a number
    for kind, pattern, needle in _PATTERNS:
        if not needle.search(sentence):
            continue
        for match in pattern.finditer(sentence):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            parts = parts or clauses(sentence)
            figure = _figure(kind, match, sentence, parts, para, article_year)
            if figure is not None:
                taken.append(span)
                figures.append((span[0], figure))
    figures.sort(key=lambda item: item[0])
    clause_has_other = {_clause_of(parts, pos) for pos, f in figures if f.kind != "year"}
    kept = [f for pos, f in figures
            if f.kind != "year" or _clause_of(parts, pos) not in clause_has_other]
    # Figures compared side by side (`A达28.4%，B提升至41.6%`) share the year one of them has.
    years = {f.kind: f.year for f in kept if f.year is not None and f.kind != "year"}
    return [replace(f, year=years[f.kind]) if f.year is None and f.kind in years else f
            for f in kept]


def _figure(kind: FigureKind, match: re.Match[str], sentence: str, parts: list[tuple[int, str]],
            para: Paragraph, article_year: int | None) -> Figure | None:
    groups = match.groupdict()
    value = _value(kind, groups)
    if value is None:
        return None
    unit = groups.get("unit") or {"percent": "%", "multiple": "倍", "year": "年"}.get(kind, "")
    if kind == "count":
        kind = _UNIT_KINDS[unit]
        if groups.get("big"):
            unit = groups["big"] + unit if unit in ("元",) else unit
    if kind == "count" and value < 2 and not groups.get("post"):
        return None
    literal = match.group().strip()
    qualifier = (groups.get("pre") or "") + (groups.get("post") or "")
    clause = _clause_at(sentence, parts, match.start())
    return Figure(
        id="f-" + hashlib.sha1(f"{para.index}:{literal}:{sentence}".encode()).hexdigest()[:8],
        kind=kind, value=value, unit=unit, literal=literal,
        label=_label(kind, sentence, parts, match, clause), sentence=sentence.strip(),
        paragraph=para.index,
        year=int(groups["num"]) if kind == "year" else _year(sentence, parts, match.start(),
                                                             article_year),
        qualifier=qualifier, provenance=Provenance("article", para.index))


def _value(kind: FigureKind, groups: dict[str, str | None]) -> float | None:
    num = groups.get("num") or ""
    if kind == "fraction" and groups.get("den"):
        den, numer = chinese_to_int(groups["den"] or ""), chinese_to_int(num)
        return round(numer / den, 4) if den and numer is not None else None
    if kind == "fraction" and num in ("一半", "半数"):
        return 0.5
    if kind == "fraction":
        tenths = chinese_to_int(num)
        return tenths / 10 if tenths is not None else None
    value = to_number(num)
    if value is not None and groups.get("big"):
        value *= 10_000 if groups["big"] == "万" else 100_000_000
    return value


def _label(kind: FigureKind, sentence: str, parts: list[tuple[int, str]],
           match: re.Match[str], clause: str) -> str:
    """What the number counts: the noun after a count, else the words before the number."""
    if kind in ("count", "length", "quantity") and (noun := _NOUN_RE.match(
            sentence[match.end():].lstrip())):
        return noun["noun"]
    if kind == "rank" and (shown := _SHOWN_BY_RE.search(sentence)):
        return shown["what"]
    if kind == "multiple":
        return clause.strip()
    if kind == "year":
        rest = clause.replace(match.group(), "").strip(" ，")
        if rest:
            return rest
        following = [c for start, c in parts if start > match.start()]
        return following[0].strip() if following else clause.strip()
    before = clause[: max(0, clause.find(match.group().strip()))]
    before = _YEAR_RE.sub("", before)
    before = re.sub(r"^(?:从|在|今年|去年|其中|这其中)", "", before.strip())
    before = _VERB_TAIL_RE.sub("", before).strip(" 的")
    return before or clause.strip()


def _year(sentence: str, parts: list[tuple[int, str]], position: int,
          article_year: int | None) -> int | None:
    """The year a figure refers to: the nearest before it in its own clause, else the year
    that opens the sentence; `今年`/`去年` count from the article's year."""
    clause_start = max((s for s, _ in parts if s <= position), default=0)
    head = sentence[clause_start:position]
    if years := _YEAR_RE.findall(head):
        return int(years[-1])
    relative = [d for word, d in _RELATIVE_YEARS.items() if word in head]
    if relative and article_year is not None:
        return article_year + relative[0]
    if opening := _OPENING_YEAR_RE.match(sentence):
        if opening["year"]:
            return int(opening["year"])
        if article_year is not None:
            return article_year + _RELATIVE_YEARS[opening["rel"]]
    return None


def _clause_at(sentence: str, parts: list[tuple[int, str]], position: int) -> str:
    for start, clause in parts:
        if start <= position < start + len(clause):
            return clause
    return sentence


def _clause_of(parts: list[tuple[int, str]], position: int) -> int:
    for start, clause in parts:
        if start <= position < start + len(clause):
            return start
    return -1


