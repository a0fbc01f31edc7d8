"""Idle monitor, admin gate and navigator: the kiosk's state as staff and visitors meet it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.pin import LOCK_SECONDS, MAX_TRIES, Lockout
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


def test_admin_pad_locks_after_five_wrong_pins(qtbot: QtBot) -> None:
    clock = [1000.0]
    gate = AdminGate(lambda pin: pin == "2468", lockout=Lockout(clock=lambda: clock[0]))
    gate.request()
    for _ in range(MAX_TRIES):
        _enter(gate, "1111")
    assert gate.property("locked")
    assert gate.property("lockMinutes") == 1
    _enter(gate, "2468")  # even the right PIN, while locked
    assert not gate.property("unlocked")
    clock[0] += LOCK_SECONDS + 1
    assert not gate.property("locked")
    _enter(gate, "2468")
    assert gate.property("unlocked")


def test_the_pad_says_when_a_lock_from_before_a_restart_ends(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    clock = [1000.0]
    _fail = Lockout(tmp_path / "lock.json", lambda: clock[0])
    for _ in range(MAX_TRIES):
        _fail.failed()
    clock[0] += LOCK_SECONDS - 0.2  # restarted with 0.2 s of the lock left
    gate = AdminGate(lambda pin: pin == "2468",
                     lockout=Lockout(tmp_path / "lock.json", lambda: clock[0]))
    assert gate.property("locked")
    clock[0] += 0.2
    with qtbot.waitSignal(gate.changed, timeout=2000):  # the lock's end is announced
        pass
    assert not gate.property("locked")


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
