"""What the round 15a hold-outs taught (an achievements release, an AI exhibition, a space
summit, a science result, a high-tech fair), run on parser 62: 惊叹 reports speech, a
described person may take sixteen characters and ends on a whole noun, `这位“90后”` points
back, the last clause before a colon speaks when it opens with its own subject (a machine
too), a body's suffix that opens the post is no second body, a post after a titled name keeps
the first title, and a Japanese name of five is read whole."""

import pytest

from kiosk.content.names import clean_title
from tests.content.helpers import direct, mentions

_QUOTE = "“五年前，这样的装置只存在于论文里。”"


@pytest.mark.parametrize(("text", "expected"), [
    (f"{_QUOTE}王一鸣惊叹道。", [("五年前，这样的装置只存在于论文里。", "王一鸣", "", "")]),
    (f"工程师王一鸣惊呼：{_QUOTE}", [("五年前，这样的装置只存在于论文里。", "王一鸣", "工程师", "")]),
    # Unchanged: 感叹 and 赞叹 were verbs already.
    (f"{_QUOTE}王一鸣感叹道。", [("五年前，这样的装置只存在于论文里。", "王一鸣", "", "")]),
])
def test_an_exclamation_of_wonder_reports_speech(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(text) == expected


@pytest.mark.parametrize(("opening", "described"), [
    # Thirteen characters between the count and the noun.
    ("一位来自德国马普研究所的物理学家在展台前驻足良久。", "一位来自德国马普研究所的物理学家"),
    # The noun is a whole word: not the 民 of 民营, nor the 工 of 工程师.
    ("一位来自民营火箭企业的年轻工程师走上讲台。", "一位来自民营火箭企业的年轻工程师"),
    ("一位来自德国的工程师在展台前驻足良久。", "一位来自德国的工程师"),
    # Unchanged.
    ("一位参展商在展台前驻足良久。", "一位参展商"),
])
def test_a_described_person_whom_he_means(opening: str, described: str) -> None:
    assert direct(opening + _QUOTE + "他说。") == [
        ("五年前，这样的装置只存在于论文里。", "", "", described)]


@pytest.mark.parametrize(("text", "expected"), [
    ("论坛上，一位来自民营火箭企业的年轻工程师的发言引来阵阵掌声。“我们是看着‘神舟’飞天长大的。”"
     "这位“90后”说。", "一位来自民营火箭企业的年轻工程师"),
    ("工程师王一鸣走上讲台。“我们是看着‘神舟’飞天长大的。”这位“90后”说。", "王一鸣"),
])
def test_a_generation_in_marks_points_back(text: str, expected: str) -> None:
    [(_, speaker, _, unnamed)] = direct(text)
    assert expected in (speaker, unnamed)


@pytest.mark.parametrize(("text", "expected"), [
    ("72岁的市民佘大爷试着对它皱了皱眉，机器人立刻问他：“您是不是哪里不舒服？”",
     [("您是不是哪里不舒服？", "", "", "机器人")]),
    ("72岁的市民佘大爷试着皱了皱眉，一旁的工作人员立刻问他：“您哪里不舒服？”",
     [("您哪里不舒服？", "", "", "一旁的工作人员")]),
    ("市民佘大爷试了试，工作人员王一鸣马上问他：“您哪里不舒服？”",
     [("您哪里不舒服？", "王一鸣", "工作人员", "")]),
    ("工程师王一鸣按下按钮，一台服务机器人立刻回答：“您好，请问需要什么帮助？”",
     [("您好，请问需要什么帮助？", "", "", "一台服务机器人")]),
    ("王一鸣向它提了一个问题。“您好，请问需要什么帮助？”这台机器人回答。",
     [("您好，请问需要什么帮助？", "", "", "这台机器人")]),
    ("一台导览机器人迎上来：“您好，请跟我来！”", [("您好，请跟我来！", "", "", "一台导览机器人")]),
    # Unchanged: the one who opens the sentence goes on speaking; 他 opens the last clause.
    ("市民佘大爷试了试，笑着说：“比我孙子还细心！”", [("比我孙子还细心！", "佘大爷", "市民", "")]),
    ("谈起队员们，主教练糜振华的声音有些哽咽：“这些孩子吃的苦，比普通运动员多得多。”",
     [("这些孩子吃的苦，比普通运动员多得多。", "糜振华", "主教练", "")]),
])
def test_the_last_clause_before_a_colon_has_its_own_subject(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    got = direct(text)
    assert [(t, s, ti, bool(u)) for t, s, ti, u in got] == [
        (t, s, ti, bool(u)) for t, s, ti, u in expected]


@pytest.mark.parametrize(("text", "expected"), [
    # The reporter's question, whomever it is put to, is no answer's.
    ("记者问他：“你会泡茶吗？”王一鸣回答：“当然会。”",
     [("你会泡茶吗？", "", ""), ("当然会。", "王一鸣", "")]),
    ("记者问它：“你会泡茶吗？”机器人回答：“当然会。”",
     [("你会泡茶吗？", "", ""), ("当然会。", "", "机器人")]),
    # Unchanged: someone named asks.
    ("王一鸣问她：“你会泡茶吗？”", [("你会泡茶吗？", "王一鸣", "")]),
    ("记者问：“你会泡茶吗？”王一鸣回答：“当然会。”",
     [("你会泡茶吗？", "", ""), ("当然会。", "王一鸣", "")]),
])
def test_a_question_put_to_someone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t, s, u) for t, s, _, u in direct(text)] == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("日本一家服务机器人企业的海外营业部部长", "海外营业部部长"),
    ("公司的海外销售部部长", "海外销售部部长"),
    # Unchanged: a kind of body, then the body (`某类学会甲学会主席`).
    ("全球最大的光学学会美国光学学会主席", "美国光学学会主席"),
])
def test_a_bodys_suffix_that_opens_the_post_is_no_second_body(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_a_post_after_a_titled_name_keeps_the_first_title() -> None:
    assert direct("“中国商业航天的发展速度令人印象深刻。”欧洲航天局前局长、德国航天中心高级顾问"
                  "Thomas Weber如是说。",
                  "“复用技术可能会改变整个行业的游戏规则。”Weber博士在接受记者采访时说。") == [
        ("中国商业航天的发展速度令人印象深刻。", "Thomas Weber", "欧洲航天局前局长、德国航天中心高级顾问", ""),
        ("复用技术可能会改变整个行业的游戏规则。", "Thomas Weber", "欧洲航天局前局长、德国航天中心高级顾问", "")]


@pytest.mark.parametrize(("text", "expected"), [
    ("日本一家企业的海外营业部部长铃木健太郎第三次来杭州参展。", [("铃木健太郎", "海外营业部部长")]),
    ("日本某公司社长加藤健太郎在开幕式上致辞。", [("加藤健太郎", "日本某公司社长")]),
    # Unchanged: a Han name and a word (`宁可|欣|上台`), a Japanese name of four.
    ("获奖学生宁可欣上台领奖。", [("宁可欣", "获奖学生")]),
    ("营业部长山本健司表示，", [("山本健司", "营业部长")]),
    ("教练员田中健一在赛后表示，", [("田中健一", "教练员")]),
    # Unchanged: a rare Han surname and a post or a noun for people after the name.
    ("首席科学家阙文涛博士介绍，", [("阙文涛", "首席科学家")]),
    ("研究员阙文涛团队今年取得突破。", [("阙文涛", "研究员")]),
])
def test_a_japanese_name_of_five(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected
