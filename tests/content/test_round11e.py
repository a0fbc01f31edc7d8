"""What the round 11e hold-outs taught (a digital-trade expo, a kiwifruit harvest, a village
basketball final in columns, a satellite-internet conference), run on the parser with rounds
11a–11d: a surname that is also a grammatical word (向, 和) opens a name before a rare given
name; a rare surname jieba reads as a verb opens one after a post before a given name it
knows as a name's; an age right before the name is no title; `公司` alone opens the title of
the company the paragraph named; 阿妈 is a form of address; 喊 is a speech verb; and what the
text says someone is called (`叫他“仝老师”`) names them when they speak."""

import pytest

from kiosk.content.names import clean_title, is_person_name
from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("text", "expected"), [
    ("向明杰", True), ("和志强", True), ("向晓峰", True),
    # Unchanged: a grammatical word before a common word.
    ("向记者", False), ("和企业", False), ("向世界", False), ("和队友", False),
    ("和家人", False), ("向阳光", False), ("向明天", False),
])
def test_a_surname_that_is_a_grammatical_word(text: str, expected: bool) -> None:
    assert is_person_name(text) is expected


def test_the_captain_is_quoted_after_his_age() -> None:
    assert direct("“上场前腿都在抖。”赛后，某县某村队队长、28岁的向明杰一边擦汗一边说。") == [
        ("上场前腿都在抖。", "向明杰", "某县某村队队长", "")]


@pytest.mark.parametrize(("text", "expected"), [
    ("数字经济研究中心主任伏嘉禾认为，规则最重要。", [("伏嘉禾", "数字经济研究中心主任")]),
    # Unchanged: a common verb before a given name is the verb (主任|看|海燕).
    ("主任看海燕说，规则最重要。", []),
])
def test_a_rare_surname_read_as_a_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("某队队长、28岁的", "某队队长"),
    ("队长、二十八岁的", "队长"),
    # Unchanged: the age before a role describes the person the role names.
    ("他的队友、23岁的水手", "水手"),
    ("28岁的", ""),
])
def test_an_age_before_the_name_is_no_title(title: str, expected: str) -> None:
    assert clean_title(title) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("在跨境电商展区，杭州云舟跨境科技有限公司的直播间里很热闹。公司副总经理祖一鸣告诉记者，订单翻了一番。",
     [("祖一鸣", "杭州云舟跨境科技有限公司副总经理")]),
    ("记者走进宏达集团的车间，集团总裁汪一鸣正在调试设备。", [("汪一鸣", "宏达集团总裁")]),
    # Unchanged: no company named before.
    ("公司副总经理祖一鸣告诉记者，订单翻了一番。", [("祖一鸣", "公司副总经理")]),
])
def test_the_company_alone_is_the_company_named_before(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_a_form_of_address_with_amma() -> None:
    assert direct("68岁的潘阿妈已经连续四年来看球。“孙子在场上，我比他还着急。”她说。") == [
        ("孙子在场上，我比他还着急。", "潘阿妈", "", "")]


def test_a_shout_is_speech() -> None:
    assert direct("“明年还来！”一位从贵阳赶来的观众一边收拾板凳一边喊。") == [
        ("明年还来！", "", "", "一位从贵阳赶来的观众")]


@pytest.mark.parametrize(("texts", "expected"), [
    (("站长、研究员仝一民在果园里干了30年，果农都叫他“仝老师”。",
      "“果子什么时候摘，决定了能卖什么价。”仝老师说。"),
     [("果子什么时候摘，决定了能卖什么价。", "仝一民", "站长、研究员", "")]),
    (("乡村医生冉秀芝守了这个村子20年，村民都称她为“冉妈妈”。",
      "“只要村里还有人，我就不走。”冉妈妈说。"),
     [("只要村里还有人，我就不走。", "冉秀芝", "乡村医生", "")]),
    # Unchanged: with no one said to be called so, a surname and 老师 is someone new.
    (("“果子什么时候摘，决定了能卖什么价。”仝老师说。",),
     [("果子什么时候摘，决定了能卖什么价。", "", "", "仝老师")]),
])
def test_what_someone_is_called_names_them(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected
