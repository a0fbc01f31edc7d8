"""Forms of round 17a's hold-outs (city papers' reports of events visitors attend; invented
sentences, names and bodies made up): each failed before the rule it tests, unless marked
as a guard."""

import pytest

from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("texts", "want"), [
    # What someone described does or feels after a quote is no name: a place word
    # (`老人|脸上|笑` named 脸上笑) or an everyday character before a verb (`妈妈|很|有`
    # named 很有).
    (["67岁的村民柴秀兰收下包裹。“以前取个快递要走两里路。”说起这些，老人脸上笑开了花。"],
     [("以前取个快递要走两里路。", "柴秀兰", "村民", "")]),
    (["“周末带孩子来看看。”陪着孩子的妈妈很有感触。"],
     [("周末带孩子来看看。", "", "", "陪着孩子的妈妈")]),
    # (Guards: a rare surname before a verb, a surname from the list.)
    (["“我们还会再来。”参展商郏明说。"], [("我们还会再来。", "郏明", "参展商", "")]),
    (["“我们还会再来。”参展商龙飞说。"], [("我们还会再来。", "龙飞", "参展商", "")]),
])
def test_no_name_in_what_someone_does(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "want"), [
    ("老人脸上笑开了花。", []),
    ("他的妈妈很有感触。", []),
])
def test_no_mention(text: str, want: list[tuple[str, str]]) -> None:
    assert mentions(text) == want


@pytest.mark.parametrize(("texts", "want"), [
    # Kin of someone opening a short sentence of their own after a quote, with no speech
    # verb, said it (`“……。”陪着孩子的妈妈很有感触。` had no speaker, then the one quoted
    # before; and 她说 after it went to that one too).
    (["讲解员钭晓琪蹲下来回答：“这是化石。”", "“平时在书上看十遍，不如来这儿看一遍。”陪着孩子的妈妈很有感触。"],
     [("这是化石。", "钭晓琪", "讲解员", ""),
      ("平时在书上看十遍，不如来这儿看一遍。", "", "", "陪着孩子的妈妈")]),
    (["“周末带孩子来看看。”陪着司马晓宇的爸爸很是高兴。"],
     [("周末带孩子来看看。", "", "", "陪着司马晓宇的爸爸")]),
    # (Guards: whose thing it is; a kin word with the name after it.)
    (["讲解员钭晓琪说：“这是化石。”", "“真好看。”孩子的妈妈的手机响了。"],
     [("这是化石。", "钭晓琪", "讲解员", ""), ("真好看。", "钭晓琪", "讲解员", "")]),
    (["“真好看。”贺子轩的妈妈王丽娟笑了。"], [("真好看。", "王丽娟", "妈妈", "")]),
])
def test_kin_after_a_quote(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want
