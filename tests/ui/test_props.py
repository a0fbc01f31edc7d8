"""Property reads from Python never eat references to None (PySide6 6.12.0 bug)."""

from __future__ import annotations

import sys

from PySide6.QtCore import Property, QObject

from kiosk.ui.props import read


class _Holder(QObject):
    def _nothing(self) -> QObject | None:
        return None

    nothing = Property(QObject, _nothing)


def test_reading_null_and_missing_properties_keeps_none_alive() -> None:
    holder = _Holder()
    holder.setProperty("count", 3)
    before = sys.getrefcount(None)
    for _ in range(2000):
        assert read(holder, "nothing") is None
        assert read(holder, "missing") is None
        assert read(holder, "count") == 3
    assert sys.getrefcount(None) >= before - 50  # others may drop a few in between
