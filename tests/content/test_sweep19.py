"""Attribution shapes of real reports read in session 19 (robot shows, science forums, opening
ceremonies, a temple fair of technology), each an invented paraphrase with new names, bodies
and places, answered as the fixtures answer (tests/fixtures/README.md, Conventions)."""

from __future__ import annotations

import pytest

from kiosk.content.quotes import extract_quotes
from tests.content.helpers import direct, mentions, paras

Want = list[tuple[str, str, str, str]]

_DIRECT: list[tuple[list[str], Want]] = [
    # Urging is speaking: the waiting crowd urges the staff.
    (["“到底几点开场呀？”排队等候表演的观众一遍遍催促工作人员。"],
     [("到底几点开场呀？", "", "", "排队等候表演的观众")]),
    (["领队老师不停地催问：“人都到齐了吗？”"],
     [("人都到齐了吗？", "", "", "领队老师")]),
    # A name of two set out to the width of three (a space, half or full width, between the
    # surname and the given name), as papers print it, after a post.
    (["某市科协副主席闵 涛说：“今年是庙会办的第二年。”"],
     [("今年是庙会办的第二年。", "闵涛", "某市科协副主席", "")]),
    (["“今年是庙会办的第二年。”某市科协副主席闵\u3000涛在开幕式上说。"],
     [("今年是庙会办的第二年。", "闵涛", "某市科协副主席", "")]),
    # A turn of the talk (话锋一转) is what the speaker does, between the parts of a quote
    # or before a colon; the name ends where jieba's word ends (`李明|话锋一转`).
    (["某公司总经理柴晓峰说，今年形势不错。“订单翻了一番。”柴晓峰话锋一转，“但利润在变薄。”"],
     [("订单翻了一番。", "柴晓峰", "某公司总经理", ""), ("但利润在变薄。", "柴晓峰", "某公司总经理", "")]),
    (["“订单翻了一番。”李明话锋一转，“但利润在变薄。”"],
     [("订单翻了一番。", "", "", ""), ("但利润在变薄。", "李明", "", "")]),
    (["李明话锋一转：“但利润在变薄。”"], [("但利润在变薄。", "李明", "", "")]),
    # A verb of one character that is also a surname (戴), then a noun of the dictionary, is
    # what is done, not a name after the role before it.
    (["“这个手环摔倒了还会报警。”社区工作人员一边帮老人戴手环一边介绍。"],
     [("这个手环摔倒了还会报警。", "", "", "社区工作人员")]),
    (["“这个手环摔倒了还会报警。”社区工作人员戴明远一边帮老人系表带一边介绍。"],
     [("这个手环摔倒了还会报警。", "戴明远", "社区工作人员", "")]),
    # A role pointed back to that the one named last does not hold, counted and described
    # before (`一位法国来宾`): the one described, as written; with no one before, no one.
    (["产品经理蒯丽莎演示了实时翻译。她对着一位法国来宾说了一句中文。“太神奇了！”这位来宾忍不住赞叹。"],
     [("太神奇了！", "", "", "这位来宾")]),
    (["“太神奇了！”这位来宾忍不住赞叹。"], [("太神奇了！", "", "", "")]),
    (["参展商蒯丽莎说，订单不错。“太神奇了！”这位参展商说。"],
     [("太神奇了！", "蒯丽莎", "参展商", "")]),
    # Whoever opens the sentence after a quote is read in that sentence only: the next one
    # may name someone else (`他激动得眼眶泛红。某某的父亲……`).
    (["打进制胜球的是23岁的前锋祝子昂。“球到脚下那一刻，我什么都没想！”他激动得眼眶泛红。"
      "祝子昂的父亲祝建民专程从老家赶来。"],
     [("球到脚下那一刻，我什么都没想！", "祝子昂", "前锋", "")]),
    # A name's last character that jieba glued to a verb before 着 (`符德|胜举|着`, 胜举 a rare
    # word).
    (["“三十年了！”64岁的老球迷符德胜举着一面队旗，声音有些哽咽。"],
     [("三十年了！", "符德胜", "老球迷", "")]),
    # A reporter's question, then words in marks with their own speaker: the question is not
    # theirs.
    (["工程师卢海峰陪同参观。“价格会降吗？”本报记者问。“会的。”工程师卢海峰回答。"],
     [("价格会降吗？", "", "", ""), ("会的。", "卢海峰", "工程师", "")]),
    # 私下 is how one tells, not a name.
    (["“今年不涨价。”一位不愿透露姓名的工作人员私下告诉记者。"],
     [("今年不涨价。", "", "", "一位不愿透露姓名的工作人员")]),
    # A name jieba cut short (`杜海|明天`) is the one read in full in another paragraph, when
    # its own paragraph writes it only with that character after it; two people whose names
    # share a start stay two.
    (["“这次要待五个月。”科考队员杜海明天一早就要出发，他笑着说。", "队长杜海明已经第三次去南极。"],
     [("这次要待五个月。", "杜海明", "科考队员", "")]),
    (["“先试一下。”工程师李明说。", "研究员李明远说：“我同意。”"],
     [("先试一下。", "李明", "工程师", ""), ("我同意。", "李明远", "研究员", "")]),
    # A laureate (得主) is a role: the name after it is the person's own.
    (["论坛主席、2009年诺贝尔物理学奖得主亨利·沃尔夫出席开幕式。“科学没有国界。”他说。"],
     [("科学没有国界。", "亨利·沃尔夫", "论坛主席、2009年诺贝尔物理学奖得主", "")]),
]

