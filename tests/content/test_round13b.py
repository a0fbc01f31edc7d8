"""What the round 13b hold-outs taught (narrative features around a trade fair, a science
camp, a marathon town and a harvest fair, where speakers come back as descriptions): an
action held before an addressee, a whole sentence in marks after a colon that introduced it,
`这位老人` for the elder of those just named and `这位90后`, a verb whose clause has no
subject after a quote, a bare noun of age after a clause of topic, and a counted girl before a
colon whose question someone else answers. All sentences are invented for these tests."""

import pytest

from kiosk.content.normalize import normalize
from tests.content.helpers import direct, mentions

_FAMILY = "78岁的老木匠甘守成坐在一角；甘氏家具厂厂长甘立川是他的儿子；孙子甘子墨负责网店。"


def test_an_action_held_before_the_addressee() -> None:
    assert direct("“我长大了也要当宇航员！”临走时，张子谦拉着妈妈的手对记者说。") == [
        ("我长大了也要当宇航员！", "张子谦", "", "")]
    assert direct("“这趟来得值。”采购商王立新握着记者的手说。") == [
        ("这趟来得值。", "王立新", "采购商", "")]
    assert direct("“今年的瓜特别甜。”瓜农李长顺捧着一个西瓜向记者介绍。") == [
        ("今年的瓜特别甜。", "李长顺", "瓜农", "")]


def test_a_sentence_in_marks_belongs_to_the_colon_that_opens_it() -> None:
    assert direct(_FAMILY, "家里的群里，甘立川给儿子发了一条消息：“你想清楚了，做木匠很辛苦。”"
                  "甘子墨只回了一句：“爸，我想试试。”") == [
        ("你想清楚了，做木匠很辛苦。", "甘立川", "甘氏家具厂厂长", ""),
        ("爸，我想试试。", "甘子墨", "孙子", "")]
    # Unchanged: a clause between two parts of one sentence names the speaker of both.
    assert direct(_FAMILY, "“那时候一天只做一把椅子。”回忆起当年，甘守成感慨万千，“现在机器帮了大忙。”") == [
        ("那时候一天只做一把椅子。", "甘守成", "老木匠", ""),
        ("现在机器帮了大忙。", "甘守成", "老木匠", "")]


def test_this_old_man_is_the_elder_of_those_just_named() -> None:
    assert direct(_FAMILY, "“这把刨子跟了我50年。”这位老人告诉记者。") == [
        ("这把刨子跟了我50年。", "甘守成", "老木匠", "")]
    assert direct(_FAMILY, "“这把刨子跟了我50年。”这位老匠人笑着说。") == [
        ("这把刨子跟了我50年。", "甘守成", "老木匠", "")]
    assert direct(_FAMILY, "“这把刨子跟了我50年。”这位老兵告诉记者。") == [
        ("这把刨子跟了我50年。", "甘守成", "老木匠", "")]
    # Unchanged: 老师 is no elder.
    assert direct(_FAMILY, "每天晚上，甘子墨的老师宋一鸣都来看直播。“他学得很快。”这位老师说。") == [
        ("他学得很快。", "宋一鸣", "老师", "")]
    # A generation points back to the one just named.
    assert direct(_FAMILY, "每天晚上，甘子墨都在网上直播。“顾客最关心的是环保。”这位90后告诉记者。") == [
        ("顾客最关心的是环保。", "甘子墨", "孙子", "")]
    # Unchanged: a role points back to the one just named.
    assert direct(_FAMILY, "每天晚上，甘子墨都在网上直播。“顾客最关心的是环保。”这位店主说。") == [
        ("顾客最关心的是环保。", "甘子墨", "孙子", "")]


def test_a_verb_whose_clause_has_no_subject() -> None:
    assert direct(_FAMILY, "“这把刨子跟了我50年。”这位老人把刨子翻过来，指着上面的刻痕告诉记者，"
                  "“那时候一天只做一把椅子。”") == [
        ("这把刨子跟了我50年。", "甘守成", "老木匠", ""),
        ("那时候一天只做一把椅子。", "甘守成", "老木匠", "")]
    assert direct("“快看，它转起来了！”在陀螺展区，9岁的张子谦踮着脚，盯着桌上的陀螺大声喊道。") == [
        ("快看，它转起来了！", "张子谦", "", "")]
    # Unchanged: a subject of its own in the verb's clause.
    assert direct("“快看，它转起来了！”在陀螺展区，9岁的张子谦踮着脚，他的妹妹大声喊道。") == [
        ("快看，它转起来了！", "", "", "他的妹妹")]


