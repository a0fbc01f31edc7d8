"""What the ninth round of hold-outs taught: a paragraph's last line alone after a column
break, a name's last character glued to the adverb after it, and a copula in a title."""

import pytest

from kiosk.content.names import clean_title
from kiosk.content.normalize import normalize
from tests.content.helpers import direct, mentions

_COLUMN = "\n".join([
    "滑雪教练俞晓峰执教8年。",
    "国家单板滑雪队前队员、云顶滑雪公园",
    "青训总监买尔旦·艾力也在现场。“我",
    "小时候在新疆阿勒泰的野雪上练，哪有",
    "这么好的条件。”他感叹道，“现在的",
    "",
    "孩子赶上了好时候。”",
    "",
    " 小镇生意红火",
    "",
    "雪场山脚下的太子城小镇，酒店、餐馆",
    "和雪具店陆续开门迎客。",
])


def test_one_short_line_after_a_column_break_ends_its_paragraph() -> None:
    page = normalize(_COLUMN)
    texts = [p.text for p in page.paragraphs]
    assert texts[1].startswith("国家单板滑雪队前队员")
    assert texts[1].endswith("他感叹道，“现在的孩子赶上了好时候。”")
    assert all(p.kind == "body" for p in page.paragraphs)
    assert [h for h, _, _ in page.headings if h] == ["小镇生意红火"]


def test_a_short_block_after_a_finished_sentence_still_stands_apart() -> None:
    page = normalize(_COLUMN.replace("“现在的\n\n孩子赶上了好时候。”",
                                     "“现在好了。”\n\n展期三个月。"))
    assert [p.text for p in page.paragraphs if p.kind == "lead"] == ["展期三个月。"]


@pytest.mark.parametrize(("text", "expected"), [
    # A name's last character that jieba glued to an adverb following the subject.
    ("日本某大学信息学院院长山田浩二则更关注人才问题。", [("山田浩二", "日本某大学信息学院院长")]),
    # Unchanged: an adverb of its own, and a word ending in an aspect particle.
    ("日本某汽车公司常务执行董事佐藤健一也表示，合作顺利。",
     [("佐藤健一", "日本某汽车公司常务执行董事")]),
    ("肯尼亚选手卡玛乌接着说，风筝飞得很高。", [("卡玛乌", "肯尼亚选手")]),
])
def test_a_name_ends_before_the_adverb_after_it(text: str,
                                                expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("“海稻36”的育种负责人是作物科学研究所研究员", "作物科学研究所研究员"),
    ("项目负责人是某大学教授", "某大学教授"),
    # The last copula: what the person is.
    ("某协会会长是某公司董事长", "某公司董事长"),
])
def test_a_title_holds_no_copula(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_the_title_after_a_copula_reaches_the_quote() -> None:
    assert direct("新品种的育种负责人是作物科学研究所研究员宓桂兰。",
                  "“我们从3000多份种质资源里一份一份地筛。”宓桂兰回忆说。") == [
        ("我们从3000多份种质资源里一份一份地筛。", "宓桂兰", "作物科学研究所研究员", "")]
