"""Reports copied from web pages: straight double quotes and half-width stops typed on a Latin
keyboard mark speech as “” and ，：！？ do, and the quotes keep the marks as written; what a
site prints around a story (its end mark, its editors, the headline it first ran under) is no
part of it."""

from __future__ import annotations

import pytest

from kiosk.content.normalize import normalize
from kiosk.content.quotes import extract_quotes
from tests.content.helpers import direct, paras

Want = list[tuple[str, str, str, str]]

_CASES: list[tuple[str, list[str], Want]] = [
    ("straight", ['"我一开始以为是真人在表演。"观众苗德胜说。'],
     [("我一开始以为是真人在表演。", "苗德胜", "观众", "")]),
    ("colon_bang", ['展台工作人员柯晓雯说:"它每小时能分拣800件包裹!"'],
     [("它每小时能分拣800件包裹!", "柯晓雯", "展台工作人员", "")]),
    ("split", ['"这台机器去年还只能走直线,"工程师訾永年说,"现在它能自己绕开障碍了。"'],
     [("这台机器去年还只能走直线,", "訾永年", "工程师", ""),
      ("现在它能自己绕开障碍了。", "訾永年", "工程师", "")]),
    ("shout", ['"加油!再快一点!"看台上的小观众们齐声喊道。'],
     [("加油!再快一点!", "", "", "看台上的小观众们")]),
    ("question", ['"它会不会累?"8岁的观众蒯小满问。'],
     [("它会不会累?", "蒯小满", "观众", "")]),
    ("full_stop_outside", ['参展商郗明远告诉记者:"今年我们卖出了1,200台。"他又补充说,明年还要扩产。'],
     [("今年我们卖出了1,200台。", "郗明远", "参展商", "")]),
    ("corner_inner", ["「老师说『慢一点』，我就慢下来了。」学员尉迟小雨笑着说。"],
     [("老师说『慢一点』，我就慢下来了。", "尉迟小雨", "学员", "")]),
    # Guards: corner brackets as before; a name in straight marks is a term; a lone straight
    # mark pairs with nothing.
    ("term", ['发布会上，公司推出了新一代人形机器人"灵犀3号"。'], []),
    ("unpaired", ['中锋詹姆斯·卡特身高6英尺8"，是全队最高的球员。'], []),
]


@pytest.mark.parametrize(("texts", "want"), [pytest.param(t, w, id=i) for i, t, w in _CASES])
def test_web_marks_mark_speech(texts: list[str], want: Want) -> None:
    assert direct(*texts) == want


def test_reported_speech_after_a_half_width_comma() -> None:
    quotes = extract_quotes(paras("某市商务局副局长谯国庆表示,今年的订单比去年多了一倍。"))
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("indirect", "今年的订单比去年多了一倍。", "谯国庆")]


_COPIED_PAGE = """原标题：机器人“上岗”忙 展会人气旺
2026-11-28 09:12:05　来源：某某新闻网
　　新华社南昌11月27日电（记者 邝晓蕾）27日，某某机器人博览会开幕。一台机器人完
成了首次公开表演。
　　图为观众在展台前与机器人互动。新华社记者 万象 摄
　　【展台前排起长队】
　　“今年来看展的家长特别多。”展会工作人员邴志强说。
　　（图片来源：某某图片网）
　　编辑部主任寇立新说：“我们准备了三天的直播。”
　　（完）
【编辑：闫文博】
责任编辑：李华　校对：王敏
"""


def test_a_page_copied_from_a_site_keeps_its_story_only() -> None:
    page = normalize(_COPIED_PAGE)
    assert page.title == "机器人“上岗”忙 展会人气旺"
    assert [(c.text, c.credit) for c in page.captions] == [
        ("观众在展台前与机器人互动。", "新华社记者 万象")]
    assert [h for h, _, _ in page.headings if h] == ["展台前排起长队"]
    assert [p.text for p in page.paragraphs] == [
        "27日，某某机器人博览会开幕。一台机器人完成了首次公开表演。",
        "“今年来看展的家长特别多。”展会工作人员邴志强说。",
        "编辑部主任寇立新说：“我们准备了三天的直播。”"]
    assert [s.split(": ", 1)[1] for s in page.strays][1:] == [
        "（图片来源：某某图片网）", "（完）", "【编辑：闫文博】", "责任编辑：李华 校对：王敏"]


def test_a_column_line_that_goes_on_is_text() -> None:
    # `图为` and `【` opening a column's line after one that ends in mid-sentence go on
    # with the sentence.
    page = normalize("某某机器人展开幕\n\n本报讯（记者 邝晓蕾）这家企业的机器人正在试\n"
                     "图为行动不便的老人端茶送水，\n【一号展台】前围满了观众。\n")
    assert [p.text for p in page.paragraphs] == [
        "这家企业的机器人正在试图为行动不便的老人端茶送水，【一号展台】前围满了观众。"]
    assert not page.captions


@pytest.mark.parametrize(("furniture", "dateline", "reporters"), [
    ("央视网消息：", "央视网消息", []),
    ("央视网消息（新闻联播）：", "央视网消息（新闻联播）", []),
    ("中国日报网8月9日电 ", "中国日报网8月9日电", []),
    ("据新华社电 ", "据新华社电", []),
    ("新华社电 ", "新华社电", []),
    ("我苏网讯 ", "我苏网讯", []),
    ("界面新闻记者 | 蒯新\n\n", "", ["蒯新"]),
    ("文/图 本报记者 邝晓蕾\n\n", "", ["邝晓蕾"]),
    # Guards: as before.
    ("人民网北京8月9日电 （记者 郗连香）", "人民网北京8月9日电", ["郗连香"]),
    ("南方日报讯 （记者/郗连香）", "南方日报讯", ["郗连香"]),
    ("", "", []),
])
def test_a_sites_dateline_or_byline_opens_the_story(furniture: str, dateline: str,
                                                     reporters: list[str]) -> None:
    page = normalize(f"某某机器人大会开幕\n\n{furniture}9日，合作社电商负责人说，今年销量翻番。\n")
    assert (page.title, page.dateline, page.reporters) == ("某某机器人大会开幕", dateline, reporters)
    assert [p.text for p in page.paragraphs] == ["9日，合作社电商负责人说，今年销量翻番。"]


def test_a_sites_headings_between_one_line_paragraphs() -> None:
    page = normalize("人形机器人走进工厂车间\n"
                     "　　本报讯（记者 邝晓蕾）9日，某某机器人博览会开幕，200余家企业参展。\n"
                     "　　人形机器人成顶流\n"
                     "　　在一家企业的展台前，排队的观众已经绕了三圈。“我排了40分钟。”市民黎晓峰说。\n"
                     "　　工业机器人更“懂行”\n"
                     "　　“我们的机械臂3秒就能完成一次装配。”某公司技术总监瞿婷婷说。\n")
    assert [h for h, _, _ in page.headings if h] == ["人形机器人成顶流", "工业机器人更“懂行”"]
    assert [p.section for p in page.paragraphs] == [0, 1, 2]


@pytest.mark.parametrize("under", ["2026-11-04\n", ""])
def test_a_headline_over_a_site_story_with_headings(under: str) -> None:
    # Under the headline, a site's posting time or nothing; section headings follow.
    page = normalize(f"第八届某某博览会开幕在即\n\n{under}"
                     "第八届某某博览会开幕在即。截至11月2日,各展区布展已全部完成。\n"
                     "升级人工智能体验区\n"
                     "博览局副局长邬政平透露,本届首次设立新材料专区,展览面积超过往届。\n")
    assert page.title == "第八届某某博览会开幕在即"
    assert [h for h, _, _ in page.headings if h] == ["升级人工智能体验区"]


_PAGE_WITH_CHROME = """首页 > 新闻 > 科技

机器人“赶大集”：县城科技庙会人气旺

来源：某县融媒体中心　　2026-02-12 09:31　　字号：大 中 小

　　本报讯（记者 笪 峰 通讯员 闵晓丽）2月11日上午，某县首届科技庙会在城南广场开幕。

　　“以前只在电视上见过。”带着孙女来逛庙会的村民邬大爷说。

　　分享到：

　　【打印】 【关闭】

点击进入专题
"""


def test_a_sites_chrome_around_the_story_is_no_part_of_it() -> None:
    # Breadcrumbs, a line of source, time and type size, share and print links, a link to a
    # topic page: no headline after the body, no paragraph; a name set to the width of three
    # (`笪 峰`) beside a correspondent is one reporter.
    page = normalize(_PAGE_WITH_CHROME)
    assert (page.title, page.dateline, page.reporters) == (
        "机器人“赶大集”：县城科技庙会人气旺", "本报讯", ["笪峰", "闵晓丽"])
    assert [p.text for p in page.paragraphs] == [
        "2月11日上午，某县首届科技庙会在城南广场开幕。",
        "“以前只在电视上见过。”带着孙女来逛庙会的村民邬大爷说。"]


@pytest.mark.parametrize(("meta", "reporters"), [
    ("发布时间：2026-03-05 10:12:33　　来源：某市晚报　　作者：何 静", ["何静"]),
    ("来源：某市晚报　作者：何静 李晓明", ["何静", "李晓明"]),
    ("发布日期：2026-03-05", []),
    ("2026年01月18日 08:15 | 来源：某某日报", []),
])
def test_a_sites_line_of_fields_under_the_headline(meta: str, reporters: list[str]) -> None:
    page = normalize(f"智慧养老产品走进社区\n\n{meta}\n\n　　3月4日，一场体验会在社区举行。\n")
    assert (page.title, page.reporters) == ("智慧养老产品走进社区", reporters)
    assert [p.text for p in page.paragraphs] == ["3月4日，一场体验会在社区举行。"]


def test_an_editors_note_and_bracketed_links_are_no_part_of_the_story() -> None:
    page = normalize("编者按：智能技术正走进千行百业。本报今起推出系列报道。\n\n"
                     "AI眼镜“上新” 发布会现场人气爆棚\n\n"
                     "新华网上海11月20日电（记者 邰 宁）20日下午，某公司发布新一代AI眼镜。\n\n"
                     "【纠错】 【责任编辑：赵 洁】\n")
    assert (page.title, page.dateline, page.reporters) == (
        "AI眼镜“上新” 发布会现场人气爆棚", "新华网上海11月20日电", ["邰宁"])
    assert [p.text for p in page.paragraphs] == ["20日下午，某公司发布新一代AI眼镜。"]


@pytest.mark.parametrize(("names", "want"), [
    ("（记者 邰 宁）", ["邰宁"]),
    ("（记者 王强 李明）", ["王强", "李明"]),
])
def test_names_set_to_the_width_of_three_in_a_byline(names: str, want: list[str]) -> None:
    page = normalize(f"某某大会开幕\n\n本报讯{names}9日，某某大会开幕。\n")
    assert page.reporters == want


def test_a_headline_that_exclaims_over_a_line_of_fields() -> None:
    page = normalize("主场逆转夺冠！家乡球迷沸腾了\n\n来源：某某晚报 | 作者：栾 阳 | 2026-11-30\n\n"
                     "　　终场哨响，看台上的球迷齐声高喊。\n")
    assert (page.title, page.reporters) == ("主场逆转夺冠！家乡球迷沸腾了", ["栾阳"])
    assert [p.text for p in page.paragraphs] == ["终场哨响，看台上的球迷齐声高喊。"]
