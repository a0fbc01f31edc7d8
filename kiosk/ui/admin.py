"""AdminGate: the PIN pad that lets staff leave kiosk mode or reload the content."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.ui import registry

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.admin")

PIN_LENGTH = 8
MAX_TRIES = 5  # wrong PINs in a row before the pad locks
LOCK_SECONDS = 60


@QmlElement
@QmlSingleton
class AdminGate(QObject):
    """Collects digits, checks them with the configured salted hash, then offers exit/reload."""

    changed = Signal()
    exitRequested = Signal()
    reloadRequested = Signal()

    def __init__(self, check: Callable[[str], bool],
                 notices: Callable[[], list[str]] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._notices = notices or (lambda: [])
        self._open = False
        self._unlocked = False
        self._pin = ""
        self._failed = False
        self._tries = 0
        self._locked_until = 0.0
        self._lock_timer = QTimer(self, singleShot=True, interval=LOCK_SECONDS * 1000)
        self._lock_timer.timeout.connect(self.changed)

    @staticmethod
    def create(engine: QQmlEngine) -> AdminGate:
        """The gate the application provided (QML singleton factory)."""
        return registry.provided(AdminGate)

    @Slot()
    def request(self) -> None:
        """Shows the PIN pad."""
        self._open, self._unlocked, self._pin, self._failed = True, False, "", False
        log.info("admin PIN pad opened")
        self.changed.emit()

    @Slot(str)
    def digit(self, digit: str) -> None:
        """Adds one digit to the PIN being entered."""
        if self._open and digit.isdigit() and len(digit) == 1 and len(self._pin) < PIN_LENGTH:
            self._pin += digit
            self._failed = False
            self.changed.emit()

    @Slot()
    def erase(self) -> None:
        """Removes the last digit."""
        self._pin = self._pin[:-1]
        self.changed.emit()

    @Slot()
    def submit(self) -> None:
        """Checks the PIN; unlocks on success, else clears it and says so. After
        `MAX_TRIES` wrong PINs in a row the pad refuses every PIN for `LOCK_SECONDS`."""
        if self._locked():
            log.warning("admin PIN refused: the pad is locked after %d wrong tries", MAX_TRIES)
        elif self._check(self._pin):
            self._unlocked, self._tries = True, 0
            log.info("admin unlocked")
        else:
            self._failed = True
            self._tries += 1
            log.warning("wrong admin PIN (%d in a row)", self._tries)
            if self._tries >= MAX_TRIES:
                self._tries = 0
                self._locked_until = time.monotonic() + LOCK_SECONDS
                self._lock_timer.start()
        self._pin = ""
        self.changed.emit()

    def _locked(self) -> bool:
        return time.monotonic() < self._locked_until

    def _get_notices(self) -> list[Any]:
        """What staff should know once unlocked: configuration problems, content trouble."""
        return [notice for notice in self._notices() if notice] if self._unlocked else []

    @Slot()
    def cancel(self) -> None:
        """Closes the PIN pad without doing anything."""
        self._open, self._unlocked, self._pin, self._failed = False, False, "", False
        self.changed.emit()

    @Slot()
    def exitKiosk(self) -> None:
        """Quits the application, once unlocked."""
        if self._unlocked:
            self.cancel()
            self.exitRequested.emit()

    @Slot()
    def reload(self) -> None:
        """Reloads the content, once unlocked."""
        if self._unlocked:
            self.cancel()
            self.reloadRequested.emit()

    isOpen = Property(bool, lambda self: self._open, notify=changed)
    unlocked = Property(bool, lambda self: self._unlocked, notify=changed)
    failed = Property(bool, lambda self: self._failed, notify=changed)
    entered = Property(int, lambda self: len(self._pin), notify=changed)
    locked = Property(bool, _locked, notify=changed)
    notices = Property(list, _get_notices, notify=changed)
