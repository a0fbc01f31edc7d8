"""Exhibits: machines on show, from demonstration paragraphs and photo captions."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from kiosk.content import segment
from kiosk.content.model import Caption, Exhibit, Fact, Paragraph, Provenance, Quote
from kiosk.content.names import organisations_in_title
from kiosk.content.text import clauses, sentences

# Kinds of exhibit, by the word a name ends with, and the category shown for it.
CATEGORIES = {
    "机器人": "robot", "机械臂": "robot", "机器臂": "robot", "机械手": "robot", "机器狗": "robot",
    "外骨骼": "robot", "无人机": "drone", "无人车": "vehicle", "飞行汽车": "vehicle",
    "汽车": "vehicle", "卫星": "space", "火箭": "space", "一体机": "device",
}
# A robot is drawn as what it is shaped for, when its name says so.
_ROBOT_KINDS = ((re.compile(r"人形|类人|仿人|双足"), "humanoid"),
                (re.compile(r"手术|腔镜|医疗|康复|医用|外科|科室|患者|病人"), "medical"))
_HEADS = "|".join(sorted(CATEGORIES, key=len, reverse=True))
_SHOWN_RE = re.compile(r"展示|展台|展区|展厅|展馆|展览|展出|演示|现场|观众|参观")
_THIS_RE = re.compile(
    rf"(?:这|该|此)(?:款|台|只|个|套|种|架)(?P<name>[^，。、的是在为]{{0,12}}?(?:{_HEADS}))")
_NAMED_RE = re.compile(
    rf"[一几两三这该此每]?[台款只个套种架](?P<name>[^，。、的是在为“”]{{1,12}}?(?:{_HEADS}))")
# In a caption, the exhibit is the run of nouns around the category word.
_NOUN_TAGS = ("n", "nz", "vn", "eng", "j")
_PLACE_WORDS = ("展区", "展台", "展馆", "展厅", "现场", "园区")
_LIST_FACT_RE = re.compile(r"、[^，。]*等")
_NUMBER_RE = re.compile(r"\d")
_MAKER_SUFFIXES = ("公司", "集团", "研究院", "研究所", "大学", "实验室")
_FOLLOWING = 2


def extract_exhibits(paragraphs: Sequence[Paragraph], captions: Sequence[Caption],
                     quotes: Sequence[Quote]) -> list[Exhibit]:
    """Finds exhibits: one per demonstration paragraph, one per captioned machine.

    Args:
        paragraphs: paragraphs in reading order.
        captions: the page's photo captions.
        quotes: the article's quotes, to find the maker's people.
    """
    exhibits: list[Exhibit] = []
    by_index = {p.index: p for p in paragraphs}
    order = [p.index for p in paragraphs]
    used: set[int] = set()
    for pos, para in enumerate(paragraphs):
        if para.index in used or not _SHOWN_RE.search(para.text) \
                or not re.search(_HEADS, para.text):
            continue
        group = [by_index[i] for i in order[pos: pos + 1 + _FOLLOWING]
                 if re.search(_HEADS, by_index[i].text)]
        exhibit = _demonstrated(para, group, quotes)
        if exhibit:
            used.update(p.index for p in group)
            exhibits.append(exhibit)
    for caption in captions:
        text = caption.text.rstrip("。.")
        name = text if re.search(f"(?:{_HEADS})$", text) else _caption_name(text)
        if name and (match := re.search(_HEADS, name)):
            exhibits.append(Exhibit(
                id=_exhibit_id(name), name=name,
                category=category_of(name, match.group(), caption.text), maker="",
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


def _demonstrated(demo: Paragraph, group: list[Paragraph],
                  quotes: Sequence[Quote]) -> Exhibit | None:
    names = [m["name"] for p in group for m in _THIS_RE.finditer(p.text)]
    names += [m["name"] for p in group for m in _NAMED_RE.finditer(p.text)]
    names = [n for n in names if n not in CATEGORIES] or names
    if not names:
        return None
    name = max(names, key=lambda n: (n in _this_names(group), len(n)))
    head = next(h for h in sorted(CATEGORIES, key=len, reverse=True) if name.endswith(h))
    indices = {p.index for p in group}
    near = [q for q in quotes if q.paragraph in indices]
    maker = next((org for q in near for org in organisations_in_title(q.speaker_title)
                  if org.endswith(_MAKER_SUFFIXES)), "")
    spoke = {q.speaker for q in near if maker and maker in q.speaker_title}
    facts = [Fact(c, p.index) for p in group if p is not demo for c in _facts(p.text)]
    return Exhibit(
        id=_exhibit_id(name), name=name,
        category=category_of(name, head, " ".join([demo.text, *(f.text for f in facts)])),
        maker=maker,
        facts=facts, demonstration=demo.text, captions=[],
        quotes=[q.id for q in quotes if q.speaker in spoke],
        paragraphs=sorted(indices), provenance=Provenance("article", demo.index))


def _caption_name(text: str) -> str:
    """`一台某某机器人在……` or `观众观看某某机器人表演` → `某某机器人`."""
    if match := _NAMED_RE.search(text):
        return match["name"]
    runs: list[list[tuple[str, str]]] = [[]]
    for word, flag in segment.tag(text):
        if flag.startswith(_NOUN_TAGS) or word in CATEGORIES:
            runs[-1].append((word, flag))
        else:
            runs.append([])
    for run in runs:
        while run and run[-1][1] == "vn":
            run.pop()
        name = "".join(word for word, _ in run)
        if re.search(_HEADS, name) and not name.endswith(_PLACE_WORDS):
            return name
    return ""


def _this_names(group: list[Paragraph]) -> set[str]:
    return {m["name"] for p in group for m in _THIS_RE.finditer(p.text)}


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
