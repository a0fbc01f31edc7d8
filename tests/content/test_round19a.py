"""Forms of round 19a's hold-outs (national wires on international events: a world AI
conference's foreign exhibitors, a services fair's interpreters, an airshow's foreign
delegates, a forum of laureates, a correspondent at a fair abroad; invented sentences, names
and bodies made up): each failed before the rule it tests, unless marked as a guard."""

import pytest

from kiosk.content.normalize import normalize
from kiosk.content.quotes import extract_quotes
from tests.content.helpers import direct, mentions, paras


def reported(*texts: str) -> list[tuple[str, str, str]]:
    """The reported speech of these paragraphs: (text, speaker, title)."""
    return [(q.text, q.speaker, q.speaker_title)
            for q in extract_quotes(paras(*texts)) if q.kind == "indirect"]


@pytest.mark.parametrize(("text", "want"), [
    # Military ranks are posts (`表演队队长、空军中校某·某` had no title, and no speaker for
    # the words after his gesture).
    ("飞行表演队队长、空军上校伊万·彼得罗夫走下舷梯。", [("伊万·彼得罗夫", "飞行表演队队长、空军上校")]),
    ("海军少校陈立峰说，", [("陈立峰", "海军少校")]),
    # (Guards: 中校 inside 高中校长, 上校 inside 上|校区.)
    ("高中校长宁子墨说，", [("宁子墨", "高中校长")]),
    ("上校区负责人宁子墨说，", [("宁子墨", "上校区负责人")]),
    # The title of one named after another whose name's original follows it starts after
    # the joining 和 (`某·某（Latin）和同事、技术顾问某·某` gave 顾问).
    ("采购总监卡洛斯·门德斯（Carlos Mendes）和同事、工程师保罗·席尔瓦（Paulo Silva）一起参观。",
     [("卡洛斯·门德斯", "采购总监"), ("保罗·席尔瓦", "同事、工程师")]),
    ("总监卡洛斯·门德斯（Carlos Mendes）和技术顾问苗晓禾看得很仔细。",
     [("卡洛斯·门德斯", "总监"), ("苗晓禾", "技术顾问")]),
    # A compound surname and a given name of one character, before a verb jieba glued to it
    # with its aspect after (`司马|悦笑|着` read 司马悦笑).
    ("讲解员、某公司工程师司马悦笑着回答。", [("司马悦", "讲解员、某公司工程师")]),
    # (Guard: a given name of two, jieba's 欧阳明|辉笑.)
    ("工程师欧阳明辉笑着说，", [("欧阳明辉", "工程师")]),
    # A name ends before a verb that the 得 of how it is done follows, as before one with
    # its aspect (`约瑟夫·卡兰|看|得|很|仔细` read 约瑟夫·卡兰看得很, `李明|看|得` 李明看).
    ("技术顾问约瑟夫·卡兰看得很仔细。", [("约瑟夫·卡兰", "技术顾问")]),
    ("技术顾问约瑟夫·卡兰听得很认真。", [("约瑟夫·卡兰", "技术顾问")]),
    ("工程师李明看得很仔细。", [("李明", "工程师")]),
    ("来自美国的选手罗伯特·得克看得很仔细。", [("罗伯特·得克", "选手")]),
    # (Guard: a verb jieba joined to 得, after a Han name.)
    ("工程师李明远看得很仔细。", [("李明远", "工程师")]),
    # A board's members are posts (`韩国某公司常务理事金敏浩说：` named 韩国某).
    ("韩国某公司常务理事金敏浩说，", [("金敏浩", "韩国某公司常务理事")]),
    ("某公司理事金敏浩说，", [("金敏浩", "某公司理事")]),
    ("某公司监事金敏浩说，", [("金敏浩", "某公司监事")]),
    # (Guards: the board itself, and a post on it.)
    ("协会理事会秘书长金敏浩说，", [("金敏浩", "协会理事会秘书长")]),
    ("理事会审议通过了方案。", []),
])
def test_names(text: str, want: list[tuple[str, str]]) -> None:
    assert mentions(text) == want