# Reported speech after a colon with no mark after it, as web reports write it.
_REPORTED: list[tuple[list[str], list[tuple[str, str, str]]]] = [
    (["某省科协主席邹立平出席开幕式。他表示：论坛已连续举办五届，影响力一年比一年大。"],
     [("论坛已连续举办五届，影响力一年比一年大。", "邹立平", "某省科协主席")]),
    (["工程师费晓东介绍：这台设备能爬楼梯，还能自己回去充电。"],
     [("这台设备能爬楼梯，还能自己回去充电。", "费晓东", "工程师")]),
]

_MENTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    ("图灵奖得主约翰·霍普说", [("约翰·霍普", "图灵奖得主")]),
    ("诺贝尔奖得主李明远说", [("李明远", "诺贝尔奖得主")]),
    ("他赢得主动权", []),
    # What is done and how many times, after a role, is no name (jieba makes up 连翻).
    ("一台半人高的人形机器人连翻两个跟头，引得围观群众阵阵喝彩。", []),
    ("工程师连伟两次获奖", [("连伟", "工程师")]),
    # A name the dictionary holds as a rare place's, after a listed role, before a verb; not a
    # common place (`工程师常州出差`).
    ("巴西客商罗沙走进展馆。", [("罗沙", "巴西客商")]),
    ("工程师常州出差", []),
    # A name's last character that jieba glued to 都 or 也 before a verb (`鲁晓|燕都|来了`).
    ("工程师卢海峰和设计师鲁晓燕都来了。", [("卢海峰", "工程师"), ("鲁晓燕", "设计师")]),
    ("设计师王晓都来了", [("王晓", "设计师")]),
]


@pytest.mark.parametrize(("texts", "want"), _DIRECT)
def test_direct_quotes(texts: list[str], want: Want) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), _REPORTED)
def test_reported_after_a_colon(texts: list[str], want: list[tuple[str, str, str]]) -> None:
    got = [(q.text, q.speaker, q.speaker_title) for q in extract_quotes(paras(*texts))
           if q.kind == "indirect"]
    assert got == want


def test_a_colon_before_marks_is_still_a_direct_quote() -> None:
    quotes = extract_quotes(paras("工程师费晓东介绍：“这台设备能爬楼梯。”"))
    assert [(q.kind, q.text, q.speaker) for q in quotes] \
        == [("direct", "这台设备能爬楼梯。", "费晓东")]


@pytest.mark.parametrize(("text", "want"), _MENTIONS)
def test_names_after_roles(text: str, want: list[tuple[str, str]]) -> None:
    assert mentions(text) == want
