"""The event's sub-forums and the fields it covers, from the lists the article gives."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kiosk.content.model import Event, Paragraph, Provenance

_FORUM_HEADS = ("论坛", "峰会", "大会", "研讨会", "对话会", "发布会")
_FROM_TO_RE = re.compile(r"从(?P<a>[^，。从到“”]{2,40})到(?P<b>[^，。从“”…]{2,40}?)(?=[，,…])")
_LIST_RE = re.compile(r"(?P<items>(?:[^，。、“”]{2,30}、)+[^，。、“”]{2,30}?)等")
_FIELDS_RE = re.compile(
    r"(?:围绕|聚焦|涵盖|涉及|覆盖|在)(?P<items>[^，。；]{2,80}?)等(?:[^，。；]{0,6})?领域")


def sub_forums(paragraphs: Sequence[Paragraph]) -> list[str]:
    """Names of the event's sub-forums the article lists (`从甲论坛到乙论坛`)."""
    found: list[str] = []
    for para in paragraphs:
        # (The patterns are slow to fail: a paragraph without their characters is skipped.)
        for match in _FROM_TO_RE.finditer(para.text) if "从" in para.text else ():
            found += [n for n in (match["a"], match["b"]) if n.endswith(_FORUM_HEADS)]
        for match in _LIST_RE.finditer(para.text) if "、" in para.text and "等" in para.text \
                else ():
            items = match["items"].split("、")
            if all(n.endswith(_FORUM_HEADS) for n in items):
                found += items
    return _unique(n.strip() for n in found)


def fields(paragraphs: Sequence[Paragraph]) -> list[str]:
    """Fields of science the article says the event covers (`围绕甲、乙等前沿领域`)."""
    found: list[str] = []
    for para in paragraphs:
        for match in _FIELDS_RE.finditer(para.text) if "领域" in para.text else ():
            found += [n.strip() for n in match["items"].split("、")]
    return _unique(n for n in found if 2 <= len(n) <= 12)


def _unique(items: object) -> list[str]:
    seen: list[str] = []
    for item in items:  # type: ignore[attr-defined]
        if item not in seen:
            seen.append(item)
    return seen


_EVENT_RE = re.compile(
    r"(?P<name>(?:19|20)\d{2}[^，。、“”]{2,16}?(?:论坛|峰会|大会|博览会|交易会|展览会|会|节|展))"
    r"(?:于)?(?:(?P<month>\d{1,2})月)?(?P<start>\d{1,2})日(?:至|到|-|—)(?:(?P<end_month>\d{1,2})月)?"
    r"(?P<end>\d{1,2})日在(?P<place>[^，。举]{2,10})举(?:行|办)")


def event(paragraphs: Sequence[Paragraph], year: int | None, month: int | None) -> Event:
    """The event's name, dates and place, from a sentence such as `……25日至30日在某地举行`.

    Args:
        paragraphs: paragraphs in reading order.
        year, month: the article's year and month, for dates given by day only.
    """
    for para in paragraphs:
        if not (match := _EVENT_RE.search(para.text)):
            continue
        name = match["name"].strip()
        event_year = int(name[:4])
        start_month = int(match["month"] or month or 0)
        end_month = int(match["end_month"] or start_month)
        start = _iso(event_year, start_month, int(match["start"]))
        end = _iso(event_year, end_month, int(match["end"]))
        return Event(name, start, end, match["place"], "", Provenance("article", para.index))
    return Event("", "", "", "", "", Provenance("article"))


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if month else f"{year:04d}"
