"""Forms of round 19a's hold-outs (national wires on international events: a world AI
conference's foreign exhibitors, a services fair's interpreters, an airshow's foreign
delegates, a forum of laureates, a correspondent at a fair abroad; invented sentences, names
and bodies made up): each failed before the rule it tests, unless marked as a guard."""

import pytest

from tests.content.helpers import direct, mentions


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
