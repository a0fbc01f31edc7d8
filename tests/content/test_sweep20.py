"""Shapes of the genre probed with invented sentences in session 20 (each fails before the rule
it tests; the guards hold what must not change): words answered by someone who takes the turn
after them with a colon, a nickname in marks right before a name, a verb of the dictionary
that jieba reads right after a name of two it does not know, the writer's reporter whom one
speaks to, a signature after a dash, a child's pet name after a kin word, and 小 with a
surname."""

from __future__ import annotations

import pytest

from kiosk.content.normalize import normalize
from kiosk.content.quotes import extract_quotes
from tests.content.helpers import direct, mentions, paras

Want = list[tuple[str, str, str, str]]

_QUOTES: list[tuple[list[str], Want]] = [
    # Someone takes the turn after words with words of their own: the first words are not
    # theirs, but the one's whom the sentence before is about.
    (["68岁的退休教师卢秀芬拿着说明书看了很久。“它能陪我下象棋吗？”她的儿子在一旁接话："
      "“妈，它还会提醒你量血压。”"],
     [("它能陪我下象棋吗？", "卢秀芬", "退休教师", ""),
      ("妈，它还会提醒你量血压。", "", "", "她的儿子")]),
    (["展台前挤满了人。“这台扫地机多少钱？”销售经理祁海川回答：“两千九。”"],
     [("这台扫地机多少钱？", "", "", ""), ("两千九。", "祁海川", "销售经理", "")]),
    # ... nor, opening a paragraph, the words of the one quoted at the end of the one before.
    (["工程师祁海川说：“欢迎试用。”", "“续航能有多久？”祁海川回答：“八个小时。”"],
     [("欢迎试用。", "祁海川", "工程师", ""), ("续航能有多久？", "", "", ""),
      ("八个小时。", "祁海川", "工程师", "")]),
    # ... and those who asked, told of before, put the question (not the one who answers).
    (["工程师祁海川说：“欢迎试用。”",
      "一群中学生围着祁海川，问题一个接一个。“它会自己充电吗？”祁海川回答：“会。”"],
     [("欢迎试用。", "祁海川", "工程师", ""), ("它会自己充电吗？", "", "", "一群中学生"),
      ("会。", "祁海川", "工程师", "")]),
    # Guards: a colon before the first words says whose they are; one who goes on (接着) is no
    # one else.
    (["8岁的宁小禾转身问讲解员：“它为什么不会摔倒？”讲解员米思彤笑着回答：“因为它会调整重心。”"],
     [("它为什么不会摔倒？", "宁小禾", "", ""), ("因为它会调整重心。", "米思彤", "讲解员", "")]),
    (["“这是第一代产品。”工程师祁海川接着说：“第二代更轻。”"],
     [("这是第一代产品。", "祁海川", "工程师", ""), ("第二代更轻。", "祁海川", "工程师", "")]),
    # A nickname in marks right before a name: no part of the name nor of the title.
    (["“我们一定能赢！”“小鹿”陆思源对着镜头喊。"],
     [("我们一定能赢！", "陆思源", "", "")]),
    (["讲解员、“科普达人”龚晓燕说：“欢迎大家来玩。”"],
     [("欢迎大家来玩。", "龚晓燕", "讲解员", "")]),
    # Guards: a term in marks before a role is part of the title; with no name, described.
    (["“欢迎大家来玩。”“90后”创业者龚晓燕说。"],
     [("欢迎大家来玩。", "龚晓燕", "“90后”创业者", "")]),
    (["“欢迎大家来玩。”“智慧农场”项目负责人说。"],
     [("欢迎大家来玩。", "", "", "“智慧农场”项目负责人")]),
    # A verb of the dictionary right after a name of two jieba does not know, held while
    # speaking: the name is the two.
    (["“这面旗我们扛了三年。”队员邝明挥舞着队旗说。"],
     [("这面旗我们扛了三年。", "邝明", "队员", "")]),
    (["队员邝明挥舞着队旗对记者说：“这面旗我们扛了三年。”"],
     [("这面旗我们扛了三年。", "邝明", "队员", "")]),
    # The writer's own reporter, whom someone speaks to, is no other outlet's reporter
    # speaking (before: a name 电话采 titled `某某接受本报记者`).
    (["“订单已经排到了明年。”总经理柏知远接受本报记者电话采访时说。"],
     [("订单已经排到了明年。", "柏知远", "总经理", "")]),
    (["柏知远在接受本报记者电话采访时说：“订单已经排到了明年。”"],
     [("订单已经排到了明年。", "柏知远", "", "")]),
    # Guard: another outlet's reporter heard on camera speaks.
    (["江苏台记者柏知远在报道中说：“现场人气很旺。”"],
     [("现场人气很旺。", "柏知远", "江苏台记者", "")]),
    # A signature after a dash: the dash is no part of the title.
    (["“机器人不会取代人，会取代不用机器人的人。”——中国工程院院士柏知远"],
     [("机器人不会取代人，会取代不用机器人的人。", "柏知远", "中国工程院院士", "")]),
    # A child called by one character twice after a kin word is named so, and 他/她 or the
    # words after the sentence are theirs; a doubled adverb or time names no one.
    (["“孩子特别喜欢。”市民刘女士说。她的女儿朵朵在一旁点头：“我也想要一只！”"],
     [("孩子特别喜欢。", "刘女士", "市民", ""), ("我也想要一只！", "朵朵", "女儿", "")]),
    (["“孩子特别喜欢。”市民刘女士说。她的女儿朵朵在一旁拍手。“我也想要一只！”"],
     [("孩子特别喜欢。", "刘女士", "市民", ""), ("我也想要一只！", "朵朵", "女儿", "")]),
    (["“孩子特别喜欢。”市民刘女士说。她的女儿常常在一旁拍手。“我也想要一只！”"],
     [("孩子特别喜欢。", "刘女士", "市民", ""), ("我也想要一只！", "刘女士", "市民", "")]),
    # Telling a named outlet's reporter (up to twelve characters, a · inside).
    (["“这只是开始。”公司首席执行官Peter Lin告诉中国青年报·中青网记者。"],
     [("这只是开始。", "Peter Lin", "公司首席执行官", "")]),
    # Words cited as someone's with 所言, as with 所说.
    (["正如中国工程院院士邬振华所言，“技术的价值在于应用”。"],
     [("技术的价值在于应用", "邬振华", "中国工程院院士", "")]),
    # All that a verb of speech says, in marks, the sentence ending with them: words, however
    # short (before: a term, and no quote at all).
    (["某大学教授符海明认为，“关键在于数据”。"],
     [("关键在于数据", "符海明", "某大学教授", "")]),
    # An engineer called by surname and 工 (总工 for a chief engineer).
    (["工程师樊立德说：“先试三个月。”", "“还要再改进。”樊工补充道。"],
     [("先试三个月。", "樊立德", "工程师", ""), ("还要再改进。", "樊立德", "工程师", "")]),
    (["总工程师樊立德说：“先试三个月。”", "樊总工说：“还要再改进。”"],
     [("先试三个月。", "樊立德", "总工程师", ""), ("还要再改进。", "樊立德", "总工程师", "")]),
    # 小 and a surname calls a younger colleague, an apprentice or a child, after a role
    # (the title) or alone before the verb, unless the two make an everyday word.
    (["维修工刘师傅带着徒弟小周检修机器人。小周问：“师傅，这个零件要换吗？”"],
     [("师傅，这个零件要换吗？", "小周", "徒弟", "")]),
    (["“电压正常。”小张笑着说。"], [("电压正常。", "小张", "", "")]),
    (["“电压正常。”小时说。"], [("电压正常。", "", "", "")]),
    # A verb of speech that is what one faces or answers opens no attribution: the clause
    # after the comma names who speaks (before: no speaker).
    (["“我们的技术路线没有问题。”面对质疑，创始人雷鸣向记者强调。"],
     [("我们的技术路线没有问题。", "雷鸣", "创始人", "")]),
    (["“我们的技术路线没有问题。”针对提问，创始人丁海川回答。"],
     [("我们的技术路线没有问题。", "丁海川", "创始人", "")]),
    (["“这组数据有问题。”学术同行质疑。"], [("这组数据有问题。", "", "", "学术同行")]),
    # A role inside where someone speaks is no title of a name after it (before: a name
    # 交流会 titled `某某在投资者`).
    (["“订单主要来自海外。”公司董事长于晓梅在投资者交流会上回答提问时说。"],
     [("订单主要来自海外。", "于晓梅", "公司董事长", "")]),
    (["“好用。”正在实验室工作的研究员于晓梅说。"], [("好用。", "于晓梅", "研究员", "")]),
    # A shout, then a crowd opening the sentence after it (after where they are), doing
    # something: the crowd's (before: no speaker; `孩子们围了上来` was a guard of that).
    (["“合作是出路。”某大学教授张大成说。", "展区里，“机器狗会跳舞！”孩子们围了上来。"],
     [("合作是出路。", "张大成", "某大学教授", ""), ("机器狗会跳舞！", "", "", "孩子们")]),
    (["“加油！加油！”看台上，300多名学生挥舞着自制的标语。"],
     [("加油！加油！", "", "", "300多名学生")]),
    # Guards: a crowd's applause (的), no crowd, a setting that is no place.
    (["“太棒了！”观众们的掌声经久不息。"], [("太棒了！", "", "", "")]),
    (["“开始！”随着一声哨响，比赛开始。"], [("开始！", "", "", "")]),
    (["“走九曲，纳百福！”伴着锣鼓声，游客们紧随队伍前行。"], [("走九曲，纳百福！", "", "", "")]),
    # Whose the words are said to be right after them (`说这话的，是……`), and the one who
    # opens the clause said while speaking (`说话间，`): before, no speaker.
    (["“这台机器我修了二十年。”说这话的，是一位头发花白的老人。他叫仲德厚，是厂里的退休钳工。"],
     [("这台机器我修了二十年。", "仲德厚", "", "")]),
    (["“这台机器我修了二十年。”说这番话的是退休钳工仲德厚。"],
     [("这台机器我修了二十年。", "仲德厚", "退休钳工", "")]),
    (["“这台机器我修了二十年。”说话间，老人摸了摸机床的外壳。"],
     [("这台机器我修了二十年。", "", "", "老人")]),
    # Guard: whoever opens the clause after the words ended answers them.
    (["“谁来试试？”话音刚落，一名小学生就举起了手。"], [("谁来试试？", "", "", "")]),
    # Words in Latin letters end a sentence with ! or ? too (before: no quote at all).
    (["“Amazing!”一位美国游客竖起大拇指。"], [("Amazing!", "", "", "一位美国游客")]),
    # An interpreter is a role: named (`翻译某某`) or described (`一旁的翻译`); what one
    # speaks through titles no one (`借助翻译软件`: before, a name 软件).
    (["韩国客商金敏俊说：“明年我还要来。”翻译王丽笑着说：“他每年都来。”"],
     [("明年我还要来。", "金敏俊", "韩国客商", ""), ("他每年都来。", "王丽", "翻译", "")]),
    (["“明年我还要来。”韩国客商金敏俊借助翻译软件对记者说。"],
     [("明年我还要来。", "金敏俊", "韩国客商", "")]),
    # Words ending a paragraph after a sentence opened by 他/她 are the one it means, and a
    # title the sentence after gives one named without one is theirs (batch 52).
    (["75岁的甘大爷是夜市的老熟客。他背着手站了好一会儿，最后走向糖水铺。“还是糖水好喝。”"],
     [("还是糖水好喝。", "甘大爷", "", "")]),
    (["“这是我这几天最开心的一句话。”贝思琪说。她是某外国语学院大三学生，也是志愿翻译之一。"],
     [("这是我这几天最开心的一句话。", "贝思琪", "某外国语学院大三学生", "")]),
    # Guards: a plural pronoun means no one; a sentence after with no post or role.
    (["他们站了好一会儿。“还是糖水好喝。”"], [("还是糖水好喝。", "", "", "")]),
    (["“好。”贝思琪说。她是第一次来。"], [("好。", "贝思琪", "", "")]),
    # Guards: a name of three; a name of three with a verb of one and 着.
    (["“这面旗我们扛了三年。”队员邝明远说。"],
     [("这面旗我们扛了三年。", "邝明远", "队员", "")]),
    (["“这面旗我们扛了三年。”队员邝明远举着队旗说。"],
     [("这面旗我们扛了三年。", "邝明远", "队员", "")]),
]


