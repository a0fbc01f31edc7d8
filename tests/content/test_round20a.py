"""Forms of round 20a's hold-outs (the business and financial press on technology: a listed
company's shareholders' meeting, an earnings call, a venture-capital forum, a car maker's
launch with analysts, a bank's forum in Hong Kong; invented sentences, names and bodies made
up): each failed before the rule it tests, unless marked as a guard."""

import pytest

from kiosk.content.normalize import normalize
from kiosk.content.quotes import extract_quotes
from tests.content.helpers import direct, mentions, paras
from tests.content.test_relayout import relayout


@pytest.mark.parametrize(("texts", "want"), [
    # 董秘 (a listed company's board secretary, as the business press shortens 董事会秘书) and
    # 创办人 (a founder, as Hong Kong writes it) are posts.
    (["“产能会翻一番。”公司董秘柴文静说。"], [("产能会翻一番。", "柴文静", "公司董秘", "")]),
    (["对此，董秘柴文静回应称，新工厂明年投产。“产能会翻一番。”柴文静说。"],
     [("产能会翻一番。", "柴文静", "董秘", "")]),
    (["基金联席创办人Natalie Yip则把目光投向更早期的企业。她坦言：“我们可以做更多。”"],
     [("我们可以做更多。", "Natalie Yip", "基金联席创办人", "")]),
    # A compound surname the dictionary reads as a verb (鲜于) opens a name all the same.
    (["该行首席经济学家鲜于静发布了一份报告。“风险在上升。”鲜于静说。"],
     [("风险在上升。", "鲜于静", "该行首席经济学家", "")]),
    (["“风险在上升。”董事长鲜于明远说。"], [("风险在上升。", "鲜于明远", "董事长", "")]),
    # Initials with their full stops before a surname are a name in Latin letters.
    (["大学客座教授K.W. Leung提醒：“风险要定价。”"],
     [("风险要定价。", "K.W. Leung", "大学客座教授", "")]),
    (["“风险要定价。”基金经理J. Tan说。"], [("风险要定价。", "J. Tan", "基金经理", "")]),
    # (Guards: abbreviations are no names; 鲜 and 于 apart from a name.)
    (["“风险要定价。”公司CEO说。"], [("风险要定价。", "", "", "公司CEO")]),
    (["“味道很新鲜。”顾客于明说。"], [("味道很新鲜。", "于明", "顾客", "")]),
])
def test_posts_and_names(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "want"), [
    ("董事长鲜于明远发布了报告。", [("鲜于明远", "董事长")]),
    # (Guard: 新鲜 and 于是 hold no name.)
    ("董事长说，水果新鲜于是卖得好。", []),
])
def test_mentions(text: str, want: list[tuple[str, str]]) -> None:
    assert mentions(text) == want


