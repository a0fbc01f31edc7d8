"""The admin PIN: made at first start, replaced by set-pin, a lockout that outlives a restart."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest

from kiosk.pin import (
    LOCK_SECONDS,
    MAX_LOCK_SECONDS,
    Lockout,
    PinStore,
    hash_pin,
    matches,
    pin_problem,
)

HASH_2468 = ("scrypt$000102030405060708090a0b0c0d0e0f$"
             "cea4f1390f7e25d3e56e52eacd3a602cc3365139a2960ffded25685db19eb9ff")


class Clock:
    """Wall-clock seconds the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_hash_format_and_known_answer() -> None:
    assert re.fullmatch(r"scrypt\$[0-9a-f]{32}\$[0-9a-f]{64}", hash_pin("2468"))
    assert hash_pin("2468", bytes(range(16))) == HASH_2468
    assert hash_pin("2468") != hash_pin("2468")  # a fresh salt each time
    assert matches(HASH_2468, "2468") and not matches(HASH_2468, "2469")
    assert not matches("scrypt$zz$zz", "2468")


@pytest.mark.parametrize(("pin", "problem"), [
    ("1234", None), ("12345678", None), ("123", "use 4 to 8 digits"),
    ("123456789", "use 4 to 8 digits"), ("12a4", "the keypad types digits only"),
    ("", "the keypad types digits only"), ("１２３４", "the keypad types digits only"),
])
def test_what_a_pin_may_be(pin: str, problem: str | None) -> None:
    assert pin_problem(pin) == problem


def _pin_in(pin_file: Path) -> str:
    found = re.search(r"Admin PIN of zgc-kiosk: (\d{8})\n", pin_file.read_text(encoding="utf-8"))
    assert found
    return found.group(1)


def test_first_start_makes_a_random_pin_only_its_owner_can_read(tmp_path: Path) -> None:
    state = tmp_path / "state"
    store = PinStore(state)
    assert not store.check("")  # before the first start no PIN opens anything
    written = store.ensure()
    assert written == state / "admin-pin.txt"
    pin = _pin_in(written)
    for path in (written, store.hash_file):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    assert pin not in store.hash_file.read_text(encoding="utf-8")
    assert store.check(pin)
    assert not store.check(f"{(int(pin) + 1) % 10 ** 8:08d}")
    assert store.ensure() is None  # the next start keeps it
    assert _pin_in(written) == pin
    assert "replace it with `zgc-kiosk set-pin`" in store.notices()[0]
    other = PinStore(tmp_path / "other")
    other.ensure()
    assert _pin_in(other.pin_file) != pin  # not a fixed PIN (1 in 10^8 to fail by chance)


def test_set_pin_replaces_it_and_the_notice_goes(tmp_path: Path) -> None:
    store = PinStore(tmp_path)
    store.ensure()
    first = _pin_in(store.pin_file)
    store.set("2580")
    assert store.check("2580") and not store.check(first)
    assert not store.pin_file.exists()
    assert store.notices() == []
    assert stat.S_IMODE(store.hash_file.stat().st_mode) == 0o600
    with pytest.raises(ValueError, match="digits"):
        store.set("25a0")
    assert store.check("2580")


def test_a_configured_hash_decides_and_nothing_is_made(tmp_path: Path) -> None:
    store = PinStore(tmp_path, HASH_2468)
    assert store.ensure() is None
    assert not store.hash_file.exists()
    assert store.check("2468") and not store.check("1357")
    assert store.notices() == []


def test_a_damaged_hash_file_is_replaced_by_a_new_pin(tmp_path: Path) -> None:
    store = PinStore(tmp_path)
    tmp_path.joinpath("admin-pin.hash").write_text("garbage", encoding="utf-8")
    assert not store.check("garbage")
    assert store.ensure() == store.pin_file
    assert store.check(_pin_in(store.pin_file))


def _fail(lockout: Lockout, times: int) -> float:
    locked = 0.0
    for _ in range(times):
        locked = lockout.failed()
    return locked


def test_five_wrong_pins_lock_for_a_minute_then_doubling(tmp_path: Path) -> None:
    clock = Clock()
    lockout = Lockout(tmp_path / "lock.json", clock)
    assert _fail(lockout, 4) == 0 and lockout.remaining() == 0
    assert lockout.failed() == LOCK_SECONDS
    clock.now += LOCK_SECONDS
    assert lockout.remaining() == 0
    assert _fail(lockout, 5) == 2 * LOCK_SECONDS  # locked again: twice as long
    clock.now += 2 * LOCK_SECONDS
    assert _fail(lockout, 5) == 4 * LOCK_SECONDS
    clock.now += 4 * LOCK_SECONDS
    lockout.succeeded()  # the right PIN: the doubling starts again
    assert _fail(lockout, 5) == LOCK_SECONDS


def test_the_lock_never_exceeds_an_hour(tmp_path: Path) -> None:
    clock = Clock()
    lockout = Lockout(tmp_path / "lock.json", clock)
    for _ in range(12):
        locked = _fail(lockout, 5)
        clock.now += locked
    assert locked == MAX_LOCK_SECONDS


def test_the_lock_and_the_count_survive_a_restart(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "lock.json"
    _fail(Lockout(path, clock), 3)
    restarted = Lockout(path, clock)
    assert restarted.tries == 3
    assert _fail(restarted, 2) == LOCK_SECONDS
    clock.now += 20
    assert Lockout(path, clock).remaining() == LOCK_SECONDS - 20
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_damaged_lock_record_locks_rather_than_frees(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "lock.json"
    path.write_text("{not json", encoding="utf-8")
    assert Lockout(path, clock).remaining() == LOCK_SECONDS


def test_a_clock_set_back_does_not_stretch_the_lock(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "lock.json"
    path.write_text(json.dumps({"tries": 0, "strikes": 1, "locked_until": clock.now + 10 ** 7}),
                    encoding="utf-8")
    assert Lockout(path, clock).remaining() == MAX_LOCK_SECONDS
