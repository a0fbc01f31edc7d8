"""The parse's tokenizer segments as jieba's own does, word for word, and tags with its tags."""

from __future__ import annotations

import random
from pathlib import Path

import jieba
import pytest

from kiosk.content import segment

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests/fixtures").glob("*.txt"))


@pytest.fixture(scope="module")
def reference() -> jieba.Tokenizer:
    """jieba's tokenizer, unchanged, with the same project dictionary."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    with segment.USER_DICT.open("rb") as handle:
        tokenizer.load_userdict(handle)
    return tokenizer


def test_every_report_is_cut_into_jiebas_words(reference: jieba.Tokenizer) -> None:
    texts = [path.read_text(encoding="utf-8") for path in TEXTS]
    assert len(texts) > 200
    differ = [path.name for path, text in zip(TEXTS, texts, strict=True)
              if segment.words(text) != reference.lcut(text)]
    assert differ == []


def test_a_word_added_later_is_cut_as_jieba_cuts_it() -> None:
    # The tokenizer keeps each word's log-probability: after a word's frequency changes it
    # must not cut with the one from before (kept, `研究生` would lose to 研究|生命科学).
    # A fresh tokenizer, not the parse's.
    tokenizer = segment._tokenizer_class(jieba.Tokenizer)()
    tokenizer.initialize()
    text = "他们在研究生命科学的新方法"
    assert tokenizer.lcut(text)[2:4] == ["研究", "生命科学"]
    tokenizer.add_word("研究生", 10 ** 7)
    reference = jieba.Tokenizer()
    reference.add_word("研究生", 10 ** 7)
    assert tokenizer.lcut(text) == reference.lcut(text)
    assert tokenizer.lcut(text)[2] == "研究生"


def test_tags_are_jiebas_with_the_project_dictionarys() -> None:
    assert segment.word_tag("研究员") == "n"
    assert segment.tag("机器人表演")[0] == ("机器人", "n")
    project = next(line.split() for line in segment.USER_DICT.read_text(encoding="utf-8")
                   .splitlines() if len(line.split()) == 3)
    assert segment.word_tag(project[0]) == project[2]


def test_unknown_words_are_read_as_jiebas_model_reads_them() -> None:
    # Runs of characters as the tokenizer hands them to the model of unknown words: any
    # characters of the reports, characters the model has never seen (its ties at the floor
    # probability), and Latin letters, digits and a percentage inside.
    from jieba import finalseg

    rng = random.Random(21)
    characters = sorted({c for path in TEXTS for c in path.read_text(encoding="utf-8")
                         if "\u4e00" <= c <= "\u9fd5"}) + list("龘齉靐麤鱻")
    runs = ["".join(rng.choice(characters) for _ in range(rng.randint(1, 9)))
            + rng.choice(["", "", "", "AB", "3.5%", "x7"]) for _ in range(3000)]
    differ = []
    for run in runs:
        found: list[str] = []
        segment._unknown_words(run, found)
        if found != list(finalseg.cut(run)):
            differ.append(run)
    assert differ == []
