"""Shapes batch 49's hold-outs missed at first contact, each rewritten here with new names and
bodies (tests/fixtures/README.md, batch 49): the answer to a question put by someone described
to the person a sentence names as the one asked, shouts in a row that a crowd's clause after
them gives to the crowd, and someone introduced by `……的是一名……` whom 他/她 after the words
means. Each case is checked the way a curator reads it: the direct quotes with speaker, title
and unnamed speaker; the guards hold what must not change."""

from __future__ import annotations

import pytest

from kiosk.content.normalize import normalize
from tests.content.helpers import direct

Want = list[tuple[str, str, str, str]]

_QUOTES: list[tuple[list[str], Want]] = [
    # A question by someone described, then 他 answering: the one the paragraph named as
    # asked, not the asker.
    (["董事长邝立新介绍了新产线。",
      "散会后，邝立新被几名客户围住问个不停。“这套设备多久能回本？”一位做家具的老板问。"
      "他想了想说：“两年左右。”"],
     [("这套设备多久能回本？", "", "", "一位做家具的老板"),
      ("两年左右。", "邝立新", "董事长", "")]),
    (["展台前，讲解员晁雨桐正在介绍。“它能背多重的东西？”一名中学生问。她指了指机器人的后背："
      "“最多三十公斤。”"],
     [("它能背多重的东西？", "", "", "一名中学生"),
      ("最多三十公斤。", "晁雨桐", "讲解员", "")]),
    # Guards: the asker goes on (接着, 又), or no one was named before the question.
    (["讲解员晁雨桐正在介绍。“它能背多重的东西？”一名中学生问。他接着问：“能爬楼梯吗？”"],
     [("它能背多重的东西？", "", "", "一名中学生"),
      ("能爬楼梯吗？", "", "", "一名中学生")]),
    (["“它能背多重的东西？”一名中学生问。他又说：“我想买一台。”"],
     [("它能背多重的东西？", "", "", "一名中学生"),
      ("我想买一台。", "", "", "一名中学生")]),
    # Shouts in a row, then a crowd's clause of speaking: both are the crowd's.
    (["舞台下，孩子们围成一圈。“再来一个！”“我也要玩！”孩子们你一言我一语。"],
     [("再来一个！", "", "", "孩子们"), ("我也要玩！", "", "", "孩子们")]),
    (["“太好看了！”“再飞一次！”观众们七嘴八舌。"],
     [("太好看了！", "", "", "观众们"), ("再飞一次！", "", "", "观众们")]),
    (["“加油啊！”“冲过去！”看台上的村民齐声喊道。"],
     [("加油啊！", "", "", "看台上的村民"), ("冲过去！", "", "", "看台上的村民")]),
    # Guard: a question and its answer in a row, the answer's speaker alone named after it.
    (["“这是什么机器人？”“这是巡检机器人。”讲解员说。"],
     [("这是什么机器人？", "", "", ""), ("这是巡检机器人。", "", "", "讲解员")]),
    # Someone introduced by `……的是一名……`, then 她 after the words: that one, unnamed,
    # not someone named and titled paragraphs before.
    (["展台负责人、某公司市场总监乔思远说：“欢迎体验。”",
      "不远处，操作无人机的是一名女大学生。“每天要飞二十多场，电池都换不过来。”她笑着说。"],
     [("欢迎体验。", "乔思远", "展台负责人、某公司市场总监", ""),
      ("每天要飞二十多场，电池都换不过来。", "", "", "一名女大学生")]),
    (["工程师乔思远说：“欢迎体验。”",
      "给机器人配音的是一位退休播音员。“我一天要录好几百句。”他说。"],
     [("欢迎体验。", "乔思远", "工程师", ""),
      ("我一天要录好几百句。", "", "", "一位退休播音员")]),
    # (A role after a role is part of the description: `一名大学生志愿者`.)
    (["工程师乔思远说：“欢迎体验。”",
      "给孩子们画糖画的是一名大学生志愿者。“每天要画三四百个。”她笑着说。"],
     [("欢迎体验。", "乔思远", "工程师", ""),
      ("每天要画三四百个。", "", "", "一名大学生志愿者")]),
    # Guard: named after 的是, the name is the speaker.
    (["负责调试的是工程师乔思远。“这台还要再调一调。”他说。"],
     [("这台还要再调一调。", "乔思远", "工程师", "")]),
]


@pytest.mark.parametrize(("texts", "want"), _QUOTES)
def test_attribution_shapes(texts: list[str], want: Want) -> None:
    assert direct(*texts) == want


_BODY = ("展厅里，一台机械臂正在给观众演示穿针。“这个动作比绣花还细。”讲解员邰文静说。\n\n"
         "不少观众拿出手机拍了下来。\n")
_PAGES: list[tuple[str, tuple[str, str, list[str], str]]] = [
    # A dateline and its reporters on a line of their own, the lead after them.
    ("机器人开放日：市民走进实验室\n\n新华社南昌5月9日电（记者 甘立群 实习生 冉小舟）\n\n" + _BODY,
     ("机器人开放日：市民走进实验室", "新华社南昌5月9日电", ["甘立群", "冉小舟"], "展厅里")),
    # A headline longer than a display line with a colon and terms in marks, a site's summary
    # under it, then the dateline on its own line: the summary is the lead.
    ("机器人“开放日”：市民走进实验室看机械臂“绣花”\n\n5月9日，某大学机器人实验室向市民开放，"
     "200多名市民走进实验室参观。\n\n新华社南昌5月9日电（记者 甘立群）\n\n" + _BODY,
     ("机器人“开放日”：市民走进实验室看机械臂“绣花”", "新华社南昌5月9日电", ["甘立群"],
      "5月9日")),
    ("机器人开放日，市民走进实验室\n\n新华社南昌5月9日电（记者 甘立群）\n\n" + _BODY,
     ("机器人开放日，市民走进实验室", "新华社南昌5月9日电", ["甘立群"], "展厅里")),
    # Guard: a first paragraph that is a sentence, then the dateline line: no headline made up.
    ("5月9日，某大学机器人实验室向市民开放，200多名市民走进实验室参观。\n\n"
     "新华社南昌5月9日电（记者 甘立群）\n\n" + _BODY,
     ("", "新华社南昌5月9日电", ["甘立群"], "5月9日")),
]


@pytest.mark.parametrize(("text", "want"), _PAGES)
def test_dateline_line_and_summary(text: str, want: tuple[str, str, list[str], str]) -> None:
    page = normalize(text)
    assert (page.title, page.dateline, page.reporters,
            page.paragraphs[0].text[:len(want[3])]) == want
