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
])
def test_this_body_then_a_name_is_a_title_not_a_pointer(texts: list[str], want: list) -> None:  # type: ignore[type-arg]
    assert direct(*texts) == want
