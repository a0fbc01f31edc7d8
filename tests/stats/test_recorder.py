"""The usage recorder: what a visit writes, when it is committed, crash recovery, prune."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.stats import recorder as recorder_module
from kiosk.stats import schema
from kiosk.stats.recorder import DAY, UsageRecorder, database_path


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def recorders() -> Iterator[Callable[..., UsageRecorder]]:
    made: list[UsageRecorder] = []

    def make(path: Path, **options: object) -> UsageRecorder:
        recorder = UsageRecorder(path, **options)  # type: ignore[arg-type]
        made.append(recorder)
        return recorder

    yield make
    for recorder in made:
        recorder.close()


def rows(path: Path, query: str) -> list[tuple[object, ...]]:
    db = sqlite3.connect(path)
    try:
        return db.execute(query).fetchall()
    finally:
        db.close()


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> float:
    """Polls `condition` until it holds; returns the seconds it took."""
    start = time.monotonic()
    while not condition():
        assert time.monotonic() - start < timeout, "condition not met in time"
        time.sleep(0.005)
    return time.monotonic() - start


def test_a_visit_with_screens_dwell_and_switches(tmp_path: Path,
                                                 recorders: Callable[..., UsageRecorder]) -> None:
    clock = Clock()
    path = tmp_path / "usage.db"
    recorder = recorders(path, clock=clock)
    recorder.visit_started("zh")
    recorder.screen_shown("home")
    clock.tick(4)
    recorder.screen_shown("exhibits")
    clock.tick(6)
    recorder.screen_shown("exhibit", "exhibit:e-1", "机器人")
    clock.tick(30)
    recorder.event("language", "en")
    clock.tick(20)
    recorder.event("idle_return")
    recorder.screen_shown("home")
    clock.tick(10)
    recorder.visit_ended("en")
    recorder.event("language", "zh")  # after the visit: not part of one
    assert recorder.flush()
    start = clock.now - 70
    assert rows(path, "SELECT started, ended, language, ending FROM visits") == [
        (start, start + 70, "en", "attract")]
    assert rows(path, f"SELECT visit, at - {start}, screen, item, title, seconds "
                "FROM opens") == [
        (1, 0.0, "home", "", "", 4.0),
        (1, 4.0, "exhibits", "", "", 6.0),
        (1, 10.0, "exhibit", "exhibit:e-1", "机器人", 50.0),
        (1, 60.0, "home", "", "", 10.0)]
    assert rows(path, f"SELECT visit, at - {start}, kind, value FROM events") == [
        (1, 40.0, "language", "en"), (1, 60.0, "idle_return", ""), (None, 70.0, "language", "zh")]


def test_the_database_is_versioned_wal_and_synchronous_normal(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "usage.db"
    db = schema.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert db.execute("PRAGMA synchronous").fetchone() == (1,)  # NORMAL
    assert db.execute("PRAGMA user_version").fetchone() == (schema.VERSION,)
    db.close()
    schema.connect(path).close()  # migrated once: opening again changes nothing
    assert rows(path, "PRAGMA user_version") == [(schema.VERSION,)]


def test_a_newer_schema_is_left_alone(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                      recorders: Callable[..., UsageRecorder]) -> None:
    path = tmp_path / "usage.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version={schema.VERSION + 1}")
    db.close()
    with caplog.at_level(logging.WARNING, "kiosk.stats"):
        recorder = recorders(path)
        recorder.visit_started("zh")
        recorder.flush()
    assert "usage statistics off" in caplog.text and "schema version" in caplog.text
    assert rows(path, "PRAGMA user_version") == [(schema.VERSION + 1,)]
    assert rows(path, "SELECT name FROM sqlite_master") == []


def test_events_are_committed_within_a_second_without_a_flush(
        tmp_path: Path, recorders: Callable[..., UsageRecorder]) -> None:
    path = tmp_path / "usage.db"
    recorder = recorders(path)
    recorder.flush()  # open and committed once: the next commit may wait up to a second
    for n in range(200):
        recorder.event("tick", str(n))
    took = wait_until(lambda: rows(path, "SELECT count(*) FROM events") == [(200,)])
    assert took < 1.5
    assert recorder.batches <= 3  # batched, not one transaction per event


def test_close_commits_and_stops_the_writer(tmp_path: Path) -> None:
    path = tmp_path / "usage.db"
    recorder = UsageRecorder(path)
    recorder.visit_started("en")
    recorder.close()
    assert not recorder._thread.is_alive()
    assert rows(path, "SELECT count(*) FROM visits") == [(1,)]
    assert recorder.flush() is False  # closed: nothing waits on a stopped writer


def test_a_visit_a_crash_left_open_ends_at_its_last_record(
        tmp_path: Path, recorders: Callable[..., UsageRecorder]) -> None:
    clock = Clock()
    path = tmp_path / "usage.db"
    first = UsageRecorder(path, clock=clock)
    first.visit_started("zh")
    clock.tick(12)
    first.screen_shown("figures")
    clock.tick(5)
    first.event("large_text", "on")
    first.flush()
    # the process dies here: no visit_ended, no close (this writer is closed only after)
    clock.tick(100)
    recorders(path, clock=clock).flush()
    start = clock.now - 117
    assert rows(path, f"SELECT ended - {start}, ending FROM visits") == [(17.0, "crash")]
    first.close()


def test_prune_keeps_the_retention_days(tmp_path: Path,
                                        recorders: Callable[..., UsageRecorder]) -> None:
    clock = Clock()
    path = tmp_path / "usage.db"
    old = UsageRecorder(path, clock=clock)
    for age in (40, 31, 29, 1):
        clock.now = 1_800_000_000.0 - age * DAY
        old.visit_started("zh")
        old.screen_shown("exhibit", "exhibit:e-1", "机器人")
        old.visit_ended("zh")
    old.close()
    clock.now = 1_800_000_000.0
    recorders(path, clock=clock, retention_days=30).flush()
    ages = rows(path, f"SELECT round((1800000000 - started) / {DAY}) FROM visits")
    assert ages == [(29.0,), (1.0,)]
    assert rows(path, "SELECT count(*) FROM opens") == [(2,)]  # their opens went with them


@pytest.mark.parametrize(("configured", "database"), [
    ("usage.db", "usage.db"),
    ("usage.jsonl", "usage.db"),  # an older configuration: the database beside its file
    ("stats.sqlite", "stats.sqlite"),
])
def test_database_path(configured: str, database: str) -> None:
    assert database_path(Path("/var/lib/k") / configured) == Path("/var/lib/k") / database


def test_a_busy_kiosk_prunes_daily(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   recorders: Callable[..., UsageRecorder]) -> None:
    monkeypatch.setattr(recorder_module, "PRUNE_EVERY", 0.2)  # a "day" of running
    clock = Clock()
    path = tmp_path / "usage.db"
    recorder = recorders(path, clock=clock, retention_days=1, interval=0.05)
    recorder.visit_started("zh")
    recorder.visit_ended("zh")
    recorder.flush()
    clock.tick(2 * DAY)

    def pruned() -> bool:
        recorder.event("tick")  # never idle: the prune must not wait for a quiet moment
        return rows(path, "SELECT count(*) FROM visits") == [(0,)]

    wait_until(pruned)
