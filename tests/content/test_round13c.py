"""What the round 13c hold-outs taught (a consumer-goods expo, a commercial rocket's first
flight, a blind-football final in columns), run on the parser with every other round of this
session: a compound surname opens a name whatever jieba tags it, an age after 年仅 is no title
either, a command of two characters is a quote, and `随着某某一声令下` says whose it was."""

import pytest

from kiosk.content.names import clean_title, is_person_name
from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("text", "expected"), [
    ("公孙明远", True), ("司马振宇", True), ("欧阳晓薇", True),
    # Unchanged: no given name after the surname.
    ("西门大街", False), ("南宫", False),
])
def test_a_compound_surname_opens_a_name(text: str, expected: bool) -> None:
    assert is_person_name(text) is expected


def test_a_chief_designer_with_a_compound_surname() -> None:
    assert mentions("火箭总设计师公孙明远在发射成功后对记者说：") == [("公孙明远", "火箭总设计师")]


@pytest.mark.parametrize(("title", "expected"), [
    ("火箭01指挥员、年仅29岁的", "火箭01指挥员"),
    ("队长、今年28岁的", "队长"),
    # Unchanged: an age with no post before it.
    ("年仅29岁的", ""),
])
def test_an_age_after_a_word_of_time(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_the_commander_is_the_one_in_tears() -> None:
    assert direct("发射场总经理俞一东表示，发射场今年已完成8次发射任务。",
                  "“今天是我们所有人的节日。”走出指挥大厅时，火箭01指挥员、年仅29岁的龚一琪眼里含着泪花。") == [
        ("今天是我们所有人的节日。", "龚一琪", "火箭01指挥员", "")]


@pytest.mark.parametrize(("text", "expected"), [
    ("“点火！”随着指挥员一声令下，火箭点火升空。", [("点火！", "", "", "指挥员")]),
    ("“出发！”随着总指挥张一鸣一声令下，车队驶出营地。", [("出发！", "张一鸣", "总指挥", "")]),
    # Unchanged: a slogan written on a banner is no speech.
    ("横幅上写着“加油！”", []),
])
def test_an_order_and_whose_it_was(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Left by round 13a: a bare post listed after a body's post is a post of that body.
    ("宏达集团董事长邝一鸣、总经理汤晓光出席了发布会。",
     [("邝一鸣", "宏达集团董事长"), ("汤晓光", "宏达集团总经理")]),
    ("北京大学校长龚一鸣、副校长冼立新出席了仪式。",
     [("龚一鸣", "北京大学校长"), ("冼立新", "北京大学副校长")]),
    # Unchanged: no body in the first title; a title chain; people joined by 和.
    ("省长邝一鸣、副省长冼立新出席。", [("邝一鸣", "省长"), ("冼立新", "副省长")]),
    ("中国科学院院士、清华大学教授王一鸣和研究员李小二出席。",
     [("王一鸣", "中国科学院院士、清华大学教授"), ("李小二", "研究员")]),
])
def test_a_bare_post_listed_after_a_bodys_post(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected
