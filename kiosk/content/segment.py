"""The one place jieba is loaded: lazily, quietly, with the general technology dictionary.

Importing jieba and loading its dictionary costs most of a second, so nothing imports this
module's jieba until a parse actually needs words; a cached model never does.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

USER_DICT = Path(__file__).with_name("userdict.txt")
# jieba's own split of text into blocks it segments and the spaces between (its
# `re_han_default` and `re_skip_default`).
_HAN_RE = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")
_SKIP_RE = re.compile(r"(\r\n|\s)")
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
    report's words come back paragraph after paragraph). The words go into one list, not
    through a chain of generators, and runs the dictionary lacks go to jieba's model of
    unknown words unrolled (`_unknown_words`). The words are jieba's to the word:
    tests/content/test_segment.py holds them to jieba's own tokenizer on every fixture, and
    the model's to jieba's on thousands of runs. The seed segments in about 60 % of jieba's
    time (76 % before the list and the model, 100 % before the one pass).
    """

    class Tokenizer(base):
        _log_probability: dict[str, float]

        def initialize(self, dictionary: str | None = None) -> None:
            super().initialize(dictionary)
            self._log_probability = {}

        def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
            super().add_word(word, freq, tag)
            self._log_probability = {}  # (the total and the word's frequency changed)

        def lcut(self, sentence: str, cut_all: bool = False, HMM: bool = True,
                 use_paddle: bool = False) -> list[str]:
            """jieba's `lcut`; in its precise mode with its model of unknown words (the
            parse's only mode), one list built as it goes rather than a chain of generators
            that `list()` then empties: jieba's `cut`, block for block."""
            if cut_all or not HMM or use_paddle:
                return list(super().lcut(sentence, cut_all, HMM, use_paddle))
            found: list[str] = []
            for block in _HAN_RE.split(sentence):
                if not block:
                    continue
                if _HAN_RE.match(block):
                    self._cut_block(block, found)
                    continue
                for piece in _SKIP_RE.split(block):
                    if _SKIP_RE.match(piece):
                        found.append(piece)
                    else:
                        found.extend(piece)  # (each character a word, as jieba yields them)
            return found

        def _route(self, sentence: str) -> list[int]:
            """jieba's `get_DAG` then `calc`: at each offset, where the word of the likeliest
            path from there to the end ends."""
            known, frequency = self._log_probability, self.FREQ.get
            total = math.log(self.total)
            size = len(sentence)
            scores = [0.0] * (size + 1)  # the best score from each offset to the end
            ends = [0] * size
            for start in range(size - 1, -1, -1):
                best, best_end = -math.inf, -1
                end, fragment = start, sentence[start]
                # (The dictionary holds every prefix of its words, with a frequency of 0.)
                while (count := frequency(fragment)) is not None:
                    if count:
                        if (probability := known.get(fragment)) is None:
                            probability = known[fragment] = math.log(count) - total
                        # (As jieba's max() over (score, end), the ends rising: a tie goes
                        # to the longer word.)
                        if (score := probability + scores[end + 1]) >= best:
                            best, best_end = score, end
                    end += 1
                    if end == size:
                        break
                    fragment = sentence[start:end + 1]
                if best_end < 0:  # a character no word starts with stands alone
                    if (probability := known.get(character := sentence[start])) is None:
                        probability = known[character] = \
                            math.log(frequency(character) or 1) - total
                    best, best_end = probability + scores[start + 1], start
                scores[start], ends[start] = best, best_end
            return ends

        # jieba's `cut` calls `self.__cut_DAG`, which Python spells `_Tokenizer__cut_DAG`
        # inside its class Tokenizer, as inside this one: jieba's method, on the path found by
        # `_route` (`lcut` above does the same in `_cut_block`).
        def __cut_DAG(self, sentence: str) -> Iterator[str]:
            found: list[str] = []
            self._cut_block(sentence, found)
            yield from found

        def _cut_block(self, sentence: str, found: list[str]) -> None:
            """Appends the words of a block of characters jieba segments (no space nor
            punctuation) to `found`: the likeliest path; its runs of single characters the
            dictionary lacks go to jieba's model of unknown words."""
            ends = self._route(sentence)
            start, size, run = 0, len(sentence), ""
            while start < size:
                end = ends[start] + 1
                if end - start == 1:
                    run += sentence[start]
                else:
                    if run:
                        self._run(run, found)
                        run = ""
                    found.append(sentence[start:end])
                start = end
            if run:
                self._run(run, found)

        def _run(self, run: str, found: list[str]) -> None:
            """Single characters in a row: jieba's model reads a run the dictionary lacks."""
            if len(run) == 1:
                found.append(run)
            elif not self.FREQ.get(run):
                _unknown_words(run, found)
            else:
                found.extend(run)

    return Tokenizer


def _unknown_words(run: str, found: list[str]) -> None:
    """jieba's `finalseg.cut`: its model of unknown words (a hidden Markov model of where words
    Begin, go on in the Middle, End, or are a Single character) reads a run of characters,
    and appends the words to `found`."""
    from jieba import finalseg

    for block in finalseg.re_han.split(run):
        if finalseg.re_han.match(block):
            for word in _hmm_words(block, finalseg):
                if word in finalseg.Force_Split_Words:
                    found.extend(word)
                else:
                    found.append(word)
        else:
            found.extend(piece for piece in finalseg.re_skip.split(block) if piece)


def _hmm_words(sentence: str, model: Any) -> list[str]:
    """The words of the likeliest states of `sentence` in jieba's model: its `viterbi` and
    `__cut` with the four states unrolled, each step's choice kept rather than a copy of the
    path so far. Sums are added in jieba's order and a tie goes to the later letter, as in
    its max() over (probability, state), so the words are jieba's to the word."""
    floor = model.MIN_FLOAT
    start, trans, emit = model.start_P, model.trans_P, model.emit_P
    emit_b, emit_m, emit_e, emit_s = emit["B"], emit["M"], emit["E"], emit["S"]
    b_e, b_m = trans["B"]["E"], trans["B"]["M"]
    e_b, e_s = trans["E"]["B"], trans["E"]["S"]
    m_e, m_m = trans["M"]["E"], trans["M"]["M"]
    s_b, s_s = trans["S"]["B"], trans["S"]["S"]
    first = sentence[0]
    b = start["B"] + emit_b.get(first, floor)
    m = start["M"] + emit_m.get(first, floor)
    e = start["E"] + emit_e.get(first, floor)
    s = start["S"] + emit_s.get(first, floor)
    # For each character after the first, the state before it on the best path into each of
    # its four states.
    back: list[tuple[str, str, str, str]] = []
    for character in sentence[1:]:
        em = emit_b.get(character, floor)  # B follows E or S
        from_e, from_s = e + e_b + em, s + s_b + em
        new_b, back_b = (from_s, "S") if from_s >= from_e else (from_e, "E")
        em = emit_m.get(character, floor)  # M follows M or B
        from_m, from_b = m + m_m + em, b + b_m + em
        new_m, back_m = (from_m, "M") if from_m >= from_b else (from_b, "B")
        em = emit_e.get(character, floor)  # E follows B or M
        from_b, from_m = b + b_e + em, m + m_e + em
        new_e, back_e = (from_m, "M") if from_m >= from_b else (from_b, "B")
        em = emit_s.get(character, floor)  # S follows S or E
        from_s, from_e = s + s_s + em, e + e_s + em
        new_s, back_s = (from_s, "S") if from_s >= from_e else (from_e, "E")
        back.append((back_b, back_m, back_e, back_s))
        b, m, e, s = new_b, new_m, new_e, new_s
    state = "S" if s >= e else "E"
    states = [state]
    for step in reversed(back):
        state = step["BMES".index(state)]
        states.append(state)
    states.reverse()
    found: list[str] = []
    begin = following = 0
    for at, state in enumerate(states):
        if state == "B":
            begin = at
        elif state == "E":
            found.append(sentence[begin:at + 1])
            following = at + 1
        elif state == "S":
            found.append(sentence[at])
            following = at + 1
    if following < len(sentence):
        found.append(sentence[following:])
    return found


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
