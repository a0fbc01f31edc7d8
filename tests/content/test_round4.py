"""What the fourth round of hold-outs taught: interviews laid out as questions and answers,
words cited as someone's (`正如某某所说`), group speakers, surnames jieba reads as words."""

import pytest

from kiosk.content.normalize import normalize
from kiosk.content.quotes import extract_quotes
from tests.content.helpers import direct, mentions, paras


@pytest.mark.parametrize(("texts", "expected"), [
    # `记者：` asks, the person interviewed answers by name: each answer is a direct quote.
    (("记者专访了某研究院院长任远山。", "记者：今年有什么变化？", "任远山：变化很大。产品都用起来了。",
      "记者：还有多远？", "任远山：还要三到五年。"),
     [("变化很大。产品都用起来了。", "任远山", "某研究院院长", ""),
      ("还要三到五年。", "任远山", "某研究院院长", "")]),
    # `问：`/`答：` — 答 is the person named before the first question.
    (("记者采访了该团队的博士后韩启明。", "问：怎么发现的？", "答：我们比较了两组小鼠。"),
     [("我们比较了两组小鼠。", "韩启明", "博士后", "")]),
    # A narrow column may join a question and its answer into one paragraph.
    (("记者采访了该团队的博士后韩启明。", "问：怎么发现的？答：我们比较了两组小鼠。"),
     [("我们比较了两组小鼠。", "韩启明", "博士后", "")]),
    # A name and a colon with no question before them introduce no answer.
    (("某公司经理任远山。", "任远山：变化很大。产品都用起来了。"), []),
    (("地址：某市某路1号。",), []),
])
def test_interview_answers_are_direct_quotes_and_questions_are_not(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    (("“彩灯是名片。”灯会总设计师闻国栋说。", "正如闻国栋所说，“灯会不只是看灯，更是看精气神”。"),
     [("彩灯是名片。", "闻国栋", "灯会总设计师", ""),
      ("灯会不只是看灯，更是看精气神", "闻国栋", "灯会总设计师", "")]),
    (("某公司董事长欧阳振华出席。", "用欧阳振华的话来说，“造车是一场马拉松，不是百米冲刺”。"),
     [("造车是一场马拉松，不是百米冲刺", "欧阳振华", "某公司董事长", "")]),
    (("正如一位老球迷所说，“乒乓球在这里不只是比赛，更是生活”。",),
     [("乒乓球在这里不只是比赛，更是生活", "", "", "一位老球迷")]),
])
def test_words_cited_as_someones_are_that_persons_direct_quote(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 闻 (a verb to jieba) and 刀 (a noun) are surnames after a post or role.
    ("记者采访了该团队的博士后闻启航。", [("闻启航", "博士后")]),
    ("某汽车副总裁刀丽萍透露了订单数。", [("刀丽萍", "某汽车副总裁")]),
    # ... but a verb is still no name.
    ("老板娘忙得顾不上抬头。", []),
    # 小将 is a role the genre names athletes by.
    ("19岁的小将蒯一凡夺得冠军。", [("蒯一凡", "小将")]),
])
def test_surnames_jieba_reads_as_words_and_more_roles(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # (kind, speaker, title, unnamed speaker) of each quote
    (("男双决赛中，刀子航和沈嘉树夺冠。两人赛后都表示：“这个冠军属于整个团队。”",),
     [("direct", "", "", "两人")]),
    (("夫妻俩都认为，灯会的门票不贵，值得带孩子来看一看。",), [("indirect", "", "", "夫妻俩")]),
    (("非遗传承人刘德明、宋佳怡等灯匠表示，年轻人对扎灯手艺的兴趣越来越浓。",),
     [("indirect", "", "", "非遗传承人刘德明、宋佳怡等灯匠")]),
    (("某大学教授范思齐、某工业大学教授黎明远等专家表示，量产将改变行业格局。",),
     [("indirect", "", "", "某大学教授范思齐、某工业大学教授黎明远等专家")]),
    # jieba glues 和 to the name before it (俞海|平和); each member keeps their post for later.
    (("复旦大学教授俞海平和北京大学研究员沈一鸣都认为，这项研究提供了新的靶点。"
      "“这个发现很漂亮。”俞海平说。",),
     [("indirect", "", "", "复旦大学教授俞海平和北京大学研究员沈一鸣"),
      ("direct", "俞海平", "复旦大学教授", "")]),
    # One person is no group; 高等 is a word, not 等.
    (("某大学教授范思齐表示，量产将改变行业格局。",), [("indirect", "范思齐", "某大学教授", "")]),
])
def test_two_or_more_people_at_once_are_a_group_never_one_of_them(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    got = [(q.kind, q.speaker, q.speaker_title, q.unnamed_speaker)
           for q in extract_quotes(paras(*texts))]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A person named after another in one clause: the title follows the last verb between.
    ("19岁的小将蒯一凡在决赛中击败日本选手佐藤美咲。", [("蒯一凡", "小将"), ("佐藤美咲", "日本选手")]),
    # ... and past words that name no place or body (jieba tags 战胜 a noun).
    ("小将蒯一凡在决赛中以4比2战胜日本选手佐藤美咲。", [("蒯一凡", "小将"), ("佐藤美咲", "日本选手")]),
    # A list joined by 和 keeps each person's own post.
    ("版权经理霍思琪和英国某出版社总经理詹姆斯·格林签下版权。",
     [("霍思琪", "版权经理"), ("詹姆斯·格林", "英国某出版社总经理")]),
])
def test_a_title_never_spans_the_person_named_before(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("tail", "title", "headings"), [
    # A headline after the dateline with no kicker: no paragraph follows it, so it heads no
    # section.
    ("（记者林某）\n新华社上海3月5日电\n\n让衰老的肌肉“重返青春”\n", "让衰老的肌肉“重返青春”",
     ["小标题 在此"]),
    ("（记者林某）\n新华社上海3月5日电\n\n某地见闻——\n\n灯火点亮“夜经济”\n", "灯火点亮“夜经济”",
     ["小标题 在此"]),
])
def test_a_headline_after_the_dateline_without_a_kicker(
        tail: str, title: str, headings: list[str]) -> None:
    body = ("第三十二届灯会10日晚开幕，130多组彩灯沿\n河两岸次第亮起，吸引了大批游客。\n\n"
            " 小标题 在此\n\n“彩灯是自贡人的名片，每一组灯都要\n让人看到手艺。”某某说。\n")
    page = normalize(body + tail)
    assert page.title == title
    assert [h for h, _, _ in page.headings if h] == headings
