"""Navigator: which screen is showing, the way back, and a usage record of each visit."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.ui import registry

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.navigation")

SCREENS = ("home", "achievements", "achievement", "exhibits", "exhibit", "voices", "figures",
           "topics", "article")


@QmlElement
@QmlSingleton
class Navigator(QObject):
    """A stack of screens; QML's StackView follows its `pushed`/`popped`/`wentHome` signals."""

    pushed = Signal(str, int)
    popped = Signal()
    wentHome = Signal()
    screenChanged = Signal()

    def __init__(self, stats: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack: list[tuple[str, int]] = [("home", -1)]
        self._stats = stats

    @staticmethod
    def create(engine: QQmlEngine) -> Navigator:
        """The navigator the application provided (QML singleton factory)."""
        return registry.provided(Navigator)

    @Slot(str)
    @Slot(str, int)
    def open(self, screen: str, index: int = -1) -> None:
        """Shows `screen` (at item `index` for detail screens) on top of the current one."""
        if screen not in SCREENS:
            log.warning("no screen %r", screen)
            return
        self._stack.append((screen, index))
        if self._stats is not None:
            self._stats.record("open", f"{screen}:{index}" if index >= 0 else screen)
        self.pushed.emit(screen, index)
        self.screenChanged.emit()

    @Slot()
    def back(self) -> None:
        """Returns to the previous screen; does nothing on Home."""
        if len(self._stack) > 1:
            self._stack.pop()
            self.popped.emit()
            self.screenChanged.emit()

    @Slot()
    def home(self) -> None:
        """Returns to Home from anywhere."""
        if len(self._stack) > 1:
            del self._stack[1:]
            self.wentHome.emit()
            self.screenChanged.emit()

    def _screen(self) -> str:
        return self._stack[-1][0]

    def _depth(self) -> int:
        return len(self._stack)

    screen = Property(str, _screen, notify=screenChanged)
    depth = Property(int, _depth, notify=screenChanged)
