"""The normalizer: a newspaper page becomes clean paragraphs and page furniture."""

import pytest

from kiosk.content.normalize import collapse_spacing, join_lines, normalize
from tests.conftest import SEED


@pytest.mark.parametrize(("line", "expected"), [
    ("一 张 名 片 ，", "一张名片，"),
    ("2023 中 关 村", "2023中关村"),
    ("赢 的 开 放 战", "赢的开放战"),
    ("开放合作 打造科技合作国家级平台", "开放合作 打造科技合作国家级平台"),
    ("成为 2023 中关村论坛的关键", "成为 2023 中关村论坛的关键"),
    ("操控 136 个量子比特", "操控 136 个量子比特"),
    ("the Quafu cloud", "the Quafu cloud"),
    ("甲  乙   丙", "甲乙丙"),
    ("甲乙  丙丁", "甲乙 丙丁"),
])
def test_collapse_spacing(line: str, expected: str) -> None:
    assert collapse_spacing(line) == expected


def test_narrow_column_loses_all_spacing_next_to_chinese() -> None:
    assert collapse_spacing("论坛 25 日至", justified=True) == "论坛25日至"
    assert collapse_spacing("AI 2 代", justified=True) == "AI 2代"


@pytest.mark.parametrize(("left", "right", "expected"), [
    ("经典计算机需要 1", "万年", "经典计算机需要 1万年"),
    ("从新一代256", "核区块链", "从新一代256核区块链"),
    ("比以往任何", "时候都更需要", "比以往任何时候都更需要"),
    ("the Quafu", "platform", "the Quafu platform"),
    ("版本 2", "3 号", "版本 23 号"),
])
def test_join_lines_never_puts_a_space_between_chinese(left: str, right: str,
                                                       expected: str) -> None:
    assert join_lines(left, right) == expected


@pytest.fixture(scope="module")
def page():  # type: ignore[no-untyped-def]
    return normalize(SEED.read_text(encoding="utf-8"))


def test_page_furniture_is_found_wherever_it_sits(page) -> None:  # type: ignore[no-untyped-def]
    assert page.title == "从中关村论坛看“第一动力”"
    assert page.kicker == "汇聚创新的澎湃力量——"
    assert page.dateline == "新华社北京5月27日电"
    assert (page.agency, page.place, page.month, page.day) == ("新华社", "北京", 5, 27)
    assert page.reporters == ["王明浩", "乌梦达", "齐中熙", "张漫子"]
    assert [(c.marker, c.text, c.credit) for c in page.captions] == [
        ("▲", "全尺寸人形仿生机器人。", "新华社记者张晨霖"),
        ("◀", "单孔腔镜手术机器人。", "新华社记者任超"),
    ]
    assert [h for h, _, _ in page.headings] == [
        "开放合作 打造科技合作国家级平台",
        "创新驱动 推动高水平自立自强",
        "面向未来 共享高质量发展机遇",
    ]
    assert page.strays == ["226: ”"]


def test_column_break_mid_sentence_is_rejoined(page) -> None:  # type: ignore[no-untyped-def]
    texts = [p.text for p in page.paragraphs]
    assert ("“科技成果就应该造福全人类，而不应成为埋在山洞里的宝藏。”全国工商联副主席、"
            "奇安信集团董事长齐向东说，科技创新只有开放合作，道路才能越走越宽广。") in texts
    assert "中关村论坛的成长之路，也是我国科技创新不断加速、全球科技开放合作更加深入的生动见证。" \
        in texts


def test_short_line_ending_a_sentence_ends_the_paragraph(page) -> None:  # type: ignore[no-untyped-def]
    texts = [p.text for p in page.paragraphs]
    assert any(t.startswith("世界知识产权组织发布的全球创新指数排名显示，中国从 2012 年的第 34 位上升到"
                            "2022年的第 11位。") for t in texts)


def test_sidebar_is_rejoined_into_lead_paragraphs(page) -> None:  # type: ignore[no-untyped-def]
    lead = [p for p in page.paragraphs if p.kind == "lead"]
    assert [p.text for p in lead] == [
        "创新是引领发展的第一动力。作为中国科技创新的一张名片，2023中关村论坛25日至30日在北京举行。",
        "“中国坚定奉行互利共赢的开放战略，愿同世界各国一道，携手促进科技创新，推动科学技术更好"
        "造福各国人民。”国家主席习近平25日在贺信中指出。",
        "在这场备受关注的论坛上，有哪些创新亮点？国际科创合作有哪些新动向？",
    ]
    assert [(p.first_line, p.last_line) for p in lead] == [(196, 204), (206, 217), (219, 224)]


def test_every_paragraph_belongs_to_its_section(page) -> None:  # type: ignore[no-untyped-def]
    body = [p for p in page.paragraphs if p.kind == "body"]
    assert len(body) == 32
    assert [sum(1 for p in body if p.section == n) for n in range(3)] == [11, 12, 9]
    assert body[0].text == ("“人类要破解共同发展难题，比以往任何时候都更需要国际合作和开放共享。”"
                            "习近平主席在贺信中指出。")
    assert (body[0].first_line, body[0].last_line) == (3, 5)


def test_no_space_between_chinese_characters_survives(page) -> None:  # type: ignore[no-untyped-def]
    import re

    for para in page.paragraphs:
        assert not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", para.text), para.text
    assert any("量子计算云平台 Quafu 等" in p.text for p in page.paragraphs)


def test_nothing_is_lost(page) -> None:  # type: ignore[no-untyped-def]
    """Every visible character of the source is in a paragraph or in the page furniture."""
    from collections import Counter

    source = Counter(ch for ch in SEED.read_text(encoding="utf-8") if not ch.isspace())
    kept = "".join(p.text for p in page.paragraphs)
    kept += "".join(h for h, _, _ in page.headings) + page.title + page.kicker + page.dateline
    kept += "".join(c.marker + c.text + c.credit + "摄" for c in page.captions)
    kept += "（记者" + "、".join(page.reporters) + "）" + "".join(s.split(": ")[1]
                                                                   for s in page.strays)
    assert Counter(ch for ch in kept if not ch.isspace()) == source


def test_plain_layout_with_inline_dateline() -> None:
    page = normalize("城市科技周开幕 机器人成为主角\n——多项新品首发\n\n"
                     "新华社广州3月2日电（记者甲乙、丙丁）第三届城市科技周2日开幕。\n\n"
                     "展区 亮点纷呈\n\n观众排起长队。\n")
    assert page.title == "城市科技周开幕 机器人成为主角"
    assert page.subtitle == "多项新品首发"
    assert page.dateline == "新华社广州3月2日电"
    assert page.reporters == ["甲乙", "丙丁"]
    assert [p.text for p in page.paragraphs] == ["第三届城市科技周2日开幕。", "观众排起长队。"]
    assert [h for h, _, _ in page.headings] == ["", "展区 亮点纷呈"]


def test_reporters_after_a_dateline_and_a_space() -> None:
    page = normalize("影展闭幕\n\n某新社厦门5月6日电 (记者 甲乙丙)6日晚，影展闭幕。\n")
    assert (page.dateline, page.reporters) == ("某新社厦门5月6日电", ["甲乙丙"])
    assert [p.text for p in page.paragraphs] == ["6日晚，影展闭幕。"]


@pytest.mark.parametrize(("byline", "reporters"), [
    ("本报记者 甲乙", ["甲乙"]),
    ("某某经济报道记者 甲乙丙 宁波报道", ["甲乙丙"]),
    ("本报记者 甲乙 丙丁", ["甲乙", "丙丁"]),
    # A news app's name set apart with a bar (round 15e).
    ("某某日报客户端 | 记者 甲乙", ["甲乙"]),
    ("某某新闻｜记者 甲乙丙", ["甲乙丙"]),
])
def test_a_byline_under_the_headline_gives_the_reporters(byline: str,
                                                          reporters: list[str]) -> None:
    page = normalize(f"港口吞吐量创新高\n\n{byline}\n\n4月的港区，桥吊不停运转。\n")
    assert (page.title, page.reporters, page.dateline) == ("港口吞吐量创新高", reporters, "")
    assert [p.text for p in page.paragraphs] == ["4月的港区，桥吊不停运转。"]


def test_a_long_headline_over_a_byline_is_the_headline() -> None:
    # A news app's headline may run past a display line; the byline under it vouches (round
    # 15e). Without the byline a line that long is a paragraph.
    headline = "世界机器人大会开幕 200余款新品首发 机器人调酒、写书法、当“按摩师”"
    page = normalize(f"{headline}\n\n某某日报客户端 | 记者 甲乙\n\n8月8日，大会开幕。\n")
    assert (page.title, page.reporters) == (headline, ["甲乙"])
    assert [p.text for p in page.paragraphs] == ["8月8日，大会开幕。"]
    assert normalize(f"{headline}\n\n8月8日，大会开幕。\n").title == ""


def test_a_line_about_reporters_in_the_body_is_no_byline() -> None:
    text = "港口吞吐量创新高\n\n" + "桥吊不停运转。\n\n" * 6 + "记者了解到，订单排到了6月。\n"
    assert normalize(text).reporters == []


def test_a_headline_may_hold_a_colon() -> None:
    page = normalize("雪场一线——\n\n某地：雪都迎来“新雪季”\n\n新华社某地1月5日电（记者甲乙）滑雪场开板。\n")
    assert (page.kicker, page.title) == ("雪场一线——", "某地：雪都迎来“新雪季”")


@pytest.mark.parametrize(("line", "reporters"), [
    # The roles of a byline (实习生, 通讯员) are not reporters' names.
    ("（本报记者 甲乙丙 实习生 丁戊）", ["甲乙丙", "丁戊"]),
    ("（记者 甲乙丙 通讯员 丁戊）", ["甲乙丙", "丁戊"]),
    ("（本报记者 甲乙丙 丁戊）", ["甲乙丙", "丁戊"]),
])
def test_byline_roles_are_not_reporters(line: str, reporters: list[str]) -> None:
    page = normalize("影展闭幕\n\n6日晚，影展闭幕。\n" + line + "\n本报厦门5月6日电\n")
    assert page.reporters == reporters


@pytest.mark.parametrize(("text", "reporters"), [
    # A column's line end swallowed the space between a name and the next role.
    ("本报北京8月21日讯（记者 甲乙丙 \n通讯员 丁戊）会叠衣服的机器人亮相。", ["甲乙丙", "丁戊"]),
    ("本报广州11月21日讯（记者 甲乙丙\n实习生 丁戊）21日，车展开幕。", ["甲乙丙", "丁戊"]),
])
def test_a_byline_broken_over_a_line_keeps_its_names_apart(text: str,
                                                          reporters: list[str]) -> None:
    assert normalize("车展开幕\n\n" + text + "\n").reporters == reporters


def test_a_subtitle_a_narrow_column_wrapped_is_one_line() -> None:
    page = normalize("让服务机器人走进千家万户\n——访浙江大学机器人研究院院\n长季守诚\n\n"
                     "新华社杭州5月16日电（记者林雨桐）大会16日在杭州开幕，来自各地的企业带来了新\n"
                     "产品。\n")
    assert (page.title, page.subtitle) == ("让服务机器人走进千家万户", "访浙江大学机器人研究院院长季守诚")
    assert [p.text for p in page.paragraphs] == ["大会16日在杭州开幕，来自各地的企业带来了新产品。"]


def test_a_percent_sign_a_column_pushed_to_a_line_of_its_own_is_kept() -> None:
    page = normalize("去年北京老字号企业营业收入同比增长了15\n%。\n\n"
                     "据北京市商务局统计，春节假期前7天，全市老字\n号企业销售额同比增长18.5%。\n")
    assert [p.text for p in page.paragraphs] == [
        "去年北京老字号企业营业收入同比增长了15%。",
        "据北京市商务局统计，春节假期前7天，全市老字号企业销售额同比增长18.5%。"]


# A paragraph in columns 19 wide: two full lines and a short one.
_FILL = "一二三四五六七八九十一二三四五六七八九\n" * 2 + "一段话的结尾。\n"


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in normalize(_FILL + "\n" + text + "\n" + _FILL).paragraphs]


def test_a_column_break_after_a_paragraphs_first_full_line_is_no_heading() -> None:
    assert _paragraphs("浦江大学人工智能研究院院长林国栋在主旨\n\n演讲中指出，大模型的竞争归根结底\n"
                       "是数据的竞争。\n")[1] \
        == "浦江大学人工智能研究院院长林国栋在主旨演讲中指出，大模型的竞争归根结底是数据的竞争。"
    # (A heading set apart by a gap stays one.)
    page = normalize(_FILL + "\n开放合作 打造科技合作国家级平台\n\n" + _FILL)
    assert [h for h, _, _ in page.headings if h] == ["开放合作 打造科技合作国家级平台"]


def test_an_attribution_after_a_column_break_stays_with_its_quote() -> None:
    assert _paragraphs("“过去两年，大家比的是模型会不会回答问\n题；今天，用户只关心它能不能把事情办完。”\n\n"
                       "深澜智能创始人兼首席执行官鄂景澄在发布\n会上说。\n")[1].endswith("。”深澜智能创始人"
                                                                   "兼首席执行官鄂景澄在发布会上说。")


def test_a_column_break_at_a_sentences_end_inside_a_quote_is_no_paragraph_break() -> None:
    assert _paragraphs("祁振东回答说：“省里将设立规模200亿元的产业\n基金，重点投向早期项目和关键技术攻关。\n\n"
                       "我们不怕企业失败，就怕企业不敢试。”\n")[1].endswith("技术攻关。我们不怕企业失败，就怕企业不敢试。”")
