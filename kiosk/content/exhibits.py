"""Exhibits: machines on show, from demonstration paragraphs and photo captions.

An exhibit is named by a noun phrase that ends in a kind of machine (`机器人`, `无人机`,
`手机` ...), introduced by a classifier (`一台……`, `这款……`) in a paragraph that shows it
(`展台`, `观众`, `演示`), or by a photo caption (`观众观看……演示`). The same machine named
in the body and in a caption, or in two paragraphs, is one exhibit under its fuller name.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace

from kiosk.content.model import Caption, Exhibit, Fact, Paragraph, Provenance, Quote
from kiosk.content.names import organisations_in_title
from kiosk.content.text import blank_quoted, clauses, sentences

# Kinds of exhibit, by the word a name ends with, and the category shown for it.
CATEGORIES = {
    "机器人": "robot", "机械臂": "robot", "机器臂": "robot", "机械手": "robot", "机器狗": "robot",
    "外骨骼": "robot", "无人机": "drone", "无人车": "vehicle", "飞行汽车": "vehicle",
    "汽车": "vehicle", "飞行器": "vehicle", "无人艇": "vehicle", "水面艇": "vehicle",
    "无人船": "vehicle", "飞机": "vehicle",
    "卫星": "space", "火箭": "space", "飞船": "space", "月球车": "space", "火星车": "space",
    "探测器": "space", "着陆器": "space", "一体机": "device", "手机": "device",
    "手表": "device", "手环": "device", "眼镜": "device", "检测仪": "device", "电池包": "device",
    "机床": "device", "造雪机": "device", "模拟器": "device",
    "重卡": "vehicle", "卡车": "vehicle", "越野车": "vehicle", "概念车": "vehicle",
    "巴士": "vehicle", "小巴": "vehicle",
}
# A robot is drawn as what it is shaped for, when its name says so.
_ROBOT_KINDS = ((re.compile(r"人形|类人|仿人|双足"), "humanoid"),
                (re.compile(r"手术|腔镜|医疗|康复|医用|外科|科室|患者|病人"), "medical"))
_HEADS = "|".join(sorted(CATEGORIES, key=len, reverse=True))
# Grammatical words never inside a machine's name; they end its description.
_FUNCTION = "的是在为了正把将被让和与及从向对按据"
# A model of a machine, or a machine in a person's job (`机器人咖啡师`), is named after it.
_JOBS = "咖啡师|调酒师|厨师|画师|理发师|服务员|导购员|讲解员|快递员|配送员|巡检员|保安|管家|助手"
_NAME_END = rf"(?:{_HEADS})(?:模型|样机|原型机|{_JOBS})?"
_MODIFIERS = rf"[^，。、；：“”\s{_FUNCTION}]{{0,12}}?"
_SHOWN_RE = re.compile(
    r"展示|展台|展区|展厅|展馆|展览|展出|展位|演示|表演|现场|观众|参观|亮相|带来|体验|吸引|驻足"
    r"|围观|发布|推出")
_COUNTED_RE = re.compile(
    rf"(?:[一几两三四五六七八九十\d]|这|该|此|每)[台款只个套种架辆艘枚部块](?:[^，。；“”]{{0,16}}的)?"
    rf"(?P<name>{_MODIFIERS}{_NAME_END})")
# A machine a launch or a stand brings out (`发布会上推出新一代某某机器人`).
_LAUNCHED_RE = re.compile(
    rf"(?:推出|发布|亮出|展出)了?(?P<name>{_MODIFIERS}{_NAME_END})"
    r"(?!展|区|馆|厅|体验|表演|产业|行业|企业|公司|技术|领域|赛道|专业|方向|博览|大会|论坛)"
    # (to the last kind word: `卫星通信手机` is a phone)
    rf"(?![^，。、；：“”\s{_FUNCTION}]{{0,8}}(?:{_HEADS}))")
# A count inside a name is a clause about several machines (`这套系统可以调度20台机器人`).
_COUNT_INSIDE_RE = re.compile(r"[\d一二两三四五六七八九十几][台款只个套种架辆艘枚部块]")
_THIS_RE = re.compile(rf"(?:这|该|此)[台款只个套种架辆艘枚部块](?P<name>{_MODIFIERS}{_NAME_END})")
# A name with no classifier, after its description (`被誉为……的某某模型前`), and not
# followed by what makes it a place or a trade (`机器人展区`, `机器人产业`).
_BARE_RE = re.compile(
    rf"(?<=的)(?P<name>{_MODIFIERS}{_NAME_END})"
    r"(?!展|区|馆|厅|体验|表演|产业|行业|企业|公司|技术|领域|赛道|专业|方向|博览|大会|论坛)")
# In a caption the exhibit is what people look at or work on.
_VIEWING_RE = re.compile(
    r".*(?:观看|参观|体验|调试|操作|试用|试驾|试乘|欣赏|了解|展示|测试|检修|组装|驾驶|乘坐|围观"
    r"|拍摄|观察)")
_LEADING_COUNT_RE = re.compile(r"^(?:[一几两三四五六七八九十\d]+|这|该)[台款只个套种架辆艘枚部块]")
_LIST_FACT_RE = re.compile(r"、[^，。]*等")
_NUMBER_RE = re.compile(r"\d")
_MAKER_SUFFIXES = ("公司", "集团", "研究院", "研究所", "大学", "实验室")
_FOLLOWING = 2


def extract_exhibits(paragraphs: Sequence[Paragraph], captions: Sequence[Caption],
                     quotes: Sequence[Quote]) -> list[Exhibit]:
    """Finds exhibits: one per machine a paragraph shows, one per captioned machine, merged.

    Args:
        paragraphs: paragraphs in reading order.
        captions: the page's photo captions.
        quotes: the article's quotes, to find the maker's people.
    """
    exhibits: list[Exhibit] = []
    used: set[int] = set()
    for pos, para in enumerate(paragraphs):
        if para.index in used or not _SHOWN_RE.search(para.text) or not _introduced(para.text):
            continue
        group = [para]
        for follower in paragraphs[pos + 1: pos + 1 + _FOLLOWING]:
            if _introduced(follower.text, counted_only=True) or not _THIS_RE.search(
                    follower.text):
                break
            group.append(follower)
        if exhibit := _demonstrated(para, group, quotes):
            used.update(p.index for p in group)
            _add(exhibits, exhibit)
    for caption in captions:
        if name := caption_name(caption.text):
            head = _head(name)
            _add(exhibits, Exhibit(
                id=_exhibit_id(name), name=name,
                category=category_of(name, head, caption.text), maker="",
                facts=[], demonstration="", captions=[caption], quotes=[], paragraphs=[],
                provenance=Provenance.caption(caption.line)))
    return exhibits


def category_of(name: str, head: str, context: str = "") -> str:
    """The category shown for an exhibit called `name` whose kind word is `head`.

    Robots that their name, or else what the article says of them (`context`), shows to be
    humanoid or surgical get a category of their own, so their pictures differ; everything
    else follows `CATEGORIES`.
    """
    category = CATEGORIES[head]
    if category == "robot":
        for text in (name, context):
            for pattern, kind in _ROBOT_KINDS:
                if pattern.search(text):
                    return kind
    return category


def caption_name(text: str) -> str:
    """The machine a caption shows: `观众观看某某机器人演示。` → `某某机器人`; '' for none."""
    text = text.rstrip("。.")
    if match := _COUNTED_RE.search(text):
        return match["name"]
    seen = _VIEWING_RE.match(text)
    rest = text[seen.end():] if seen else text
    rest = rest[rest.rfind("的") + 1:]
    if not (ends := list(re.finditer(_NAME_END, rest))):
        return ""
    return _LEADING_COUNT_RE.sub("", rest[: ends[-1].end()]).strip()


def same_machine(a: str, b: str) -> bool:
    """Whether two names name one machine: same kind, and one name's modifiers appear in the
    other's in order (`双臂机器人`, `双臂协作分拣机器人`)."""
    head_a, head_b = _head(a), _head(b)
    if head_a != head_b:
        return False
    short, long = sorted((a, b), key=len)
    modifiers = short[: short.rfind(head_a)]
    if not modifiers:
        return short == long
    chars = iter(long[: long.rfind(head_a)])
    return all(ch in chars for ch in modifiers)


