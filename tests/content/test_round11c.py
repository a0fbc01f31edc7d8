"""What the round 11c hold-outs taught (a salt-lake industry forum, a textile fair in columns,
a marathon's medics, a connected-car conference in columns): 顾问 is a post, a transcribed
name of five characters without a Han surname is not cut inside its last word, and a local
paper's `本报讯（记者 某某）` is a dateline with neither place nor date."""

import pytest

from kiosk.content.normalize import normalize
from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("text", "expected"), [
    # 顾问 (which jieba tags as a name) ends a post: the transcribed name starts after it.
    ("来自智利的锂业咨询顾问迭戈·罗哈斯是第二次来格尔木。", [("迭戈·罗哈斯", "锂业咨询顾问")]),
    ("公司首席顾问玛丽·杜兰德介绍了欧洲的经验。", [("玛丽·杜兰德", "公司首席顾问")]),
    ("法律顾问詹文涛对记者说，合同已经签了。", [("詹文涛", "法律顾问")]),
    # Unchanged: a consultancy named 顾问 before a post keeps the post.
    ("赛迪顾问分析师汪立仁对记者说，市场还在增长。", [("汪立仁", "赛迪顾问分析师")]),
])
def test_an_adviser_is_a_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # jieba: 基|普罗|蒂奇|以 — a transcription (普罗 is one) ends with the word 蒂奇, not
    # inside it.
    ("来自肯尼亚的选手基普罗蒂奇以2小时11分的成绩夺冠。", [("基普罗蒂奇", "选手")]),
    # Unchanged: four characters, no transcription inside (扎|西平|措家: 家 is a home).
    ("我们来到了牧民扎西平措家。", [("扎西平措", "牧民")]),
    ("藏族牧民扎西平措家里养了两百头牦牛。", [("扎西平措", "藏族牧民")]),
    # Unchanged: a name that ends inside a word whose rest is a function word (中村悠|太和).
    ("采购经理中村悠太和进口商朴敏浩在展区相遇。",
     [("中村悠太", "采购经理"), ("朴敏浩", "进口商")]),
])
def test_a_transcription_of_five_is_not_cut_inside_its_last_word(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_the_runner_is_quoted_by_his_whole_name() -> None:
    assert direct("终点处，来自肯尼亚的选手基普罗蒂奇以2小时11分的成绩夺冠。"
                  "“赛道很平，观众很热情。”他通过翻译说。") == [
        ("赛道很平，观众很热情。", "基普罗蒂奇", "选手", "")]


@pytest.mark.parametrize(("text", "dateline", "place", "reporters"), [
    ("本报讯（记者 宗小青 通讯员 庹亮）11月8日清晨，古城墙下热闹起来。",
     "本报讯", "", ["宗小青", "庹亮"]),
    ("本报讯(记者 莫一丁)昨天上午，市图书馆新馆开放。", "本报讯", "", ["莫一丁"]),
    # Unchanged: place and date.
    ("本报杭州5月1日讯（记者 林小溪）1日，西湖边游人如织。", "本报杭州5月1日讯", "杭州", ["林小溪"]),
])
def test_a_local_papers_dateline_may_give_no_place_nor_date(
        text: str, dateline: str, place: str, reporters: list[str]) -> None:
    page = normalize(f"古城迎来马拉松\n\n{text}\n")
    assert (page.dateline, page.place, page.reporters) == (dateline, place, reporters)
    assert page.paragraphs[0].text.startswith(text[text.index("）") + 1:][:4]) \
        if "）" in text else page.paragraphs[0].text.startswith(text[text.index(")") + 1:][:4])
    if place:
        assert (page.month, page.day) == (5, 1)
    else:
        assert (page.month, page.day) == (None, None)


def test_body_text_that_starts_with_the_words_is_no_dateline() -> None:
    # 本报讯 needs the reporters' bracket right after it.
    page = normalize("标题在此\n\n本报讯息称，这是一段正文，没有电头。\n")
    assert page.dateline == ""
    assert page.paragraphs[0].text == "本报讯息称，这是一段正文，没有电头。"
