"""Shapes of the genre probed with invented sentences in session 21 (each fails before the rule
it tests; the guards hold what must not change): a word of four before 地 after a post or role
is how the person does something (`工程师满头大汗地说`), no name."""

from __future__ import annotations

import pytest

from tests.content.helpers import direct, mentions

Want = list[tuple[str, str, str, str]]

_QUOTES: list[tuple[list[str], Want]] = [
    # An idiom of manner after a role (jieba tags 满头大汗 a place): the role speaks, unnamed.
    (["“修好了！”工程师满头大汗地说。"], [("修好了！", "", "", "工程师")]),
    # Guards: other idioms of manner, and names of four the dictionary knows or lacks.
    (["“到了！”队长气喘吁吁地说。"], [("到了！", "", "", "队长")]),
    (["“快来看！”绣娘吉克阿依说。"], [("快来看！", "吉克阿依", "绣娘", "")]),
    (["“请跟我来。”导游阿依古丽说。"], [("请跟我来。", "阿依古丽", "导游", "")]),
    # (A transcribed name jieba tags a place: `费尔南多`.)
    (["采购商费尔南多连连称赞：“了不起！”"], [("了不起！", "费尔南多", "采购商", "")]),
]

_MENTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    ("所长满头大汗地跑进实验室。", []),
    ("工程师满头大汗地跑来，对记者说：", []),
    # Guards: a name of four the dictionary knows as one, and a compound surname's.
    ("歌唱家斯琴高娃登台演唱。", [("斯琴高娃", "歌唱家")]),
    ("工程师欧阳明月说，", [("欧阳明月", "工程师")]),
]


@pytest.mark.parametrize(("texts", "want"), _QUOTES)
def test_attribution_shapes(texts: list[str], want: Want) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "want"), _MENTIONS)
def test_people_named(text: str, want: list[tuple[str, str]]) -> None:
    assert mentions(text) == want
