"""Display: how the kiosk presents itself to this visitor: large text, reduced motion."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.ui import registry

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

LARGE_TEXT = 1.3  # every text size token is multiplied by this in large text


@QmlElement
@QmlSingleton
class Display(QObject):
    """`largeText` is the visitor's (the `Aa` control; reset when they leave);
    `reducedMotion` the operator's (configuration, admin screen): no animated transitions."""

    largeTextChanged = Signal()
    reducedMotionChanged = Signal()

    def __init__(self, reduced_motion: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._large_text = False
        self._reduced_motion = reduced_motion

    @staticmethod
    def create(engine: QQmlEngine) -> Display:
        """The display settings the application provided (QML singleton factory)."""
        return registry.provided(Display)

    def _set_large_text(self, large: bool) -> None:
        if large != self._large_text:
            self._large_text = large
            self.largeTextChanged.emit()

    def _set_reduced_motion(self, reduced: bool) -> None:
        if reduced != self._reduced_motion:
            self._reduced_motion = reduced
            self.reducedMotionChanged.emit()

    @Slot()
    def toggleLargeText(self) -> None:
        """The visitor's `Aa` control."""
        self._set_large_text(not self._large_text)

    @Slot()
    def toggleReducedMotion(self) -> None:
        """The operator's switch on the admin screen."""
        self._set_reduced_motion(not self._reduced_motion)

    largeText = Property(bool, lambda self: self._large_text, _set_large_text,
                         notify=largeTextChanged)
    reducedMotion = Property(bool, lambda self: self._reduced_motion, _set_reduced_motion,
                             notify=reducedMotionChanged)
    textScale = Property(float, lambda self: LARGE_TEXT if self._large_text else 1.0,
                         notify=largeTextChanged)
