"""KioskGuard: fullscreen kiosk behaviour — no closing by keys, cursor hidden while unused."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QKeyEvent, QKeySequence, QWindow

log = logging.getLogger("kiosk.window")

CURSOR_HIDE_MS = 3000
_CLOSE_KEYS = (QKeySequence.StandardKey.Close, QKeySequence.StandardKey.Quit)
# Named as well: the standard keys depend on the platform theme (offscreen and some
# compositors have none, and then Quit matches nothing).
_CONTROL = Qt.KeyboardModifier.ControlModifier
_CLOSE_CHORDS = {(Qt.Key.Key_Q, _CONTROL), (Qt.Key.Key_W, _CONTROL), (Qt.Key.Key_F4, _CONTROL),
                 (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)}


class KioskGuard(QObject):
    """Event filter for the kiosk window: close requests are refused unless `release()` was
    called (the admin exit), and the mouse cursor shows only while a mouse is moving."""

    def __init__(self, window: QWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._released = False
        self._hidden = False
        self._hide_timer = QTimer(self, singleShot=True, interval=CURSOR_HIDE_MS)
        self._hide_timer.timeout.connect(self._hide_cursor)
        window.installEventFilter(self)
        self._hide_cursor()

    def release(self) -> None:
        """Allows the window to close (after the admin PIN)."""
        self._released = True
        # (A hide already timed would otherwise set the blank cursor again after the release,
        # over whatever comes next.)
        self._hide_timer.stop()
        self._show_cursor()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refuses close events and close shortcuts; shows the cursor on mouse movement."""
        kind = event.type()
        if kind == QEvent.Type.Close and not self._released:
            log.info("close request refused in kiosk mode")
            event.ignore()
            return True
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and (
                any(event.matches(key) for key in _CLOSE_KEYS)
                or (Qt.Key(event.key()), event.modifiers()) in _CLOSE_CHORDS):
            return True
        if kind == QEvent.Type.MouseMove and not self._released:
            self._show_cursor()
            self._hide_timer.start()
        return False

    def _hide_cursor(self) -> None:
        if not self._hidden:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._hidden = True

    def _show_cursor(self) -> None:
        if self._hidden:
            QGuiApplication.restoreOverrideCursor()
            self._hidden = False
