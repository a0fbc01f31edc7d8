"""What the round 10b hold-outs taught (a harvest festival, a county hospital, a cycling
race, a Han tomb): column layout, a name glued to an everyday word, a post inside a longer
post, a copula before a second person's title, a transcribed name after a word of three,
names listed after a titled one."""

import pytest

from kiosk.content.normalize import normalize
from tests.content.helpers import mentions

# Columns of 17: every line in mid-paragraph is full; a paragraph's last line that leaves
# two columns free ends it, though it is longer than 85% of the width.
_COLUMN = "\n".join([
    "本报某地3月2日电（记者 甲乙）",
    "2日上午，某县人民医院门诊大厅里挤",
    "满了前来就诊的村民，候诊区的座椅上",
    "几乎坐满了人。",
    "“以前看专家号要跑到省城，光路费就",
    "要花一两百元。”村民邱秀芝说。",
    "县医院院长巫振邦介绍，今年以来，医",
    "院共接诊外地专家门诊患者一万二千多",
    "人次，比去年同期增长了三成多。",
    "“目标是大病不出县。”他说。",
])


def test_a_last_line_with_two_columns_free_ends_its_paragraph() -> None:
    texts = [p.text for p in normalize(_COLUMN).paragraphs]
    assert texts[-3] == "“以前看专家号要跑到省城，光路费就要花一两百元。”村民邱秀芝说。"
    assert texts[-2].startswith("县医院院长巫振邦介绍")
    assert texts[-2].endswith("比去年同期增长了三成多。")
    assert texts[-1] == "“目标是大病不出县。”他说。"


@pytest.mark.parametrize(("text", "expected"), [
    # jieba glues a Han name to an everyday word after it into one word it lacks.
    ("72岁的老渔民鲍承宗天不亮就出海了。", [("鲍承宗", "老渔民")]),
    # Unchanged: four characters of a name without a Han surname.
    ("彝族歌手吉克阿依在台上演唱。", [("吉克阿依", "彝族歌手")]),
])
def test_a_name_ends_before_an_everyday_word_glued_to_it(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A listed post (副主任) that names no one is the head of a longer one (主任医师).
    ("某市人民医院心内科副主任医师柯立群在义诊现场。", [("柯立群", "某市人民医院心内科副主任医师")]),
    # ... after a copula, with someone named before in the clause.
    ("患者范桂英最信任的是某医院骨科副主任医师邰振华。",
     [("范桂英", "患者"), ("邰振华", "某医院骨科副主任医师")]),
    ("患者范桂英找到的是某医院骨科主任邰振华。", [("范桂英", "患者"), ("邰振华", "某医院骨科主任")]),
    # Unchanged: the title of a second person follows the last verb between them.
    ("19岁的小将甲某在决赛中以4比2战胜日本选手佐藤美咲。",
     [("甲某", "小将"), ("佐藤美咲", "日本选手")]),
])
def test_a_post_inside_a_longer_post_and_a_copula_before_a_second_person(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A word of three the dictionary knows as a name but that starts with no surname is the
    # first part of a longer transcribed name.
    ("牧民摔跤手阿迪力别克在第二局发力。", [("阿迪力别克", "牧民摔跤手")]),
    ("牧民摔跤手阿迪力艾山在第二局发力。", [("阿迪力艾山", "牧民摔跤手")]),
    # Unchanged: a Han name of three before a word.
    ("彝族歌手吉克阿依在台上演唱。", [("吉克阿依", "彝族歌手")]),
])
def test_a_transcribed_name_goes_on_after_a_word_of_three(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Bare names listed after a titled one share its title.
    ("中国队选手甘若溪、樊晓冬和庞一鸣包揽了前三名。",
     [("甘若溪", "中国队选手"), ("樊晓冬", "中国队选手"), ("庞一鸣", "中国队选手")]),
    # Unchanged: each with a post of their own.
    ("某局局长张三、某馆馆长李四出席。", [("张三", "某局局长"), ("李四", "某馆馆长")]),
])
def test_bare_names_listed_after_a_titled_one_share_its_title(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


_ATTRIBUTION_COLUMN = "\n".join([
    "本报某地3月2日电（记者 甲乙）",
    "2日上午，某县人民医院门诊大厅里挤",
    "满了前来就诊的村民，候诊区的座椅上",
    "几乎坐满了人。",
    "“以前看专家号要跑到省城，光路费就",
    "要花一两百元，现在家门口就能看了。”",
    "",
    "她说。",
    "",
    " 专家常驻县医院",
    "",
    "县医院院长巫振邦介绍，今年以来，医",
    "院共接诊外地专家门诊患者一万多人次。",
])


def test_an_attribution_alone_after_a_column_break_ends_the_quote_before() -> None:
    texts = [p.text for p in normalize(_ATTRIBUTION_COLUMN).paragraphs]
    assert "“以前看专家号要跑到省城，光路费就要花一两百元，现在家门口就能看了。”她说。" in texts
