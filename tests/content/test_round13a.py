"""What the round 13a hold-outs taught (press briefings and question-and-answer formats: a
national expo's press conference, a company launch with two question sessions, a provincial
trade-fair briefing, a forum's closing press conference): a turn of an interview given by a
name in Latin letters with a space, a block of 问：/答： answering for the one the narrative
named just before it, a transcribed name that jieba glued to the preposition after it."""

import pytest

from kiosk.content.names import is_person_name
from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("text", "expected"), [
    # A preposition of means or of the one spoken to ends a transcribed name (jieba glues
    # the name's last syllable to it: 汶纳用, 马丁对).
    ("曼谷某研究院院长差猜·汶纳用中文介绍了合作情况。", [("差猜·汶纳", "曼谷某研究院院长")]),
    ("德国工程师彼得·马丁对展品很感兴趣。", [("彼得·马丁", "德国工程师")]),
    ("俄罗斯采购商伊万·彼得罗夫跟记者聊起了订单。", [("伊万·彼得罗夫", "俄罗斯采购商")]),
    ("法国厨师皮埃尔·杜邦给观众做了一道菜。", [("皮埃尔·杜邦", "法国厨师")]),
    # ... and a Han name (jieba: 冯晓|雨用).
    ("志愿者冯晓雨用手语为观众讲解。", [("冯晓雨", "志愿者")]),
    # Unchanged: the parts of a transcribed name.
    ("肯尼亚运动员基普鲁托·切罗诺在赛后接受采访。", [("基普鲁托·切罗诺", "肯尼亚运动员")]),
    ("养蜂人古丽娜尔·吐尔逊捧起一块蜂巢。", [("古丽娜尔·吐尔逊", "养蜂人")]),
])
def test_a_preposition_after_a_transcribed_name_ends_it(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # A name in Latin letters with a space gives a turn as a Han name does.
    (("某公司首席执行官Vincent Li在发布会后接受了采访。", "记者：新产品卖多少钱？",
      "Vincent Li：首批定价2999元。"),
     [("首批定价2999元。", "Vincent Li", "某公司首席执行官", "")]),
    (("记者专访了某研究院院长Anna Berg。", "记者：您最看重什么？",
      "Anna Berg：人才。没有人才，什么都做不成。"),
     [("人才。没有人才，什么都做不成。", "Anna Berg", "某研究院院长", "")]),
    # Unchanged: a turn by a Han name.
    (("记者专访了某研究院院长季守诚。", "记者：最大的变化是什么？", "季守诚：机器人走进了生活。"),
     [("机器人走进了生活。", "季守诚", "某研究院院长", "")]),
])
def test_a_latin_name_with_a_space_gives_a_turn(
        paragraphs: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*paragraphs) == expected


# Two blocks of questions: the first with the chief executive, the second with the
# spokesperson the narrative names between them.
_TWO_BLOCKS = (
    "某公司首席执行官鲍启航接受了记者采访。",
    "记者：产品什么时候上市？",
    "鲍启航：明年春天。",
    "针对隐私问题，某公司新闻发言人晏子琪回答了记者提问。",
    "问：数据会上传吗？",
    "答：所有数据都在本地处理。",
    "问：售后怎么保障？",
    "答：我们承诺48小时上门。",
)


def test_a_block_of_questions_answers_for_whom_the_narrative_named_before_it() -> None:
    assert direct(*_TWO_BLOCKS) == [
        ("明年春天。", "鲍启航", "某公司首席执行官", ""),
        ("所有数据都在本地处理。", "晏子琪", "某公司新闻发言人", ""),
        ("我们承诺48小时上门。", "晏子琪", "某公司新闻发言人", ""),
    ]


