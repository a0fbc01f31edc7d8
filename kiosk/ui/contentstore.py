"""ContentStore: the content on show and the models built from it, for QML."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.content import ContentModel, load_cached, load_last_good
from kiosk.content.limits import check_model
from kiosk.present import rows
from kiosk.present.event import EventFacts, event_facts
from kiosk.present.localize import SOURCE, Localizer
from kiosk.ui import registry
from kiosk.ui.listmodel import RowModel
from kiosk.ui.loader import ContentLoader

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.content")


@QmlElement
@QmlSingleton
class ContentStore(QObject):
    """Holds the current content and the models built from it.

    Content comes from the cache at once, or from a parse in a child process
    (`ContentLoader`); the last good content stays on screen when a rebuild fails, and
    `message` says why.
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
        self._language = SOURCE
        self._event = EventFacts()
        self._loader: ContentLoader | None = None
        self._again = False
        self._message = ""
        self._speaker = ""
        self._typed = ""
        self._topic = ""
        self._tiles = RowModel(rows.TileRow, self)
        self._speakers = RowModel(rows.SpeakerRow, self)
        self._achievements = RowModel(rows.AchievementRow, self)
        self._exhibits = RowModel(rows.ExhibitRow, self)
        self._quotes = RowModel(rows.QuoteRow, self)
        self._figures = RowModel(rows.FigureRow, self)
        self._topics = RowModel(rows.TopicRow, self)
        self._topic_items = RowModel(rows.TopicItemRow, self)
        self._article = RowModel(rows.ArticleBlockRow, self)

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
        """Parses the article in a child process; the current content stays until it is done.

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
        self.refresh()
        log.info("content: %d achievements, %d exhibits, %d quotes, %d figures",
                 len(model.achievements), len(model.exhibits), len(model.quotes),
                 len(model.figures))
        self.stateChanged.emit()

    def set_language(self, language: str) -> None:
        """Shows the content in `language` ("zh" or "en"), keeping every filter."""
        if language != self._language:
            self._language = language
            self.refresh()

    def localizer(self) -> Localizer:
        """Content text in the language on show."""
        english = self._content.english if self._content is not None else {}
        return Localizer(english, self._language)

    def item_key(self, kind: str, index: int) -> str:
        """The key of the `index`th row a screen of `kind` shows (its content id), or "".

        Args:
            kind: the screen table's item kind ("achievement", "exhibit", "quote", "figure").
            index: the row, as `Navigator` opened the screen at it.

        Returns:
            The row's `key`; empty for another kind or a row that is not there.
        """
        model = {"achievement": self._achievements, "exhibit": self._exhibits,
                 "quote": self._quotes, "figure": self._figures}.get(kind)
        if model is None or not 0 <= index < model.rowCount():
            return ""
        return str(getattr(model.rows()[index], "key", ""))

    def refresh(self) -> None:
        """Rebuilds every row from the content (after new content or a change of language)."""
        model = self._content
        if model is None:
            return
        loc = self.localizer()
        self._event = event_facts(model, loc)
        self._tiles.set_rows(rows.tile_rows(model, loc))
        self._speakers.set_rows(rows.speaker_rows(model, loc))
        self._achievements.set_rows(rows.achievement_rows(model, loc))
        self._exhibits.set_rows(rows.exhibit_rows(model, loc))
        self._figures.set_rows(rows.figure_rows(model, loc))
        self._article.set_rows(rows.article_rows(model))
        self._apply_filters()
        self.contentChanged.emit()

    def _apply_filters(self) -> None:
        model = self._content
        if model is None:
            return
        loc = self.localizer()
        self._quotes.set_rows(rows.quote_rows(model, self._speaker, loc))
        self._topics.set_rows(rows.topic_rows(model, self._typed, loc))
        self._topic_items.set_rows(rows.topic_item_rows(model, self._topic, loc))
        self.filterChanged.emit()

    def _on_loaded(self, model: ContentModel) -> None:
        if problems := check_model(model):  # the child checks too; never show a flood
            self._on_failed(f"{self._seed.name}: {'; '.join(problems)}")
            return
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

    ready = Property(bool, lambda self: self._content is not None, notify=stateChanged)
    loading = Property(bool, lambda self: self._loader is not None, notify=stateChanged)
    message = Property(str, lambda self: self._message, notify=stateChanged)

    # The event and the report ------------------------------------------------------------

    eventName = Property(str, lambda self: self._event.name, notify=contentChanged)
    eventPlace = Property(str, lambda self: self._event.place, notify=contentChanged)
    eventDates = Property(str, lambda self: self._event.dates, notify=contentChanged)
    tagline = Property(str, lambda self: self._event.tagline, notify=contentChanged)
    headline = Property(str, lambda self: self._event.headline, notify=contentChanged)
    kicker = Property(str, lambda self: self._event.kicker, notify=contentChanged)
    dateline = Property(str, lambda self: self._event.dateline, notify=contentChanged)
    reporters = Property(str, lambda self: self._event.reporters, notify=contentChanged)
    fieldNames = Property(str, lambda self: self._event.fields, notify=contentChanged)
    announcedCount = Property(int, lambda self: self._event.announced, notify=contentChanged)
    announcedShown = Property(int, lambda self: self._event.announced_shown,
                              notify=contentChanged)
    language = Property(str, lambda self: self._language, notify=contentChanged)

    # Filters -----------------------------------------------------------------------------

    def _set_speaker(self, speaker: str) -> None:
        if speaker != self._speaker:
            self._speaker = speaker
            self._apply_filters()

    def _set_typed(self, typed: str) -> None:
        if typed != self._typed:
            self._typed = typed
            self._apply_filters()

    def _set_topic(self, topic: str) -> None:
        if topic != self._topic:
            self._topic = topic
            self._apply_filters()

    speaker = Property(str, lambda self: self._speaker, _set_speaker, notify=filterChanged)
    topicFilter = Property(str, lambda self: self._typed, _set_typed, notify=filterChanged)
    topic = Property(str, lambda self: self._topic, _set_topic, notify=filterChanged)
    # the chosen topic as the visitor reads it (`topic` is the article's term, the key)
    topicTerm = Property(str, lambda self: self.localizer().text(self._topic) if self._topic
                         else "", notify=filterChanged)

    # Models -------------------------------------------------------------------------------

    tiles = Property(RowModel, lambda self: self._tiles, constant=True)
    speakers = Property(RowModel, lambda self: self._speakers, constant=True)
    achievements = Property(RowModel, lambda self: self._achievements, constant=True)
    exhibits = Property(RowModel, lambda self: self._exhibits, constant=True)
    quotes = Property(RowModel, lambda self: self._quotes, constant=True)
    figures = Property(RowModel, lambda self: self._figures, constant=True)
    topics = Property(RowModel, lambda self: self._topics, constant=True)
    topicItems = Property(RowModel, lambda self: self._topic_items, constant=True)
    article = Property(RowModel, lambda self: self._article, constant=True)
