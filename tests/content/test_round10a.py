"""What the round 10a hold-outs taught: a surname and post name someone known wherever the
text writes them, after a clause of setting too, a name may end in 和, 与 or 及, and a
four-character name may be written by its first three."""

import pytest

from kiosk.content.quotes import extract_quotes
from kiosk.content.speakers import by_surname_and_post, parse_speaker
from tests.content.helpers import direct, mentions, paras

_SCIENTIST = "中国科学院院士、南方大学教授曹启明在报告中指出，海水淡化成本还能降。"
_ENGINEER = "来自法国的工程师杜邦说，膜的寿命很关键。"


@pytest.mark.parametrize(("texts", "expected"), [
    # 他 after a sentence whose subject is a surname and a post of someone known (one of
    # the posts of a chain), with someone else quoted in between.
    ((_SCIENTIST, _ENGINEER, "谈到产业化，曹院士信心十足。“五年内就能铺开。”他说。"),
     ("曹启明", "中国科学院院士、南方大学教授")),
    ((_SCIENTIST, _ENGINEER, "曹教授则显得很乐观。“五年内就能铺开。”他说。"),
     ("曹启明", "中国科学院院士、南方大学教授")),
    # 总 for the head of a business.
    (("某科技公司董事长邵文涛介绍了新品。", "另一家企业的销售经理马丁说，价格还会降。",
      "邵总对此并不担心。“订单已经排到明年。”他说。"), ("邵文涛", "某科技公司董事长")),
    # Unchanged: a surname and post that fit two people known name neither.
    (("南方大学教授曹启明和北方大学教授曹立说，成本能降。", _ENGINEER,
      "谈到产业化，曹教授信心十足。“五年内就能铺开。”他说。"), ("杜邦", "工程师")),
])
def test_a_surname_and_post_is_whom_he_or_she_means(texts: tuple[str, ...],
                                                    expected: tuple[str, str]) -> None:
    assert [(name, title) for _, name, title, _ in direct(*texts)] == [expected]


@pytest.mark.parametrize(("texts", "expected"), [
    # A clause of setting before the surname and post that open the clause of the colon.
    (("某科技公司创始人、总经理邵文涛介绍了新品。",
      "说到价格，邵总给记者算了一笔账：“一台机器一年能省三成电费。”"),
     ("邵文涛", "某科技公司创始人、总经理")),
    (("某集团党委书记、董事长韩立新在会上发言。",
      "谈及海外市场，韩董事长打了个比方：“我们是在别人的球场上踢球。”"),
     ("韩立新", "某集团党委书记、董事长")),
])
def test_a_surname_and_post_after_a_clause_of_setting_speaks(
        texts: tuple[str, ...], expected: tuple[str, str]) -> None:
    assert [(name, title) for _, name, title, _ in direct(*texts)] == [expected]


@pytest.mark.parametrize(("clause", "expected"), [
    ("王总给记者算了一笔账", "王海峰"),
    # 总 that makes a word with the character after it is no form of address.
    ("王总结了三点经验", ""),
])
def test_boss_after_a_surname_ends_a_word(clause: str, expected: str) -> None:
    assert by_surname_and_post(clause, {"王海峰": "某公司总经理"}) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 和 that joins nothing (a mark, an adverb after a subject, a verb follows) is the
    # name's last character.
    ("市科技局局长宋嘉和、市财政局局长韩雪等出席了签约仪式。",
     [("宋嘉和", "市科技局局长"), ("韩雪", "市财政局局长")]),
    ("研究员陶文和则认为，新材料还要经受考验。", [("陶文和", "研究员")]),
    ("总工程师许志和也表示，样机已经下线。", [("许志和", "总工程师")]),
    # Unchanged: a conjunction before a noun or a name joins them.
    ("研究员王刚和记者一起走进车间。", [("王刚", "研究员")]),
    ("教授李明与张华共同完成了这项研究。", [("李明", "教授")]),
])
def test_a_name_may_end_in_a_conjunction(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def _reported(*texts: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.speaker_title) for q in extract_quotes(paras(*texts))
            if q.kind == "indirect"]


