"""Forms of round 18b's hold-outs (science and education reports: a lab's press conference,
an academician at a middle school, a key lab's open day, a youth robotics final, a science
museum's AI hall; invented sentences, names and bodies made up): each failed before the rule
it tests, unless marked as a guard."""

import pytest

from kiosk.content.normalize import normalize
from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("texts", "want"), [
    # What people call someone, in marks between the role and the name, is no part of the
    # title (`初二学生“小百科”某某` had no speaker, `讲解员“某某姐姐”某某` no title).
    (["课堂上，初三学生“小博士”单宇航举手问：“月亮为什么不会掉下来？”"],
     [("月亮为什么不会掉下来？", "单宇航", "初三学生", "")]),
    (["“这块化石有一亿年了。”讲解员“熊猫阿姨”方晓雯说。"],
     [("这块化石有一亿年了。", "方晓雯", "讲解员", "")]),
    (["讲解员“熊猫阿姨”方晓雯带着孩子们参观。“这块化石有一亿年了。”方晓雯说。"],
     [("这块化石有一亿年了。", "方晓雯", "讲解员", "")]),
    # How many people share a title is no part of it (`两名四年级学生甲和乙`).
    (["获奖的是两名四年级学生韦小溪和陆可可。“我们想让大象回家。”韦小溪说。"],
     [("我们想让大象回家。", "韦小溪", "四年级学生", "")]),
    # (Guards: a term in marks opening a title stays; one inside the words quoted.)
    (["“天宫”项目负责人王海说：“我们成功了。”"], [("我们成功了。", "王海", "“天宫”项目负责人", "")]),
    (["“这是‘小百科’。”讲解员方晓雯说。"], [("这是‘小百科’。", "方晓雯", "讲解员", "")]),
])
def test_titles(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "want"), [
    # A surname jieba reads as a verb (花) opens a name right before a speech verb.
    ("研究员花海峰介绍，这台设备很快。", [("花海峰", "研究员")]),
    ("讲解员花小朵说，", [("花小朵", "讲解员")]),
    # A laugh opens no name (`老院士|哈哈|一笑` read 哈哈一).
    ("老教授哈哈一笑，摆了摆手。", []),
    # (Guards: what was spent after a role; a particle that is a surname, 么.)
    ("志愿者花三天时间布展。", []),
    ("工程师花大量时间测试。", []),
    ("中国选手么雪晴夺冠。", [("么雪晴", "中国选手")]),
    # A speech verb's character opens what someone does, no name (`院士|问个|不停` named 问个).
    ("学生们围着院士问个不停：", []),
    ("孩子们拉着教授问个没完。", []),
    # (Guard: a name after a post before 问.)
    ("研究员苗卫东问起下一步计划。", [("苗卫东", "研究员")]),
])
def test_names(text: str, want: list[tuple[str, str]]) -> None:
    assert mentions(text) == want


