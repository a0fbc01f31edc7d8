"""Shapes that round 17b's hold-outs (national agencies' and papers' reports of forums,
conferences, expos and a science result) missed at first contact, and the forms around them
probed with invented sentences (names and bodies made up): each failed before its rule."""

import pytest

from tests.content.helpers import direct


@pytest.mark.parametrize(("texts", "want"), [
    # An adverb of time between a transcribed name and its verb is no syllable of the name
    # (`朱塞佩·费拉里刚签下……。……他笑言：` had the speaker 朱塞佩·费拉里刚).
    (["意大利某精工公司中国区首席代表朱塞佩·费拉里刚签下一笔供货合同。谈到为何连续三年参展，"
      "他笑言：“在这里，一天谈成的生意比在欧洲跑一个月还多。”"],
     [("在这里，一天谈成的生意比在欧洲跑一个月还多。", "朱塞佩·费拉里", "意大利某精工公司中国区首席代表", "")]),
    (["德国某公司总裁卡尔·施密特刚走进展馆，就被几位客商围住了。他说：“订单比去年多。”"],
     [("订单比去年多。", "卡尔·施密特", "德国某公司总裁", "")]),
    (["参展商阿卜杜拉·卡里姆先在展台前摆好样品。“欢迎品尝。”卡里姆说。"],
     [("欢迎品尝。", "阿卜杜拉·卡里姆", "参展商", "")]),
    # (A Han given name may hold the same characters.)
    (["“很好。”参展商王刚说。"], [("很好。", "王刚", "参展商", "")]),
])
def test_an_adverb_after_a_transcribed_name(texts: list[str],
                                            want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want
