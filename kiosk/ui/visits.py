"""VisitLog: what a running kiosk's visitors do, handed to the usage statistics recorder."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.content.model import ContentModel
from kiosk.present import screens
from kiosk.present.localize import chinese_only
from kiosk.stats.names import item_names
from kiosk.stats.recorder import UsageRecorder
from kiosk.ui.admin import AdminGate
from kiosk.ui.contentstore import ContentStore
from kiosk.ui.display import Display
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.language import Language
from kiosk.ui.navigator import Navigator


class VisitLog(QObject):
    """Turns the controllers' signals into usage records.

    A visit starts with a wake from the attract loop (or, when none is under way, with a
    screen opened: after an idle return, or before the first attract loop) and ends at the
    visitor's last touch, recorded when the kiosk gives up on them (the idle return) or the
    attract loop starts. During a visit every screen that comes on top, and every item
    swiped to, is recorded (its dwell ends at the next), with the item it shows as
    `kind:id` and the item's Chinese name; so are switches of language and text size, and
    the idle return. A visit in which the admin pad was unlocked is marked `admin` (staff,
    not a visitor: reports leave it out). The session calls `timed_out` before it goes Home
    and `state_changed` before it resets language and text size for the next visitor, so
    neither counts as the visitor's.
    """

    def __init__(self, recorder: UsageRecorder, idle: IdleMonitor, navigator: Navigator,
                 store: ContentStore, language: Language, display: Display,
                 gate: AdminGate, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self._idle = idle
        self._navigator = navigator
        self._store = store
        self._language = language
        self._display = display
        self._state = idle._get_state()
        self._visiting = False
        self._names: tuple[ContentModel | None, dict[str, str]] = (None, {})
        navigator.screenChanged.connect(self._screen)
        navigator.itemChanged.connect(self._screen)
        language.changed.connect(lambda: self._event("language", language.current()))
        display.largeTextChanged.connect(
            lambda: self._event("large_text", "on" if display.property("largeText") else "off"))
        gate.changed.connect(lambda: self._on_gate(gate))
        self._staff = False

    def state_changed(self) -> None:
        """Starts a visit on a wake from the attract loop, ends it when the loop is back."""
        state = self._idle._get_state()
        if state == "active" and self._state == "attract" and not self._visiting:
            self._start()
        elif state == "attract" and self._visiting:
            self._end("attract")
        self._state = state

    def timed_out(self) -> None:
        """Nobody answered the countdown: the visit ended at their last touch."""
        if self._visiting:
            self.recorder.event("idle_return")
            self._end("idle")

    def _start(self) -> None:
        self._visiting, self._staff = True, False
        self.recorder.visit_started(self._language.current())
        self._screen()

    def _end(self, ending: str) -> None:
        self._visiting = False
        self.recorder.visit_ended(self._language.current(), ending, self._idle.idle_for())

    def _on_gate(self, gate: AdminGate) -> None:
        """Marks the visit under way as staff's (once) when the admin pad is unlocked."""
        if gate.property("unlocked") and self._visiting and not self._staff:
            self._staff = True
            self.recorder.event("admin")

    def _event(self, kind: str, value: str = "") -> None:
        if self._visiting:
            self.recorder.event(kind, value)

    def _screen(self) -> None:
        name, index = self._navigator.current()
        if not self._visiting:
            # A visitor who came after an idle return (or before the first attract loop)
            # opens something; going Home is the kiosk's own doing.
            if name != screens.HOME.name and self._idle._get_state() == "active":
                self._start()
            return
        entry = screens.screen(name)
        item = ""
        if entry is not None and entry.kind and index >= 0:
            key = self._store.item_key(entry.kind, index)
            item = f"{entry.kind}:{key}" if key else ""
        self.recorder.screen_shown(name, item, self._name(item) if item else "")

    def _name(self, item: str) -> str:
        """The item's Chinese name (names are worked out once per content)."""
        model = self._store.content()
        if model is not self._names[0]:
            names = item_names(model, chinese_only(model.english)) if model is not None else {}
            self._names = (model, names)
        return self._names[1].get(item, "")
