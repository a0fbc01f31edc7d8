"""Rows read as the content says: labels, numbers split for counting, charts, filters."""

from __future__ import annotations

import pytest

from kiosk.content.model import ContentModel, Figure, Provenance
from kiosk.present import rows, text
from kiosk.present.linebreak import break_title, plain


@pytest.mark.parametrize(("text", "breaks", "expected"), [
    ("量子计算云平台", [4], "量\u2060子\u2060计\u2060算\u200b云\u2060平\u2060台"),
    ("人形 机器人", [], "人\u2060形 机\u2060器\u2060人"),
    ("", [], ""),
])
def test_titles_break_only_between_words(text: str, breaks: list[int], expected: str) -> None:
    assert break_title(text, breaks) == expected
    assert plain(expected) == text


def _figure(literal: str) -> Figure:
    return Figure(id="f-1", literal=literal, value=1.0, unit="", label="", kind="count",
                  year=None, paragraph=0, sentence="", provenance=Provenance("article", 0))


@pytest.mark.parametrize(("literal", "prefix", "number", "decimals", "suffix"), [
    ("80多个", "", 80.0, 0, "多个"),
    ("第 34 位", "第", 34.0, 0, "位"),
    ("28.4%", "", 28.4, 1, "%"),
    ("近八成", "", -1.0, 0, "近八成"),
])
def test_figure_literals_split_for_counting(literal: str, prefix: str, number: float,
                                            decimals: int, suffix: str) -> None:
    item = rows.figure_item(_figure(literal))
    assert (item.prefix, item.number, item.decimals, item.suffix) == (prefix, number,
                                                                      decimals, suffix)


def test_innovation_rank_is_one_chart_from_34th_to_11th(seed_model: ContentModel) -> None:
    rank = next(r for r in rows.figure_rows(seed_model) if r.chart == "rank")
    assert [(i.value, i.year) for i in rank.items] == [(34.0, 2012), (11.0, 2022)]
    share = [r for r in rows.figure_rows(seed_model) if r.chart == "share"]
    assert [i.literal for i in share[0].items] == ["28.4%", "41.6%"]


def test_quotes_filter_by_speaker_and_say_where_they_came_from(
        seed_model: ContentModel) -> None:
    quotes = rows.quote_rows(seed_model, "胡慧慧")
    assert len(quotes) == 3
    assert all(q.provenance.startswith("原文第") for q in quotes)


ENGLISH = {"重大成果": "Achievements", "机器人展品": "Robot exhibits", "嘉宾之声": "Voices",
           "关键数字": "Key figures", "话题": "Topics", "阅读原文": "The report"}


def test_home_tiles_follow_the_screen_table(seed_model: ContentModel) -> None:
    # Chinese on show, each title's English under it (the Qt layer installs real translators)
    text.install(None, lambda _context, source, _d, _n: ENGLISH.get(source))
    try:
        tiles = rows.tile_rows(seed_model)
    finally:
        text.install(None)
    assert [(t.key, t.title, t.subtitle) for t in tiles] == [
        ("achievements", "重大成果", "Achievements"),
        ("exhibits", "机器人展品", "Robot exhibits"),
        ("voices", "嘉宾之声", "Voices"),
        ("figures", "关键数字", "Key figures"),
        ("topics", "话题", "Topics"),
        ("article", "阅读原文", "The report"),
    ]
    teasers = {t.key: plain(t.teaser) for t in tiles}
    assert teasers["achievements"] == f"{len(seed_model.achievements)}项成果"
    assert teasers["voices"] == "18段引语 · 11位嘉宾"
    assert teasers["figures"] == "80多个国家和地区"
    assert teasers["article"] == seed_model.article.title


def test_topic_items_name_the_screen_that_opens_them(seed_model: ContentModel) -> None:
    items = rows.topic_item_rows(seed_model, "中关村")
    screens = {(i.kind, i.screen) for i in items}
    assert screens <= {("achievement", "achievement"), ("exhibit", "exhibit"),
                       ("quote", "voices"), ("figure", "figures")}
    assert {kind for kind, _ in screens} >= {"achievement", "quote"}
