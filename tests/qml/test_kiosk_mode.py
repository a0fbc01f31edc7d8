"""Kiosk mode as staff and visitors meet it: it cannot be closed by keys, the cursor hides,
Tab walks every control and the focus ring follows."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest

from kiosk.ui import window as kiosk_window
from kiosk.ui.window import KioskGuard
from tests.qml.conftest import set_admin_pin

if TYPE_CHECKING:
    from tests.qml.conftest import Kiosk


@pytest.fixture
def guarded(kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch) -> Iterator[KioskGuard]:
    monkeypatch.setattr(kiosk_window, "CURSOR_HIDE_MS", 200)
    guard = KioskGuard(kiosk.window, kiosk.session)
    kiosk.session.admin.exitRequested.connect(guard.release)
    yield guard
    guard.release()


def _cursor_hidden() -> bool:
    cursor = QGuiApplication.overrideCursor()
    return cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor


@pytest.mark.parametrize(("key", "modifiers", "swallowed"), [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier, True),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier, True),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier, True),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, False),  # "back", for visitors
    (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier, False),
])
def test_close_shortcuts_never_reach_the_window(kiosk: Kiosk, guarded: KioskGuard,
                                                key: Qt.Key, modifiers: Qt.KeyboardModifier,
                                                swallowed: bool) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
    assert guarded.eventFilter(kiosk.window, event) is swallowed
    QTest.keyClick(kiosk.window, key, modifiers)
    assert kiosk.window.isVisible() and kiosk.screen().objectName() == "homeScreen"


def test_close_requests_are_refused(kiosk: Kiosk) -> None:
    guard = KioskGuard(kiosk.window, kiosk.session)
    assert kiosk.window.close() is False and kiosk.window.isVisible()
    guard.release()
    assert kiosk.window.close() is True and not kiosk.window.isVisible()


def test_only_the_admin_exit_lets_the_window_close(kiosk: Kiosk, guarded: KioskGuard,
                                                   monkeypatch: Any) -> None:
    kiosk.window.close()
    assert kiosk.window.isVisible()
    set_admin_pin("2468")
    kiosk.unlock_admin("2468")
    kiosk.tap("adminExit")
    kiosk.window.close()
    assert not kiosk.window.isVisible()


def test_cursor_hidden_until_a_mouse_moves_then_hidden_again(
        kiosk: Kiosk, guarded: KioskGuard, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _cursor_hidden()
    # What the cursor looked like right after each move was handled: on a loaded machine
    # the 200 ms until it hides again may pass before a poll could see it.
    seen: list[bool] = []
    show = guarded._show_cursor
    monkeypatch.setattr(guarded, "_show_cursor", lambda: (show(), seen.append(_cursor_hidden())))
    # (Two points: a move to where the pointer already is sends no event.)
    QTest.mouseMove(kiosk.window, QPoint(400, 400))
    QTest.mouseMove(kiosk.window, QPoint(420, 410))
    kiosk.qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0] is False  # shown while the mouse moves
    kiosk.qtbot.waitUntil(_cursor_hidden, timeout=10000)  # hidden again once the mouse rests


def test_a_released_guard_leaves_the_cursor_alone(kiosk: Kiosk, guarded: KioskGuard) -> None:
    # After the admin exit the cursor stays as it is: a mouse move, or a hide timed before
    # the release, sets no blank cursor over what comes next.
    QTest.mouseMove(kiosk.window, QPoint(300, 300))
    QTest.mouseMove(kiosk.window, QPoint(320, 310))
    guarded.release()
    QTest.mouseMove(kiosk.window, QPoint(340, 320))
    kiosk.qtbot.wait(kiosk_window.CURSOR_HIDE_MS * 3)
    assert not _cursor_hidden()


def _focus_walk(kiosk: Kiosk, key: Qt.Key, presses: int) -> list[str]:
    """The named control holding focus after each press (a card counts as its grid)."""
    names = []
    for _ in range(presses):
        kiosk.key(key)
        item = kiosk.window.activeFocusItem()
        while item is not None and not item.objectName():
            item = item.parentItem()
        names.append(item.objectName() if item is not None else "")
    return names


def test_tab_cycles_every_control_and_shift_tab_walks_back(kiosk: Kiosk) -> None:
    kiosk.tap("tile_achievements")
    kiosk.at("achievementsScreen")
    forward = _focus_walk(kiosk, Qt.Key.Key_Tab, 12)
    assert {"backButton", "homeButton", "languageButton", "textSizeButton",
            "achievementGrid"} <= set(forward)
    cycle = forward.index(forward[0], 1)  # Tab came round to where it started
    assert forward[cycle:2 * cycle] == forward[:cycle]
    backward = _focus_walk(kiosk, Qt.Key.Key_Backtab, cycle)  # from forward[11]
    assert backward == [forward[11 - step] for step in range(1, cycle + 1)]


def test_the_focus_ring_follows_keyboard_focus(kiosk: Kiosk) -> None:
    kiosk.tap("tile_achievements")
    kiosk.at("achievementsScreen")
    while kiosk.window.activeFocusItem().objectName() != "homeButton":
        kiosk.key(Qt.Key.Key_Tab)
    ring = [item for item in kiosk.items() if item.objectName() == "focusRing"
            and kiosk._on_top(item)]
    assert len(ring) == 1
    button = kiosk.find("homeButton")
    centre = ring[0].mapToScene(ring[0].boundingRect().center())
    assert button.contains(button.mapFromScene(centre))