def _add(exhibits: list[Exhibit], new: Exhibit) -> None:
    """Adds an exhibit, or merges it into the one that names the same machine."""
    for n, old in enumerate(exhibits):
        if same_machine(old.name, new.name):
            name = max((old.name, new.name), key=len)
            exhibits[n] = replace(
                old, id=_exhibit_id(name), name=name,
                category=category_of(name, _head(name), old.demonstration or new.demonstration),
                captions=old.captions + new.captions,
                paragraphs=sorted(set(old.paragraphs) | set(new.paragraphs)))
            return
    exhibits.append(new)


def _head(name: str) -> str:
    return next(h for h in sorted(CATEGORIES, key=len, reverse=True) if h in name)


def _introduced(text: str, counted_only: bool = False) -> list[str]:
    """Machines a paragraph names outside quotation marks: counted (`一台……`), then referred
    to (`这款……`) and named without a classifier."""
    bare = blank_quoted(text)
    names = [m["name"] for m in _COUNTED_RE.finditer(bare) if not m.group().startswith(
        ("这", "该", "此"))]
    if not counted_only:
        names += [m["name"] for m in _THIS_RE.finditer(bare)]
        names += [m["name"] for m in _BARE_RE.finditer(bare)]
        names += [m["name"] for m in _LAUNCHED_RE.finditer(bare)]
    return [n for n in names if n and not _COUNT_INSIDE_RE.search(n)]


