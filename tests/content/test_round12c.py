"""What the round 12c hold-outs taught (an intelligence expo, a farm-machinery show in
columns, a biopharma conference, the ice carvers of a winter park in columns), run on the
parser with round 11e: a rare surname jieba reads as a verb opens a name after a post before
a rare given name too (盖|明远), a transcription's last word may end in a character that
begins speech verbs when no verb follows (沙吾提|专门), an age and 的 before a word that
reads as a name mark a person, and `科技日报讯 （记者 ……）` is a dateline."""

import pytest

from kiosk.content.normalize import normalize
from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("text", "expected"), [
    ("农机公司销售经理盖明远正给几位农民演示。", [("盖明远", "农机公司销售经理")]),
    # Unchanged: a common verb after a post (看), a verb and its object (盖章).
    ("主任看海燕说，规则最重要。", []),
])
def test_a_rare_surname_before_a_rare_given_name(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("来自新疆的种植大户阿不力米提·沙吾提专门坐火车赶来。", [("阿不力米提·沙吾提", "种植大户")]),
])
def test_a_transcriptions_last_syllable_before_a_word_that_makes_no_verb(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_a_syllable_before_an_aspect_particle_is_the_verbs() -> None:
    # Unchanged: 笑 before 着 is the verb (jieba: 托合|提笑|着).
    assert direct("“现在喝杯茶的工夫就办完了。”班列司机吾斯曼·托合提笑着说。") == [
        ("现在喝杯茶的工夫就办完了。", "吾斯曼·托合提", "班列司机", "")]


@pytest.mark.parametrize(("text", "expected"), [
    ("房振江的徒弟、24岁的栾小北是团队里最年轻的成员。", [("栾小北", "徒弟")]),
    ("今年72岁的冉德贵每天都来。", [("冉德贵", "")]),
    # Unchanged: a role between the age and the name; a role the dictionary calls a name.
    ("10岁的小学生宫子墨跑了过来。", [("宫子墨", "小学生")]),
])
def test_an_age_before_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_the_apprentice_is_he() -> None:
    assert direct("冰雕组组长、52岁的房振江每天最早到。",
                  "房振江的徒弟、24岁的栾小北是团队里最年轻的成员。大学学雕塑的他，毕业后回到家乡。"
                  "“同学都去了大城市。”他笑着说。") == [
        ("同学都去了大城市。", "栾小北", "徒弟", "")]


def test_a_papers_dateline_with_a_space_before_the_reporters() -> None:
    page = normalize("某某大会开幕\n\n科技日报讯 （记者 宓一 通讯员 庄二）11月12日，大会开幕。\n")
    assert (page.dateline, page.reporters) == ("科技日报讯", ["宓一", "庄二"])
    assert page.paragraphs[0].text == "11月12日，大会开幕。"
