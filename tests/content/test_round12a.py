"""What the round 12a hold-outs taught (four media styles: a 澎湃新闻 battery summit with a
byline and a time line, a 经济日报 expo feature, a 南方日报讯 maker fair in columns, an 央广网
trade-fair broadcast text in columns): an interview's caption line `某公司总经理 某某：“……”`
names the speaker; a post, 、 and an honour no list holds (`全国劳动模范`) before a name are
the title; an age and 的 right before a name mention that person; a name's speech noun
(`某某的回答很干脆：`) makes them the speaker; and the page furniture of those styles."""

import pytest

from kiosk.content.normalize import normalize
from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("text", "expected"), [
    ("新疆昆仑果业有限公司总经理 宇文海涛：“开幕才半天，我们已经签了三份意向订单。”",
     [("开幕才半天，我们已经签了三份意向订单。", "宇文海涛", "新疆昆仑果业有限公司总经理", "")]),
    ("某大学附属医院院长 蒯雪松：“今年我们新开了两个专科门诊，病人不用再往省城跑了。”",
     [("今年我们新开了两个专科门诊，病人不用再往省城跑了。", "蒯雪松", "某大学附属医院院长", "")]),
    ("参展商 滕丽娟：“这几天来问价的人特别多，样品都快送完了。”",
     [("这几天来问价的人特别多，样品都快送完了。", "滕丽娟", "参展商", "")]),
    ("俄罗斯采购商 伊戈尔：“这里的产品选择很多，我已经约了五家企业。”",
     [("这里的产品选择很多，我已经约了五家企业。", "伊戈尔", "俄罗斯采购商", "")]),
    ("某公司销售经理 帕提古丽·依明：“这款重卡充一次电能跑300公里。”",
     [("这款重卡充一次电能跑300公里。", "帕提古丽·依明", "某公司销售经理", "")]),
    ("来自泰国的采购商 Somchai Chaiyaphon：“这里的榴莲冻干比我想象的好吃。”",
     [("这里的榴莲冻干比我想象的好吃。", "Somchai Chaiyaphon", "采购商", "")]),
    ("中国工程院院士、西北工业大学教授 颜卫东：“无人机产业已经到了规模化应用的阶段。”",
     [("无人机产业已经到了规模化应用的阶段。", "颜卫东", "中国工程院院士、西北工业大学教授", "")]),
    # Unchanged: the reporter's own line names no speaker, nor does a slogan before a colon.
    ("总台记者 郦思远：“我现在所在的位置是展馆的主通道。”",
     [("我现在所在的位置是展馆的主通道。", "", "", "")]),
    ("记者 郦思远：“我现在所在的位置是展馆的主通道。”",
     [("我现在所在的位置是展馆的主通道。", "", "", "")]),
])
def test_an_interview_caption_names_the_speaker(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(text) == expected


def test_a_caption_line_gives_the_title_to_a_later_bare_name() -> None:
    assert direct("俄罗斯采购商 伊戈尔：“这里的产品选择很多。”",
                  "“明天我还来，再签两份合同！”临别时，伊戈尔笑着说。")[1] == (
        "明天我还来，再签两份合同！", "伊戈尔", "俄罗斯采购商", "")


@pytest.mark.parametrize(("text", "expected"), [
    ("鼎屹数控总经理、全国劳动模范巩汉卿站在机床旁。", [("巩汉卿", "鼎屹数控总经理、全国劳动模范")]),
    ("公司总经理、省劳动模范栾志强站在车间里。", [("栾志强", "公司总经理、省劳动模范")]),
    ("研究员、博士生导师栾志强说，要抓住机遇。", [("栾志强", "研究员、博士生导师")]),
    # Unchanged: posts the lists read, and a place that opens another body's post.
    ("宏远集团董事长、全国人大代表栾志强在会上说，要抓住机遇。",
     [("栾志强", "宏远集团董事长、全国人大代表")]),
    ("董事长、总经理栾志强说，要抓住机遇。", [("栾志强", "董事长、总经理")]),
    ("某学院教授、湖南省文旅产业研究基地首席专家谭某某说，要抓住机遇。",
     [("谭某某", "某学院教授、湖南省文旅产业研究基地首席专家")]),
])
def test_an_honour_after_a_post_and_a_list_mark(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("7岁的黎子墨拉着妈妈的手，在体验区排了半个小时的队。", [("黎子墨", "")]),
    ("8岁的栾小川拿着奖状跑了过来。", [("栾小川", "")]),
    ("十二岁的芮一鸣第一次参加比赛。", [("芮一鸣", "")]),
    # Unchanged: no name after the age, or a role before the name (its title).
    ("5岁的小朋友蹲在展台前。", []),
    ("9岁的孩子们围着机器人。", []),
    ("两名12岁的学生正在调试。", []),
    ("12岁的初一学生欧阳可馨看完演示后恍然大悟。", [("欧阳可馨", "初一学生")]),
    ("25岁的飞手邓某某正在调试无人机。", [("邓某某", "飞手")]),
])
def test_an_age_before_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_a_child_named_after_an_age_is_whom_he_means() -> None:
    assert direct("某区副区长麦某某在开幕式上表示，要加大投入。",
                  "7岁的黎子墨拉着妈妈的手排队。“我也要造火星车！”他大声说。") == [
        ("我也要造火星车！", "黎子墨", "", "")]


