"""Language: the visitor's language, switched live; the interface through Qt's translators.

Chinese is the source language of every string, so it needs no translator; English loads
`kiosk_en.qm` (compiled from `kiosk/translations/kiosk_en.ts` by the build). Switching
re-translates QML (`QQmlEngine.retranslate`), and `changed` tells the content store to rebuild
the strings Python writes, so the visitor keeps their place.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QCoreApplication, QObject, QTranslator, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk import paths
from kiosk.present import text
from kiosk.ui import registry

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.language")

SOURCE = "zh"
LANGUAGES = ("zh", "en")
# Each language's name in itself: the toggle offers the other language in its own words.
ENDONYMS = {"zh": "中文", "en": "English"}


@QmlElement
@QmlSingleton
class Language(QObject):
    """The current language (`zh` or `en`), the toggle's label, and the switch itself."""

    changed = Signal()

    def __init__(self, default: str = SOURCE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._default = default if default in LANGUAGES else SOURCE
        self._current = SOURCE
        self._engine: QQmlEngine | None = None
        self._translators: dict[str, QTranslator] = {}
        for code in LANGUAGES:
            if code == SOURCE:
                continue
            translator = QTranslator(self)
            if translator.load(f"kiosk_{code}", str(paths.translations_dir())):
                self._translators[code] = translator
            else:
                log.error("no compiled translation kiosk_%s.qm in %s (run `make translations`)",
                          code, paths.translations_dir())
        self._install_text_hooks()
        self.choose(self._default)

    @staticmethod
    def create(engine: QQmlEngine) -> Language:
        """The language the application provided (QML singleton factory)."""
        return registry.provided(Language)

    def attach(self, engine: QQmlEngine) -> None:
        """The engine whose QML is re-translated on every switch."""
        self._engine = engine

    def _install_text_hooks(self) -> None:
        # Python's strings follow Qt's installed translators; a title's second line is in
        # the other language: English while Chinese shows, the Chinese source otherwise.
        other = self._translators.get("en") if self._current == SOURCE else None
        text.install(QCoreApplication.translate, other.translate if other else None)

    @Slot(str)
    def choose(self, code: str) -> None:
        """Shows the interface and content in `code` ("zh" or "en"); others are ignored."""
        if code not in LANGUAGES or code == self._current:
            return
        if code != SOURCE and code not in self._translators:
            return  # logged at start: the kiosk stays in Chinese
        app = QCoreApplication.instance()
        if app is not None:
            if self._current in self._translators:
                app.removeTranslator(self._translators[self._current])
            if code in self._translators:
                app.installTranslator(self._translators[code])
        self._current = code
        self._install_text_hooks()
        log.info("language: %s", code)
        self.changed.emit()
        if self._engine is not None:
            self._engine.retranslate()

    def close(self) -> None:
        """Takes this language's translator out of the application (before another session
        starts in the same process: tests)."""
        app = QCoreApplication.instance()
        if app is not None and self._current in self._translators:
            app.removeTranslator(self._translators[self._current])
        text.install(None)
        self._engine = None

    @Slot()
    def toggle(self) -> None:
        """Switches between Chinese and English."""
        self.choose("en" if self._current == SOURCE else SOURCE)

    @Slot()
    def reset(self) -> None:
        """Back to the configured default language (when the visitor has gone)."""
        self.choose(self._default)

    def current(self) -> str:
        """The language shown now."""
        return self._current

    language = Property(str, current, notify=changed)
    other = Property(str, lambda self: "en" if self._current == SOURCE else SOURCE,
                     notify=changed)
    otherName = Property(str, lambda self: ENDONYMS["en" if self._current == SOURCE
                                                    else SOURCE], notify=changed)
