"""The list models behave as Qt models must, and rows read as the content says."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester

from kiosk.content.model import ContentModel
from kiosk.ui import rows
from kiosk.ui.linebreak import break_title, plain
from kiosk.ui.models import (
    AchievementModel,
    ArticleModel,
    ExhibitModel,
    FigureModel,
    QuoteModel,
    TopicItemModel,
    TopicModel,
)


@pytest.mark.parametrize(("model_type", "build"), [
    (AchievementModel, rows.achievement_rows),
    (ExhibitModel, rows.exhibit_rows),
    (QuoteModel, rows.quote_rows),
    (FigureModel, rows.figure_rows),
    (TopicModel, rows.topic_rows),
    (TopicItemModel, lambda m: rows.topic_item_rows(m, "中关村")),
    (ArticleModel, rows.article_rows),
])
def test_models_pass_the_model_tester(qtmodeltester: ModelTester, seed_model: ContentModel,
                                      model_type: type, build: object) -> None:
    model = model_type()
    qtmodeltester.check(model)
    model.set_rows(build(seed_model))  # type: ignore[operator]
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_role_names_are_camel_case() -> None:
    names = {bytes(v).decode() for v in AchievementModel().roleNames().values()}
    assert names == {"key", "name", "kind", "summary", "facts", "figures", "quotes",
                     "sourceText", "provenance", "curated"}


@pytest.mark.parametrize(("text", "breaks", "expected"), [
    ("量子计算云平台", [4], "量\u2060子\u2060计\u2060算\u200b云\u2060平\u2060台"),
    ("人形 机器人", [], "人\u2060形 机\u2060器\u2060人"),
    ("", [], ""),
])
def test_titles_break_only_between_words(text: str, breaks: list[int], expected: str) -> None:
    assert break_title(text, breaks) == expected
    assert plain(expected) == text


@pytest.mark.parametrize(("literal", "expected"), [
    ("80多个", {"prefix": "", "number": 80.0, "decimals": 0, "suffix": "多个"}),
    ("第 34 位", {"prefix": "第", "number": 34.0, "decimals": 0, "suffix": "位"}),
    ("28.4%", {"prefix": "", "number": 28.4, "decimals": 1, "suffix": "%"}),
    ("近八成", {"prefix": "", "number": None, "decimals": 0, "suffix": "近八成"}),
])
def test_figure_literals_split_for_counting(literal: str, expected: dict[str, object]) -> None:
    assert rows.number_parts(literal) == expected


def test_innovation_rank_is_one_chart_from_34th_to_11th(seed_model: ContentModel) -> None:
    rank = next(r for r in rows.figure_rows(seed_model) if r.chart == "rank")
    assert [(i["value"], i["year"]) for i in rank.items] == [(34.0, 2012), (11.0, 2022)]
    share = [r for r in rows.figure_rows(seed_model) if r.chart == "share"]
    assert [i["literal"] for i in share[0].items] == ["28.4%", "41.6%"]


def test_quotes_filter_by_speaker_and_say_where_they_came_from(
        seed_model: ContentModel) -> None:
    quotes = rows.quote_rows(seed_model, "胡慧慧")
    assert len(quotes) == 3
    assert all(q.provenance.startswith("原文第") for q in quotes)
