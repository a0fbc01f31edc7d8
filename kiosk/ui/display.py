"""Display: how the kiosk presents itself to this visitor: large text, reduced motion."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.ui import registry

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.display")

LARGE_TEXT = 1.3  # every text size token is multiplied by this in large text
STATE_FILE = "display.json"  # the admin screen's reduced-motion switch, kept across restarts


@QmlElement
@QmlSingleton
class Display(QObject):
    """`largeText` is the visitor's (the `Aa` control; reset when they leave);
    `reducedMotion` the operator's (configuration, admin screen): no animated transitions.

    Args:
        reduced_motion: the configuration's `reduced_motion`.
        state_dir: where the admin screen's switch is kept; once staff have used it, it wins
            over the configuration (a restart must not undo what staff chose on the spot).
    """

    largeTextChanged = Signal()
    reducedMotionChanged = Signal()

    def __init__(self, reduced_motion: bool = False, state_dir: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._large_text = False
        self._state = state_dir / STATE_FILE if state_dir is not None else None
        self._reduced_motion = self._stored(reduced_motion)

    def _stored(self, configured: bool) -> bool:
        if self._state is None or not self._state.is_file():
            return configured
        try:
            value = json.loads(self._state.read_text(encoding="utf-8"))["reduced_motion"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("ignored %s (%s): reduced motion from the configuration", self._state, exc)
            return configured
        return value if isinstance(value, bool) else configured

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
        """The operator's switch on the admin screen; kept for the next start."""
        self._set_reduced_motion(not self._reduced_motion)
        log.info("reduced motion %s by staff", "on" if self._reduced_motion else "off")
        if self._state is not None:
            try:
                self._state.parent.mkdir(parents=True, exist_ok=True)
                self._state.write_text(json.dumps({"reduced_motion": self._reduced_motion}),
                                       encoding="utf-8")
            except OSError as exc:
                log.warning("could not keep reduced motion in %s: %s", self._state, exc)

    largeText = Property(bool, lambda self: self._large_text, _set_large_text,
                         notify=largeTextChanged)
    reducedMotion = Property(bool, lambda self: self._reduced_motion, _set_reduced_motion,
                             notify=reducedMotionChanged)
    textScale = Property(float, lambda self: LARGE_TEXT if self._large_text else 1.0,
                         notify=largeTextChanged)
