"""Shapes of the genre probed with invented sentences in session 21 (each fails before the rule
it tests; the guards hold what must not change): a word of four before 地 after a post or role
is how the person does something (`工程师满头大汗地说`), no name; a name ends before 之手, 之口
or 之笔 (`出自陶艺家某某之手`); a name before a verb and its result that jieba made one word
with it (`王贝贝瞪大|了`); a name opening the last clause before a colon, after what the
sentence is about (`谈到未来，某某信心满满：`); and a local paper's reporters after its 讯
(`某某晚报讯 记者 甲 通讯员 乙 报道：`); someone named after 的 with their title in apposition
(`采访了未参与该研究的某某，某大学教授。`); and 该 and a body's head with the body named before,
past the same body pointed at again and a name of up to twenty characters; 他 opening the last
clause before a colon, whoever he faces (`他冲着社区工作人员直摆手：`); neighbours (邻居, 街坊)."""

from __future__ import annotations

import pytest

from kiosk.content.normalize import normalize
from kiosk.content.quotes import extract_quotes
from tests.content.helpers import direct, mentions, paras

Want = list[tuple[str, str, str, str]]

_QUOTES: list[tuple[list[str], Want]] = [
    # An idiom of manner after a role (jieba tags 满头大汗 a place): the role speaks, unnamed.
    (["“修好了！”工程师满头大汗地说。"], [("修好了！", "", "", "工程师")]),
    # Guards: other idioms of manner, and names of four the dictionary knows or lacks.
    (["“到了！”队长气喘吁吁地说。"], [("到了！", "", "", "队长")]),
    (["“快来看！”绣娘吉克阿依说。"], [("快来看！", "吉克阿依", "绣娘", "")]),
    (["“请跟我来。”导游阿依古丽说。"], [("请跟我来。", "阿依古丽", "导游", "")]),
    # (A transcribed name jieba tags a place: `费尔南多`.)
    (["采购商费尔南多连连称赞：“了不起！”"], [("了不起！", "费尔南多", "采购商", "")]),
    # By whose hand or mouth something is: the name ends before 之, and is the speaker later.
    (["展厅中央的瓷瓶出自景德镇陶艺家仝晓川之手。“烧了十一窑才成。”仝晓川说。"],
     [("烧了十一窑才成。", "仝晓川", "景德镇陶艺家", "")]),
    (["这句校训出自老校长乌兰·巴特尔之口。“做人要像瓷一样干净。”乌兰·巴特尔常对学生说。"],
     [("做人要像瓷一样干净。", "乌兰·巴特尔", "老校长", "")]),
    # A name, a verb and what it comes to, made up as one word (`王贝贝瞪大|了`): the one who
    # reacts after the words with no verb of speech said them.
    (["“太神奇了！”小学生王贝贝瞪大了眼睛。"], [("太神奇了！", "王贝贝", "小学生", "")]),
    # A name opening the last clause before a colon, with no speech verb: the one who speaks.
    (["谈到未来，芮晨曦信心满满：“我们要让更多人用上国产芯片。”"],
     [("我们要让更多人用上国产芯片。", "芮晨曦", "", "")]),
    (["站在领奖台上，冼立秋难掩激动：“这是团队的荣誉。”"], [("这是团队的荣誉。", "冼立秋", "", "")]),
    # Guards: whose the subject is; a clause with no one in it.
    (["说到这里，王晨曦的团队更有底气：“我们不怕。”"], [("我们不怕。", "", "", "")]),
    (["这一成果意义重大：“它填补了空白。”"], [("它填补了空白。", "", "", "")]),
    # Someone named after 的, titled in apposition: whom 他 then means.
    (["论文通讯作者、南岭大学教授宓嘉言介绍，这种电池很便宜。",
      "记者采访了未参与该研究的卜远舟，湘楚大学化学化工学院教授。“思路很巧。”他说。"],
     [("思路很巧。", "卜远舟", "湘楚大学化学化工学院教授", "")]),
    # 该公司 with the company named before it in the paragraph, past 该公司 pointed at again.
    (["团队已与赣源储能科技有限公司签约，明年将在该公司位于九江的电站开展测试。"
      "“寿命能达到一半就行。”该公司研发中心主任尚俊驰说。"],
     [("寿命能达到一半就行。", "尚俊驰", "赣源储能科技有限公司研发中心主任", "")]),
    # ... and a body's name of up to twenty characters, 附属 in it, in the paragraph before.
    (["记者从华中科技大学同济医学院附属协和医院获悉，该院已完成百例手术。",
      "该院心脏大血管外科主任聂文彬说：“患者恢复良好。”"],
     [("患者恢复良好。", "聂文彬", "华中科技大学同济医学院附属协和医院心脏大血管外科主任", "")]),
    # 他 opens the last clause before the colon: he speaks, not the staff he faces.
    (["退休钳工郝德胜起初并不买账。机器人刚送来时，他冲着社区工作人员直摆手：“能懂我的心思？”"],
     [("能懂我的心思？", "郝德胜", "退休钳工", "")]),
    # A neighbour is someone a report quotes by what they are.
    (["“他天天来。”邻居濮大妈说。"], [("他天天来。", "濮大妈", "邻居", "")]),
    # Guard: someone described by a listed role who faces 他 (the clause's subject is the role).
    (["机器人刚送来时，工作人员冲着他直摆手：“别碰！”"], [("别碰！", "", "", "工作人员")]),
]

_MENTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    ("所长满头大汗地跑进实验室。", []),
    ("工程师满头大汗地跑来，对记者说：", []),
    # Guards: a name of four the dictionary knows as one, and a compound surname's.
    ("歌唱家斯琴高娃登台演唱。", [("斯琴高娃", "歌唱家")]),
    ("工程师欧阳明月说，", [("欧阳明月", "工程师")]),
    ("这些设计出自工程师林默之手，", [("林默", "工程师")]),
    ("这篇序言出自作家蔺秋禾之笔。", [("蔺秋禾", "作家")]),
    ("二年级学生王贝贝瞪大了眼睛。", [("王贝贝", "二年级学生")]),
    # Guards: 之 inside a given name; a name that is a word of its own before its verb.
    ("二年级学生邬思齐睁大了眼睛。", [("邬思齐", "二年级学生")]),
    ("诗人李之仪说，", [("李之仪", "诗人")]),
    ("工程师林一凡听完了汇报，", [("林一凡", "工程师")]),
]


@pytest.mark.parametrize(("texts", "want"), _QUOTES)
def test_attribution_shapes(texts: list[str], want: Want) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "want"), _MENTIONS)
def test_people_named(text: str, want: list[tuple[str, str]]) -> None:
    assert mentions(text) == want


def test_a_neighbour_described_tells_the_reporter() -> None:
    assert [(q.text, q.unnamed_speaker) for q in extract_quotes(paras(
        "住在对门的一位老邻居告诉记者，那天护理员比救护车还先到。"))] == [
        ("那天护理员比救护车还先到。", "住在对门的一位老邻居")]


@pytest.mark.parametrize("opening", [
    "羊城晚报讯 记者 黎晓棠 通讯员 蒙嘉怡 报道：",
    "羊城晚报讯 记者黎晓棠 通讯员蒙嘉怡报道：",
    "羊城晚报讯 记者黎晓棠通讯员蒙嘉怡报道：",  # (a sidebar's letter spacing taken out)
    "羊城晚报讯 记者 黎晓棠、蒙嘉怡 报道：",
])
def test_a_local_papers_reporters_after_its_dateline(opening: str) -> None:
    """Batch 54's first contact: the reporters and a correspondent, no brackets, after a
    local paper's 讯 (before: no reporters, and the paragraph opened with them)."""
    page = normalize(f"粤剧老倌戴上头盔\n\n{opening}12月1日下午，排练厅里很热闹。\n")
    assert (page.dateline, page.reporters, page.paragraphs[0].text) == (
        "羊城晚报讯", ["黎晓棠", "蒙嘉怡"], "12月1日下午，排练厅里很热闹。")
