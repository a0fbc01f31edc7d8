"""AttractLoop: while nobody is at the kiosk, cycle featured quotes, achievements and figures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.content import ContentModel
from kiosk.ui import registry
from kiosk.ui.linebreak import break_title
from kiosk.ui.rows import achievement_rows, figure_rows, number_parts

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

_QUOTE_MAX = 60


def attract_slides(model: ContentModel) -> list[dict[str, Any]]:
    """Slides alternating quote, achievement and figure, each dict with `kind`, `title`,
    `body` and `caption`; quotes longer than a glance can take are left out."""
    quotes = [{"kind": "quote", "title": break_title(q.text, q.text_breaks), "body": q.speaker,
               "caption": q.speaker_title}
              for q in model.quotes if q.kind == "direct" and len(q.text) <= _QUOTE_MAX]
    achievements = [{"kind": "achievement", "title": a.name, "body": a.summary,
                     "caption": a.provenance}
                    for a in achievement_rows(model) if a.kind == "major"]
    figures = []
    for row in figure_rows(model):
        for item in row.items:
            if number_parts(item["literal"])["number"] is not None:
                figures.append({"kind": "figure", "title": item["literal"],
                                "body": item["label"], "caption": row.provenance})
    slides: list[dict[str, Any]] = []
    for n in range(max(len(quotes), len(achievements), len(figures))):
        for group in (quotes, achievements, figures):
            if n < len(group):
                slides.append(group[n])
    return slides


@QmlElement
@QmlSingleton
class AttractLoop(QObject):
    """Advances `index` every `seconds` while `running`."""

    slideChanged = Signal()
    runningChanged = Signal()

    def __init__(self, seconds: int = 8, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slides: list[dict[str, Any]] = []
        self._index = 0
        self._timer = QTimer(self, interval=max(1, seconds) * 1000)
        self._timer.timeout.connect(self.next)

    @staticmethod
    def create(engine: QQmlEngine) -> AttractLoop:
        """The loop the application provided (QML singleton factory)."""
        return registry.provided(AttractLoop)

    def set_content(self, model: ContentModel | None) -> None:
        """Rebuilds the slides from `model`."""
        self._slides = attract_slides(model) if model is not None else []
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

    def _slide(self) -> dict[str, Any]:
        if not self._slides:
            return {"kind": "", "title": "", "body": "", "caption": ""}
        return self._slides[self._index]

    running = Property(bool, _running, _set_running, notify=runningChanged)
    slide = Property(dict, _slide, notify=slideChanged)
    index = Property(int, lambda self: self._index, notify=slideChanged)
    count = Property(int, lambda self: len(self._slides), notify=slideChanged)
