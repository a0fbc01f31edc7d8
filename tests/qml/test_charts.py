"""Charts draw any figure the parser finds: a rank chart scales to the worst rank shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlComponent, QQmlEngine
from PySide6.QtQuick import QQuickItem

from kiosk import paths
from tests.qml.conftest import Kiosk


def _rank_bars(engine: QQmlEngine, ranks: list[int]) -> list[float]:
    items = ", ".join(f"{{ value: {rank}, year: {2010 + n} }}" for n, rank in enumerate(ranks))
    component = QQmlComponent(engine)
    component.setData(f"import QtQuick\nimport Kiosk\nRankChart {{ height: 320; items: [{items}] }}".encode(),
                      QUrl.fromLocalFile(str(paths.qml_dir() / "Test.qml")))
    chart = component.create()
    assert isinstance(chart, QQuickItem), component.errorString()
    bars, pending = [], [chart]
    while pending:
        item = pending.pop()
        pending += item.childItems()
        if item.objectName() == "rankBar":
            bars.append(item)
    heights = [bar.height() for bar in sorted(bars, key=lambda b: b.parentItem().x())]
    chart.deleteLater()
    return heights


@pytest.mark.parametrize("ranks", [[34, 11], [57, 3], [120, 80, 99], [1, 2]])
def test_every_rank_draws_a_bar_and_better_ranks_stand_taller(kiosk: Kiosk,
                                                              ranks: list[int]) -> None:
    engine = kiosk.session.engine
    assert engine is not None
    heights = _rank_bars(engine, ranks)
    assert len(heights) == len(ranks)
    assert all(h > 0 for h in heights)
    order = sorted(range(len(ranks)), key=lambda n: ranks[n])  # best rank first
    assert [heights[n] for n in order] == sorted(heights, reverse=True)
