"""What the round 12d hold-outs taught (a science forum releasing ten achievements, a VR
conference in columns, a city football league's fans, a polar expedition's return), run on
the parser with every round of this session: a child called by a doubled character after an
age, the kin of someone named as the subject after a quote, a complement after a shout, a
Latin word a column broke, 该院 in a speaker phrase, a described body that 该 does not
name, and what a reporter did (`文/摄`) in the byline."""

import pytest

from kiosk.content.normalize import join_lines, normalize
from kiosk.content.quotes import extract_quotes
from tests.content.helpers import direct, mentions, paras


def test_a_child_called_by_a_doubled_character() -> None:
    assert mentions("8岁的朵朵坐在爸爸的肩膀上，脸上贴着队徽。") == [("朵朵", "")]
    assert direct("很多球迷是举家前来。6岁的豆豆坐在妈妈怀里。“今天一定能赢！”她大声说。") == [
        ("今天一定能赢！", "豆豆", "", "")]


def test_the_kin_of_someone_named_after_a_quote() -> None:
    assert direct("“孩子出发的时候才三个月。”科考队员蔺一豪的妻子抱着孩子，眼圈红了。") == [
        ("孩子出发的时候才三个月。", "", "", "科考队员蔺一豪的妻子")]
    # Unchanged: the person named is the subject.
    assert direct("“孩子出发的时候才三个月。”科考队员蔺一豪抱着孩子，眼圈红了。") == [
        ("孩子出发的时候才三个月。", "蔺一豪", "科考队员", "")]


def test_a_shout_with_a_complement() -> None:
    assert direct("“回家的感觉真好！”走下舷梯的那一刻，队员们不约而同地喊了出来。") == [
        ("回家的感觉真好！", "", "", "队员们")]


@pytest.mark.parametrize(("left", "right", "full", "expected"), [
    # A full line that goes on in lower case: the column broke the word.
    ("公司的创始人Ryan Coo", "per第三次", True, "公司的创始人Ryan Cooper第三次"),
    # Unchanged: a line short of the edge, or a capital after it, ends a word.
    ("the Quafu", "platform", False, "the Quafu platform"),
    ("创始人Ryan", "Cooper第三次", True, "创始人Ryan Cooper第三次"),
])
def test_a_latin_word_broken_by_a_column(left: str, right: str, full: bool, expected: str) -> None:
    assert join_lines(left, right, full) == expected


def test_a_latin_name_broken_at_a_columns_edge_is_whole() -> None:
    lines = ["本报南昌10月19日电（记者 熊一）1", "9日，2026世界VR产业大会在江西南昌",
             "开幕。大会为期3天，200多家企业带来", "了最新的虚拟现实头显、数字人和沉浸",
             "式文旅产品。", "美国一家VR内容公司的创始人Ryan Coo",
             "per第三次来到南昌。他告诉记者，他", "们公司的三部VR电影都是在中国完成后",
             "期制作的。"]
    texts = [p.text for p in normalize("\n".join(lines) + "\n").paragraphs]
    assert texts[-1].startswith("美国一家VR内容公司的创始人Ryan Cooper第三次来到南昌。")


def test_this_institute_in_a_speaker_phrase() -> None:
    quotes = extract_quotes(paras(
        "其中一项成果来自北京星河量子研究院。该院院长、中国科学院院士沙一年介绍，团队已实现稳定操控。"))
    assert [(q.speaker, q.speaker_title) for q in quotes] == [
        ("沙一年", "北京星河量子研究院院长、中国科学院院士")]


def test_a_described_body_is_not_named() -> None:
    # 一家……企业 describes a company; 该企业 names none.
    assert mentions("江苏一家环保企业带来了新产品。该企业技术总监莫一凡介绍了它的原理。") == [
        ("莫一凡", "该企业技术总监")]


@pytest.mark.parametrize(("byline", "reporters"), [
    ("现代快报讯（记者 丛一 文/摄）6月14日晚，球场座无虚席。", ["丛一"]),
    ("现代快报讯（记者 丛一 摄影 甲二）6月14日晚，球场座无虚席。", ["丛一", "甲二"]),
])
def test_what_the_reporter_did_names_no_one(byline: str, reporters: list[str]) -> None:
    assert normalize(f"一场球赛点燃一座城\n\n{byline}\n").reporters == reporters
