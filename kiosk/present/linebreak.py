"""Display strings for titles: Qt may break lines only where jieba put a word boundary."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

ZERO_WIDTH_SPACE = "\u200b"
WORD_JOINER = "\u2060"


def _joinable(char: str) -> bool:
    """Whether Qt's line breaker might break next to `char` (CJK, fullwidth punctuation)."""
    if char.isspace():
        return False
    name = unicodedata.east_asian_width(char)
    return name in ("W", "F") or char.isalnum()


def break_title(text: str, breaks: Sequence[int]) -> str:
    """`text` with a zero-width space at each allowed break and a word joiner between every
    other pair of adjacent characters, so a title never wraps inside a word.

    Args:
        text: the title as stored in the content model.
        breaks: offsets into `text` where a line may break (computed with jieba).

    Returns:
        The string to display; it reads the same as `text`.
    """
    allowed = set(breaks)
    out: list[str] = []
    for offset, char in enumerate(text):
        if offset:
            if offset in allowed:
                out.append(ZERO_WIDTH_SPACE)
            elif _joinable(text[offset - 1]) and _joinable(char):
                out.append(WORD_JOINER)
        out.append(char)
    return "".join(out)


def plain(text: str) -> str:
    """`text` without the invisible break controls `break_title` adds."""
    return text.replace(ZERO_WIDTH_SPACE, "").replace(WORD_JOINER, "")
