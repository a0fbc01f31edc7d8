"""The self-test and the Home screenshot: run offscreen, drive the real UI, render PNGs."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QEventLoop,
    QPointF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QImage, QInputEvent, QKeyEvent, QMouseEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.present import screens
from kiosk.ui.props import read
from kiosk.ui.session import Session
from kiosk.ui.startup import FirstFrame, StartupClock, jieba_state, process_age

log = logging.getLogger("kiosk.selftest")


@dataclass(frozen=True)
class Step:
    """One stop of the self-test: what to do, and the item that must show afterwards."""

    name: str
    expected: str
    actions: list[Callable[[], None]]


class WarningCounter(logging.Handler):
    """Counts Qt warnings routed into Python logging."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Remembers the warning."""
        self.messages.append(record.getMessage())


def wait_until(condition: Callable[[], bool], timeout_ms: int = 5000) -> bool:
    """Processes events until `condition()` holds; False on timeout."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        pause(10)
    return True


def pause(ms: int) -> None:
    """Runs the event loop for `ms` milliseconds (timers, animations and rendering go on)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


# Input is delivered with QGuiApplication.sendEvent rather than QtTest, so the package need
# not carry QtTest and the QtWidgets it links to (about 14 MB).
_clock = QElapsedTimer()
_clock.start()


def _deliver(window: QQuickWindow, event: QInputEvent) -> None:
    event.setTimestamp(_clock.elapsed())
    QGuiApplication.sendEvent(window, event)


def visible_items(root: QQuickItem) -> list[QQuickItem]:
    """Every visible item under `root` in the visual tree (depth first)."""
    found: list[QQuickItem] = []
    pending = [root]
    while pending:
        item = pending.pop()
        if not item.isVisible():
            continue
        found.append(item)
        pending.extend(reversed(item.childItems()))
    return found


def find(window: QQuickWindow, name: str) -> QQuickItem | None:
    """The visible item called `name` on the screen now showing, else anywhere."""
    stack = next((i for i in visible_items(window.contentItem())
                  if i.objectName() == "screenStack"), None)
    current = read(stack, "currentItem") if stack is not None else None
    for root in (current, window.contentItem()):
        if isinstance(root, QQuickItem):
            for item in visible_items(root):
                if item.objectName() == name:
                    return item
    return None


def tap(window: QQuickWindow, item: QQuickItem) -> None:
    """A mouse click in the middle of `item`."""
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    screen = window.mapToGlobal(centre)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons in ((QEvent.Type.MouseButtonPress, left),
                          (QEvent.Type.MouseButtonRelease, none)):
        _deliver(window, QMouseEvent(kind, centre, screen, left, buttons,
                                     Qt.KeyboardModifier.NoModifier))


