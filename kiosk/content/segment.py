"""The one place jieba is loaded: lazily, quietly, with the general technology dictionary.

Importing jieba and loading its dictionary costs most of a second, so nothing imports this
module's jieba until a parse actually needs words; a cached model never does.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

USER_DICT = Path(__file__).with_name("userdict.txt")
_lock = threading.Lock()


@cache
def _jieba() -> Any:
    """The tokenizer every parse segments with: jieba's own dictionary, model and algorithm
    (`_tokenizer_class`), loaded once with the project dictionary."""
    with _lock:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        tokenizer = _tokenizer_class(jieba.Tokenizer)()
        tokenizer.initialize()
        with USER_DICT.open("rb") as handle:
            tokenizer.load_userdict(handle)
        return tokenizer


def _tokenizer_class(base: type) -> type:
    """jieba's tokenizer with the likeliest path through a sentence's words found as jieba
    finds it, at less cost.

    For each character from the end, jieba takes every dictionary word starting there and
    scores it `log(frequency) - log(total)` plus the best score after it: a logarithm for
    each edge, every time, over a graph of words built first in a pass of its own. This
    builds and scores in one pass and keeps each word's log-probability once worked out (a
    report's words come back paragraph after paragraph). The words are jieba's to the word:
    tests/content/test_segment.py holds them to jieba's own tokenizer on every fixture. The
    seed segments in about 70 % of jieba's time.
    """

    from jieba import finalseg

    class Tokenizer(base):
        _log_probability: dict[str, float]

        def initialize(self, dictionary: str | None = None) -> None:
            super().initialize(dictionary)
            self._log_probability = {}

        def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
            super().add_word(word, freq, tag)
            self._log_probability = {}  # (the total and the word's frequency changed)

        def _route(self, sentence: str) -> dict[int, tuple[float, int]]:
            """jieba's `get_DAG` then `calc`: at each offset, the best score from there to
            the end and where the word chosen there ends."""
            known, frequency = self._log_probability, self.FREQ
            total = math.log(self.total)
            size = len(sentence)
            route = {size: (0.0, 0)}
            for start in range(size - 1, -1, -1):
                best: tuple[float, int] | None = None
                end, fragment = start, sentence[start]
                # (The dictionary holds every prefix of its words, with a frequency of 0.)
                while end < size and fragment in frequency:
                    if frequency[fragment]:
                        if (probability := known.get(fragment)) is None:
                            probability = known[fragment] = math.log(frequency[fragment]) - total
                        candidate = (probability + route[end + 1][0], end)
                        # (As jieba's max() over (score, end): a tie goes to the longer word.)
                        if best is None or candidate > best:
                            best = candidate
                    end += 1
                    fragment = sentence[start:end + 1]
                if best is None:  # a character no word starts with stands alone
                    if (probability := known.get(character := sentence[start])) is None:
                        probability = known[character] = \
                            math.log(frequency.get(character) or 1) - total
                    best = (probability + route[start + 1][0], start)
                route[start] = best
            return route

        # jieba's `cut` calls `self.__cut_DAG`, which Python spells `_Tokenizer__cut_DAG`
        # inside its class Tokenizer, as inside this one: this is jieba's method, the path
        # found by `_route`; its runs of single characters the dictionary lacks go to
        # jieba's model of unknown words as they do there.
        def __cut_DAG(self, sentence: str) -> Iterator[str]:
            route = self._route(sentence)
            start, size, run = 0, len(sentence), ""
            while start < size:
                end = route[start][1] + 1
                word = sentence[start:end]
                if end - start == 1:
                    run += word
                else:
                    if run:
                        yield from self._run(run)
                        run = ""
                    yield word
                start = end
            if run:
                yield from self._run(run)

        def _run(self, run: str) -> Iterator[str]:
            """Single characters in a row: jieba's model reads a run the dictionary lacks."""
            if len(run) == 1:
                yield run
            elif not self.FREQ.get(run):
                yield from finalseg.cut(run)
            else:
                yield from run

    return Tokenizer


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
    tokenizer = _jieba()
    frequency = tokenizer.FREQ.get(word) or 0
    return math.log(tokenizer.total / (frequency or 1))


def tag(text: str) -> list[tuple[str, str]]:
    """Segments text into (word, part-of-speech) pairs."""
    return [(p.word, p.flag) for p in _tagger().cut(text)]


def word_tag(word: str) -> str:
    """The dictionary part-of-speech of a word, or '' when jieba does not know it."""
    return _word_tags().get(word, "")


@cache
def _word_tags() -> dict[str, str]:
    """The tagger's table of tags, with the project dictionary's merged in (they live on the
    tokenizer until the tagger first cuts, which merges them as this does): one lookup a
    word."""
    tagger = _tagger()
    tagger.makesure_userdict_loaded()
    table: dict[str, str] = tagger.word_tag_tab
    return table


@cache
def _tagger() -> Any:
    """jieba's part-of-speech tagger over the parse's tokenizer.

    Importing `jieba.posseg` reads the dictionary's tags once for its own tagger, which
    would segment with jieba's default tokenizer and so load the dictionary a second time
    (most of a second); this tagger shares those tags and segments with `_jieba()`."""
    tokenizer = _jieba()
    import jieba.posseg

    tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    tagger.tokenizer = tokenizer
    tagger.word_tag_tab = jieba.posseg.dt.word_tag_tab
    return tagger
