"""The one place jieba is loaded: lazily, quietly, with the general technology dictionary.

Importing jieba and loading its dictionary costs most of a second, so nothing imports this
module's jieba until a parse actually needs words; a cached model never does.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from types import ModuleType

USER_DICT = Path(__file__).with_name("userdict.txt")
_lock = threading.Lock()


@cache
def _jieba() -> ModuleType:
    with _lock:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        with USER_DICT.open("rb") as handle:
            jieba.load_userdict(handle)
        return jieba


def words(text: str) -> list[str]:
    """Segments text into words (jieba's precise mode)."""
    return list(_jieba().lcut(text))


def paragraph_words(texts: Sequence[str]) -> list[list[str]]:
    """Each text's words, from one segmentation of them all (jieba never joins words across
    a line break, and one call costs less than one per paragraph)."""
    if not texts:
        return []
    words = _jieba().lcut("\n".join(t.replace("\n", " ") for t in texts))
    # jieba gives each line break as a word of its own: cut there (list.index and slices,
    # not a test of every word).
    found: list[list[str]] = []
    start = 0
    for _ in range(len(texts) - 1):
        end = words.index("\n", start)
        found.append(words[start:end])
        start = end + 1
    found.append(words[start:])
    return found


def rarity(word: str) -> float:
    """How rare a word is in jieba's dictionary corpus: log(total / frequency).

    It stands in for inverse document frequency: general vocabulary (`技术`, `地区`) is common
    in any corpus, a field's terms are not. Words the dictionary lacks count as rarest.
    """
    tokenizer = _jieba().dt
    frequency = tokenizer.FREQ.get(word) or 0
    return math.log(tokenizer.total / (frequency or 1))


def tag(text: str) -> list[tuple[str, str]]:
    """Segments text into (word, part-of-speech) pairs."""
    return [(p.word, p.flag) for p in _posseg().cut(text)]


def word_tag(word: str) -> str:
    """The dictionary part-of-speech of a word, or '' when jieba does not know it."""
    return _word_tags().get(word, "")


@cache
def _word_tags() -> dict[str, str]:
    """posseg's table of tags, with the project dictionary's merged in (they live on the
    tokenizer until posseg first cuts, which merges them as this does): one lookup a word."""
    tokenizer = _posseg().dt
    tokenizer.makesure_userdict_loaded()
    table: dict[str, str] = tokenizer.word_tag_tab
    return table


@cache
def _posseg() -> ModuleType:
    _jieba()
    import jieba.posseg

    return jieba.posseg

