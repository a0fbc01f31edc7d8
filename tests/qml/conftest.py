"""Fixtures for driving the real QML UI offscreen: a session over the seed article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem, QQuickWindow, QSGRendererInterface
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk import paths
from kiosk.config import Config
from kiosk.content import load_content
from kiosk.pin import PinStore
from kiosk.stats.recorder import UsageRecorder
from kiosk.ui import registry
from kiosk.ui.fonts import register_fonts
from kiosk.ui.props import read
from kiosk.ui.selftest import reduce_motion, visible_items
from kiosk.ui.session import Session

QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
ROOT = Path(__file__).resolve().parents[2]
SEED = next((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def content_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache directory holding the seed's parsed model (parsed once per test run)."""
    directory = tmp_path_factory.mktemp("ui-cache")
    load_content(SEED, directory)
    return directory


class Kiosk:
    """The running UI, with helpers that act and look as a visitor would."""

    def __init__(self, session: Session, window: QQuickWindow, qtbot: QtBot) -> None:
        self.session = session
        self.window = window
        self.qtbot = qtbot

    def items(self) -> list[QQuickItem]:
        """Every visible item, top screen included."""
        return visible_items(self.window.contentItem())

    def screen(self) -> QQuickItem:
        """The screen on top of the stack."""
        stack = self.find("screenStack")
        current = read(stack, "currentItem")
        assert isinstance(current, QQuickItem)
        return current

    def find(self, name: str) -> QQuickItem:
        """The visible item called `name` (on the current screen first)."""
        for item in self.items():
            if item.objectName() == name and self._on_top(item):
                return item
        raise LookupError(name)

    def shows(self, name: str) -> bool:
        """Whether a visible item called `name` is on screen."""
        try:
            return self.find(name).isVisible()
        except LookupError:
            return False

    def _on_top(self, item: QQuickItem) -> bool:
        stack = next((i for i in self.items() if i.objectName() == "screenStack"), None)
        if stack is None:
            return True
        current = read(stack, "currentItem")
        parent = item.parentItem()
        while parent is not None:
            if parent is current:
                return True
            if parent is stack:
                return False
            parent = parent.parentItem()
        return True

    def texts(self) -> list[str]:
        """Texts a visitor sees on the current screen and overlays."""
        return [str(i.property("text")) for i in self.items()
                if i.inherits("QQuickText")
                and self._on_top(i) and i.property("text")]

    def key(self, key: Qt.Key) -> None:
        """Presses and releases a key, then lets the UI settle."""
        QTest.keyClick(self.window, key)
        self.settle()

    def tap(self, name: str) -> None:
        """Clicks the middle of the visible item called `name`."""
        item = self.find(name)
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, centre)
        self.settle()

    def unlock_admin(self, pin: str) -> None:
        """Opens the PIN pad with the staff shortcut and types `pin`, then OK."""
        self.qtbot.keyClick(self.window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                            | Qt.KeyboardModifier.AltModifier
                            | Qt.KeyboardModifier.ShiftModifier)
        self.qtbot.waitUntil(lambda: self.find("pinPad").isVisible())
        for digit in pin:
            self.tap(f"pinKey_{digit}")
        self.tap("pinKey_ok")
        with self.qtbot.waitSignal(self.window.frameSwapped):  # layouts settle before a frame
            self.window.update()

    def frame(self) -> None:
        """Waits for a frame: positioners and layouts have placed what they hold."""
        with self.qtbot.waitSignal(self.window.frameSwapped):
            self.window.update()

    def settle_layout(self) -> None:
        """Waits for frames until no text moves: a frame's polish can change a width or a
        place that the next frame's text layout follows (a loaded machine shows the
        in-between state, a label still over the bar below it)."""
        before = None
        for _ in range(10):
            self.frame()
            now = [(item.x(), item.y(), item.width(), item.height(),
                    item.property("contentWidth"))
                   for item in self.items() if item.inherits("QQuickText")]
            if now == before:
                return
            before = now
        raise AssertionError("the layout kept moving for 10 frames")

    def settle(self) -> None:
        """Waits until the screen stack is not in a transition."""
        stack = self.find("screenStack")
        self.qtbot.waitUntil(lambda: not read(stack, "busy"))

    def at(self, screen: str) -> None:
        """Waits until `screen` (an objectName) is on top."""
        self.qtbot.waitUntil(lambda: self.screen().objectName() == screen)


@pytest.fixture
def kiosk(qtbot: QtBot, content_cache: Path) -> Iterator[Kiosk]:
    """The kiosk at 1920x1080 with the seed content, animations off."""
    yield from _kiosk(qtbot, content_cache, (1920, 1080))


def _kiosk(qtbot: QtBot, cache: Path, size: tuple[int, int],
           **config: object) -> Iterator[Kiosk]:
    register_fonts()
    with_stats = bool(config.pop("stats", False))
    settings: dict[str, object] = {"seed": SEED, **config}
    made = Config(**settings)  # type: ignore[arg-type]
    session = Session(made, cache_dir=cache,
                      stats=UsageRecorder(made.stats_path) if with_stats else None)
    if not session.store.load_cached():
        session.store.rebuild()
        session.store.wait()
    engine = session.load()
    assert engine.rootObjects()
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    reduce_motion(session)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.requestActivate()
    running = Kiosk(session, window, qtbot)
    running.at("homeScreen")
    qtbot.waitUntil(lambda: running.screen().width() == size[0]
                    and running.find("eventName").width() > 0)
    yield running
    window.close()
    session.close()
    registry.clear()
    QGuiApplication.processEvents()


@pytest.fixture
def kiosk_factory(qtbot: QtBot, content_cache: Path) -> Iterator[object]:
    """Builds a kiosk at a given size / configuration."""
    made: list[Iterator[Kiosk]] = []

    def make(size: tuple[int, int] = (1920, 1080), **config: object) -> Kiosk:
        gen = _kiosk(qtbot, content_cache, size, **config)
        made.append(gen)
        return next(gen)

    yield make
    for gen in made:
        next(gen, None)


def set_admin_pin(pin: str) -> None:
    """Sets this test's admin PIN as `zgc-kiosk set-pin` would (each test has its own state
    folder)."""
    PinStore(paths.user_state_dir()).set(pin)
