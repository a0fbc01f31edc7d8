"""AttractLoop: while nobody is at the kiosk, show the featured slides one after another."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.content import ContentModel
from kiosk.present import screens
from kiosk.present.localize import Localizer
from kiosk.present.slides import EMPTY, Slide, attract_slides
from kiosk.ui import registry

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlSingleton
class AttractLoop(QObject):
    """Advances `index` every `seconds` while `running`."""

    slideChanged = Signal()
    runningChanged = Signal()

    def __init__(self, seconds: int = 8, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slides: list[Slide] = []
        self._index = 0
        self._timer = QTimer(self, interval=max(1, seconds) * 1000)
        self._timer.timeout.connect(self.next)

    @staticmethod
    def create(engine: QQmlEngine) -> AttractLoop:
        """The loop the application provided (QML singleton factory)."""
        return registry.provided(AttractLoop)

    def set_content(self, model: ContentModel | None, loc: Localizer | None = None) -> None:
        """Rebuilds the slides from `model`, in `loc`'s language (Chinese when None)."""
        self._slides = attract_slides(model, loc) if model is not None else []
        self._index = 0
        self.slideChanged.emit()

    @Slot()
    def next(self) -> None:
        """Shows the next slide, wrapping round."""
        if self._slides:
            self._index = (self._index + 1) % len(self._slides)
            self.slideChanged.emit()

    def _running(self) -> bool:
        return self._timer.isActive()

    def _set_running(self, running: bool) -> None:
        if running == self._timer.isActive():
            return
        if running:
            self._timer.start()
        else:
            self._timer.stop()
        self.runningChanged.emit()

    def _slide(self) -> Slide:
        return self._slides[self._index] if self._slides else EMPTY

    def _part(self) -> str:
        entry = screens.screen(self._slide().screen)
        return screens.title(entry) if entry is not None else ""

    # Plain strings rather than one map: QML reads them on every slide for years, and a map
    # becomes a new JavaScript object at each read.
    running = Property(bool, _running, _set_running, notify=runningChanged)
    kind = Property(str, lambda self: self._slide().kind, notify=slideChanged)
    title = Property(str, lambda self: self._slide().title, notify=slideChanged)
    body = Property(str, lambda self: self._slide().body, notify=slideChanged)
    caption = Property(str, lambda self: self._slide().caption, notify=slideChanged)
    part = Property(str, _part, notify=slideChanged)
    index = Property(int, lambda self: self._index, notify=slideChanged)
    count = Property(int, lambda self: len(self._slides), notify=slideChanged)
    interval = Property(int, lambda self: self._timer.interval(), constant=True)