def test_a_bare_noun_of_age_after_a_clause_of_topic() -> None:
    assert direct(_FAMILY, "那一年，甘守成背着两把椅子进了城。“一个月只卖出去一把。”"
                  "说起那段日子，老人笑出了声。") == [
        ("一个月只卖出去一把。", "甘守成", "老木匠", "")]
    # Unchanged: with no one named before the quote, the noun stays unnamed.
    assert direct("“一个月只卖出去一把。”说起那段日子，老人笑出了声。") == [
        ("一个月只卖出去一把。", "", "", "老人")]


def test_a_counted_girl_before_a_colon_and_an_answer_after() -> None:
    assert direct("72岁的退休工程师郦一栋正在讲课。",
                  "话音刚落，一个扎着马尾的小女孩就举起了手：“爷爷，火箭还能回来吗？”"
                  "郦一栋拿起一个模型回答：“有的能回来。”") == [
        ("爷爷，火箭还能回来吗？", "", "", "一个扎着马尾的小女孩"),
        ("有的能回来。", "郦一栋", "退休工程师", "")]


def test_a_name_with_a_surname_outside_the_list_after_an_age() -> None:
    # jieba: 9|岁|的|幸子|谦 — a word its dictionary lacks and a character it knows as a name's.
    assert mentions("9岁的幸子谦踮着脚，盯着地球仪。") == [("幸子谦", "")]
    assert direct("在展区，9岁的幸子谦踮着脚看了很久。“我长大了也要造火箭！”临走时，"
                  "幸子谦拉着妈妈的手对记者说。") == [("我长大了也要造火箭！", "幸子谦", "", "")]
    # Unchanged: a word the dictionary knows after the age is no name.
    assert mentions("9岁的小学生踮着脚，盯着地球仪。") == []


@pytest.mark.parametrize(("head", "dateline", "place", "reporters"), [
    # A paper's app before the place; the reporters opening the paragraph after a dateline
    # on a line of its own; a desk of paper and site before 记者.
    ("中国青年报客户端长沙7月22日电\n（中国青年报·中国青年网记者 邝一）22日上午，科技馆开营。",
     "中国青年报客户端长沙7月22日电", "长沙", ["邝一"]),
    ("中国青年报客户端长沙7月22日电（记者 邝一）22日上午，科技馆开营。",
     "中国青年报客户端长沙7月22日电", "长沙", ["邝一"]),
    # A role glued to the name after it by a column's line end.
    ("光明日报讯（记者 柏一 通讯员\n檀二）9月23日，丰收节开幕。", "光明日报讯", "", ["柏一", "檀二"]),
    # Unchanged.
    ("新华社杭州4月13日电（记者 温一 邬二）13日清晨，比赛开跑。", "新华社杭州4月13日电", "杭州",
     ["温一", "邬二"]),
])
def test_datelines_and_bylines_of_papers_and_their_apps(
        head: str, dateline: str, place: str, reporters: list[str]) -> None:
    page = normalize(f"暑期科学营开营\n\n{head}\n")
    assert (page.dateline, page.place, page.reporters) == (dateline, place, reporters)


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("▲小学生在科技馆体验实验。 中国青年报·中国青年网记者 邝一 摄", "小学生在科技馆体验实验。",
     "中国青年报·中国青年网记者 邝一"),
    ("▲小学生在科技馆体验实验。 本报记者 邝一 摄", "小学生在科技馆体验实验。", "本报记者 邝一"),
])
def test_a_caption_credit_naming_a_paper_and_its_site(line: str, text: str, credit: str) -> None:
    page = normalize(f"暑期科学营开营\n\n本报长沙7月22日电（记者 邝一）科技馆开营。\n\n{line}\n")
    assert [(c.text, c.credit) for c in page.captions] == [(text, credit)]