@pytest.mark.parametrize(("texts", "want"), [
    # A post in Latin letters, a space, then a name in Latin letters: the post is that
    # name's, not a post after the brand before it (`芯擎|CTO` read as a name and post).
    (["对于良率问题，芯擎CTO David Lin（林大卫）没有回避。“良率还要爬坡。”"],
     [("良率还要爬坡。", "David Lin", "芯擎CTO", "")]),
    # (Guards: before a speech verb, read already; no space; a Han name after a Latin post.)
    (["“良率还要爬坡。”海辰科技CEO Grace Ho说。"], [("良率还要爬坡。", "Grace Ho", "海辰科技CEO", "")]),
    (["“良率还要爬坡。”芯擎CTODavid Lin说。"], [("良率还要爬坡。", "David Lin", "芯擎CTO", "")]),
    (["对于良率问题，芯擎CTO林大卫没有回避。“良率还要爬坡。”"],
     [("良率还要爬坡。", "林大卫", "芯擎CTO", "")]),
])
def test_latin_post_then_latin_name(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


def _reported(*texts: str) -> list[tuple[str, str, str]]:
    return [(q.text, q.speaker, q.speaker_title)
            for q in extract_quotes(paras(*texts)) if q.kind == "indirect"]


@pytest.mark.parametrize(("texts", "want"), [
    # When, before whom it names, is no part of the speaker: `随后他补充，`.
    (["副总裁宗立新说：“好。”随后他补充，首批样机只有二十台。"],
     [("首批样机只有二十台。", "宗立新", "副总裁")]),
    (["“下个月。”副总裁宗立新的回答很简短。会后她表示，首批样机只有二十台。"],
     [("首批样机只有二十台。", "宗立新", "副总裁")]),
    (["副总裁宗立新出席了发布会。随后宗立新介绍，首批样机只有二十台。"],
     [("首批样机只有二十台。", "宗立新", "副总裁")]),
    # (Guard: the adverb after the pronoun.)
    (["副总裁宗立新说：“好。”他随后补充，首批样机只有二十台。"],
     [("首批样机只有二十台。", "宗立新", "副总裁")]),
])
def test_when_before_whom(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert _reported(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # A product's name in marks holding a decimal point is a term, not words: reported
    # speech that opens with it holds it, and no direct quote is made of it.
    (["董事长谯立新说：“好。”他透露，“领航4.0”已在全国32个城市开通，里程超过5亿公里。"],
     [("好。", "谯立新", "董事长", "")]),
    (["董事长谯立新说，“天穹2.5”已在全国32个城市开通，用户超过百万。"], []),
    # (Guard: a full stop in half-width type ends words in marks.)
    (["董事长谯立新说：“Go.”"], [("Go.", "谯立新", "董事长", "")]),
])
def test_decimal_point(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # Someone placed by a person known (`坐在甲身旁的`), between the parts of a split
    # quote, speaks both, not that person.
    (["基金合伙人宁晓岚说：“好。”", "“估值太高了。”坐在宁晓岚身旁的投资人邵东明接过话头，“不过这是常态。”"],
     [("好。", "宁晓岚", "基金合伙人", ""), ("估值太高了。", "邵东明", "投资人", ""),
      ("不过这是常态。", "邵东明", "投资人", "")]),
    # (Guards: the person placed by unknown, read already; the person known goes on after
    # what is theirs; after a time.)
    (["“估值太高了。”坐在宁晓岚身边的投资人邵东明接过话头，“不过这是常态。”"],
     [("估值太高了。", "邵东明", "投资人", ""), ("不过这是常态。", "邵东明", "投资人", "")]),
    (["基金合伙人宁晓岚说：“好。”", "“估值太高了。”宁晓岚的手机响了，她看了一眼，“不过这是常态。”"],
     [("好。", "宁晓岚", "基金合伙人", ""), ("估值太高了。", "宁晓岚", "基金合伙人", ""),
      ("不过这是常态。", "宁晓岚", "基金合伙人", "")]),
    (["基金合伙人宁晓岚说：“好。”", "“估值太高了。”回忆起当晚，宁晓岚仍心有余悸，“不过这是常态。”"],
     [("好。", "宁晓岚", "基金合伙人", ""), ("估值太高了。", "宁晓岚", "基金合伙人", ""),
      ("不过这是常态。", "宁晓岚", "基金合伙人", "")]),
])
def test_placed_by_someone_known(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # Someone described by a role who turns to a person with 向 speaks; the person after the
    # preposition, titled from after it, is whom they turn to (`向|远航` read as a name).
    (["圆桌环节，主持人向远航科技创始人、CEO冯晓川抛出一个问题：“明年怎么办？”",
      "“先活下来。”这位35岁的创业者回答得很干脆。"],
     [("明年怎么办？", "", "", "主持人"), ("先活下来。", "冯晓川", "远航科技创始人、CEO", "")]),
    (["一位投资者向董事长王明提问：“分红会增加吗？”"], [("分红会增加吗？", "", "", "一位投资者")]),
    # (Guards: a name opening with 向 after a role; the one named speaks to the reporter.)
    (["“分红会增加。”技术员向明远介绍。"], [("分红会增加。", "向明远", "技术员", "")]),
    (["技术员向明远拿起样品：“这是新品。”"], [("这是新品。", "向明远", "技术员", "")]),
    (["董事长王明向记者介绍：“分红会增加。”"], [("分红会增加。", "王明", "董事长", "")]),
])
def test_turning_to_someone(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "want"), [
    ("主持人向远航科技创始人冯晓川提问", [("冯晓川", "远航科技创始人")]),
    # (Guards: 向 a surname before a verb, a joiner or a list.)
    ("主任向明远陪同院士李四参观。", [("向明远", "主任"), ("李四", "院士")]),
    ("主任向明远和院士李四参观。", [("向明远", "主任"), ("李四", "院士")]),
    ("实验室主任向明远、副主任江慧敏陪同参观", [("向明远", "实验室主任"), ("江慧敏", "实验室副主任")]),
])
def test_turning_to_someone_mentions(text: str, want: list[tuple[str, str]]) -> None:
    assert mentions(text) == want


@pytest.mark.parametrize(("texts", "want"), [
    # Someone counted and described after where they are (`台下一位……`) opens the sentence
    # after the words, doing something else than speaking: theirs, unnamed.
    (["会长郭立平说：“好。”", "“审批太慢了。”台下一位来自东莞的企业财务总监提出了困扰。"],
     [("好。", "郭立平", "会长", ""), ("审批太慢了。", "", "", "一位来自东莞的企业财务总监")]),
    # ... or, as another of those who spoke before (a shareholder), opens the sentence before
    # words that end the paragraph: theirs.
    (["一位股东问：“今年分红会增加吗？”", "另一位持股多年的股东更关心研发。“研发什么时候见效？”"],
     [("今年分红会增加吗？", "", "", "一位股东"),
      ("研发什么时候见效？", "", "", "另一位持股多年的股东")]),
    (["董事长邹平说：“好。”", "另一位持股多年的股东举起了手。“今年分红会增加吗？”"],
     [("好。", "邹平", "董事长", ""), ("今年分红会增加吗？", "", "", "另一位持股多年的股东")]),
    # 股东 is a role.
    (["“今年分红会增加吗？”股东李明问。"], [("今年分红会增加吗？", "李明", "股东", "")]),
    # (Guards: anyone counted bringing themselves in gives the words no speaker, as before;
    # a shareholder counted and asking; someone known opening the sentence before.)
    (["董事长邹平说：“好。”", "一位持股多年的股东举起了手。“今年分红会增加吗？”"],
     [("好。", "邹平", "董事长", ""), ("今年分红会增加吗？", "", "", "")]),
    (["“今年分红会增加吗？”一位股东问。"], [("今年分红会增加吗？", "", "", "一位股东")]),
    (["董事长邹平说：“好。”", "邹平随后走下讲台。“今年分红会增加。”"],
     [("好。", "邹平", "董事长", ""), ("今年分红会增加。", "邹平", "董事长", "")]),
])
def test_counted_and_described(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


_LAID = ("基金论坛在深圳举行\n\n"
         "会长郭立平介绍，促进会正与两地评估机\n构合作，首批试点将覆盖半导体企业。\n\n"
         "“我们在深圳做了尽职调查，到香港还要\n再做一遍，前后三个月，窗口期都过了。”\n\n"
         "{after}\n\n"
         "会长郭立平表示，明年将推出互认标准，\n审批时间也将压缩到六周以内，请放心。\n")


@pytest.mark.parametrize(("after", "want"), [
    # In columns, a paragraph that is one quote ending a full line, then a column break and
    # someone counted (after where they are) doing something: the sentence of the words.
    ("台下一位来自深圳的芯片企业财务总监提\n出了困扰。",
     "“我们在深圳做了尽职调查，到香港还要再做一遍，前后三个月，窗口期都过了。”"
     "台下一位来自深圳的芯片企业财务总监提出了困扰。"),
    # (Guard: a sentence of the reporter's is a paragraph of its own.)
    ("记者注意到，台下不少与会者频频点头，\n有人还拿出手机拍下了这一幕。",
     "“我们在深圳做了尽职调查，到香港还要再做一遍，前后三个月，窗口期都过了。”"),
])
def test_counted_after_a_column_break(after: str, want: str) -> None:
    assert normalize(_LAID.format(after=after)).paragraphs[1].text == want


@pytest.mark.parametrize(("text", "want"), [
    # A Hong Kong paper's dateline in square brackets, then `记者某某报道：` with no brackets,
    # the lead running on after the colon: the headline, the dateline and the reporter read.
    ("港深科创基金在港发布年度报告\n【大公报讯】记者欧阳倩报道：港深科创基金昨日发布年度报告。\n",
     ("港深科创基金在港发布年度报告", "大公报讯", ["欧阳倩"], "港深科创基金昨日发布年度报告。")),
    ("港深科创基金在港发布年度报告\n【香港商报讯】记者 邝文轩 报道：港深科创基金昨日发布年度报告。\n",
     ("港深科创基金在港发布年度报告", "香港商报讯", ["邝文轩"], "港深科创基金昨日发布年度报告。")),
    # ... or in brackets after the square ones.
    ("港深科创基金发布年度报告\n【大公报讯】（记者 欧阳倩）港深科创基金昨日发布年度报告。\n",
     ("港深科创基金发布年度报告", "大公报讯", ["欧阳倩"], "港深科创基金昨日发布年度报告。")),
    # (Guard: a paper's 讯 with its reporters in brackets and no square ones.)
    ("港深科创基金发布年度报告\n本报讯（记者 欧阳倩）港深科创基金昨日发布年度报告。\n",
     ("港深科创基金发布年度报告", "本报讯", ["欧阳倩"], "港深科创基金昨日发布年度报告。")),
])
def test_bracketed_dateline(text: str, want: tuple[str, str, list[str], str]) -> None:
    page = normalize(text)
    assert (page.title, page.dateline, page.reporters, page.paragraphs[0].text) == want


_PLAIN = ("港深科创基金在港发布年度报告\n"
          "【大公报讯】记者欧阳倩报道：港深科创基金昨日在香港发布年度报告，投资规模比上年增长两成。\n"
          "基金合伙人邝文轩说：“明年我们会把更多资金投向早期的硬科技企业。”\n")


@pytest.mark.parametrize(("width", "column", "sidebar"), [(19, 0, 0), (16, 0, 6), (21, 10, 6)])
def test_bracketed_dateline_after_the_body(width: int, column: int, sidebar: int) -> None:
    # The same page in the seed's layout: `【大公报讯】` after the body, `记者某某报道：`
    # opening the lead (in the body or in a sidebar).
    page = normalize(relayout(_PLAIN, width, column, sidebar)[0])
    assert (page.title, page.dateline, page.reporters) \
        == ("港深科创基金在港发布年度报告", "大公报讯", ["欧阳倩"])
