"""Idle monitor, admin gate and navigator: the kiosk's state as staff and visitors meet it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui import admin
from kiosk.ui.admin import AdminGate
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.navigator import Navigator


def test_idle_warns_then_goes_home_then_attracts(qtbot: QtBot) -> None:
    idle = IdleMonitor(idle_seconds=1, countdown_seconds=1)
    idle.start()
    with qtbot.waitSignal(idle.stateChanged, timeout=3000):
        pass
    assert idle.property("state") == "warning"
    with qtbot.waitSignal(idle.timedOut, timeout=3000):
        pass
    assert idle.property("state") == "active"
    qtbot.waitUntil(lambda: idle.property("state") == "attract", timeout=3000)
    idle.wake()
    assert idle.property("state") == "active"


def test_admin_gate_unlocks_only_with_the_right_pin() -> None:
    gate = AdminGate(lambda pin: pin == "2468")
    exits: list[bool] = []
    gate.exitRequested.connect(lambda: exits.append(True))
    gate.request()
    for digit in "1111":
        gate.digit(digit)
    gate.submit()
    assert gate.property("failed") and not gate.property("unlocked")
    gate.exitKiosk()
    assert exits == []
    for digit in "2468":
        gate.digit(digit)
    gate.submit()
    assert gate.property("unlocked")
    gate.exitKiosk()
    assert exits == [True]
    assert not gate.property("isOpen")


def _enter(gate: AdminGate, pin: str) -> None:
    for digit in pin:
        gate.digit(digit)
    gate.submit()


def test_admin_pad_locks_after_five_wrong_pins(qtbot: QtBot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [1000.0]
    monkeypatch.setattr(admin.time, "monotonic", lambda: clock[0])
    gate = AdminGate(lambda pin: pin == "2468")
    gate.request()
    for _ in range(admin.MAX_TRIES):
        _enter(gate, "1111")
    assert gate.property("locked")
    _enter(gate, "2468")  # even the right PIN, while locked
    assert not gate.property("unlocked")
    clock[0] += admin.LOCK_SECONDS + 1
    assert not gate.property("locked")
    _enter(gate, "2468")
    assert gate.property("unlocked")


def test_admin_notices_show_only_once_unlocked() -> None:
    gate = AdminGate(lambda pin: pin == "2468", lambda: ["kiosk.toml:3: unknown key", ""])
    gate.request()
    assert gate.property("notices") == []
    _enter(gate, "2468")
    assert gate.property("notices") == ["kiosk.toml:3: unknown key"]


def test_navigator_goes_back_and_home(qtbot: QtBot) -> None:
    nav = Navigator()
    nav.open("achievements")
    nav.open("achievement", 2)
    assert nav.property("depth") == 3
    with qtbot.waitSignal(nav.popped):
        nav.back()
    with qtbot.waitSignal(nav.wentHome):
        nav.home()
    assert nav.property("screen") == "home"
    with qtbot.assertNotEmitted(nav.popped):
        nav.back()
