"""Where a title may break: between jieba words, never inside a word or a short quoted term."""

from __future__ import annotations

from itertools import pairwise

import pytest

from kiosk.content.linebreak import word_breaks


def _lines(text: str) -> list[str]:
    """`text` cut at every allowed break."""
    cuts = [0, *word_breaks(text), len(text)]
    return [text[a:b] for a, b in pairwise(cuts)]


@pytest.mark.parametrize(("text", "whole"), [
    ("从中关村论坛看“第一动力”", "“第一动力”"),
    ("走进《流浪地球》的拍摄基地", "《流浪地球》"),
    ("一座被称为“城市大脑”的数据中心", "“城市大脑”"),
    ("单孔腔镜手术机器人亮相论坛", "机器人"),
])
def test_a_word_or_short_quoted_term_is_never_cut(text: str, whole: str) -> None:
    start = text.index(whole)
    assert not any(start < cut < start + len(whole) for cut in word_breaks(text))
    assert len(_lines(text)) > 2  # the title may still break elsewhere


@pytest.mark.parametrize("text", [
    "他说：“我们要把实验室里的成果尽快变成老百姓用得上的产品。”",
])
def test_a_long_quotation_may_break_between_its_words(text: str) -> None:
    inside = [cut for cut in word_breaks(text) if text.index("“") < cut < text.index("”")]
    assert len(inside) > 3


@pytest.mark.parametrize("text", ["量子计算云平台，正式上线。", "开放合作、共享未来"])
def test_no_line_starts_with_closing_punctuation(text: str) -> None:
    assert all(line[0] not in "，。、" for line in _lines(text)[1:])
