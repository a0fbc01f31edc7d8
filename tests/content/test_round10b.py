"""What the round 10b hold-outs taught (a harvest festival, a county hospital, a cycling
race, a Han tomb): column layout, a name glued to an everyday word, a post inside a longer
post, a copula before a second person's title, a transcribed name after a word of three,
names listed after a titled one, a role after a role, a quote over two paragraphs opened
without a speech verb, a named person after a kin word and a post, a role given after 是,
a surname with a familiar post, a surname and post standing for someone before 他/她."""

import pytest

from kiosk.content.normalize import normalize
from tests.content.helpers import direct, mentions

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


@pytest.mark.parametrize(("texts", "expected"), [
    # A role after a role is one person noun, no name.
    (("一位陪床的病人家属说：“护士们每天都来看好几次。”",),
     [("护士们每天都来看好几次。", "", "", "一位陪床的病人家属")]),
    (("两名来自县城的患者家属告诉记者：“手续比以前简单多了。”",),
     [("手续比以前简单多了。", "", "", "两名来自县城的患者家属")]),
])
def test_a_role_after_a_role_is_no_name(texts: tuple[str, ...],
                                        expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


def test_a_quote_over_two_paragraphs_opened_without_a_speech_verb() -> None:
    assert direct("养殖户焦永年今年63岁。谈起这些年的变化，他打开了话匣子：“过去卖羊要走几十里山路，"
                  "一天只能赶一趟集。",
                  "“现在手机上一下单，收购车就开到了家门口。”") == [
        ("过去卖羊要走几十里山路，一天只能赶一趟集。", "焦永年", "养殖户", ""),
        ("现在手机上一下单，收购车就开到了家门口。", "焦永年", "养殖户", "")]


def test_someone_named_after_a_kin_word_and_a_post_is_whom_a_pronoun_means() -> None:
    assert direct("古建专家柏文渊正在修复一座戏台。“木料要一根一根地换。”柏文渊说。",
                  "柏文渊的学生、青年木匠卞秋雁也在现场。她说：“师傅教会了我耐心。”") == [
        ("木料要一根一根地换。", "柏文渊", "古建专家", ""),
        ("师傅教会了我耐心。", "卞秋雁", "学生、青年木匠", "")]


@pytest.mark.parametrize(("texts", "expected"), [
    # A role (not only a post) given after the name and 是: what follows the last 的.
    (("舞台边，几位年轻人正在直播。", "曲晓棠是镇上小有名气的带货主播，粉丝有十多万。她对着镜头说：“今天的桃子特别甜！”"),
     [("今天的桃子特别甜！", "曲晓棠", "带货主播", "")]),
    # Unchanged: a post after 是.
    (("柴永峰是某公司总工程师，从事研发20年。“难在材料。”他说。",),
     [("难在材料。", "柴永峰", "某公司总工程师", "")]),
])
def test_a_role_given_after_the_name_and_a_copula(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


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
    # Unchanged: each with a post of their own; two people joined by 与 (no list).
    ("某局局长张三、某馆馆长李四出席。", [("张三", "某局局长"), ("李四", "某馆馆长")]),
    ("研究员柯明远与樊晓冬共同完成了这项研究。", [("柯明远", "研究员")]),
])
def test_bare_names_listed_after_a_titled_one_share_its_title(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_a_surname_and_a_familiar_post_name_the_one_titled_person_with_that_surname() -> None:
    assert direct("国家女排主教练郎宏杰在赛后说，队员们打得很顽强。",
                  "“下一站我们要解决一传问题。”郎指导说。") == [
        ("下一站我们要解决一传问题。", "郎宏杰", "国家女排主教练", "")]


def test_a_listed_post_after_a_surname_is_not_read_as_a_familiar_one() -> None:
    # 老师 is a listed role: it names a known person only as the lists' rules say.
    assert direct("某市副市长郎宏杰出席。", "“这一课我记了很多年。”郎老师说。")[0][1] != "郎宏杰"


def test_a_surname_and_post_opening_a_clause_is_whom_a_pronoun_means() -> None:
    assert direct("某医院眼科主任医师简立言正在坐诊。",
                  "一位病人的家属说：“挂号排了一早上。”",
                  "说起退休，简医生有些不舍。“这里的病人离不开我们。”他说。")[-1] == (
        "这里的病人离不开我们。", "简立言", "某医院眼科主任医师", "")
    # Unchanged: a post that shares nothing with the known title names someone else.
    assert direct("某市副市长简立言出席。",
                  "一位病人的家属说：“挂号排了一早上。”",
                  "说起退休，简老师有些不舍。“这里的学生离不开我们。”他说。")[-1][1] != "简立言"


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