@pytest.mark.parametrize(("later", "expected"), [
    # A four-character name by its first three characters (a Japanese family name).
    ("西园寺还表示，明年会再来。", ("西园寺亮", "参赛队教练")),
    # ... and by its first two, as before.
    ("山本还表示，明年会再来。", ("山本健司", "参赛队教练")),
])
def test_a_four_character_name_by_its_family_name(later: str,
                                                  expected: tuple[str, str]) -> None:
    name = expected[0]
    first = f"来自日本的参赛队教练{name}说，比赛很精彩。"
    assert _reported(first, later) == [(name, "参赛队教练"), expected]


@pytest.mark.parametrize(("first", "expected"), [
    # A transcribed name, its original in brackets, then the title in apposition or after 是.
    ("安娜·施密特（Anna Schmidt），德国某研究所所长，已经是第五次来华。",
     ("安娜·施密特", "德国某研究所所长")),
    ("安娜·施密特是德国某研究所所长，已经是第五次来华。", ("安娜·施密特", "德国某研究所所长")),
    ("陈安迪（Andy Chen），某科技公司创始人，十年前回国创业。", ("陈安迪", "某科技公司创始人")),
    # As before: a Han name without an original.
    ("陈安迪，某科技公司创始人，十年前回国创业。", ("陈安迪", "某科技公司创始人")),
])
def test_a_title_in_apposition_after_an_original_name(first: str,
                                                       expected: tuple[str, str]) -> None:
    pronoun = "她" if "·" in expected[0] else "他"
    assert [(name, title) for _, name, title, _ in
            direct(first, f"“每次来都有新变化。”{pronoun}说。")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # Names that are words (a place, a noun) in a list of people after their posts.
    ("论坛上，南方大学教授林海、北方大学研究员江山、智海科技总裁高原等专家展开对话。",
     [("林海", "南方大学教授"), ("江山", "北方大学研究员"), ("高原", "智海科技总裁")]),
    # Unchanged: nouns after roles in a list of groups.
    ("来自高校的教授学者、企业代表等参加了论坛。", []),
    ("研究员团队、企业等共同参与。", []),
    ("专家学者、高校师生等300余人参会。", []),
])
def test_a_name_that_is_a_word_in_a_list_of_people(text: str,
                                                   expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_a_name_that_is_a_word_speaks_later_by_itself() -> None:
    assert [(name, title) for _, name, title, _ in direct(
        "论坛上，南方大学教授林海、北方大学研究员江山、智海科技总裁高原等专家展开对话。",
        "“算力要像水电一样。”江山说。", "高原则认为：“应用才是关键。”")] == [
        ("江山", "北方大学研究员"), ("高原", "智海科技总裁")]


@pytest.mark.parametrize(("text", "expected"), [
    # The second person of a clause: a brand the dictionary lacks and a common noun before
    # the post are the body's name, part of the title.
    ("南方大学党委书记晏子安（右）与智海科技董事长杭立签署协议。",
     [("晏子安", "南方大学党委书记"), ("杭立", "智海科技董事长")]),
    # As before: a body's name, and a verb between the two.
    ("南方大学党委书记晏子安与华光集团董事长杭立签署协议。",
     [("晏子安", "南方大学党委书记"), ("杭立", "华光集团董事长")]),
])
def test_a_brand_and_a_noun_before_a_second_persons_post(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    # After a description opened by a count, the noun after 的 is its head, though the
    # dictionary tags 高中生 as a name.
    ("一名参赛的高中生", ("", "", "一名参赛的高中生")),
    ("一名参赛的高中生兴奋地", ("", "", "一名参赛的高中生")),
    # As before: a name after the role that heads the description.
    ("一位参赛的选手王刚", ("王刚", "选手", "")),
])
def test_a_counted_description_ends_in_its_head_noun(phrase: str,
                                                     expected: tuple[str, str, str]) -> None:
    speaker = parse_speaker(phrase, {})
    assert speaker is not None
    assert (speaker.name, speaker.title, speaker.unnamed) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A short term in marks inside a title chain is part of the clause the title runs in.
    ("南方大学学生、“飞鹰”战队队长晏子安说，他们熬了三个通宵。",
     [("晏子安", "南方大学学生、“飞鹰”战队队长")]),
    # As before: a closing mark after speech ends a clause.
    ("他说：“我们赢了。”队长晏子安说。", [("晏子安", "队长")]),
    ("被称为“小巨人”的机器人由工程师晏子安设计。", [("晏子安", "工程师")]),
])
def test_a_term_in_marks_inside_a_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


