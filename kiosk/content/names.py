"""People, posts and organisations in the phrases that introduce a speaker.

A speaker phrase reads `[organisation + post] name [time/place context]`, as in
`某某研究院院长张三在开幕式上`, or `name + post` (`张三教授`). Posts and organisation
suffixes are general vocabulary; names come from jieba's part-of-speech tags, from the
`·` of transcribed foreign names, from Latin script, or from a common surname.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kiosk.content import segment
from kiosk.content.text import CJK_CHARS

# Posts that end a title, longest first so 副总经理 wins over 经理.
POSTS = sorted({
    "主席", "副主席", "联席主席", "名誉主席", "执行主席", "院长", "副院长", "所长", "副所长",
    "研究员", "副研究员", "总经理", "副总经理", "经理", "董事长", "副董事长", "董事", "总裁",
    "副总裁", "高级副总裁", "首席执行官", "首席科学家", "首席技术官", "首席运营官", "主任",
    "副主任", "总干事", "副总干事", "秘书长", "副秘书长", "部长", "副部长", "局长", "副局长",
    "市长", "副市长", "省长", "副省长", "书记", "副书记", "总书记", "教授", "副教授", "院士",
    "博士", "工程师", "总工程师", "高级工程师", "负责人", "创始人", "联合创始人", "校长",
    "副校长", "理事长", "副理事长", "会长", "副会长", "行长", "副行长", "总监", "技术总监",
    "主管", "专家", "委员", "总统", "总理", "副总理", "大使", "执行董事", "合伙人", "科学家",
    "主任医师", "医生", "处长", "厅长", "司长", "总经济师", "总设计师", "总师", "首席专家",
    "总编辑", "社长", "台长", "发言人", "新闻发言人", "CEO", "CTO", "COO",
}, key=len, reverse=True)
_POST_RE = "|".join(map(re.escape, POSTS))

ORG_SUFFIXES = (
    "研究院", "研究所", "研究中心", "实验室", "有限公司", "股份公司", "公司", "集团", "组织",
    "基金会", "联合会", "委员会", "管委会", "协会", "学会", "大学", "学院", "科学院", "工程院",
    "医院", "银行", "科委", "工商联", "联盟", "商会", "部", "局", "厅", "署", "办公室",
)

# The hundred most common surnames, for names jieba does not tag.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿"
    "桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
_COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐")

PRONOUNS = ("他", "她")

_CONTEXT_RE = re.compile(
    r"(?P<ctx>(?:\d{1,2}日|当天|日前|近日|今天|昨天)?"
    r"(?:在[^，。“”：]{1,24}?(?:中|上|时|期间|之际|会上)|向记者|对记者|告诉记者"
    r"|接受[^，。“”：]{0,16}?采访时|在接受[^，。“”：]{0,16}?采访时)?)$"
)
_FOREIGN_RE = re.compile(rf"[{CJK_CHARS}]{{1,8}}(?:[·•][{CJK_CHARS}]{{1,8}})+$")
_LATIN_RE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z'.\-]*(?: [A-Z][A-Za-z'.\-]*){1,3}$")
_NAME_RE = re.compile(rf"[{CJK_CHARS}]{{2,4}}$")


@dataclass(frozen=True)
class Speaker:
    """A parsed speaker phrase."""

    name: str
    title: str
    context: str


def parse_speaker(phrase: str, known: dict[str, str]) -> Speaker | None:
    """Reads the speaker out of the words before (or after) a speech verb.

    Args:
        phrase: the words between the quote or clause boundary and the verb.
        known: people already seen, name → title, for bare-name and pronoun mentions.

    Returns:
        The speaker, or None when the phrase names nobody.
    """
    phrase = phrase.strip(" \u3000")
    context_match = _CONTEXT_RE.search(phrase)
    context = context_match["ctx"] if context_match else ""
    rest = phrase[: len(phrase) - len(context)].strip()
    if not rest:
        return None
    if rest in PRONOUNS:
        return Speaker(rest, "", context)
    if rest in known:
        return Speaker(rest, "", context)
    if (match := re.fullmatch(rf"(?P<surname>[{CJK_CHARS}]{{1,2}})(?P<post>{_POST_RE})", rest)) \
            and (name := _by_surname_and_post(match["surname"], match["post"], known)):
        return Speaker(name, "", context)
    for pattern in (_FOREIGN_RE, _LATIN_RE):
        if match := pattern.search(rest):
            name = _after_last_post(match.group())
            if len(name) >= 2:
                return Speaker(name, clean_title(rest[: len(rest) - len(name)]), context)
    return _chinese_speaker(rest, known, context)


def _by_surname_and_post(surname: str, post: str, known: dict[str, str]) -> str:
    """`宋教授` → the one person seen so far named 宋… whose title ends with 教授."""
    matches = [n for n, t in known.items() if n.startswith(surname) and t.endswith(post)]
    return matches[0] if len(matches) == 1 else ""


def _after_last_post(text: str) -> str:
    """Drops a title that jieba-less matching glued to the front of a foreign name."""
    head = text.split("·")[0]
    best = -1
    for post in POSTS:
        at = head.rfind(post)
        if at >= 0:
            best = max(best, at + len(post))
    return text[best:] if best >= 0 else text


def _chinese_speaker(rest: str, known: dict[str, str], context: str) -> Speaker | None:
    """Title + name, name + title, or a bare name."""
    for name in known:
        if rest.endswith(name) and len(rest) > len(name):
            return Speaker(name, clean_title(rest[: -len(name)]), context)
    if match := re.search(rf"(?:{_POST_RE})(?P<name>[{CJK_CHARS}]{{2,4}})$", rest):
        name = match["name"]
        if is_person_name(name):
            return Speaker(name, clean_title(rest[: match.start("name")]), context)
    if match := re.search(rf"(?:{_POST_RE})$", rest):
        before = rest[: match.start()]
        name = _trailing_person(before)
        if name and before.endswith(name):
            title = clean_title(before[: -len(name)] + rest[match.start():])
            return Speaker(name, title, context)
        return None
    if _NAME_RE.fullmatch(rest) and is_person_name(rest):
        return Speaker(rest, "", context)
    return None


def clean_title(title: str) -> str:
    """Trims an appositive such as `全球最大的某类学会` off the front of a title."""
    title = title.strip(" ，、")
    if "的" not in title:
        return title
    tail = title[title.rfind("的") + 1:]
    # `某类学会甲学会主席`: the first organisation word names a category, the second the body.
    suffixes = "|".join(map(re.escape, sorted(ORG_SUFFIXES, key=len, reverse=True)))
    ends = [m.end() for m in re.finditer(suffixes, tail)]
    if len(ends) >= 2 and ends[0] < ends[-1]:
        return tail[ends[0]:]
    return tail


@lru_cache(maxsize=4096)
def is_person_name(text: str) -> bool:
    """Tells whether 2-4 Chinese characters read as a person's name."""
    if not 2 <= len(text) <= 4:
        return False
    tags = _tags(text)
    if len(tags) == 1 and tags[0][1].startswith("nr"):
        return True
    if any(flag.startswith("nr") for _, flag in tags) and len(tags) <= 2 \
            and tags[0][1].startswith("nr"):
        return True
    surname = text[:2] if text.startswith(_COMPOUND_SURNAMES) else text[0]
    return surname in SURNAMES and len(text) - len(surname) in (1, 2) \
        and not any(flag[0] in "vpucd" for _, flag in tags)


def _trailing_person(text: str) -> str:
    """The person's name at the end of `text`, as jieba tags it."""
    tags = _tags(text)
    if tags and tags[-1][1].startswith("nr") and len(tags[-1][0]) >= 2:
        return tags[-1][0]
    for size in (3, 2):
        if len(text) >= size and is_person_name(text[-size:]):
            return text[-size:]
    return ""


def organisations_in_title(title: str) -> list[str]:
    """Splits a written title into the organisations it names.

    `甲研究院院长、乙集团董事长` → [`甲研究院`, `乙集团`].
    """
    found = []
    for part in title.split("、"):
        org = re.sub(rf"(?:{_POST_RE})+$", "", part).rstrip("副")
        if len(org) >= 3 and org.endswith(ORG_SUFFIXES):
            found.append(org)
    return found


@lru_cache(maxsize=8192)
def _tags(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(segment.tag(text))
