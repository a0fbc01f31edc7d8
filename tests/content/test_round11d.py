"""What the round 11d hold-outs taught (a culture and tourism expo, a phone launch, a
science result, an ocean week in columns): `该校教授某某` is a post of the body the
paragraph has named, and the title shows that body, not the determiner."""

import pytest

from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("text", "expected"), [
    ("记者3日从江淮理工大学获悉，该校化学学院教授令狐思远团队研制出一种新型催化剂。",
     [("令狐思远", "江淮理工大学化学学院教授")]),
    # A body whose name ends otherwise than the determiner's head: 该校 for a 学院.
    ("滨海职业技术学院日前发布消息，该校机电系主任谈晓东介绍了新专业。",
     [("谈晓东", "滨海职业技术学院机电系主任")]),
    ("江南机械集团日前发布新产品，该集团技术中心主任班立新介绍，产品已批量生产。",
     [("班立新", "江南机械集团技术中心主任")]),
    # jieba glues a preposition to the body's first word (据省): it is no part of the name.
    ("据省人民医院介绍，该院心内科主任医师邝永年已完成手术200例。",
     [("邝永年", "省人民医院心内科主任医师")]),
    # Unchanged: no body named before in the paragraph.
    ("该校化学学院教授吕一鸣说，实验很成功。", [("吕一鸣", "该校化学学院教授")]),
    # Unchanged: 该 of a word that names no body (该领域).
    ("该领域专家聂文涛认为，技术已经成熟。", [("聂文涛", "该领域专家")]),
])
def test_this_body_is_the_body_named_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_the_quote_carries_the_named_body() -> None:
    assert direct("记者从东海大学获悉，该校海洋学院教授卓一帆团队完成了一项研究。",
                  "“这只是第一步。”卓一帆说。") == [
        ("这只是第一步。", "卓一帆", "东海大学海洋学院教授", "")]