@pytest.mark.parametrize(("texts", "want"), [
    # The years of senior middle school name no one (`……的高二学生举手提问：` read 高二,
    # titled 学生).
    (["演讲结束后，一位来自滨江一所中学的高三学生举手提问：“机器人会做梦吗？”"],
     [("机器人会做梦吗？", "", "", "一位来自滨江一所中学的高三学生")]),
    (["“机器人会做梦吗？”一位来自滨江一所中学的高二学生问。"],
     [("机器人会做梦吗？", "", "", "一位来自滨江一所中学的高二学生")]),
    # (Guard: a name after the year and its student.)
    (["高一学生邵可馨举手提问：“机器人会做梦吗？”"], [("机器人会做梦吗？", "邵可馨", "高一学生", "")]),
])
def test_school_years(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # The last part of a transcribed name is the one `他叫某·某（Latin），是……` named, with
    # the title that sentence gives (`一位智利客商……。他叫……` then `某某告诉记者：` had no
    # title and half the name).
    (["展台前，一位巴西客商正在洽谈。他叫马科斯·罗沙（Marcos Rocha），是圣保罗一家连锁超市的采购经理。",
      "“这里的冷链方案很实用。”罗沙说。"],
     [("这里的冷链方案很实用。", "马科斯·罗沙", "采购经理", "")]),
    (["“这里的冷链方案很实用。”一位客商笑着说。他叫马科斯·罗沙，是圣保罗一家连锁超市的采购经理。"],
     [("这里的冷链方案很实用。", "马科斯·罗沙", "采购经理", "")]),
    # A word of degree before a manner (`有些不好意思地说` gave no speaker).
    (["“这个词我查了三遍。”志愿者翟若楠有些不好意思地说。"],
     [("这个词我查了三遍。", "翟若楠", "志愿者", "")]),
    (["志愿者翟若楠翻开笔记本。“这个词我查了三遍。”她有点不好意思地说。"],
     [("这个词我查了三遍。", "翟若楠", "志愿者", "")]),
    # (Guards: a manner of four characters with a word of degree, which read before as a
    # manner; 有些 opening a group.)
    (["“这个词我查了三遍。”志愿者翟若楠略带歉意地说。"],
     [("这个词我查了三遍。", "翟若楠", "志愿者", "")]),
    (["“这个词太难了。”有些观众说。"], [("这个词太难了。", "", "", "有些观众")]),
    # 她 after 他 in one paragraph is not the man 他 was: the woman the paragraph names, by
    # a noun marked for sex, though no sentence opens with her (`某·某和妻子某某……。“……”他说。
    # 她……：“……？”` went to a man named two paragraphs before).
    (["工程师任启航介绍了这款机器人。",
      "退休教师邓国华和妻子周玉芬在展台前看了很久。“它能陪人聊天。”他说。她更关心价格：“要多少钱？”"],
     [("它能陪人聊天。", "邓国华", "退休教师", ""), ("要多少钱？", "周玉芬", "妻子", "")]),
    (["退休教师邓国华和女儿邓小雨在展台前看了很久。“它能陪人聊天。”他说。“要多少钱？”她问。"],
     [("它能陪人聊天。", "邓国华", "退休教师", ""), ("要多少钱？", "邓小雨", "女儿", "")]),
    # A question with no attribution after a sentence that tells of questions put by someone
    # described is theirs (`一群来自某地的大学生把讲解员围了起来，问题一个接一个。` | `“……？”`).
    (["展台前，一群来自智利的中学生围住了工程师，问题一个接一个。", "“这台机器人能下围棋吗？”"],
     [("这台机器人能下围棋吗？", "", "", "一群来自智利的中学生")]),
    (["展台前，一位来自成都的观众举手提问。“它能在水下工作多久？”"],
     [("它能在水下工作多久？", "", "", "一位来自成都的观众")]),
    # (Guards: no questions told of; someone pulled aside by the ones who ask.)
    (["展台前，一群来自智利的中学生围住了工程师。", "“这台机器人能下围棋吗？”"],
     [("这台机器人能下围棋吗？", "", "", "")]),
    (["几个孩子拉住了研究员邝文涛。“老师，它会累吗？”"], [("老师，它会累吗？", "", "", "")]),
])
def test_speakers(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # People told before a clause mark are part of the verb, as the reporter is
    # (`他告诉在场的研究生，……。` was no reported speech).
    (["中国科学院院士、某大学教授鞠衡来到会场。他告诉在场的研究生，好问题比好答案更难得。"],
     [("好问题比好答案更难得。", "鞠衡", "中国科学院院士、某大学教授")]),
    (["院士鞠衡告诉孩子们，好问题比好答案更难得。"], [("好问题比好答案更难得。", "鞠衡", "院士")]),
    # (Guard: what one tells people is no one told.)
    (["院士鞠衡告诉大家一个好消息，实验室明年将扩建。"], []),
])
def test_reported(texts: list[str], want: list[tuple[str, str, str]]) -> None:
    assert reported(*texts) == want


