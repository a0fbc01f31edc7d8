"""What the sixth round of hold-outs taught: names jieba glued to the word after them, and
titles and speakers read across an organisation's name."""

import pytest

from kiosk.content import segment
from kiosk.content.names import person_mentions
from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("text", "name"), [
    # A Han name jieba made up as one word, then a character on its own: the word is the name.
    ("从上海赶来的观众任佳怡连看了7场戏。", "任佳怡"),
    ("果农廖春生患过一场大病。", "廖春生"),
    # Three characters that read as a Han name, then a word the dictionary knows.
    ("编剧兼导演宁可欣上台领奖时几度哽咽。", "宁可欣"),
    # Unchanged: names of four or five characters, and a Han name jieba splits 2 + 1.
    ("哈萨克族牧民哈斯其其格说。", "哈斯其其格"),
    ("越南姑娘阮氏秋香说。", "阮氏秋香"),
    ("编剧兼导演宁可欣说。", "宁可欣"),
    ("钱副省长最后表示，方案在于落实。", None),
])
def test_name_ends_before_the_word_after_it(text: str, name: str | None) -> None:
    found = [found for _, found, _ in person_mentions(text, segment.words(text))]
    assert found[:1] == ([name] if name else [])


@pytest.mark.parametrize(("texts", "expected"), [
    (("编剧兼导演宁可欣上台领奖时几度哽咽：“我们排练的地方是一间旧仓库。”",),
     [("我们排练的地方是一间旧仓库。", "宁可欣", "编剧兼导演", "")]),
    (("从上海赶来的观众任佳怡连看了7场戏。“这是我今年做得最对的一件事。”她说。",),
     [("这是我今年做得最对的一件事。", "任佳怡", "观众", "")]),
])
def test_quote_goes_to_the_name_alone(texts: tuple[str, ...],
                                      expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A transcribed name the dictionary knows, then `集团`: a body, not a person.
    ("德国电子产品零售商迈森集团首席运营官卡特琳·施密特也来到现场。",
     [("卡特琳·施密特", "德国电子产品零售商迈森集团首席运营官")]),
    # A Han name before a word that also ends bodies is still a name.
    ("工程师李强大学毕业后回到家乡。", [("李强", "工程师")]),
])
def test_transcribed_name_before_group_is_a_body(text: str,
                                                  expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 经 opening a title is a preposition (`经某某介绍`), not the first character of a post.
    ("一家外贸公司的经理阮静怡体验后说。", [("阮静怡", "经理")]),
    ("经销商经理阮静怡体验后说。", [("阮静怡", "经销商经理")]),
    ("他的经纪人阮静怡说。", [("阮静怡", "经纪人")]),
])
def test_title_that_starts_with_jing(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # What the reporter saw after a quote is no attribution: nobody is said to speak.
    (("“这台设备明年就能量产。”记者在现场看到，工程师刘建军正在调试一台样机。",),
     [("这台设备明年就能量产。", "", "", "")]),
    (("“这台设备明年就能量产。”记者注意到，工程师刘建军正在调试一台样机。",),
     [("这台设备明年就能量产。", "", "", "")]),
    # Unchanged: the person who opens the sentence after the quote.
    (("工程师刘建军站在样机前。“这台设备明年就能量产。”刘建军一边调试一边说。",),
     [("这台设备明年就能量产。", "刘建军", "工程师", "")]),
    (("“这台设备明年就能量产。”工程师刘建军告诉记者。",),
     [("这台设备明年就能量产。", "刘建军", "工程师", "")]),
])
def test_reporter_observation_after_a_quote(texts: tuple[str, ...],
                                            expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # `另一位` before a post is a determiner, not part of the title.
    ("另一位评委、青年导演褚方舟则提醒：", [("褚方舟", "评委、青年导演")]),
    ("另一名队员刘建军说。", [("刘建军", "队员")]),
])
def test_determiner_before_a_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "names"), [
    # After a role, a string the dictionary lacks that jieba's model reads as a verb is no name.
    ("本届戏剧节共上演特邀剧目26部、青年竞演剧目18部。", []),
    # Unchanged: rare names after a role.
    ("养蜂人热依拉在一旁说。", ["热依拉"]),
    ("乡村医生覃勇告诉记者。", ["覃勇"]),
])
def test_rare_name_read_as_a_verb(text: str, names: list[str]) -> None:
    assert [name for _, name, _ in person_mentions(text, segment.words(text))] == names


@pytest.mark.parametrize(("texts", "expected"), [
    # A verb's character that ends a word (问 of 顾问) cut the phrase after the quote short.
    (("“眼镜还得解决内容少的问题。”长期关注穿戴行业的赛迪顾问分析师聂晓帆对记者说。",),
     [("眼镜还得解决内容少的问题。", "聂晓帆", "赛迪顾问分析师", "")]),
    (("“眼镜还得解决内容少的问题。”长期担任企业顾问的分析师聂晓帆告诉记者。",),
     [("眼镜还得解决内容少的问题。", "聂晓帆", "分析师", "")]),
    # Unchanged: a phrase that reads at the first verb.
    (("“眼镜还得解决内容少的问题。”分析师聂晓帆说。",),
     [("眼镜还得解决内容少的问题。", "聂晓帆", "分析师", "")]),
])
def test_phrase_after_a_quote_past_a_word_ending_in_a_verb(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # `之一` after a post (one of the founders) is part of the title; 发起人 is a post.
    ("乌镇戏剧节常务副主席、发起人之一邵明川在会上表示，平台会继续办。",
     [("邵明川", "乌镇戏剧节常务副主席、发起人之一")]),
    ("公司创始人之一刘建军说。", [("刘建军", "公司创始人之一")]),
    ("活动发起人刘建军说。", [("刘建军", "活动发起人")]),
])
def test_one_of_the_founders(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected
