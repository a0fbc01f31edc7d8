"""Key figures: the seed's numbers with unit, label, year and comparison groups."""

import pytest

from kiosk.content.figures import extract_figures
from kiosk.content.model import Paragraph
from kiosk.content.numbers import chinese_to_int, to_number

# (literal, kind, value, unit, label, year, qualifier)
SEED_FIGURES = [
    ("2007年", "year", 2007, "年", "中关村论坛应运而生", 2007, ""),
    ("80多个", "count", 80, "个", "国家和地区", None, "多"),
    ("7厘米", "length", 7, "厘米", "展开距离", None, ""),
    ("1万年", "duration", 10000, "年", "经典计算机需要", None, ""),
    ("200秒", "duration", 200, "秒", "量子计算机需要", None, ""),
    ("136 个", "count", 136, "个", "量子比特", None, ""),
    ("居全国第一", "rank", 1, "", "万人发明专利拥有量", 2022, ""),
    # `2022年……居全国第一，300多家……`: the year is in the rank's clause, not this one.
    ("300多家", "count", 300, "家", "跨国公司", None, "多"),
    ("第 34 位", "rank", 34, "", "全球创新指数排名", 2012, ""),
    ("第 11位", "rank", 11, "", "全球创新指数排名", 2022, ""),
    ("28.4%", "percent", 28.4, "%", "高技术产业增加值占GDP比重", 2022, ""),
    ("41.6%", "percent", 41.6, "%", "数字经济占比", 2022, ""),
    ("7 万份", "count", 70000, "份", "国际专利申请", 2022, ""),
    ("四倍", "multiple", 4, "倍", "是十年前的四倍", 2022, ""),
    ("近八成", "fraction", 0.8, "", "近八成的世界知识产权申请来自亚洲、非洲、拉丁美洲", None, "近"),
    ("三分之二", "fraction", 0.6667, "", "这其中三分之二来自中国", None, ""),
]


def test_seed_figures_in_full(seed_model) -> None:  # type: ignore[no-untyped-def]
    got = [(f.literal, f.kind, f.value, f.unit, f.label, f.year, f.qualifier)
           for f in seed_model.figures]
    assert got == SEED_FIGURES


def test_comparisons_share_a_group(seed_model) -> None:  # type: ignore[no-untyped-def]
    by_literal = {f.literal: f for f in seed_model.figures}
    assert by_literal["第 34 位"].group == by_literal["第 11位"].group != ""
    assert by_literal["28.4%"].group == by_literal["41.6%"].group != ""
    assert by_literal["1万年"].group == by_literal["200秒"].group != ""
    assert by_literal["2007年"].group == by_literal["136 个"].group == ""


def test_each_figure_keeps_its_sentence(seed_model) -> None:  # type: ignore[no-untyped-def]
    for fig in seed_model.figures:
        assert fig.sentence in seed_model.article.paragraphs[fig.paragraph].text
        assert fig.literal in fig.sentence


@pytest.mark.parametrize(("text", "value"), [
    ("三", 3), ("十", 10), ("十二", 12), ("二十", 20), ("一百零五", 105), ("三万", 30000),
    ("两千", 2000), ("十万", 100000), ("甲", None), ("", None),
])
def test_chinese_numerals(text: str, value: int | None) -> None:
    assert chinese_to_int(text) == value


@pytest.mark.parametrize(("text", "value"), [
    ("136", 136.0), ("28.4", 28.4), ("1.5万", 15000.0), ("3亿", 300000000.0), ("x", None),
])
def test_numbers(text: str, value: float | None) -> None:
    assert to_number(text) == value


@pytest.mark.parametrize(("sentence", "expected"), [
    ("展区面积达3.6万亩。", [("3.6万亩", 36000, "quantity")]),
    ("超过80万户农民受益。", [("超过80万户", 800000, "count")]),
    ("这是第三次举办。", []),
    ("一台机器人在工作。", []),
    ("近一半企业参加。", [("近一半", 0.5, "fraction")]),
    ("百年变局之下，时隔三年再次亮相。", []),
    ("第七届大会开幕。", []),
])
def test_figure_patterns(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    """Units and numerals, and what is not a figure."""
    figures = extract_figures([Paragraph(0, sentence, 1, 1, 0)], 2024)
    assert [(f.literal, f.value, f.kind) for f in figures] == expected


@pytest.mark.parametrize(("sentence", "years"), [
    # the year of its own clause, not of a neighbouring one
    ("成绩单：2022年专利量居全国第一，300多家公司设立了总部。", [2022, None]),
    # a year that opens the sentence (after its source) dates all of it
    ("白皮书显示，2024年产量占全国的35.6%，产业规模突破800亿元。", [2024, 2024]),
    ("截至今年6月，全省已建成基站21.6万个。", [2024]),
    # figures compared side by side share the year one of them has
    ("动能：2022年增加值占比达28.4%，数字经济占比提升至41.6%。", [2022, 2022]),
    ("今年订单量同比增长了四成。", [2024]),
    ("去年提交了7万份申请，是十年前的四倍。", [2023, 2023]),
])
def test_a_figure_takes_the_year_of_its_clause_or_of_the_sentence_it_opens(
        sentence: str, years: list[int | None]) -> None:
    figures = extract_figures([Paragraph(0, sentence, 1, 1, 0)], 2024)
    assert [f.year for f in figures if f.kind != "year"] == years


@pytest.mark.parametrize(("sentence", "literal", "unit"), [
    ("亩产能到4000公斤。", "4000公斤", "公斤"),
    ("整机减轻了20克。", "20克", "克"),
    ("累计完成手术超过1.2万例。", "超过1.2万例", "例"),
    ("共释放探空仪12枚。", "12枚", "枚"),
    ("还将开展5架次飞行。", "5架次", "架次"),
    ("最终42部影片入围。", "42部", "部"),
    ("调运冲锋舟320艘。", "320艘", "艘"),
    ("完成集装箱吞吐量1020万标准箱。", "1020万标准箱", "标准箱"),
    ("直播间卖出苹果12万多箱。", "12万多箱", "箱"),
])
def test_more_units(sentence: str, literal: str, unit: str) -> None:
    figures = extract_figures([Paragraph(0, sentence, 1, 1, 0)], 2024)
    assert [(f.literal, f.unit) for f in figures] == [(literal, unit)]


@pytest.mark.parametrize("sentence", ["其中3部分已经完工。", "由12部门联合发布。", "两成员国出席。",
                                      "规则一成不变。"])
def test_parts_and_departments_are_no_figures(sentence: str) -> None:
    assert extract_figures([Paragraph(0, sentence, 1, 1, 0)], 2024) == []


def test_two_tenths() -> None:
    figures = extract_figures([Paragraph(0, "成本可以节省两成以上。", 1, 1, 0)], 2024)
    assert [(f.literal, f.value, f.kind) for f in figures] == [("两成", 0.2, "fraction")]
