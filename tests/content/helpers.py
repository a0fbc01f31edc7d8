"""Short ways into the parser for the content tests' tables: paragraphs, quotes, mentions."""

from __future__ import annotations

from kiosk.content import segment
from kiosk.content.model import Paragraph
from kiosk.content.names import person_mentions
from kiosk.content.quotes import extract_quotes


def paras(*texts: str) -> list[Paragraph]:
    """One paragraph per text, numbered from 0."""
    return [Paragraph(i, text, 1, 1, 0) for i, text in enumerate(texts)]


def direct(*texts: str) -> list[tuple[str, str, str, str]]:
    """The direct quotes of these paragraphs: (text, speaker, title, unnamed speaker)."""
    return [(q.text, q.speaker, q.speaker_title, q.unnamed_speaker)
            for q in extract_quotes(paras(*texts)) if q.kind == "direct"]


def mentions(text: str) -> list[tuple[str, str]]:
    """The people `text` mentions, as (name, title)."""
    return [(name, title) for _, name, title in person_mentions(text, segment.words(text))]
