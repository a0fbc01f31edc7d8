"""The PySide6 we run on keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 takes a reference to True away on every `Signal.emit()` and
one to None on every read of a missing or null property. True and None are not immortal
before Python 3.12, so a kiosk that emits a few thousand signals aborts with "Fatal Python
error: bool_dealloc" (seen here after about 1,800 emits: an hour of use, or four hours of
the attract loop). pyproject.toml keeps PySide6 below 6.12; these tests fail on a PySide
with either bug, and `kiosk.ui.props.read` stays safe on both.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Property, QObject, Signal

from kiosk.ui.props import read

ROUNDS = 500


class _Holder(QObject):
    changed = Signal()
    named = Signal(str)

    def _nothing(self) -> QObject | None:
        return None

    nothing = Property(QObject, _nothing)


def test_emitting_signals_keeps_true_and_false_alive() -> None:
    holder = _Holder()
    holder.named.connect(lambda _name: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(ROUNDS):
        holder.changed.emit()
        holder.named.emit("x")
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after[0] >= before[0] - 20 and after[1] >= before[1] - 20, (before, after)


def test_reading_null_and_missing_properties_keeps_none_alive() -> None:
    holder = _Holder()
    before = sys.getrefcount(None)
    for _ in range(ROUNDS):
        holder.property("nothing")
        holder.property("missing")
    assert sys.getrefcount(None) >= before - 20


def test_the_safe_reader_keeps_none_alive_and_reads_values() -> None:
    holder = _Holder()
    holder.setProperty("count", 3)
    before = sys.getrefcount(None)
    for _ in range(ROUNDS):
        assert read(holder, "nothing") is None
        assert read(holder, "missing") is None
        assert read(holder, "count") == 3
    assert sys.getrefcount(None) >= before - 20
