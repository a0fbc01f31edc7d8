"""The list models behave as Qt models must, with a role for each field of their row type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester

from kiosk.content.model import ContentModel
from kiosk.present import rows
from kiosk.present.linebreak import plain
from kiosk.ui.listmodel import RowModel


@pytest.mark.parametrize(("row_type", "build"), [
    (rows.TileRow, rows.tile_rows),
    (rows.AchievementRow, rows.achievement_rows),
    (rows.ExhibitRow, rows.exhibit_rows),
    (rows.QuoteRow, rows.quote_rows),
    (rows.FigureRow, rows.figure_rows),
    (rows.TopicRow, rows.topic_rows),
    (rows.TopicItemRow, lambda m: rows.topic_item_rows(m, "中关村")),
    (rows.ArticleBlockRow, rows.article_rows),
])
def test_models_pass_the_model_tester(qtmodeltester: ModelTester, seed_model: ContentModel,
                                      row_type: type,
                                      build: Callable[[ContentModel], list[Any]]) -> None:
    model = RowModel(row_type)
    qtmodeltester.check(model)
    model.set_rows(build(seed_model))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_roles_are_the_row_fields_in_camel_case() -> None:
    names = {bytes(v).decode() for v in RowModel(rows.AchievementRow).roleNames().values()}
    assert names == {"key", "name", "kind", "summary", "facts", "figures", "quotes",
                     "sourceText", "provenance", "curated", "note"}


def test_nested_rows_reach_qml_as_maps(seed_model: ContentModel) -> None:
    model = RowModel(rows.AchievementRow)
    model.set_rows(rows.achievement_rows(seed_model))
    quafu = model.get(model.indexOf(next(r.key for r in model.rows() if "Quafu" in plain(r.name))))
    assert quafu["figures"][0]["literal"] == "136 个"
    assert quafu["figures"][0]["number"] == 136.0
    assert set(quafu["figures"][0]) == {"key", "literal", "label", "value", "year", "kind",
                                        "prefix", "number", "decimals", "suffix", "grouped"}
    index = model.index(0, 0, QModelIndex())
    assert model.data(index, model.role("source_text")) == model.rows()[0].source_text


def test_rows_of_another_type_are_refused(seed_model: ContentModel) -> None:
    model = RowModel(rows.QuoteRow)
    with pytest.raises(TypeError):
        model.set_rows(rows.topic_rows(seed_model))
    assert model.rowCount() == 0
