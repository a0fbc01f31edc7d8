"""Forms of real reports' shapes probed in session 16 (invented sentences, names and bodies
made up): each failed before the rule it tests."""

import pytest

from tests.content.helpers import direct


@pytest.mark.parametrize(("texts", "want"), [
    # Everyday nouns for people quoted unnamed: children, crowds, customers, the uniformed
    # (`一个小朋友告诉记者` had no speaker; `一个顾客说` named 一个顾客).
    (["“机器人能动起来，是因为背后有人编程。”一个小朋友告诉记者。"],
     [("机器人能动起来，是因为背后有人编程。", "", "", "一个小朋友")]),
    (["群众说：“我开始以为是真人表演。”"], [("我开始以为是真人表演。", "", "", "群众")]),
    (["“这家店的菜比去年便宜了。”一个顾客说。"], [("这家店的菜比去年便宜了。", "", "", "一个顾客")]),
    (["“这条路以前一到晚上就堵。”一位交警告诉记者。"],
     [("这条路以前一到晚上就堵。", "", "", "一位交警")]),
    (["“妈妈，它会跳舞！”一个小女孩喊道。"], [("妈妈，它会跳舞！", "", "", "一个小女孩")]),
    (["“我们村的路修好了。”村干部说。"], [("我们村的路修好了。", "", "", "村干部")]),
    # (Not 病人: `给病人量血压` would name 量血压, as `给患者量血压` does.)
    # (With a name after them, they are the title.)
    (["“它跑得比我还快！”小男孩周乐乐说。"], [("它跑得比我还快！", "周乐乐", "小男孩", "")]),
    (["民警邝振宇说：“今晚加派了警力。”"], [("今晚加派了警力。", "邝振宇", "民警", "")]),
    # An age opening the title without 的 describes as one with 的 does (`6岁小朋友某某` had
    # the title 6岁小朋友).
    (["6岁小朋友王睿晨钻进人群最前方。“机器人好厉害！”王睿晨说。"],
     [("机器人好厉害！", "王睿晨", "小朋友", "")]),
    (["“这套系统我调了三年。”今年32岁工程师吴立伟说。"],
     [("这套系统我调了三年。", "吴立伟", "工程师", "")]),
    (["“这套系统我调了三年。”年仅29岁的工程师吴立伟说。"],
     [("这套系统我调了三年。", "吴立伟", "工程师", "")]),
    # A question put is speech (`“……？”一名小学生举手提问。` gave no speaker, or `……举手`),
    # and a single gesture may stand right before the verb.
    (["“机器人也会累吗？”一名小学生举手提问。"], [("机器人也会累吗？", "", "", "一名小学生")]),
    (["“机器人也会累吗？”小学生吴晓晓举手提问。"], [("机器人也会累吗？", "吴晓晓", "小学生", "")]),
    (["“这个价格能不能再低一点？”采购商鲁卡发问。"], [("这个价格能不能再低一点？", "鲁卡", "采购商", "")]),
    (["“不行，太危险了。”一位大爷摆手说。"], [("不行，太危险了。", "", "", "一位大爷")]),
    (["“还差得远。”研究员宁致远摇头说。"], [("还差得远。", "宁致远", "研究员", "")]),
    (["“我们等了十年。”种植户骆大海叹了口气说。"], [("我们等了十年。", "骆大海", "种植户", "")]),
    # (Unchanged: an answer to a question put is the one who answers.)
    (["面对记者提问，研究员吴晓晓回答：“它不会累。”"], [("它不会累。", "吴晓晓", "研究员", "")]),
    (["“它不会累。”研究员吴晓晓在回答记者提问时说。"], [("它不会累。", "吴晓晓", "研究员", "")]),
])
def test_real_shapes(texts: list[str], want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # A quote with no attribution after someone's words in the same paragraph, past a sentence
    # or two that bring in no one else, is theirs (it had no speaker).
    (["上海市副市长陈立杰在闭幕式上称，每个人的收获不尽相同。“这份共鸣会激励我们。”"], [("这份共鸣会激励我们。", "陈立杰", "上海市副市长", "")]),
    (["某公司创始人朱哲明称，大会的信息密度很高。每走几步就是一个首发模型。"
      "“你会感觉到一个特别强烈的信号。”"],
     [("你会感觉到一个特别强烈的信号。", "朱哲明", "某公司创始人", "")]),
    (["李慧敏表示，希望科技更多地运用到生活中。她对博览会印象最深的是手术机器人。"
      "“每个人都有做手术的可能。”"], [("每个人都有做手术的可能。", "李慧敏", "", "")]),
    # (Not past someone else brought in, a described person, the reporter or a turn of time.)
    (["研究员宁致远表示，样机已经完成。一位观众走上前来。“能让我试试吗？”"],
     [("能让我试试吗？", "", "", "")]),
    (["研究员宁致远表示，样机已经完成。记者随后来到测试区。“这里每天要跑三百圈。”"],
     [("这里每天要跑三百圈。", "", "", "")]),
    # (Someone named in between is the one who speaks, as before.)
    (["研究员宁致远表示，样机已经完成。工程师卢方也在现场。“这里每天要跑三百圈。”"],
     [("这里每天要跑三百圈。", "卢方", "工程师", "")]),
    # A post of the kind 首席……官, 外交官: 官 ends a role as 长 and 员 do.
    (["“这是中国之约。”某医疗中国首席传播官钟路英说。"],
     [("这是中国之约。", "钟路英", "某医疗中国首席传播官", "")]),
    (["“合作空间很大。”法国驻华大使馆科技参赞兼外交官白立德说。"],
     [("合作空间很大。", "白立德", "法国驻华大使馆科技参赞兼外交官", "")]),
    (["“器官移植手术很成功。”医生说。"], [("器官移植手术很成功。", "", "", "医生")]),
])
def test_words_told_on_and_officers(texts: list[str], want: list[tuple[str, str, str, str]]) \
        -> None:
    assert direct(*texts) == want


def test_the_compound_surname_shangguan_is_no_officer() -> None:
    # (官 ends a role, but not the compound surname 上官.)
    assert direct("年仅26岁的上官婉清当天感叹：“没想到这么热闹。”") \
        == [("没想到这么热闹。", "上官婉清", "", "")]


@pytest.mark.parametrize(("texts", "want"), [
    # Someone counted and described who opens the sentence after the words, doing something
    # else than speaking, said them (they had no speaker).
    (["“妈妈你看，它在跟我比心！”一个扎着羊角辫的小女孩拽着妈妈的衣角。"],
     [("妈妈你看，它在跟我比心！", "", "", "一个扎着羊角辫的小女孩")]),
    (["“它会跳英歌舞，那个会踢足球……”一位深圳的小学生如数家珍。"],
     [("它会跳英歌舞，那个会踢足球……", "", "", "一位深圳的小学生")]),
    (["“原来是这样！”一名初中生恍然大悟。"], [("原来是这样！", "", "", "一名初中生")]),
    # (A place or a time with 的 may come before the count: `江苏南京的一位采购商`.)
    (["“明显感觉到这次来的人更多了。”江苏南京的一位采购商给出了他的答案。"],
     [("明显感觉到这次来的人更多了。", "", "", "江苏南京的一位采购商")]),
    (["“这台机器能不能租？”展台前的一名农民拿起了说明书。"],
     [("这台机器能不能租？", "", "", "展台前的一名农民")]),
    # (Not whose thing it is.)
    (["“太好玩了！”一位观众的手机响了。"], [("太好玩了！", "", "", "")]),
])
def test_someone_described_after_the_words(texts: list[str],
                                           want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want
