"""Navigator: which screen is showing and the way back."""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.present import screens
from kiosk.ui import registry

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.navigation")


@QmlElement
@QmlSingleton
class Navigator(QObject):
    """A stack of screens; QML's StackView follows its `pushed`/`popped`/`wentHome` signals.

    `pushed` carries the screen's name, its QML file (both from the screen table) and the
    item to open it at.
    """

    pushed = Signal(str, str, int)
    popped = Signal()
    wentHome = Signal()
    screenChanged = Signal()
    itemChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack: list[tuple[str, int]] = [(screens.HOME.name, -1)]

    @staticmethod
    def create(engine: QQmlEngine) -> Navigator:
        """The navigator the application provided (QML singleton factory)."""
        return registry.provided(Navigator)

    @Slot(str)
    @Slot(str, int)
    def open(self, screen: str, index: int = -1) -> None:
        """Shows `screen` (at item `index` for detail screens) on top of the current one."""
        entry = screens.screen(screen)
        if entry is None or entry is screens.HOME:
            log.warning("no screen %r to open", screen)
            return
        self._stack.append((screen, index))
        self.pushed.emit(screen, entry.qml, index)
        self.screenChanged.emit()

    @Slot(str, int)
    def showItem(self, screen: str, index: int) -> None:
        """The detail screen on top now shows item `index` (the visitor swiped to it)."""
        top, shown = self._stack[-1]
        if screen == top and index >= 0 and index != shown and len(self._stack) > 1:
            self._stack[-1] = (screen, index)
            self.itemChanged.emit()

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

    def current(self) -> tuple[str, int]:
        """The screen on top and the item it was opened at (-1 for none)."""
        return self._stack[-1]

    def _screen(self) -> str:
        return self._stack[-1][0]

    def _depth(self) -> int:
        return len(self._stack)

    # Titles are answered one string at a time: a map property becomes a new JavaScript
    # object at every read, and PySide keeps a little of each (0.6 KB a read, measured).
    @Slot(str, str, result=str)
    def title(self, name: str, language: str) -> str:
        """The title of screen `name`, in `language` (pass `Language.language`: the binding
        then follows a switch; the title comes in the language on show)."""
        entry = screens.screen(name)
        return screens.title(entry) if entry is not None else ""

    @Slot(str, str, result=str)
    def subtitle(self, name: str, language: str) -> str:
        """The title of screen `name` in the other language (see `title`)."""
        entry = screens.screen(name)
        return screens.subtitle(entry) if entry is not None else ""

    screen = Property(str, _screen, notify=screenChanged)

    depth = Property(int, _depth, notify=screenChanged)