@pytest.mark.parametrize(("texts", "expected"), [
    (("某公司董事长郏立群在圆桌对话上发言。", "对于外界关心的低温性能，郏立群的回答很干脆：“零下20摄氏度也能放电。”"),
     ("零下20摄氏度也能放电。", "郏立群", "某公司董事长", "")),
    (("公司总经理栾志强站在展台前。", "谈到未来，栾志强的回应只有一句话：“先把产品做好。”"),
     ("先把产品做好。", "栾志强", "公司总经理", "")),
    (("对于外界关心的续航问题，栾志强的回答很干脆：“冬天也能跑五百公里。”",),
     ("冬天也能跑五百公里。", "栾志强", "", "")),
    # Unchanged: a kin word after 的 is another person, described.
    (("公司总经理栾志强站在展台前。", "栾志强的妻子接过话：“他天天住在厂里。”"),
     ("他天天住在厂里。", "", "", "栾志强的妻子")),
])
def test_the_speaker_of_a_speech_noun(
        texts: tuple[str, ...], expected: tuple[str, str, str, str]) -> None:
    assert direct(*texts)[-1] == expected


def test_a_name_whose_last_character_jieba_glued_to_the_verb() -> None:
    # jieba: 濮|嘉|言说
    assert mentions("“当天就能出结果。”某公司副总经理濮嘉言说。她告诉记者，订单增长了35%。") == [
        ("濮嘉言", "某公司副总经理")]


@pytest.mark.parametrize(("text", "dateline", "place", "reporters"), [
    ("央广网乌鲁木齐8月26日消息（记者 郦思远 艾克拜尔·肉孜）第八届博览会26日开幕。",
     "央广网乌鲁木齐8月26日消息", "乌鲁木齐", ["郦思远", "艾克拜尔·肉孜"]),
    ("南方日报讯 （记者/笪文韬 通讯员/禤嘉敏）5月20日，科技活动周开幕。",
     "南方日报讯", "", ["笪文韬", "禤嘉敏"]),
    # Unchanged: the agency's 电.
    ("新华社南宁9月1日电（记者 某某）1日，博览会开幕。", "新华社南宁9月1日电", "南宁", ["某某"]),
])
def test_datelines_of_a_broadcaster_and_a_city_paper(
        text: str, dateline: str, place: str, reporters: list[str]) -> None:
    page = normalize(f"博览会开幕\n\n{text}\n")
    assert (page.dateline, page.place, page.reporters) == (dateline, place, reporters)


def test_a_sites_byline_and_time_line_under_a_headline_with_a_comma() -> None:
    page = normalize("钠电池今年将批量“上车”，行业盼迎成本拐点\n\n澎湃新闻记者 蔺一帆\n\n"
                     "2026-06-18 21:06 来源：澎湃新闻\n\n6月18日，峰会在常州开幕。\n\n"
                     "从“讲样品”到“讲交付”\n\n“去年还在讲样品。”某某说。\n")
    assert page.title == "钠电池今年将批量“上车”，行业盼迎成本拐点"
    assert page.reporters == ["蔺一帆"]
    assert [h for h, _, _ in page.headings if h] == ["从“讲样品”到“讲交付”"]
    assert page.paragraphs[0].text == "6月18日，峰会在常州开幕。"


def test_a_headline_over_a_byline_is_no_heading() -> None:
    page = normalize("沈阳装博会见证老工业基地转型\n\n本报记者 战凯峰 冶亚男\n\n9月初的沈阳，秋意渐浓。\n\n"
                     "智改数转\n\n走进展台，机床正在切削。\n\n链式协同\n\n配套企业也尝到了甜头。\n")
    assert page.title == "沈阳装博会见证老工业基地转型"
    assert page.reporters == ["战凯峰", "冶亚男"]
    assert [h for h, _, _ in page.headings if h] == ["智改数转", "链式协同"]


def test_a_kicker_with_a_comma_and_a_credit_with_a_space() -> None:
    body = "\n".join(["南方日报讯 （记者/笪文韬）5月20日，科技活动周在南海区科技馆开", "幕。近万名市民前来打卡。",
                      "在少年工程师展区，11岁的学生正操控着自己设计", "的小车。"])
    page = normalize(f"{body}\n\n▲小朋友体验火星车驾驶。 南方日报记者 笪文韬 摄\n\n"
                     "科技活动周开幕，200多个展位比拼创意——\n\n近万名市民打卡南海创客嘉年华\n")
    assert (page.kicker, page.title) == ("科技活动周开幕，200多个展位比拼创意——", "近万名市民打卡南海创客嘉年华")
    assert [(c.text, c.credit) for c in page.captions] == [("小朋友体验火星车驾驶。", "南方日报记者 笪文韬")]
