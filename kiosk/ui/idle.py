"""IdleMonitor: notices when visitors leave, warns, returns Home, then starts the attract loop.

It filters the whole application's events, so touch, mouse and keys all count as presence.
The input that wakes the kiosk is swallowed: it must not also press what lies beneath.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.ui import registry

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.idle")

_PRESS = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
          QEvent.Type.TouchBegin, QEvent.Type.KeyPress, QEvent.Type.Wheel,
          QEvent.Type.TabletPress}
_RELEASE = {QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel,
            QEvent.Type.KeyRelease, QEvent.Type.TabletRelease}
_ACTIVITY = _PRESS | _RELEASE | {QEvent.Type.MouseMove, QEvent.Type.TouchUpdate}


@QmlElement
@QmlSingleton
class IdleMonitor(QObject):
    """States: `active`, `warning` (counting down), `attract` (the loop is showing)."""

    stateChanged = Signal()
    countdownChanged = Signal()
    timedOut = Signal()
    keyboardChanged = Signal()

    def __init__(self, idle_seconds: int = 90, countdown_seconds: int = 10,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = "active"
        self._countdown_seconds = countdown_seconds
        self._countdown = countdown_seconds
        self._swallowing = False
        self._unattended = False
        self._keyboard = False  # whether this visitor has pressed a key
        self._last_input = time.monotonic()
        self._idle = QTimer(self, singleShot=True, interval=max(1, idle_seconds) * 1000)
        self._idle.timeout.connect(self._on_idle)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._on_tick)

    @staticmethod
    def create(engine: QQmlEngine) -> IdleMonitor:
        """The monitor the application provided (QML singleton factory)."""
        return registry.provided(IdleMonitor)

    def start(self) -> None:
        """Starts watching for idleness."""
        self._idle.start()

    def stop(self) -> None:
        """Stops both timers: a closed session must not go idle after its engine is gone."""
        self._idle.stop()
        self._tick.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Counts any input as presence; swallows the input that wakes the kiosk."""
        kind = event.type()
        if kind not in _ACTIVITY:
            return False
        if self._state != "active":
            if kind in _PRESS:
                self.wake()
                self._swallowing = True
                return True
            return False
        if self._swallowing:
            if kind in _RELEASE:
                self._swallowing = False
            return True
        self._unattended = False
        self._last_input = time.monotonic()
        self._idle.start()
        if kind == QEvent.Type.KeyPress and not self._keyboard:
            self._keyboard = True  # a hardware keyboard: typing hints may show
            self.keyboardChanged.emit()
        return False

    @Slot()
    def wake(self) -> None:
        """Back to normal use (the Stay button, or any input)."""
        if self._state != "active":
            log.info("visitor present (was %s)", self._state)
        self._tick.stop()
        self._unattended = False
        self._last_input = time.monotonic()
        self._set_state("active")
        self._idle.start()

    def idle_for(self) -> float:
        """Seconds since the last input (or wake): how long ago the visitor left, once idle."""
        return time.monotonic() - self._last_input

    @Slot()
    def sleep(self) -> None:
        """Starts the attract loop at once (for tests and the self-test)."""
        self._tick.stop()
        self.timedOut.emit()
        self._set_state("attract")

    def _on_idle(self) -> None:
        if self._state != "active":
            return
        if self._unattended:
            self.sleep()
            return
        self._countdown = self._countdown_seconds
        self.countdownChanged.emit()
        self._set_state("warning")
        self._tick.start()

    def _on_tick(self) -> None:
        self._countdown -= 1
        self.countdownChanged.emit()
        if self._countdown <= 0:
            self._tick.stop()
            self.timedOut.emit()
            self._set_state("active")
            # nobody answered: further idleness on Home goes straight to the attract loop
            self._unattended = True
            self._idle.start()

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            if state == "attract" and self._keyboard:
                self._keyboard = False
                self.keyboardChanged.emit()
            self.stateChanged.emit()

    def _get_state(self) -> str:
        return self._state

    def _get_countdown(self) -> int:
        return self._countdown

    state = Property(str, _get_state, notify=stateChanged)
    countdown = Property(int, _get_countdown, notify=countdownChanged)
    countdownTotal = Property(int, lambda self: self._countdown_seconds, constant=True)
    keyboard = Property(bool, lambda self: self._keyboard, notify=keyboardChanged)