def key(window: QQuickWindow, code: Qt.Key) -> None:
    """A key press and release."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        _deliver(window, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier))


def settle(window: QQuickWindow) -> None:
    """Waits for transitions and pictures to finish."""
    stack = find(window, "screenStack")
    pause(20)
    wait_until(lambda: stack is None or not read(stack, "busy"))
    wait_until(lambda: not any(read(item, "artworkLoading")
                               for item in visible_items(window.contentItem())), 10000)
    pause(50)


def grab(window: QQuickWindow, path: Path | None) -> QImage:
    """Renders the window; writes it to `path` when given."""
    image = window.grabWindow()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(path))
    return image


def _visit(window: QQuickWindow, directory: Path | None, name: str, expected: str) -> bool:
    """Renders the screen reached; ok when it is not empty and `expected` is showing."""
    settle(window)
    image = grab(window, directory / f"{name}.png" if directory else None)
    reached = find(window, expected) is not None
    ok = not image.isNull() and image.width() > 0 and reached
    log.info("screen %-22s %s", name, "ok" if ok else
             ("EMPTY" if reached else f"NOT REACHED ({expected} not showing)"))
    return ok


def _steps(session: Session, window: QQuickWindow) -> list[Step]:
    """Keys alone from Home to an achievement's next page, every screen of the screen
    table, then what a visitor does on some of them."""
    navigator = session.navigator
    steps = [Step("achievement_keys", "achievementPage_1",
                  [lambda: key(window, Qt.Key.Key_Return), lambda: key(window, Qt.Key.Key_Return),
                   lambda: key(window, Qt.Key.Key_Right)])]
    for entry in screens.SCREENS[1:]:
        actions: list[Callable[[], None]]
        if entry.tile:  # from Home, by tapping its tile
            actions = [navigator.home, partial(_tap_named, window, f"tile_{entry.name}")]
        else:  # a detail screen, at its first item
            actions = [navigator.home, partial(navigator.open, entry.name, 0)]
        steps.append(Step(entry.name, entry.object_name, actions))
    return [
        *steps,
        Step("exhibit_tap", "exhibitDetail",
             [navigator.home, partial(_tap_named, window, "tile_exhibits"),
              partial(_tap_named, window, "exhibitCard_0")]),
        Step("voices_filtered", "voicesScreen",
             [navigator.home, partial(_tap_named, window, "tile_voices"),
              partial(_tap_named, window, "chip_2")]),
        Step("topics_chosen", "topicItem_0",
             [lambda: key(window, Qt.Key.Key_Escape), partial(_tap_named, window, "tile_topics"),
              lambda: key(window, Qt.Key.Key_Return)]),
        Step("idle_warning", "idleWarning",
             [lambda: key(window, Qt.Key.Key_Escape), session.idle._on_idle]),
        Step("attract", "attractView", [session.idle.sleep]),
        Step("admin_pin", "pinPad", [lambda: key(window, Qt.Key.Key_Space),
                                     session.admin.request]),
    ]


def run_selftest(session: Session, size: tuple[int, int], directory: Path | None,
                 cached: bool) -> int:
    """Visits every screen by keys and taps; returns 0 only if each was reached without a Qt
    warning."""
    counter = WarningCounter()
    logging.getLogger().addHandler(counter)
    started = time.perf_counter()
    engine = session.load()
    if not engine.rootObjects():
        print("selftest: the QML failed to load")
        return 1
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    reduce_motion(session)
    first: list[float] = []

    def on_frame() -> None:
        if not first:
            first.append(time.perf_counter() - started)

    window.frameSwapped.connect(on_frame)
    window.resize(*size)
    window.show()
    wait_until(lambda: bool(first), 10000)
    print(f"selftest: first frame {first[0] * 1000:.0f} ms after loading QML, "
          f"{process_age():.3f} s after process start (content cache "
          f"{'warm' if cached else 'cold'}, {jieba_state()})" if first
          else "selftest: no frame rendered")
    if not cached:
        session.store.rebuild()
        wait_until(lambda: bool(session.store.property("ready")), 30000)
    ok = _visit(window, directory, "home", screens.HOME.object_name)
    steps = _steps(session, window)
    for step in steps:
        for action in step.actions:
            settle(window)
            action()
        ok = _visit(window, directory, step.name, step.expected) and ok
    session.admin.cancel()
    elapsed = time.perf_counter() - started
    logging.getLogger().removeHandler(counter)
    for message in counter.messages:
        print(f"selftest: warning: {message}")
    print(f"selftest: {len(steps) + 1} screens in {elapsed:.1f} s, "
          f"{len(counter.messages)} warnings")
    session.close()
    return 0 if ok and not counter.messages else 1


def reduce_motion(session: Session) -> None:
    """Turns off animations, so screenshots show screens at rest."""
    session.display.setProperty("reducedMotion", True)


def _tap_named(window: QQuickWindow, name: str) -> None:
    item = find(window, name)
    if item is None:
        log.warning("selftest: no visible item %r", name)
        return
    tap(window, item)


def screenshot_home(session: Session, size: tuple[int, int], path: Path,
                    clock: StartupClock | None = None) -> int:
    """Renders Home at `size` into `path`; returns the exit code."""
    engine = session.load()
    if clock is not None:
        clock.mark("QML")
    if not engine.rootObjects():
        print("screenshot: the QML failed to load", file=sys.stderr)
        return 1
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    probe = FirstFrame(window, lambda: bool(session.store.property("ready")), clock=clock)
    window.resize(*size)
    window.show()
    if not session.store.property("ready"):
        if not session.store.property("loading"):
            session.store.rebuild()
        wait_until(lambda: bool(session.store.property("ready")), 30000)
    frames: list[int] = []
    window.frameSwapped.connect(lambda: frames.append(1))
    QTimer.singleShot(0, window.update)
    wait_until(lambda: bool(frames), 5000)
    image = grab(window, path)
    del probe
    app = QGuiApplication.instance()
    if app is not None:
        app.processEvents()
    session.close()
    return 0 if not image.isNull() else 1
