"""Soak: thousands of random visitor actions across every screen, idle and attract cycles
included; no Qt warning, memory flat after warming up, and the kiosk still answers.

Slow (a few minutes): run in CI, skip locally with -m 'not slow'.
"""

from __future__ import annotations

import logging
import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from kiosk.present import screens
from tests.qml.conftest import Kiosk

ACTIONS = 5000
WARM = 200  # the first interactions: a tour of every item in each language and text size
KEYS = [Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Space,
        Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
        Qt.Key.Key_Escape, Qt.Key.Key_Home, Qt.Key.Key_Backspace, Qt.Key.Key_A]


def rss_mb() -> float:
    """Resident memory of this process."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Visitor:
    """A restless visitor: taps anything, swipes, holds, presses keys, wanders off."""

    def __init__(self, kiosk: Kiosk, seed: int) -> None:
        self.kiosk = kiosk
        self.random = random.Random(seed)
        self.finger = QTest.createTouchDevice()

    def targets(self) -> list[Any]:
        """Buttons and cards a finger can reach now: on screen, not scrolled out of view."""
        return [i for i in self.kiosk.items()
                if i.inherits("QQuickAbstractButton") and i.isEnabled() and i.width() > 0
                and i.objectName() != "adminExit"  # leaving the kiosk ends the soak
                and self.reachable(i)]

    def reachable(self, item: Any) -> bool:
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        window = self.kiosk.window
        if not (0 <= centre.x() < window.width() and 0 <= centre.y() < window.height()):
            return False
        parent = item.parentItem()
        while parent is not None:
            if parent.clip() and not parent.mapRectToScene(parent.boundingRect()).contains(
                    centre):
                return False
            parent = parent.parentItem()
        return True

    def point_in(self, item: Any) -> QPoint:
        return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()

    def act(self) -> str:
        roll = self.random.random()
        window = self.kiosk.window
        middle = QPoint(window.width() // 2, window.height() // 2)
        if roll < 0.5 and (targets := self.targets()):
            target = self.random.choice(targets)
            QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             self.point_in(target))
            return "tap"
        if roll < 0.65:
            shift = window.width() // 3 * self.random.choice((-1, 1))
            end = middle + QPoint(shift, 0)
            QTest.touchEvent(window, self.finger).press(0, middle, window)
            for step in range(1, 6):
                QTest.touchEvent(window, self.finger).move(0, middle + (end - middle) * step / 5,
                                                           window)
            QTest.touchEvent(window, self.finger).release(0, end, window)
            return "swipe"
        if roll < 0.67:
            QTest.touchEvent(window, self.finger).press(0, middle, window)
            QTest.qWait(700)
            QTest.touchEvent(window, self.finger).release(0, middle, window)
            return "long press"
        if roll < 0.97:
            QTest.keyClick(window, self.random.choice(KEYS))
            return "key"
        self.kiosk.session.idle.sleep()  # walks away: the attract loop; the next act wakes it
        return "leave"


def tour(kiosk: Kiosk) -> int:
    """Every item of every screen, in both languages and both text sizes; returns the
    screens opened (under 200).

    What the kiosk keeps once first used (each screen's compiled QML, glyphs of every text
    at every size in both scripts, exhibit pictures) is all made here, so what memory does
    after the tour is the kiosk's own doing, not its caches filling.
    """
    store, navigator = kiosk.session.store, kiosk.session.navigator
    opened = 0
    for language in ("zh", "en"):
        for large in (False, True):
            kiosk.session.language.choose(language)
            kiosk.session.display.setProperty("largeText", large)
            detail = {"achievement": store.achievements.rowCount(),
                      "exhibit": store.exhibits.rowCount(), "voices": store.quotes.rowCount()}
            for entry in screens.SCREENS[1:]:
                for index in range(detail.get(entry.name, 1)):
                    navigator.home()
                    navigator.open(entry.name, index)
                    kiosk.frame()
                    opened += 1
                if entry.name == "topics":
                    for row in store.topics.rows():
                        store.setProperty("topic", row.key)
                        kiosk.frame()
                if entry.name == "article":
                    blocks = kiosk.find("articleBlocks")
                    blocks.setProperty("contentY", blocks.property("contentHeight"))
                    kiosk.frame()
    kiosk.session.language.choose("zh")
    kiosk.session.display.setProperty("largeText", False)
    navigator.home()
    return opened


@pytest.mark.slow
def test_five_thousand_visitor_actions(kiosk_factory: Any,
                                       caplog: pytest.LogCaptureFixture) -> None:
    # pytest keeps every captured log record in memory; the kiosk's INFO lines over 5,000
    # actions would count against the kiosk (Qt warnings still fail the test)
    caplog.set_level(logging.WARNING)
    kiosk = kiosk_factory((1920, 1080), idle_seconds=3, countdown_seconds=2,
                          attract_seconds=1)
    visitor = Visitor(kiosk, seed=20230525)
    done: dict[str, int] = {"tour": tour(kiosk)}
    warm = 0.0
    for number in range(done["tour"], ACTIONS):
        kind = visitor.act()
        done[kind] = done.get(kind, 0) + 1
        QGuiApplication.processEvents()
        if kiosk.shows("pinPad"):
            kiosk.session.admin.cancel()
        if number == WARM:
            warm = rss_mb()
    grown = rss_mb() - warm
    print(f"soak: {done}; resident {warm:.1f} MB after {WARM} actions, "
          f"{warm + grown:.1f} MB after {ACTIONS}")  # the figure for notes (pytest -s)
    assert set(done) == {"tour", "tap", "swipe", "long press", "key", "leave"}, done
    assert grown < 20, f"resident memory grew {grown:.1f} MB after {WARM} actions: {done}"
    kiosk.session.idle.wake()
    kiosk.session.navigator.home()
    kiosk.at("homeScreen")
    kiosk.tap("tile_voices")
    kiosk.at("voicesScreen")  # still answers