@pytest.mark.parametrize(("text", "want"), [
    # A column ends on a quote's closing mark, the next opens with its speaker and 回答
    # (`“……。”` | `讲解员某某笑着回答。她……`): one paragraph.
    ("标题\n\n展台前围满了人，大家\n问个不停，讲解员一一\n作答。\n\n“一共试验了十二次，\n成功了整整十次。”\n\n"
     "讲解员司马悦笑着回答。\n她说，展台很热闹。\n\n下午，展会继续进行，\n观众越来越多了。\n",
     ["展台前围满了人，大家问个不停，讲解员一一作答。",
      "“一共试验了十二次，成功了整整十次。”讲解员司马悦笑着回答。她说，展台很热闹。",
      "下午，展会继续进行，观众越来越多了。"]),
    # ... and a paragraph that is a quote alone, then its speaker and a verb that reports on
    # (`“……。”` | `领头的学生某某说，……`).
    ("标题\n\n展台前围满了人，大家\n问个不停，讲解员一一\n作答。\n\n“明年我们想带着自己\n的卫星来这里参展。”\n\n"
     "领头的学生卢卡斯说，\n学校正在商谈此事。\n\n下午，展会继续进行，\n观众越来越多了。\n",
     ["展台前围满了人，大家问个不停，讲解员一一作答。",
      "“明年我们想带着自己的卫星来这里参展。”领头的学生卢卡斯说，学校正在商谈此事。",
      "下午，展会继续进行，观众越来越多了。"]),
    # (Guard: the last part of a quote over paragraphs is no quote alone.)
    ("标题\n\n院士笑着说：“先把数\n学学好，再保持好奇。\n\n“你们这一代人，一定\n会看到它走进千家。”\n\n"
     "家长瞿海燕说，原以为\n量子离生活很远。\n\n下午，展会继续进行，\n观众越来越多了。\n",
     ["院士笑着说：“先把数学学好，再保持好奇。", "“你们这一代人，一定会看到它走进千家。”",
      "家长瞿海燕说，原以为量子离生活很远。", "下午，展会继续进行，观众越来越多了。"]),
    # An interview's answer that a column ends at a sentence's end, then a block that opens
    # no turn before the next question: the answer goes on.
    ("标题\n\n记者在展台边采访了他\n，问了两个问题。\n\n记者：这是第几次来？\n\n王海峰：第三次。每次\n来变化都很大很大。\n\n"
     "这次最关心交付时间。\n\n记者：会考虑引进吗？\n\n王海峰：正在做评估。\n",
     ["记者在展台边采访了他，问了两个问题。", "记者：这是第几次来？",
      "王海峰：第三次。每次来变化都很大很大。这次最关心交付时间。", "记者：会考虑引进吗？",
      "王海峰：正在做评估。"]),
])
def test_column_breaks(text: str, want: list[str]) -> None:
    assert [p.text for p in normalize(text).paragraphs] == want