_TEACHES = "战队指导教师、南方科技大学机械系副教授诸葛文清告诉记者，难题攻克了。"


@pytest.mark.parametrize(("texts", "expected"), [
    # 老师 after a surname: the one person known by it whose title says they teach.
    ((_TEACHES, "“最难的时候，机械手连一颗鸡蛋都拿不稳。”诸葛老师回忆道。"),
     ("诸葛文清", "战队指导教师、南方科技大学机械系副教授")),
    (("南方科技大学机械系副教授伍文清和队长伍思明告诉记者，难题攻克了。",
      "“最难的时候，机械手连一颗鸡蛋都拿不稳。”伍老师回忆道。"),
     ("伍文清", "南方科技大学机械系副教授")),
    # ... and whom 他/她 after it mean.
    (("南方科技大学机械系副教授伍文清说，难题攻克了。", _ENGINEER,
      "谈到学生，伍老师很自豪。“他们比我强。”她说。"), ("伍文清", "南方科技大学机械系副教授")),
    # Unchanged: no one known teaches; 伍老师 is someone else.
    (("深圳市副市长伍文清出席。", "“最难的时候，机械手连一颗鸡蛋都拿不稳。”伍老师回忆道。"),
     ("伍老师", "")),
])
def test_teacher_after_a_surname_is_one_known_to_teach(texts: tuple[str, ...],
                                                       expected: tuple[str, str]) -> None:
    assert [(name, title) for _, name, title, _ in direct(*texts)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # Only nouns from a "name" (jieba tags 杰出青年 one) to the next post: the title goes on.
    ("研究院首任院长由南方大学微电子学院教授、国家杰出青年科学基金获得者晏子安担任。",
     [("晏子安", "南方大学微电子学院教授、国家杰出青年科学基金获得者")]),
    # As before: a verb or a preposition between two people.
    ("小将黎明在决赛中战胜日本选手佐藤健。", [("黎明", "小将"), ("佐藤健", "日本选手")]),
    ("南方大学党委书记晏子安与华光集团董事长杭立签署协议。",
     [("晏子安", "南方大学党委书记"), ("杭立", "华光集团董事长")]),
])
def test_a_title_runs_on_over_a_word_read_as_a_name(text: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # A post joined to another by 兼 is a part of the title too.
    (("某存储公司党委书记、董事长兼首席执行官宓国华出席。", "某存储公司研发中心副总经理宓宁说，人才最重要。",
      "宓董事长在签约后对记者表示：“三年见样品。”"),
     ("宓国华", "某存储公司党委书记、董事长兼首席执行官")),
    (("某存储公司董事长兼总经理宓国华出席。", "某大学教授宓宁说，人才最重要。", "“三年见样品。”宓董事长说。"),
     ("宓国华", "某存储公司董事长兼总经理")),
])
def test_a_post_before_jian_names_its_holder(texts: tuple[str, ...],
                                             expected: tuple[str, str]) -> None:
    assert [(name, title) for _, name, title, _ in direct(*texts)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # A name and the adverb after it made up as one word, an adverb or verb next.
    ("某存储公司研发中心副总经理宓宁则更关心人才培养。", [("宓宁", "某存储公司研发中心副总经理")]),
    ("工程师宓宁则认为，人才最重要。", [("宓宁", "工程师")]),
    # As before.
    ("研究员宓宁说，人才最重要。", [("宓宁", "研究员")]),
])
def test_a_name_ends_before_an_adverb_glued_to_it(text: str,
                                                  expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected
