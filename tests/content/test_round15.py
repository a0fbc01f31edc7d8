"""Forms of the genre's reports probed in session 15 (invented sentences): each failed before
the rule it tests."""

import pytest

from tests.content.helpers import direct


@pytest.mark.parametrize(("texts", "want"), [
    # 该 and a body's head open a title when a name follows: not `该负责人`, which points back.
    (["苏州芯元半导体有限公司今年推出了新一代芯片。该公司副总经理、首席科学家阙文涛博士介绍，"
      "“我们的芯片已经进入量产阶段”。"],
     [("我们的芯片已经进入量产阶段", "阙文涛", "苏州芯元半导体有限公司副总经理、首席科学家", "")]),
    (["记者从江苏省农业科学院获悉，该院研究员汤明远博士说：“新品种亩产提高了一成。”"],
     [("新品种亩产提高了一成。", "汤明远", "江苏省农业科学院研究员", "")]),
    # (Unchanged: 该 and a role alone point back to the one described.)
    (["某企业负责人表示，今年产量翻番。“我们还会扩产。”该负责人说。"],
     [("我们还会扩产。", "", "", "某企业负责人")]),
    # The company a paragraph before names, for 该公司 or a bare 公司 in one that names none.
    (["在苏州芯元半导体有限公司的展台前，一块晶圆吸引了不少观众。",
      "“我们的芯片已经进入量产阶段。”该公司副总经理阙文涛说。"],
     [("我们的芯片已经进入量产阶段。", "阙文涛", "苏州芯元半导体有限公司副总经理", "")]),
    (["苏州芯元半导体有限公司今年营收翻番。", "中国科学技术大学的团队也来到现场。",
      "“明年将扩产一倍。”公司总经理汤一鸣说。"],
     [("明年将扩产一倍。", "汤一鸣", "苏州芯元半导体有限公司总经理", "")]),
    # (Not past a company only described, nor from words quoted, nor from three back.)
    (["一家苏州半导体企业也来了。", "“明年将扩产一倍。”该企业总经理汤一鸣说。"],
     [("明年将扩产一倍。", "汤一鸣", "该企业总经理", "")]),
    (["参展商说：“这是法国企业来得最多的一次。”", "“明年将扩产一倍。”该企业总经理汤一鸣说。"],
     [("这是法国企业来得最多的一次。", "", "", "参展商"),
      ("明年将扩产一倍。", "汤一鸣", "该企业总经理", "")]),
    (["苏州芯元半导体有限公司今年营收翻番。", "现场人头攒动。", "观众排起长队。",
      "“明年将扩产一倍。”该公司总经理汤一鸣说。"],
     [("明年将扩产一倍。", "汤一鸣", "该公司总经理", "")]),
    # (A company the paragraph itself describes keeps 该: `一家手表企业的展台前……该企业`.)
    (["瑞士钟表集团今年首次参展。",
      "一家手表企业的展台前挤满了人。“中国消费者越来越专业。”该企业亚太区负责人陈嘉慧说。"],
     [("中国消费者越来越专业。", "陈嘉慧", "该企业亚太区负责人", "")]),
    # A clause that opens with whom the words are for speaks for no one: the subject is the
    # clause's before it (found by round 15b: 对围观的观众 was the speaker).
    (["“别看它小，里面集成了三种传感器。”某科技有限公司研发部经理屈晓楠拿起芯片，对围观的观众说。"],
     [("别看它小，里面集成了三种传感器。", "屈晓楠", "某科技有限公司研发部经理", "")]),
    (["“孩子们特别喜欢它。”幼儿园园长訾红梅抱起一台小机器人，朝家长们笑着说。"],
     [("孩子们特别喜欢它。", "訾红梅", "幼儿园园长", "")]),
    # (Unchanged: a clause with a subject of its own after the comma.)
    (["“这台机器一天能采200亩。”合作社理事长冼国富蹲下身子，一位农户对记者说。"],
     [("这台机器一天能采200亩。", "", "", "一位农户")]),
    # A Han name jieba made one word of, with a surname off the list, ends there when the
    # characters after it stand alone (蒯晓光|难|掩: not 蒯晓光难).
    (["“我们研发的机器人能在30秒内完成采血。”谈起产品，某医疗科技有限公司创始人蒯晓光难掩自豪。"],
     [("我们研发的机器人能在30秒内完成采血。", "蒯晓光", "某医疗科技有限公司创始人", "")]),
])
def test_the_forms_of_session_15(texts: list[str], want: list) -> None:  # type: ignore[type-arg]
    assert direct(*texts) == want