def test_answers_in_one_block_stay_with_the_one_interviewed() -> None:
    # Unchanged: 答 in consecutive turns, a name in an answer notwithstanding.
    assert direct(
        "记者专访了某大学教授乔文远。",
        "问：您怎么看学生的表现？",
        "答：比我预想的好。我的学生冯晓雨做得尤其出色。",
        "问：下一步呢？",
        "答：继续带他们参赛。",
    ) == [
        ("比我预想的好。我的学生冯晓雨做得尤其出色。", "乔文远", "某大学教授", ""),
        ("继续带他们参赛。", "乔文远", "某大学教授", ""),
    ]


_OFFICIAL = "某市副市长卞立群出席发布会。"


@pytest.mark.parametrize(("text", "expected"), [
    # A reporter whom 有 introduces (or counted) asks: an unnamed speaker, and the answer
    # whose attribution introduces it with a colon is the official's alone.
    ("有记者问：“展会期间交通如何保障？”",
     [("展会期间交通如何保障？", "", "", "有记者")]),
    ("有记者问：“展会期间交通如何保障？”对此，卞立群回答：“我们将开通12条接驳专线。”",
     [("展会期间交通如何保障？", "", "", "有记者"),
      ("我们将开通12条接驳专线。", "卞立群", "某市副市长", "")]),
    ("也有境外媒体记者追问：“外国客商怎么办签证？”卞立群说：“可以在口岸办理。”",
     [("外国客商怎么办签证？", "", "", "境外媒体记者"),
      ("可以在口岸办理。", "卞立群", "某市副市长", "")]),
    # The writer's own question (记者问：) names no one else: no speaker, not the official.
    ("记者问：“明年还办吗？”卞立群笑着说：“当然要办。”",
     [("明年还办吗？", "", "", ""), ("当然要办。", "卞立群", "某市副市长", "")]),
    # Unchanged: 问 that is no speech verb, and 问道 after a named asker.
    ("卞立群说：“这个问题我们研究过。”", [("这个问题我们研究过。", "卞立群", "某市副市长", "")]),
    ("一位市民问道：“地铁会延长运营吗？”",
     [("地铁会延长运营吗？", "", "", "一位市民")]),
    # Unchanged: `“……，”甲说，“……。”乙补充道：“……”`.
    ("“门票已经售罄，”卞立群说，“请大家关注线上直播。”市商务局局长杭振华补充道：“直播有手语翻译。”",
     [("门票已经售罄，", "卞立群", "某市副市长", ""),
      ("请大家关注线上直播。", "卞立群", "某市副市长", ""),
      ("直播有手语翻译。", "杭振华", "市商务局局长", "")]),
])
def test_a_reporter_who_asks_at_a_press_conference(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(_OFFICIAL, text) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # A turn by surname and post, for someone the text has named.
    ((_OFFICIAL, "记者：交通如何保障？", "卞副市长：我们将开通12条接驳专线。"),
     [("我们将开通12条接驳专线。", "卞立群", "某市副市长", "")]),
    # A turn by name with the post in brackets, the first mention.
    (("记者：交通如何保障？", "卞立群（某市副市长）：我们将开通12条接驳专线。"),
     [("我们将开通12条接驳专线。", "卞立群", "某市副市长", "")]),
    # The host gives the floor: no quote, and the turn after answers.
    ((_OFFICIAL, "主持人：请卞副市长回答。", "卞立群：我们将开通12条接驳专线。"),
     [("我们将开通12条接驳专线。", "卞立群", "某市副市长", "")]),
    # A medium's reporter asks.
    ((_OFFICIAL, "中央广播电视总台记者：交通如何保障？", "卞立群：我们将开通12条接驳专线。"),
     [("我们将开通12条接驳专线。", "卞立群", "某市副市长", "")]),
    ((_OFFICIAL, "新京报记者：交通如何保障？", "卞立群：我们将开通12条接驳专线。"),
     [("我们将开通12条接驳专线。", "卞立群", "某市副市长", "")]),
    # Unchanged: a paragraph opening with someone known and a colon after no question is
    # no turn; nor is a surname and post the text never named.
    ((_OFFICIAL, "卞副市长：交通保障已准备就绪。"), []),
    (("记者：交通如何保障？", "柏副市长：我们将开通12条接驳专线。"), []),
])
def test_turns_of_a_press_conference_transcript(
        paragraphs: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*paragraphs) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A given name of two that holds a grammatical character and is a rare word of content
    # (为民, jieba: 甘|为民, a verb) after a surname.
    ("市公安局副局长甘为民出席发布会。", [("甘为民", "市公安局副局长")]),
    ("县农业农村局局长郁为民介绍了春耕情况。", [("郁为民", "县农业农村局局长")]),
    # Unchanged: a common word after a surname is no given name.
    ("市商务局局长杭振华表示欢迎。", [("杭振华", "市商务局局长")]),
])
def test_a_given_name_that_holds_a_grammatical_character(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_a_bare_name_ending_in_a_role_suffix_after_its_mention() -> None:
    # 民 ends roles (村民, 市民); after the mention, 甘为民 is the person, not a description.
    assert direct("市公安局副局长甘为民出席发布会。", "“届时将实行交通管制。”甘为民说。") == [
        ("届时将实行交通管制。", "甘为民", "市公安局副局长", "")]
    # Unchanged: a described villager.
    assert direct("“路修好了，菜好卖了。”一位村民说。") == [
        ("路修好了，菜好卖了。", "", "", "一位村民")]


@pytest.mark.parametrize("text", ["李表示", "王为了", "张在场"])
def test_no_name_of_a_surname_and_a_common_word(text: str) -> None:
    assert not is_person_name(text)


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # A Latin original in brackets after a name is that person when written alone later.
    (("某公司产品总监梁思远（Leo Liang）出席发布会。", "“它的续航是上一代的两倍。”Leo Liang说。"),
     [("它的续航是上一代的两倍。", "梁思远", "某公司产品总监", "")]),
    (("来自新加坡的投资人陈嘉恩（Grace Tan）也在现场。", "Grace Tan告诉记者：“我们很看好这个赛道。”"),
     [("我们很看好这个赛道。", "陈嘉恩", "投资人", "")]),
    # Unchanged: a Latin name written alone with no original before it.
    (("某公司副总裁Emily Zhang出席发布会。", "“东南亚是我们的第一站。”Emily Zhang说。"),
     [("东南亚是我们的第一站。", "Emily Zhang", "某公司副总裁", "")]),
])
def test_a_latin_original_in_brackets_names_the_person_later(
        paragraphs: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*paragraphs) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A reporter's question after a quote: 问 ends the clause, or the answer's attribution
    # speaks of the reporter and introduces the answer with a colon.
    ("“交通如何保障？”有记者问。“我们将开通12条接驳专线。”卞立群回答。",
     [("交通如何保障？", "", "", "有记者"), ("我们将开通12条接驳专线。", "卞立群", "某市副市长", "")]),
    ("“交通如何保障？”面对记者提问，卞立群回答：“我们将开通12条接驳专线。”",
     [("交通如何保障？", "", "", ""), ("我们将开通12条接驳专线。", "卞立群", "某市副市长", "")]),
    ("“会涨价吗？”对于记者的追问，卞立群笑着说：“不会。”",
     [("会涨价吗？", "", "", ""), ("不会。", "卞立群", "某市副市长", "")]),
    # Unchanged: a speaker asks and answers himself; a question he asks back.
    ("“为什么选在这里办？”卞立群说：“因为这里交通最方便。”",
     [("为什么选在这里办？", "卞立群", "某市副市长", ""), ("因为这里交通最方便。", "卞立群", "某市副市长", "")]),
    ("“谁说展会只能在室内办？”卞立群反问道。",
     [("谁说展会只能在室内办？", "卞立群", "某市副市长", "")]),
])
def test_a_reporters_question_before_the_answer(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(_OFFICIAL, text) == expected