def _demonstrated(demo: Paragraph, group: list[Paragraph],
                  quotes: Sequence[Quote]) -> Exhibit | None:
    # `这款……` may stand in a quote too: it refers to the machine on show.
    named = [m["name"] for p in group for m in _THIS_RE.finditer(p.text)
             if not _COUNT_INSIDE_RE.search(m["name"])]
    counted = _introduced(demo.text, counted_only=True)
    names = [n for n in named + counted if n not in CATEGORIES] or counted \
        or [n for n in _introduced(demo.text) if n not in CATEGORIES]
    if not names:
        return None
    name = max(names, key=len)  # the fullest name it is given
    indices = {p.index for p in group}
    near = [q for q in quotes if q.paragraph in indices]
    maker = next((org for q in near for org in organisations_in_title(q.speaker_title)
                  if org.endswith(_MAKER_SUFFIXES)), "")
    spoke = {q.speaker for q in near if maker and maker in q.speaker_title}
    facts = [Fact(c, p.index) for p in group if p is not demo for c in _facts(p.text)]
    return Exhibit(
        id=_exhibit_id(name), name=name,
        category=category_of(name, _head(name),
                             " ".join([demo.text, *(f.text for f in facts)])),
        maker=maker,
        facts=facts, demonstration=demo.text, captions=[],
        quotes=[q.id for q in quotes if q.speaker in spoke],
        paragraphs=sorted(indices), provenance=Provenance("article", demo.index))


def _facts(text: str) -> list[str]:
    """Clauses with a measurement or a list of uses (`用于甲、乙等`)."""
    found = []
    for _, sentence in sentences(text):
        for _, clause in clauses(sentence):
            clause = clause.strip(" “”")
            if _NUMBER_RE.search(clause) or _LIST_FACT_RE.search(clause):
                found.append(clause)
    return found


def _exhibit_id(name: str) -> str:
    return "e-" + hashlib.sha1(name.encode()).hexdigest()[:8]
