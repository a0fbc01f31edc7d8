"""UsageView: the admin statistics view's numbers, from the report module, for QML."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.present.usage import HourRow, ItemRow, hour_rows, item_rows
from kiosk.stats import report
from kiosk.stats.names import item_names
from kiosk.stats.recorder import UsageRecorder
from kiosk.stats.schema import SchemaTooNew
from kiosk.ui import registry
from kiosk.ui.admin import AdminGate
from kiosk.ui.contentstore import ContentStore
from kiosk.ui.language import Language
from kiosk.ui.listmodel import RowModel

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.stats")
PERIODS = ("today", "7days")


@QmlElement
@QmlSingleton
class UsageView(QObject):
    """Today's and the last seven days' visits for staff, once the admin PIN is in.

    Scalars are plain properties and rows are `RowModel`s (a list or map property leaks a
    little at every QML read). Opening the view commits what the recorder holds, then reads
    the database; item names follow the language on show.
    """

    changed = Signal()

    def __init__(self, recorder: UsageRecorder | None, store: ContentStore, gate: AdminGate,
                 language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._recorder = recorder
        self._store = store
        self._gate = gate
        self._open = False
        self._period = PERIODS[0]
        self._periods: dict[str, report.Period] = {}
        self._items = RowModel(ItemRow, self)
        self._hours = RowModel(HourRow, self)
        gate.changed.connect(self._on_gate)
        language.changed.connect(lambda: self._show() if self._open else None)

    @staticmethod
    def create(engine: QQmlEngine) -> UsageView:
        """The view the application provided (QML singleton factory)."""
        return registry.provided(UsageView)

    @Slot()
    def open(self) -> None:
        """Shows the statistics, read afresh; only while the admin pad is unlocked."""
        if not self._gate.property("unlocked"):
            return
        self.refresh()
        self._open = True
        self.changed.emit()

    @Slot()
    def close(self) -> None:
        """Hides the statistics (back to the admin pad) and lets their rows go."""
        if self._open:
            self._open = False
            self._periods = {}
            self._show()

    @Slot(str)
    def showPeriod(self, name: str) -> None:
        """Shows "today" or "7days"."""
        if name in PERIODS and name != self._period:
            self._period = name
            self._show()

    @Slot()
    def refresh(self) -> None:
        """Reads the database again (after committing what the recorder holds)."""
        self._periods = {}
        if self._recorder is not None:
            self._recorder.flush(timeout=2.0)  # staff wait at most this for the newest
            try:
                found = report.report([self._recorder.path], datetime.now().astimezone())
            except (sqlite3.Error, SchemaTooNew) as exc:
                log.warning("cannot read usage statistics: %s", exc)
                found = []
            self._periods = {period.name: period for period in found}
        self._show()

    def _on_gate(self) -> None:
        if not self._gate.property("unlocked"):
            self.close()

    def _show(self) -> None:
        period = self._periods.get(self._period)
        if period is None:
            self._items.set_rows([])
            self._hours.set_rows([])
        else:
            model = self._store.content()
            names = item_names(model, self._store.localizer()) if model is not None else {}
            self._items.set_rows(item_rows(
                period, lambda item: names.get(item.key) or report.stored_name(item)))
            self._hours.set_rows(hour_rows(period))
        self.changed.emit()

    def _get(self) -> report.Period | None:
        return self._periods.get(self._period)

    def _visits(self) -> int:
        period = self._get()
        return period.visits if period else 0

    def _median(self) -> str:
        period = self._get()
        return report.duration(period.median_seconds if period else None)

    def _p90(self) -> str:
        period = self._get()
        return report.duration(period.p90_seconds if period else None)

    def _busiest(self) -> int:
        period = self._get()
        return max(period.hours) if period else 0

    def _days(self) -> str:
        period = self._get()
        if period is None:
            return ""
        if period.first_day == period.last_day:
            return period.first_day.isoformat()
        return f"{period.first_day.isoformat()} – {period.last_day.isoformat()}"

    isOpen = Property(bool, lambda self: self._open, notify=changed)
    available = Property(bool, lambda self: self._recorder is not None, constant=True)
    period = Property(str, lambda self: self._period, notify=changed)
    visits = Property(int, _visits, notify=changed)
    medianLength = Property(str, _median, notify=changed)
    p90Length = Property(str, _p90, notify=changed)
    busiestHour = Property(int, _busiest, notify=changed)
    days = Property(str, _days, notify=changed)
    items = Property(RowModel, lambda self: self._items, constant=True)
    hours = Property(RowModel, lambda self: self._hours, constant=True)
