"""What the round 11d hold-outs taught (a culture and tourism expo, a phone launch, a
science result, an ocean week in columns): `该校教授某某` is a post of the body the
paragraph has named, and the title shows that body, not the determiner; an opinion may be
reported with no comma after 认为; a word the dictionary lacks inside a compound of nouns
names no one; a headline may hold a comma."""

import pytest

from kiosk.content.normalize import normalize
from kiosk.content.quotes import extract_quotes
from tests.content.helpers import direct, mentions, paras


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


def _reported(*texts: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in extract_quotes(paras(*texts)) if q.kind == "indirect"]


@pytest.mark.parametrize(("texts", "expected"), [
    # An opinion with no comma after 认为, by a pronoun or a name opening the clause.
    (("厅长晏立华在会上表示，游客超过2亿人次。对于下一步，他认为关键在于“把流量变成留量”。",),
     [("游客超过2亿人次。", "晏立华"), ("关键在于“把流量变成留量”。", "晏立华")]),
    (("院士王一鸣认为这项技术前景广阔，但仍需验证。",),
     [("这项技术前景广阔，但仍需验证。", "王一鸣")]),
    # Unchanged: the passive (被认为), a group, the first person.
    (("这种做法被认为是行业的标杆。",), []),
    (("业内普遍认为这一技术已经成熟。",), []),
    (("我认为这很好，大家都满意。",), []),
])
def test_an_opinion_without_a_comma_is_reported_speech(
        texts: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    assert _reported(*texts) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A word the dictionary lacks inside a compound of nouns names no one (数字|文旅|展区).
    ("数字文旅展区里，戴上眼镜就能看到发掘现场。", []),
    # Unchanged: a noun before a name opening a clause (领唱|吴雨桐|今年).
    ("领唱吴雨桐今年刚满19岁。", [("吴雨桐", "领唱")]),
])
def test_a_compound_of_nouns_holds_no_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("page", "title"), [
    # A headline may hold a comma when the dateline opens the paragraph after it.
    ("文旅博览会上，老手艺遇见新玩法\n\n新华社成都4月12日电（记者 邬小婷）12日，博览会开幕。\n",
     "文旅博览会上，老手艺遇见新玩法"),
    ("冰雪季开启，“冷资源”热起来\n\n本报哈尔滨12月1日讯（记者 韩一）1日，雪季开板。\n",
     "冰雪季开启，“冷资源”热起来"),
    # Unchanged: a line with a comma and no dateline after it is a paragraph.
    ("今天天气很好，我们去公园\n\n公园里人很多。\n", ""),
])
def test_a_headline_may_hold_a_comma(page: str, title: str) -> None:
    assert normalize(page).title == title
