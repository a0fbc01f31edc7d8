"""Session: the controllers of one running kiosk, wired together and handed to QML."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine

from kiosk import paths
from kiosk.config import Config
from kiosk.pin import PinStore
from kiosk.stats.recorder import UsageRecorder
from kiosk.ui import registry
from kiosk.ui.admin import AdminGate
from kiosk.ui.attract import AttractLoop
from kiosk.ui.contentstore import ContentStore
from kiosk.ui.display import Display
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.images import Artworks
from kiosk.ui.language import Language
from kiosk.ui.memory import release_free_memory
from kiosk.ui.navigator import Navigator
from kiosk.ui.usage import UsageView
from kiosk.ui.visits import VisitLog
from kiosk.ui.watcher import ContentWatcher

log = logging.getLogger("kiosk.session")

QML_DIR = paths.qml_dir()


class Session(QObject):
    """Builds the controllers from `config`; `load()` creates the QML engine and window."""

    def __init__(self, config: Config, cache_dir: Path | None = None,
                 stats: UsageRecorder | None = None, pins: PinStore | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.pins = pins or PinStore(paths.user_state_dir(), config.pin_hash)
        self.cache_dir = cache_dir
        self.store = ContentStore(config.seed, cache_dir, self)
        self.navigator = Navigator(self)
        self.idle = IdleMonitor(config.idle_seconds, config.countdown_seconds, self)
        self.attract = AttractLoop(config.attract_seconds, self)
        self.artworks = Artworks(cache_dir, self)
        self.language = Language(config.default_language, self)
        self.store.set_language(self.language.current())
        self.display = Display(config.reduced_motion, self.pins.state_dir, self)
        self.admin = AdminGate(self.pins.check,
                               lambda: [*config.problems, *self.pins.notices(),
                                        self.store.property("message")],
                               self.pins.lockout(), parent=self)
        self.engine: QQmlApplicationEngine | None = None
        self.store.contentChanged.connect(
            lambda: self.attract.set_content(self.store.content(), self.store.localizer()))
        self.idle.timedOut.connect(self._on_timed_out)
        self.idle.stateChanged.connect(self._on_idle_state)
        self.language.changed.connect(self._on_language)
        self.admin.reloadRequested.connect(self.store.rebuild)
        self.watcher = (ContentWatcher(config.seed, self.store.rebuild, parent=self)
                        if config.watch_content else None)
        self.stats = stats
        self.visits = (VisitLog(stats, self.idle, self.navigator, self.store, self.language,
                                self.display, self.admin, self) if stats is not None else None)
        self.usage = UsageView(stats, self.store, self.admin, self.language, self)
        for controller in (self.store, self.navigator, self.idle, self.attract, self.admin,
                           self.artworks, self.language, self.display, self.usage):
            registry.provide(controller)

    def _on_timed_out(self) -> None:
        if self.visits is not None:  # first: the visit ends before the kiosk goes Home
            self.visits.timed_out()
        self.navigator.home()

    def _on_idle_state(self) -> None:
        if self.visits is not None:  # first: the visit ends before the resets below
            self.visits.state_changed()
        attract = self.idle._get_state() == "attract"
        if attract:  # the visitor has gone: the next one starts as the kiosk was set up
            self.language.reset()
            self.display.setProperty("largeText", False)
            release_free_memory()
        self.attract._set_running(attract)

    def _on_language(self) -> None:
        """Python's strings in the new language: rows and slides (the store's contentChanged
        rebuilds those; screen titles follow `Language.language` in QML)."""
        self.store.set_language(self.language.current())

    def load(self) -> QQmlApplicationEngine:
        """Loads Kiosk/Main.qml; the caller checks `engine.rootObjects()`."""
        engine = QQmlApplicationEngine()
        engine.addImportPath(str(QML_DIR))
        self.language.attach(engine)
        engine.loadFromModule("Kiosk", "Main")
        self.engine = engine
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.idle.start()
        return engine

    def close(self) -> None:
        """Stops watching input, writes the statistics, stops their writer and drops the engine
        (tests build many sessions)."""
        if self.stats is not None:
            self.stats.close()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.idle.stop()
        self.attract._set_running(False)
        self.store.wait()
        self.artworks.close()
        self.language.close()
        if self.engine is not None:
            self.engine.deleteLater()
            self.engine = None

    @staticmethod
    def qml_url(name: str) -> QUrl:
        """File URL of a QML file of the Kiosk module (for diagnostics)."""
        return QUrl.fromLocalFile(str(QML_DIR / "Kiosk" / name))
