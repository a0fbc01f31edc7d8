"""Shapes batch 46's hold-outs missed at first contact, each rewritten here with new names and
bodies (tests/fixtures/README.md, batch 46): whose words a heard or sounding noun names, a
name jieba glues to the verb after it, a surname that is also a preposition before a rare given
name, what a speaker takes off or bends to do before speaking, and a firm's role before the
body whose post a person holds. Each case is checked the way a curator reads it: the direct
quotes with speaker, title and unnamed speaker; and the negative cases hold what must not
change."""

from __future__ import annotations

import pytest

from tests.content.helpers import direct, mentions

Want = list[tuple[str, str, str, str]]

_QUOTES: list[tuple[list[str], Want]] = [
    # Whose words a noun after 的 says they were, opening the next sentence.
    (["展厅一角，一台导览机器人正在给孩子们讲故事。“小朋友们，看完记得洗手哦。”听到机器人的"
      "叮嘱，几个孩子咯咯直笑。"],
     [("小朋友们，看完记得洗手哦。", "", "", "机器人")]),
    (["“加油！冲啊！”傍晚六点，随着看台上球迷的一阵阵欢呼，比赛进入加时。"],
     [("加油！冲啊！", "", "", "看台上球迷")]),
    (["讲解员郦晓雯站在模型旁。", "“这颗卫星只有鞋盒大小。”听了她的介绍，观众纷纷举起手机。"],
     [("这颗卫星只有鞋盒大小。", "郦晓雯", "讲解员", "")]),
    # A surname that is a preposition, before a given name the dictionary holds as a rare
    # adjective, after a post; then the bare name is the same person.
    (["研究所所长向清远陪同参观。", "向清远笑着说：“欢迎常来。”"],
     [("欢迎常来。", "向清远", "研究所所长", "")]),
    # A name whose last character jieba glued to the verb and direction after it (文摘|下).
    (["“那一刻我什么都没想。”冠军队队长、某大学大四学生闫博文摘下头盔说。"],
     [("那一刻我什么都没想。", "闫博文", "冠军队队长、某大学大四学生", "")]),
    # Bending or turning to whom one speaks, between the speaker and the verb.
    (["“别怕，它很温顺。”一旁的饲养员蹲下身子说。"],
     [("别怕，它很温顺。", "", "", "一旁的饲养员")]),
    (["“这一步最难。”工程师濮建新转过身解释。"],
     [("这一步最难。", "濮建新", "工程师", "")]),
    # Whom a completed action was done to, in the sentence before a question put to them, is
    # not who asks (laid out in columns, the asker's sentence may fall into the next one).
    (["研究员鲍立新陪同参观。", "活动结束时，几个孩子拉住了鲍立新。“老师，火箭为什么要分好几级？”"],
     [("老师，火箭为什么要分好几级？", "", "", "")]),
    (["研究员鲍立新陪同参观。", "活动结束时，研究员鲍立新走到孩子们中间。“大家有什么想问的？”"],
     [("大家有什么想问的？", "鲍立新", "研究员", "")]),
    # A surname with a form of address after an age, then 他说 after what he did.
    (["厂长李卫东说，新产线已经投产。",
      "76岁的储大妈在女儿的陪同下试了试按摩椅。“坐着真舒服。”她说。"],
     [("坐着真舒服。", "储大妈", "", "")]),
]

_MENTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    ("院士向明远说：", [("向明远", "院士")]),
    ("主任向大家介绍新产品。", []),  # 大家: whom to, no name
    ("工程师向年轻人传授经验。", []),
    ("学生王文摘下眼镜说", [("王文", "学生")]),  # 王|文摘|下
    ("教授李博文拿起话筒说", [("李博文", "教授")]),
    ("工程师李明说，这很好。", [("李明", "工程师")]),  # 李|明说|，
    ("工程师王小明说，", [("王小明", "工程师")]),
    # A firm's role before the body: the body's post is the title.
    ("这台设备的研发商、某智能科技有限公司产品经理仝晓峰告诉记者", [("仝晓峰", "某智能科技有限公司产品经理")]),
    # Two roles of a person, no body after: both stay.
    ("供应商、经销商代表李明说", [("李明", "供应商、经销商代表")]),
    ("储存设备的工程师说", []),
]

_NO_SPEAKER = [
    # A heard noun not of words (the sound of a machine) names no speaker of the quote.
    "“开始！”随着一声哨响，比赛开始。",
    # 随着 the noun of words, but no sentence mark ends the quoted span: a term.
    "“智慧养老”随着老人的需求而来，已经成为热词。",
]


@pytest.mark.parametrize(("texts", "want"), _QUOTES)
def test_attribution_shapes(texts: list[str], want: Want) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "want"), _MENTIONS)
def test_names_and_titles(text: str, want: list[tuple[str, str]]) -> None:
    assert mentions(text) == want


@pytest.mark.parametrize("text", _NO_SPEAKER)
def test_no_speaker_is_made_up(text: str) -> None:
    assert all(not speaker and not unnamed for _, speaker, _, unnamed in direct(text))
