"""Direct and reported speech, with who said it.

A quotation is speech only when something says so: a speech verb with a speaker right after
the closing mark (`“……。”某某说。`) or right before the opening one (`某某表示：“……”`).
Quoted names and figures of speech (`“某某”大模型`) have neither and are left alone.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.content.model import Paragraph, Provenance, Quote
from kiosk.content.names import PRONOUNS, Speaker, parse_speaker

SPEECH_VERBS = sorted([
    "说", "表示", "指出", "介绍", "认为", "强调", "称", "谈到", "坦言", "透露", "告诉记者",
    "说道", "解释", "感慨", "提到", "回忆", "补充", "直言", "呼吁", "建议", "总结",
], key=len, reverse=True)
_VERB = "|".join(SPEECH_VERBS)
_PHRASE = r"[^，。！？；：“”‘’\n]{1,48}?"
_SPAN_RE = re.compile(r"“([^“”]*)”")
_AFTER_RE = re.compile(rf"\s*(?P<phrase>{_PHRASE})(?P<verb>(?:{_VERB})(?:说|道)?)")
_BEFORE_RE = re.compile(
    rf"(?P<phrase>[^，。！？；：“”‘’\n]{{1,48}})(?P<verb>(?:{_VERB})(?:说|道)?)(?P<sep>[：:，,])\s*$")
_INDIRECT_RE = re.compile(
    rf"(?P<phrase>{_PHRASE})(?P<verb>说|表示|指出|认为|强调|介绍)[，,]"
    r"(?P<text>(?:[^“”。！？]|“[^“”。！？]{1,12}”){4,}[。！？])")
_SPEECHLIKE_RE = re.compile(r"[，。！？；：…,.!?]")
_BOUNDARY_RE = re.compile(r"[。！？”]")
_LOOKBACK = 80


@dataclass
class _Found:
    start: int
    text: str
    speaker: Speaker | None
    verb: str
    kind: str


def extract_quotes(paragraphs: Iterable[Paragraph]) -> list[Quote]:
    """Finds every quotation in reading order.

    Args:
        paragraphs: paragraphs in reading order.

    Returns:
        Direct quotes (text without the quotation marks) and reported speech, each with
        speaker, title (carried over from the speaker's first titled mention), context and
        paragraph.
    """
    known: dict[str, str] = {}
    quotes: list[Quote] = []
    last_speaker = ""
    for para in paragraphs:
        found = _direct(para.text, known) + _indirect(para.text, known)
        found.sort(key=lambda f: f.start)
        for item in found:
            speaker = item.speaker
            name = speaker.name if speaker else ""
            if name in PRONOUNS or (not name and item.start == 0 and last_speaker):
                name = last_speaker
            if not name and item.kind == "indirect":
                continue
            title = speaker.title if speaker else ""
            if (name and title and name not in known) or (name in known and not known[name]):
                known[name] = title
            title = title or known.get(name, "")
            if name:
                last_speaker = name
            context = (speaker.context if speaker else "") + item.verb
            quotes.append(Quote(
                id=quote_id(item.text), text=item.text, speaker=name, speaker_title=title,
                context=context, kind="direct" if item.kind == "direct" else "indirect",
                paragraph=para.index, provenance=Provenance("article", para.index)))
    return _dedupe(quotes)


def quote_id(text: str) -> str:
    """A stable id for a quote, from its text, so curation can refer to it."""
    return "q-" + hashlib.sha1(text.encode()).hexdigest()[:8]


def _direct(text: str, known: dict[str, str]) -> list[_Found]:
    found = []
    for span in _SPAN_RE.finditer(text):
        inner = span.group(1)
        speaker, verb = _attribution(text, span.start(), span.end(), known)
        speechlike = bool(_SPEECHLIKE_RE.search(inner))
        if (speaker is not None and (speechlike or len(inner) >= 8)) \
                or (speaker is None and speechlike and len(inner) >= 10):
            found.append(_Found(span.start(), inner, speaker, verb, "direct"))
    return found


def _attribution(text: str, start: int, end: int,
                 known: dict[str, str]) -> tuple[Speaker | None, str]:
    """The speaker who introduces the quote with a colon, else the one named right after
    the closing mark, else one introduced with a comma right before the opening mark."""
    before = _BEFORE_RE.search(text[max(0, start - _LOOKBACK):start])
    before_speaker = parse_speaker(before["phrase"], known) if before else None
    if before and before_speaker and before["sep"] in "：:":
        return before_speaker, before["verb"]
    if after := _AFTER_RE.match(text, end):
        speaker = parse_speaker(after["phrase"], known)
        if speaker:
            return speaker, after["verb"]
    if before and before_speaker:
        return before_speaker, before["verb"]
    return None, ""


def _indirect(text: str, known: dict[str, str]) -> list[_Found]:
    found = []
    starts = [0] + [m.end() for m in _BOUNDARY_RE.finditer(text)]
    for start in starts:
        match = _INDIRECT_RE.match(text, start)
        if not match:
            continue
        speaker = parse_speaker(match["phrase"], known)
        if speaker is None or (speaker.name in PRONOUNS and not known):
            continue
        found.append(_Found(match.start("text"), match["text"],
                            speaker, match["verb"], "indirect"))
    return found


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    seen: set[tuple[str, int]] = set()
    unique = []
    for quote in quotes:
        if (quote.text, quote.paragraph) not in seen:
            seen.add((quote.text, quote.paragraph))
            unique.append(quote)
    return unique
