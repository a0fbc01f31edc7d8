"""What the fifth round of hold-outs (long reports) taught: officials re-mentioned by surname
or name and a deputy's post, or by one post of a title chain."""

import pytest

from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("texts", "expected"), [
    # A surname and a deputy's post (副厅长 is not listed; 厅长 is): not `马副` and `厅长`.
    (("某省商务厅党组成员、副厅长马晓东表示，全省外贸稳中有进。", "“要让口岸变成前沿。”马副厅长说。"),
     [("要让口岸变成前沿。", "马晓东", "某省商务厅党组成员、副厅长", "")]),
    # A name and a deputy's post: the person known by that name, not someone described.
    (("某部某司副司长冷一鸣在会上说，标准正在制定。", "冷一鸣副司长透露，今年将启动测试。“标准要走在前面。”他说。"),
     [("标准要走在前面。", "冷一鸣", "某部某司副司长", "")]),
    # One post of a title chain (院士 in `某院院士、某大学副校长`), not only its last.
    (("中国科学院院士、某大学副校长汪一舟介绍，电池像两层楼。",
      "汪院士告诉记者，中试线已建成。“纪录只是起点，稳定运行才是考验。”"),
     [("纪录只是起点，稳定运行才是考验。", "汪一舟", "中国科学院院士、某大学副校长", "")]),
    # A surname and post opening the clause before a colon with no speech verb.
    (("某贸易有限公司董事长顾一帆说，公司开设了海外仓。", "顾董事长算了一笔账：“订单量翻了一番，退货时间缩短了。”"),
     [("订单量翻了一番，退货时间缩短了。", "顾一帆", "某贸易有限公司董事长", "")]),
    # A listed role as the post (`汤代表` for `全国人大代表、……研究员汤某某`).
    (("全国人大代表、湖南省农业科学院研究员汤一鸣带来了一份建议。", "“种业是农业的芯片。”汤代表告诉记者。"),
     [("种业是农业的芯片。", "汤一鸣", "全国人大代表、湖南省农业科学院研究员", "")]),
    (("某企业代表汤一鸣出席。", "“我们很满意。”一位企业代表说。"), [("我们很满意。", "", "", "一位企业代表")]),
    # Two people with the surname and the post: no one in particular (not a guess).
    (("甲公司董事长顾一帆和乙公司董事长顾二帆出席。", "顾董事长算了一笔账：“订单量翻了一番，退货时间缩短了。”"),
     [("订单量翻了一番，退货时间缩短了。", "", "", "顾董事长")]),
])
def test_a_surname_or_name_with_a_post_is_the_person_known_by_them(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # 他 after a quote is the person the narrative named, not a "name" read inside the quote.
    (("54岁的乡村医生格桑多吉已经背起药箱。", "回到卫生院，格桑多吉又坐到电脑前。“档案都在电脑里，哪家老人该复查了，系统会提醒我。”他指着屏幕说。"),
     [("档案都在电脑里，哪家老人该复查了，系统会提醒我。", "格桑多吉", "乡村医生", "")]),
    (("某公司经理任远山走进车间。“我们的研究员张子健说过，这条线还能再快。”他说。",),
     [("我们的研究员张子健说过，这条线还能再快。", "任远山", "某公司经理", "")]),
])
def test_a_pronoun_never_means_someone_named_inside_the_quoted_words(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # 写道: written words quoted as speech, by whoever wrote them.
    (("一位匿名审稿人在给《自然》杂志的评审意见中写道：“这是近年来最令人信服的工作。”",),
     [("这是近年来最令人信服的工作。", "", "", "一位匿名审稿人")]),
    (("某大学教授林一川在发给记者的邮件中写道：“合作让双方都受益匪浅。”",),
     [("合作让双方都受益匪浅。", "林一川", "某大学教授", "")]),
])
def test_written_words_are_quoted_as_the_writers(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # jieba glues a verb to a transcribed name's last part (`吾|守尔作|了`) or leaves it
    # alone (`卡里莫夫|看|了`): a verb before 了/着/过 ends the name.
    ("开幕式上，全国政协委员、新疆大学副校长热依拉·吾守尔作了主旨发言。",
     [("热依拉·吾守尔", "全国政协委员、新疆大学副校长")]),
    ("某协会主席阿卜杜拉·卡里莫夫看了看展品。", [("阿卜杜拉·卡里莫夫", "某协会主席")]),
    ("种植户颂猜·差伦蓬摘了一个芒果。", [("颂猜·差伦蓬", "种植户")]),
    ("县长李德明作了报告。", [("李德明", "县长")]),
])
def test_a_verb_before_an_aspect_particle_ends_a_name(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_a_transcribed_name_with_a_verb_glued_to_it_is_quoted_by_its_full_name() -> None:
    text = ("全国政协委员、新疆大学副校长热依拉·吾守尔作了主旨发言。她认为，贸易正在转变。"
            "“中亚国家需要的不只是商品，更是技术。”热依拉·吾守尔说。")
    assert direct(text) == [("中亚国家需要的不只是商品，更是技术。", "热依拉·吾守尔",
                              "全国政协委员、新疆大学副校长", "")]


@pytest.mark.parametrize(("text", "expected"), [
    # jieba splits the first character off a four-character name it does not know
    # (`旦|增卓玛`); a Han surname has a given name of one or two characters after it.
    ("嘎措乡卫生院医生旦增卓玛今年25岁，毕业后回到了家乡。", [("旦增卓玛", "嘎措乡卫生院医生")]),
    ("村民王晓明说，今年收成好。", [("王晓明", "村民")]),
    ("县长李德明作了报告。", [("李德明", "县长")]),
])
def test_a_four_character_name_jieba_split_after_its_first_character(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_a_quote_after_reported_speech_is_its_speakers_not_someone_it_names() -> None:
    texts = ("54岁的乡村医生格桑多吉已经背起药箱。",
             "嘎措乡卫生院医生旦增卓玛今年25岁，毕业后回到了家乡。她说，跟着格桑多吉巡诊半年，"
             "学到的东西很多。“在这里，一个医生就是一座医院。”")
    assert direct(*texts) == [("在这里，一个医生就是一座医院。", "旦增卓玛", "嘎措乡卫生院医生", "")]


@pytest.mark.parametrize(("texts", "expected"), [
    # A title given after the name, as what the person is, before a comma or full stop.
    (("柴永峰是大连某数控系统有限公司总工程师，从事研发已有20年。“国产系统装机量已经超过了5万台。”柴永峰说。",),
     [("国产系统装机量已经超过了5万台。", "柴永峰", "大连某数控系统有限公司总工程师", "")]),
    # (after the last 的)
    (("李明是这家公司的技术总监。“我们的产品卖到了欧洲。”李明说。",),
     [("我们的产品卖到了欧洲。", "李明", "技术总监", "")]),
    # Counted (`一名退休教师`) it describes the person; no post, no title.
    (("王建国是一名退休教师，今年70岁。“我天天来。”王建国说。",), [("我天天来。", "王建国", "", "")]),
    # In apposition opening the sentence, between commas.
    (("张建华，北京某科技有限公司总经理，从事芯片研发20年。“国产芯片正在追上来。”张建华说。",),
     [("国产芯片正在追上来。", "张建华", "北京某科技有限公司总经理", "")]),
    # (a time word before a comma is no name)
    (("今年，公司总经理表示要扩产。王明说：“订单很多。”",), [("订单很多。", "王明", "", "")]),
    # A title known from the first mention stays.
    (("某公司董事长赵一鸣出席。赵一鸣是该公司创始人。“我们要走出去。”赵一鸣说。",),
     [("我们要走出去。", "赵一鸣", "某公司董事长", "")]),
])
def test_a_title_after_the_name_given_with_shi(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # A bare form of address before or after a name is how the person is called: no title.
    (("73岁的阿妈曲珍患高血压多年。", "“格桑医生比我的儿子来得还勤快。”曲珍老人拉着记者的手说。"),
     [("格桑医生比我的儿子来得还勤快。", "曲珍", "", "")]),
    (("“就来给娃娃们加油。”王秀英老人说。",), [("就来给娃娃们加油。", "王秀英", "", "")]),
    # Described (`侗族老人`), it is one.
    (("62岁的侗族老人石光明早早占好了位置。“就来给娃娃们加油。”石光明说。",),
     [("就来给娃娃们加油。", "石光明", "侗族老人", "")]),
])
def test_a_bare_form_of_address_is_no_title(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A one-character verb after four characters of a name ends it (`格桑|多吉|背|起`).
    ("54岁的乡村医生格桑多吉背起药箱出了门。", [("格桑多吉", "乡村医生")]),
    ("牧民次仁央宗背着孩子走来。", [("次仁央宗", "牧民")]),
    # Five characters that are all name stay one (`哈斯其其格`).
    ("她的教练哈斯其其格说，队员们都很努力。", [("哈斯其其格", "教练")]),
])
def test_a_one_character_verb_after_four_characters_ends_a_name(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected
