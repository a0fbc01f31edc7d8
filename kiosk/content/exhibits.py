"""Exhibits: machines on show, from demonstration paragraphs and photo captions."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from kiosk.content.model import Caption, Exhibit, Fact, Paragraph, Provenance, Quote
from kiosk.content.names import organisations_in_title
from kiosk.content.text import clauses, sentences

# Kinds of exhibit, by the word a name ends with, and the category shown for it.
CATEGORIES = {
    "机器人": "robot", "机械臂": "robot", "机器臂": "robot", "机械手": "robot", "机器狗": "robot",
    "外骨骼": "robot", "无人机": "drone", "无人车": "vehicle", "飞行汽车": "vehicle",
    "汽车": "vehicle", "卫星": "space", "火箭": "space",
}
_HEADS = "|".join(sorted(CATEGORIES, key=len, reverse=True))
_SHOWN_RE = re.compile(r"展示|展台|展区|展厅|展出|演示|现场|观众|参观")
_THIS_RE = re.compile(
    rf"(?:这|该|此)(?:款|台|只|个|套|种|架)(?P<name>[^，。、的是在为]{{0,12}}?(?:{_HEADS}))")
_NAMED_RE = re.compile(rf"(?P<name>[^，。、的是在为一这该此“”]{{1,12}}(?:{_HEADS}))")
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
        if match := re.search(f"(?:{_HEADS})$", text):
            exhibits.append(Exhibit(
                id=_exhibit_id(text), name=text, category=CATEGORIES[match.group()], maker="",
                facts=[], demonstration="", captions=[caption], quotes=[], paragraphs=[],
                provenance=Provenance("article", None, f"caption, line {caption.line}")))
    return exhibits


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
        id=_exhibit_id(name), name=name, category=CATEGORIES[head], maker=maker,
        facts=facts, demonstration=demo.text, captions=[],
        quotes=[q.id for q in quotes if q.speaker in spoke],
        paragraphs=sorted(indices), provenance=Provenance("article", demo.index))


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