# Where, opening with a year's digits, between the name and the verb of reported speech.
_REPORTED: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("副市长闵立远在2026世界人工智能大会开幕式上致辞时表示，本市将持续加大投入。",
     [("本市将持续加大投入。", "闵立远", "副市长")]),
    ("韩国客商金敏俊说，明年还要来。一旁的翻译补充说，他已经连续五年参展。",
     [("明年还要来。", "金敏俊", "韩国客商"), ("他已经连续五年参展。", "", "")]),
    # Guard: a term in marks opening reported speech stays in it.
    ("教授符海明表示，“十四五”时期是关键期。",
     [("“十四五”时期是关键期。", "符海明", "教授")]),
]


@pytest.mark.parametrize(("texts", "want"), _QUOTES)
def test_attribution_shapes(texts: list[str], want: Want) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "want"), _REPORTED)
def test_reported_speech(text: str, want: list[tuple[str, str, str]]) -> None:
    assert [(q.text, q.speaker, q.speaker_title) for q in extract_quotes(paras(text))
            if q.kind == "indirect"] == want


# Batch 52's first contact (tests/fixtures/README.md): who something is by or from opens no
# title (`编程课由教练组组长某某主讲`, `这层膜出自……博士后`); not 自由 of a body's name.
_TITLES: list[tuple[str, list[tuple[str, str]]]] = [
    ("下午的实验课由教研组组长钭海宁主讲。", [("钭海宁", "教研组组长")]),
    ("这种涂层出自材料学院副教授晏可心所在的团队。", [("晏可心", "材料学院副教授")]),
    ("自由贸易试验区管委会主任王明远说", [("王明远", "自由贸易试验区管委会主任")]),
]


@pytest.mark.parametrize(("text", "want"), _TITLES)
def test_titles(text: str, want: list[tuple[str, str]]) -> None:
    assert mentions(text) == want


def test_a_television_stations_dateline() -> None:
    """`某某卫视客户端消息（记者 某某）`: a television station's app opens the lead as an
    agency does (before: no dateline, and the headline with a colon read as a paragraph)."""
    page = normalize("夏令营里的“小工程师”：200名孩子亲手造出巡线小车\n\n"
                     "青澜卫视客户端消息（记者 鄞晓舟）7月22日，夏令营开营。\n")
    assert (page.title, page.dateline, page.reporters) == (
        "夏令营里的“小工程师”：200名孩子亲手造出巡线小车", "青澜卫视客户端消息", ["鄞晓舟"])
