"""Where a heading or card title may break: between words, never inside one.

The offsets are computed with jieba when the model is built and stored with it, so the UI
never loads jieba to lay out a title.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate

from kiosk.content import segment

_NO_BREAK_BEFORE = set("，。、；：！？）》」』”’…—·%")
_NO_BREAK_AFTER = set("（《「『“‘")
_MIN_LAST = 2
_PAIRS = {"“": "”", "《": "》", "「": "」", "‘": "’"}
_SHORT_QUOTED = 8  # a quoted term up to this long stays on one line (“第一动力”)


def word_breaks(text: str) -> list[int]:
    """Offsets into `text` where a line may break.

    Breaks fall between jieba words, never before closing punctuation or after opening
    punctuation, and never so that the last line holds a single character.
    """
    return _allowed(text, boundaries(segment.words(text)))


def boundaries(words: Iterable[str]) -> list[int]:
    """Offsets where each word of a segmented text ends."""
    return list(accumulate(map(len, words)))


def breaks_within(context: str, bounds: Sequence[int], text: str) -> list[int]:
    """`word_breaks` of `text`, a part of `context` whose word ends (`bounds`) are known.

    A quote or label cut out of a paragraph breaks where the paragraph's words do, so the
    paragraph is segmented once for all of them.
    """
    at = context.find(text)
    if at < 0:
        return word_breaks(text)
    end = at + len(text)
    return _allowed(text, (b - at for b in bounds[bisect_right(bounds, at):
                                                  bisect_left(bounds, end)]))


def _short_quoted(text: str) -> set[int]:
    """Offsets inside a short term in quotation marks or book-title marks."""
    inside: set[int] = set()
    if not any(mark in text for mark in _PAIRS):
        return inside  # (most labels and quotes hold none: no walk over their characters)
    for start, char in enumerate(text):
        if char in _PAIRS:
            end = text.find(_PAIRS[char], start + 1)
            if 0 < end - start - 1 <= _SHORT_QUOTED:
                inside.update(range(start + 1, end + 1))
    return inside


def _allowed(text: str, boundaries: Iterable[int]) -> list[int]:
    offsets: list[int] = []
    quoted = _short_quoted(text)
    for position in boundaries:
        if position >= len(text):
            break
        if text[position] in _NO_BREAK_BEFORE or text[position - 1] in _NO_BREAK_AFTER:
            continue
        if position in quoted:
            continue
        if text[position].isspace() or text[position - 1].isspace():
            continue
        offsets.append(position)
    # No offset sits next to a space, so the text before (after) one, stripped, runs from
    # the first (to the last) character that is not a space.
    first, last = len(text) - len(text.lstrip()), len(text.rstrip())
    return [o for o in offsets if o - first >= _MIN_LAST and last - o >= _MIN_LAST]