@pytest.mark.parametrize(("texts", "want"), [
    # 老 and a post or role (`老院士`) is the one named lately whose title it ends, when
    # only one is: after a gesture with no speech verb and before one.
    (["中国工程院院士柯望舒来到小学，学生甘小雨提问。“你们比我小时候聪明多了。”老院士哈哈一笑，带头鼓起掌来。"],
     [("你们比我小时候聪明多了。", "柯望舒", "中国工程院院士", "")]),
    (["中国工程院院士柯望舒来到小学。", "“你们比我小时候聪明多了。”老院士笑着说。"],
     [("你们比我小时候聪明多了。", "柯望舒", "中国工程院院士", "")]),
    (["中国工程院院士柯望舒和北京大学教授马力来到小学。", "“你们比我小时候聪明多了。”老院士摆摆手，笑了。"],
     [("你们比我小时候聪明多了。", "柯望舒", "中国工程院院士", "")]),
    # (Guards: no one known holds the post; two do.)
    (["“你们比我小时候聪明多了。”老教授笑着说。"],
     [("你们比我小时候聪明多了。", "", "", "老教授")]),
    (["中国工程院院士柯望舒和中国科学院院士马振华来到小学。", "“你们比我小时候聪明多了。”老院士笑着说。"],
     [("你们比我小时候聪明多了。", "", "", "老院士")]),
    # A speech verb denied says nothing: the words are who introduced them's
    # (`……问：“……？”某某没有直接回答。` had no speaker).
    (["初二学生高思远站起来问：“黑洞里面到底有什么？”柯望舒没有直接回答，而是反问他。"],
     [("黑洞里面到底有什么？", "高思远", "初二学生", "")]),
    # (Guards: no one introduced them; someone who would not give a name speaks.)
    (["“黑洞里面到底有什么？”柯望舒没有直接回答。"], [("黑洞里面到底有什么？", "", "", "")]),
    (["“今年订单翻了一番。”一位不愿透露姓名的参展商说。"],
     [("今年订单翻了一番。", "", "", "一位不愿透露姓名的参展商")]),
])
def test_pointing_back(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # Someone counted whose question the words were, after them (`“……？”一个小女孩的问题
    # 让……`), and a machine that greets after where it stands, are unnamed speakers.
    (["“它会不会咬人？”一个小女孩的问题让讲解员笑了起来。"],
     [("它会不会咬人？", "", "", "一个小女孩")]),
    (["“欢迎光临！”门口，一台迎宾机器人向走进来的孩子们打招呼。"],
     [("欢迎光临！", "", "", "一台迎宾机器人")]),
    # Someone named after a description and 是 someone's kin (`站在一旁的某某是某某的爷爷`)
    # has the kin word for title, and is whom `这位爷爷` then means.
    (["“没想到我能拿奖。”队长侯小雨说。", "站在一旁的侯海涛是侯小雨的爷爷，特地从乡下赶来。“没想到孙女这么能干。”这位爷爷说。"],
     [("没想到我能拿奖。", "侯小雨", "队长", ""), ("没想到孙女这么能干。", "侯海涛", "爷爷", "")]),
    # (Guards: whose thing it is, not a question; a machine that does something else; kin
    # whom no one names.)
    (["“它会不会咬人？”一位观众的手机响了起来。"], [("它会不会咬人？", "", "", "")]),
    (["“太神奇了！”一台机器人正在给观众倒咖啡。"], [("太神奇了！", "", "", "")]),
    (["“没想到我能拿奖。”队长侯小雨说。", "侯小雨的爷爷特地从乡下赶来。“没想到孙女这么能干。”这位爷爷说。"],
     [("没想到我能拿奖。", "侯小雨", "队长", ""), ("没想到孙女这么能干。", "", "", "侯小雨的爷爷")]),
])
def test_unnamed_and_kin(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # A surname and 老, the respect shown a senior scholar, name the one titled person known
    # with that surname (`“……”方老说。` named 方老).
    (["中国科学院院士方守正来到学校。", "“科学没有捷径。”方老说。"],
     [("科学没有捷径。", "方守正", "中国科学院院士", "")]),
    (["中国科学院院士方守正来到学校。", "“科学没有捷径。”方老笑着说。"],
     [("科学没有捷径。", "方守正", "中国科学院院士", "")]),
    (["中国工程院院士欧阳明澈来到学校。", "“科学没有捷径。”欧阳老说。"],
     [("科学没有捷径。", "欧阳明澈", "中国工程院院士", "")]),
    # (Guards: two known with the surname; 老师 after it.)
    (["中国科学院院士方守正和中国工程院院士方立来到学校。", "“科学没有捷径。”方老说。"],
     [("科学没有捷径。", "方老", "", "")]),
    (["老师方守正来到学校。", "“科学没有捷径。”方老师说。"],
     [("科学没有捷径。", "方守正", "老师", "")]),
])
def test_surname_and_elder(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # Someone known by surname and post opening the clause after a quote, doing something
    # else than speaking (`“……？”苗院士话音刚落，……`), said it, as by their name.
    (["中国科学院院士苗卫东来到学校。", "“你们谁知道北斗卫星有几颗？”苗院士话音刚落，台下的手就举成了一片。"],
     [("你们谁知道北斗卫星有几颗？", "苗卫东", "中国科学院院士", "")]),
    (["实验室主任苗卫东介绍了成果。", "“至少还要五年。”苗主任伸出五根手指。"],
     [("至少还要五年。", "苗卫东", "实验室主任", "")]),
    # (Guards: whose student it is; a surname no one known has; two known with it.)
    (["中国科学院院士苗卫东来到学校。", "“我长大了也要当科学家。”苗院士的学生笑着说。"],
     [("我长大了也要当科学家。", "", "", "苗院士的学生")]),
    (["中国科学院院士苗卫东来到学校。", "“你们谁知道北斗卫星有几颗？”王院士话音刚落，台下的手就举成了一片。"],
     [("你们谁知道北斗卫星有几颗？", "", "", "")]),
    (["中国科学院院士苗卫东和中国工程院院士苗立新来到学校。", "“你们谁知道？”苗院士话音刚落，台下的手就举成了一片。"],
     [("你们谁知道？", "", "", "")]),
])
def test_surname_and_post_after_a_quote(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


def test_a_shout_after_a_column_break_ends_the_paragraph() -> None:
    # `……“我们赢了！”` ending a full column, then `队长某某喊得嗓子都哑了。` alone: the
    # shout's attribution, not a paragraph of its own.
    page = normalize("标题\n\n比赛结束，队员们抱成一\n团。“我们赢了！我们真\n的赢了！我们赢了！”\n\n"
                     "队长江小舟喊得嗓子都哑\n了。\n\n赛后，他告诉记者，这次\n比赛很难。\n")
    assert [p.text for p in page.paragraphs][:2] == [
        "比赛结束，队员们抱成一团。“我们赢了！我们真的赢了！我们赢了！”队长江小舟喊得嗓子都哑了。",
        "赛后，他告诉记者，这次比赛很难。"]


@pytest.mark.parametrize(("text", "title", "subtitle", "dateline", "reporters"), [
    # A university's own news site (`本网讯`) with its correspondent before the reporter.
    ("附中来了位院士\n\n本网讯（通讯员 甘小棠 记者 蔺一帆）12月1日下午，讲座开始。\n第二段。\n",
     "附中来了位院士", "", "本网讯", ["甘小棠", "蔺一帆"]),
    # A `——` subtitle holding a comma.
    ("某大学团队用模拟月壤烧出砖\n——强度超过40兆帕，可为月面建造提供材料\n\n"
     "科技日报西安12月2日电（记者 覃一舟 通讯员 柏若溪）12月2日，发布会举行。\n第二段。\n",
     "某大学团队用模拟月壤烧出砖", "强度超过40兆帕，可为月面建造提供材料", "科技日报西安12月2日电",
     ["覃一舟", "柏若溪"]),
    # (Guard: the correspondent after the reporter.)
    ("附中来了位院士\n\n本报讯（记者 蔺一帆 通讯员 甘小棠）讲座开始。\n第二段。\n",
     "附中来了位院士", "", "本报讯", ["蔺一帆", "甘小棠"]),
])
def test_page(text: str, title: str, subtitle: str, dateline: str, reporters: list[str]) -> None:
    page = normalize(text)
    assert (page.title, page.subtitle, page.dateline, page.reporters) \
        == (title, subtitle, dateline, reporters)
