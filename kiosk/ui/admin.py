"""AdminGate: the PIN pad that lets staff leave kiosk mode or reload the content."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.pin import MAX_TRIES, Lockout
from kiosk.ui import registry

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.admin")

PIN_LENGTH = 8


@QmlElement
@QmlSingleton
class AdminGate(QObject):
    """Collects digits, checks them with the configured salted hash, then offers exit/reload.

    Args:
        check: whether a PIN is right.
        notices: what staff should read once unlocked.
        lockout: counts wrong PINs and locks the pad (`kiosk.pin.Lockout`; one in memory
            when None).
    """

    changed = Signal()
    exitRequested = Signal()
    reloadRequested = Signal()

    def __init__(self, check: Callable[[str], bool],
                 notices: Callable[[], list[str]] | None = None,
                 lockout: Lockout | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._notices = notices or (lambda: [])
        self._open = False
        self._unlocked = False
        self._pin = ""
        self._failed = False
        self._lockout = lockout or Lockout()
        self._lock_timer = QTimer(self, singleShot=True)
        self._lock_timer.timeout.connect(self.changed)
        self._arm(self._lockout.remaining())  # a lock from before a restart still holds

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
        `MAX_TRIES` wrong PINs in a row the pad refuses every PIN for a while (see
        `kiosk.pin.Lockout`), across restarts."""
        if self._locked():
            log.warning("admin PIN refused: the pad is locked for %d s more",
                        math.ceil(self._lockout.remaining()))
        elif self._check(self._pin):
            self._unlocked = True
            self._lockout.succeeded()
            log.info("admin unlocked")
        else:
            self._failed = True
            log.warning("wrong admin PIN (%d of %d before the pad locks)",
                        self._lockout.tries + 1, MAX_TRIES)
            self._arm(self._lockout.failed())
        self._pin = ""
        self.changed.emit()

    def _arm(self, seconds: float) -> None:
        """Says so when a lock of `seconds` ends."""
        if seconds > 0:
            self._lock_timer.start(math.ceil(seconds * 1000))

    def _locked(self) -> bool:
        return self._lockout.remaining() > 0

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
    length = Property(int, lambda self: PIN_LENGTH, constant=True)
    locked = Property(bool, _locked, notify=changed)
    lockMinutes = Property(int, lambda self: math.ceil(self._lockout.remaining() / 60),
                           notify=changed)
    notices = Property(list, _get_notices, notify=changed)
