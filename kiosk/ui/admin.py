"""AdminGate: the PIN pad that lets staff leave kiosk mode or reload the content."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.ui import registry

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.admin")

PIN_LENGTH = 8


@QmlElement
@QmlSingleton
class AdminGate(QObject):
    """Collects digits, checks them with the configured salted hash, then offers exit/reload."""

    changed = Signal()
    exitRequested = Signal()
    reloadRequested = Signal()

    def __init__(self, check: Callable[[str], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._open = False
        self._unlocked = False
        self._pin = ""
        self._failed = False

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
        """Checks the PIN; unlocks on success, else clears it and says so."""
        if self._check(self._pin):
            self._unlocked = True
            log.info("admin unlocked")
        else:
            self._failed = True
            log.warning("wrong admin PIN")
        self._pin = ""
        self.changed.emit()

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
