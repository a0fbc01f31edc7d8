"""What the round 15d hold-outs taught (a science forum releasing ten advances, an AI expo, a
space-science congress, an embodied-AI congress, a robot show), run on parser 84: the voice
someone speaks in is no part of what they do before a colon, nor a name before a verb;
`边……边……` is no part of the name before it; and a brand between a place and the trade is
part of the body 该公司 stands for."""

import pytest

from kiosk.content.quotes import extract_quotes
from tests.content.helpers import direct, paras

_QUOTE = "“欢迎来到机器人的世界！”"
_WORDS = "欢迎来到机器人的世界！"


@pytest.mark.parametrize(("opening", "unnamed"), [
    ("一进展馆，一台迎宾机器人就用清脆的童声向观众打招呼：", "一台迎宾机器人"),
    ("一台导览机器人用四川话向观众打招呼：", "一台导览机器人"),
    ("一位工作人员用清脆的声音向观众打招呼：", "一位工作人员"),
    # Unchanged.
    ("一台迎宾机器人向观众打招呼：", "一台迎宾机器人"),
])
def test_the_voice_is_no_part_of_what_the_subject_does(opening: str, unnamed: str) -> None:
    assert direct(opening + _QUOTE) == [(_WORDS, "", "", unnamed)]


@pytest.mark.parametrize(("text", "speaker"), [
    (f"工程师罕晓磊边演示边解释：{_QUOTE}", "罕晓磊"),
    (f"工程师王晓磊边走边说：{_QUOTE}", "王晓磊"),
    (f"{_QUOTE}工程师罕晓磊边演示边说。", "罕晓磊"),
    (f"在展区，工程师罕晓磊正边演示边解释：{_QUOTE}", "罕晓磊"),  # (jieba: 正边)
    # Unchanged: 一边……一边, and a name that opens with 边.
    (f"工程师鲁婧一边演示一边介绍：{_QUOTE}", "鲁婧"),
    (f"牧民边巴次仁说：{_QUOTE}", "边巴次仁"),
])
def test_a_pair_of_bian_ends_the_name_before_it(text: str, speaker: str) -> None:
    [(_, who, _, _)] = direct(text)
    assert who == speaker


@pytest.mark.parametrize(("named", "title"), [
    ("“它能识别红绿灯。”说这话时，西安灵犀智能科技有限公司产品经理禚一帆一直盯着屏幕。",
     "西安灵犀智能科技有限公司副总裁"),
    ("西安明远智能科技有限公司产品经理禚一帆说：“它能识别红绿灯。”",
     "西安明远智能科技有限公司副总裁"),
    # Unchanged: a verb after the place is none of the name.
    ("记者在西安采访智能科技有限公司时获悉，新品将于下月上市。", "智能科技有限公司副总裁"),
])
def test_a_brand_after_a_place_names_the_body(named: str, title: str) -> None:
    quotes = extract_quotes(paras(named, "据该公司副总裁钮建平介绍，这款机器狗已在西安试用。"))
    assert [(q.speaker, q.speaker_title) for q in quotes if q.kind == "indirect"] == [
        ("钮建平", title)]


@pytest.mark.parametrize(("text", "expected"), [
    (f"一台机器人用清脆的童声说：{_QUOTE}", ("", "", "一台机器人")),
    (f"{_QUOTE}一台导览机器人用稚嫩的童声说。", ("", "", "一台导览机器人")),
    # Unchanged.
    (f"一台机器人用清脆的声音说：{_QUOTE}", ("", "", "一台机器人")),
    (f"参展商金智媛用流利的中文说：{_QUOTE}", ("金智媛", "参展商", "")),
])
def test_a_word_of_the_voice_is_no_name(text: str, expected: tuple[str, str, str]) -> None:
    [(_, *who)] = direct(text)
    assert tuple(who) == expected
