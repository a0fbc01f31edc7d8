"""ContentStore: the content model for QML, from the cache at once, rebuilt in a worker."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Property,
    QObject,
    QProcess,
    QProcessEnvironment,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk import paths
from kiosk.content import ContentModel, load_cached, load_last_good
from kiosk.ui import registry, rows
from kiosk.ui.linebreak import break_title
from kiosk.ui.models import (
    AchievementModel,
    ArticleModel,
    ExhibitModel,
    FigureModel,
    QuoteModel,
    TopicItemModel,
    TopicModel,
)

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.content")

PARSE_TIMEOUT_MS = 300_000  # a 10 MB article parses in 50-80 s here


def parse_command(seed: Path, cache_dir: Path | None) -> list[str]:
    """The command line that parses `seed` in a child process and prints the model as JSON.

    The packaged kiosk is its own parser (`zgc-kiosk parse`); from a checkout it is
    `python -m kiosk parse`.
    """
    command = [sys.executable] if paths.frozen() else [sys.executable, "-m", "kiosk"]
    command += ["parse", str(seed), "--json"]
    if cache_dir is not None:
        command += ["--cache-dir", str(cache_dir)]
    return command


class ContentLoader(QObject):
    """Parses the article in a child process, so jieba's dictionary and the parse never share
    the GUI's interpreter: no GIL contention with the UI (a worker thread made the parse 3-7x
    slower than alone), no jieba memory in the kiosk, and a parser crash cannot take the kiosk
    down."""

    loaded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, seed: Path, cache_dir: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seed = seed
        self._cache_dir = cache_dir
        self._process = QProcess(self)
        self._process.finished.connect(self._on_finished)
        self._process.errorOccurred.connect(self._on_error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PARSE_TIMEOUT_MS)
        self._timer.timeout.connect(self._on_timeout)
        self._done = False

    def start(self) -> None:
        """Starts the child process; `loaded` or `failed`, then `finished`, follow."""
        program, *arguments = parse_command(self._seed, self._cache_dir)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("PYTHONIOENCODING", "utf-8")
        self._process.setProcessEnvironment(environment)
        self._process.setWorkingDirectory(str(paths.root()))
        self._timer.start()
        self._process.start(program, arguments)

    def wait(self) -> None:
        """Blocks until the child is done and its result delivered (for tests and tools)."""
        if not self._done:
            self._process.waitForFinished(PARSE_TIMEOUT_MS)
            if not self._done:
                self._on_timeout()

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        out = bytes(self._process.readAllStandardOutput().data())
        err = bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace")
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            try:
                model = ContentModel.from_json(json.loads(out))
            except (ValueError, TypeError, KeyError) as exc:
                self._finish(f"the parser's output was unreadable ({exc})")
            else:
                self._finish(None, model)
        else:
            lines = [line for line in err.splitlines() if line.strip()]
            reason = lines[-1].removeprefix("error: ") if lines else f"exit code {code}"
            if status != QProcess.ExitStatus.NormalExit:
                reason = f"the parser crashed ({reason})"
            self._finish(reason)

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._finish(f"could not start the parser ({self._process.errorString()})")

    def _on_timeout(self) -> None:
        if not self._done:
            self._finish(f"the parser took longer than {PARSE_TIMEOUT_MS / 1000:g} s")
            self._process.kill()
            self._process.waitForFinished(2000)

    def _finish(self, reason: str | None, model: ContentModel | None = None) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        if model is not None:
            self.loaded.emit(model)
        else:
            self.failed.emit(reason or "unknown error")
        self.finished.emit()


@QmlElement
@QmlSingleton
class ContentStore(QObject):
    """Holds the current content and the models built from it.

    The last good content stays on screen when a rebuild fails; `message` says why.
    """

    contentChanged = Signal()
    stateChanged = Signal()
    filterChanged = Signal()

    def __init__(self, seed: Path, cache_dir: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seed = seed
        self._cache_dir = cache_dir
        self._content: ContentModel | None = None
        self._loader: ContentLoader | None = None
        self._again = False
        self._message = ""
        self._speaker = ""
        self._typed = ""
        self._topic = ""
        self._achievements = AchievementModel(self)
        self._exhibits = ExhibitModel(self)
        self._quotes = QuoteModel(self)
        self._figures = FigureModel(self)
        self._topics = TopicModel(self)
        self._topic_items = TopicItemModel(self)
        self._article = ArticleModel(self)

    @staticmethod
    def create(engine: QQmlEngine) -> ContentStore:
        """The store the application provided (QML singleton factory)."""
        return registry.provided(ContentStore)

    def content(self) -> ContentModel | None:
        """The content on show, if any."""
        return self._content

    def load_cached(self) -> bool:
        """Shows the cached content, without importing jieba.

        Returns:
            True when the cache was current; otherwise call `rebuild`.
        """
        model = load_cached(self._seed, self._cache_dir)
        if model is not None:
            self.set_content(model)
        return model is not None

    @Slot()
    def rebuild(self) -> None:
        """Parses the article in a worker thread; the current content stays until it is done.

        A request while a parse runs is kept and served when that parse ends, so the last
        change on disk is the one shown.
        """
        if self._loader is not None:
            self._again = True
            return
        self._loader = ContentLoader(self._seed, self._cache_dir, self)
        self._loader.loaded.connect(self._on_loaded)
        self._loader.failed.connect(self._on_failed)
        self._loader.finished.connect(self._on_finished)
        self.stateChanged.emit()
        self._loader.start()

    def wait(self) -> None:
        """Blocks until running rebuilds are finished and their results shown (tests, tools)."""
        loader = self._loader
        while loader is not None:
            loader.wait()
            if self._loader is loader:
                return
            loader = self._loader

    def set_content(self, model: ContentModel) -> None:
        """Shows `model` in every view."""
        self._content = model
        self._message = ""
        self._achievements.set_rows(rows.achievement_rows(model))
        self._exhibits.set_rows(rows.exhibit_rows(model))
        self._figures.set_rows(rows.figure_rows(model))
        self._article.set_rows(rows.article_rows(model))
        self._apply_filters()
        log.info("content: %d achievements, %d exhibits, %d quotes, %d figures",
                 len(model.achievements), len(model.exhibits), len(model.quotes),
                 len(model.figures))
        self.contentChanged.emit()
        self.stateChanged.emit()

    def _apply_filters(self) -> None:
        model = self._content
        if model is None:
            return
        self._quotes.set_rows(rows.quote_rows(model, self._speaker))
        self._topics.set_rows(rows.topic_rows(model, self._typed))
        self._topic_items.set_rows(rows.topic_item_rows(model, self._topic))
        self.filterChanged.emit()

    def _on_loaded(self, model: ContentModel) -> None:
        self.set_content(model)

    def _on_failed(self, reason: str) -> None:
        log.error("content rebuild failed: %s", reason)
        if self._content is None and (model := load_last_good(self._seed,
                                                              self._cache_dir)) is not None:
            log.warning("showing the last content that loaded for %s", self._seed.name)
            self.set_content(model)
        self._message = reason
        self.stateChanged.emit()

    def _on_finished(self) -> None:
        loader, self._loader = self._loader, None
        if loader is not None:
            loader.deleteLater()
        self.stateChanged.emit()
        if self._again:
            self._again = False
            self.rebuild()

    # State ------------------------------------------------------------------------------

    def _ready(self) -> bool:
        return self._content is not None

    def _loading(self) -> bool:
        return self._loader is not None

    def _get_message(self) -> str:
        return self._message

    ready = Property(bool, _ready, notify=stateChanged)
    loading = Property(bool, _loading, notify=stateChanged)
    message = Property(str, _get_message, notify=stateChanged)

    # Page furniture ----------------------------------------------------------------------

    def _field(self, name: str) -> Any:
        model = self._content
        if model is None:
            return ""
        art, event = model.article, model.event
        values: dict[str, Any] = {
            "eventName": event.name, "eventPlace": event.place,
            "eventDates": _dates(event.start, event.end),
            "tagline": event.theme or f"{art.kicker.rstrip('—')}",
            "headline": art.title, "kicker": art.kicker, "dateline": art.dateline,
            "reporters": "、".join(art.reporters), "date": art.date,
            "fields": "、".join(model.fields), "subForums": len(model.sub_forums),
        }
        return values[name]

    eventName = Property(str, lambda self: self._field("eventName"), notify=contentChanged)
    eventPlace = Property(str, lambda self: self._field("eventPlace"), notify=contentChanged)
    eventDates = Property(str, lambda self: self._field("eventDates"), notify=contentChanged)
    tagline = Property(str, lambda self: self._field("tagline"), notify=contentChanged)
    headline = Property(str, lambda self: self._field("headline"), notify=contentChanged)
    kicker = Property(str, lambda self: self._field("kicker"), notify=contentChanged)
    dateline = Property(str, lambda self: self._field("dateline"), notify=contentChanged)
    reporters = Property(str, lambda self: self._field("reporters"), notify=contentChanged)
    fieldNames = Property(str, lambda self: self._field("fields"), notify=contentChanged)

    def _announced(self) -> int:
        model = self._content
        if model is None or model.announced.count is None:
            return -1
        return model.announced.count

    def _announced_shown(self) -> int:
        """Achievements of the announced set the content names (earlier results excluded)."""
        model = self._content
        if model is None:
            return 0
        return sum(1 for a in model.achievements if a.kind == "major")

    announcedCount = Property(int, _announced, notify=contentChanged)
    announcedShown = Property(int, _announced_shown, notify=contentChanged)

    def _speakers(self) -> list[str]:
        model = self._content
        if model is None:
            return []
        return list(dict.fromkeys(q.speaker for q in model.quotes if q.speaker))

    speakers = Property(list, _speakers, notify=contentChanged)

    def _teasers(self) -> dict[str, str]:
        """One line per Home tile: a live count or a glimpse of the content."""
        model = self._content
        if model is None:
            return {}
        figure = next((f for f in model.figures if f.kind == "count"), None)
        return {
            "achievements": f"{len(model.achievements)}项成果",
            "exhibits": "、\u200b".join(break_title(e.name, e.name_breaks)
                                        for e in model.exhibits[:2]) or "—",
            "voices": f"{len(model.quotes)}段引语 · {len({q.speaker for q in model.quotes})}位嘉宾",
            "figures": (f"{figure.literal}{figure.label}" if figure
                        else f"{len(model.figures)}个数字"),
            "topics": " · ".join(t.term for t in model.topics[:4]),
            "article": model.article.title,
        }

    teasers = Property(dict, _teasers, notify=contentChanged)

    # Filters -----------------------------------------------------------------------------

    def _get_speaker(self) -> str:
        return self._speaker

    def _set_speaker(self, speaker: str) -> None:
        if speaker != self._speaker:
            self._speaker = speaker
            self._apply_filters()

    def _get_typed(self) -> str:
        return self._typed

    def _set_typed(self, typed: str) -> None:
        if typed != self._typed:
            self._typed = typed
            self._apply_filters()

    def _get_topic(self) -> str:
        return self._topic

    def _set_topic(self, topic: str) -> None:
        if topic != self._topic:
            self._topic = topic
            self._apply_filters()

    speaker = Property(str, _get_speaker, _set_speaker, notify=filterChanged)
    topicFilter = Property(str, _get_typed, _set_typed, notify=filterChanged)
    topic = Property(str, _get_topic, _set_topic, notify=filterChanged)

    # Models -------------------------------------------------------------------------------

    achievements = Property(AchievementModel, lambda self: self._achievements, constant=True)
    exhibits = Property(ExhibitModel, lambda self: self._exhibits, constant=True)
    quotes = Property(QuoteModel, lambda self: self._quotes, constant=True)
    figures = Property(FigureModel, lambda self: self._figures, constant=True)
    topics = Property(TopicModel, lambda self: self._topics, constant=True)
    topicItems = Property(TopicItemModel, lambda self: self._topic_items, constant=True)
    article = Property(ArticleModel, lambda self: self._article, constant=True)


def _dates(start: str, end: str) -> str:
    """`2023年5月25日—30日` from ISO dates."""
    def parts(iso: str) -> tuple[str, str, str]:
        year, month, day = [*iso.split("-"), "", ""][:3]
        return year, month.lstrip("0"), day.lstrip("0")

    if not start:
        return ""
    y1, m1, d1 = parts(start)
    text = f"{y1}年{m1}月{d1}日"
    if end and end != start:
        y2, m2, d2 = parts(end)
        text += f"—{d2}日" if (y1, m1) == (y2, m2) else f"—{m2}月{d2}日"
    return text
