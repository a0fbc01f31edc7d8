"""Tests for the local usage statistics."""

from __future__ import annotations

import json
import logging
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.stats import UsageStats


def lines(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_flush_appends_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "dir" / "usage.jsonl"
    stats = UsageStats(path)
    before = datetime.now(UTC).replace(microsecond=0)
    stats.record("open_exhibit", "e-1a2b3c4d")
    stats.record("attract_start")
    stats.flush()
    entries = lines(path)
    assert [(e["event"], e["item"]) for e in entries] == [
        ("open_exhibit", "e-1a2b3c4d"), ("attract_start", "")]
    stamp = datetime.fromisoformat(entries[0]["ts"])
    assert stamp.utcoffset() == timedelta(0)
    assert before <= stamp <= datetime.now(UTC)


def test_flush_appends_not_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "usage.jsonl"
    stats = UsageStats(path)
    stats.record("open_quote", "q-1")
    stats.flush()
    stats.flush()  # nothing new: nothing written twice
    UsageStats(path).record("ignored")  # never flushed
    later = UsageStats(path)
    later.record("open_quote", "q-2")
    later.flush()
    assert [e["item"] for e in lines(path)] == ["q-1", "q-2"]


def test_nothing_recorded_writes_no_file(tmp_path: Path) -> None:
    UsageStats(tmp_path / "usage.jsonl").flush()
    assert list(tmp_path.iterdir()) == []


def test_chinese_items_stay_readable(tmp_path: Path) -> None:
    stats = UsageStats(tmp_path / "usage.jsonl")
    stats.record("search", "人形机器人")
    stats.flush()
    assert '"item": "人形机器人"' in (tmp_path / "usage.jsonl").read_text(encoding="utf-8")


def test_summary_counts_file_and_buffer(tmp_path: Path) -> None:
    stats = UsageStats(tmp_path / "usage.jsonl")
    for item in ("e-1", "e-2", "e-1"):
        stats.record("open_exhibit", item)
    stats.record("attract_start")
    stats.flush()
    stats.record("open_exhibit", "e-1")
    stats.record("attract_start")
    stats.record("open_quote", "q-9")
    summary = stats.summary()
    assert summary["total"] == 7
    assert summary["events"] == {"open_exhibit": 4, "attract_start": 2, "open_quote": 1}
    assert list(summary["events"]) == ["open_exhibit", "attract_start", "open_quote"]
    assert summary["top_items"] == {"open_exhibit": [("e-1", 3), ("e-2", 1)],
                                    "open_quote": [("q-9", 1)]}
    assert summary["corrupt_lines"] == 0
    assert summary["since"] == lines(tmp_path / "usage.jsonl")[0]["ts"]


def test_summary_of_nothing(tmp_path: Path) -> None:
    assert UsageStats(tmp_path / "usage.jsonl").summary() == {
        "total": 0, "events": {}, "top_items": {}, "since": None, "corrupt_lines": 0}


def test_top_items_keeps_ten(tmp_path: Path) -> None:
    stats = UsageStats(tmp_path / "usage.jsonl")
    for n in range(12):
        for _ in range(n + 1):
            stats.record("open_exhibit", f"e-{n}")
    top = stats.summary()["top_items"]["open_exhibit"]
    assert top[0] == ("e-11", 12)
    assert top[-1] == ("e-2", 3)
    assert len(top) == 10


def test_corrupt_lines_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "usage.jsonl"
    path.write_bytes(
        b'{"ts": "2025-03-27T02:00:00+00:00", "event": "open_exhibit", "item": "e-1"}\n'
        b'{"ts": "2025-03-27T02:00:01+00:00", "event": "open_exh\n'  # cut off by a power loss
        b"[1, 2]\n"
        b'{"item": "no event"}\n'
        b"\xff\xfe garbage\n"
        b"\n"
        b'{"ts": "2025-03-27T02:00:02+00:00", "event": "open_exhibit", "item": "e-1"}\n')
    stats = UsageStats(path)
    stats.record("open_exhibit", "e-2")
    summary = stats.summary()
    assert summary["events"] == {"open_exhibit": 3}
    assert summary["top_items"] == {"open_exhibit": [("e-1", 2), ("e-2", 1)]}
    assert summary["corrupt_lines"] == 4
    assert summary["since"] == "2025-03-27T02:00:00+00:00"


def test_rotation_keeps_one_older_file(tmp_path: Path) -> None:
    path = tmp_path / "usage.jsonl"
    stats = UsageStats(path, max_bytes=200)
    for n in range(4):
        stats.record("open_exhibit", f"e-{n}")
    stats.flush()  # about 300 bytes: over the cap only from now on
    stats.record("open_exhibit", "e-4")
    stats.flush()
    assert [e["item"] for e in lines(tmp_path / "usage.1.jsonl")] == ["e-0", "e-1", "e-2", "e-3"]
    assert [e["item"] for e in lines(path)] == ["e-4"]
    assert stats.summary()["total"] == 5


def test_default_cap_is_five_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "usage.jsonl"
    path.write_bytes(b"\n" * (5 * 1024 * 1024))
    stats = UsageStats(path)
    stats.record("boot")
    stats.flush()  # exactly at the cap: still appended
    assert not (tmp_path / "usage.1.jsonl").exists()
    grown = path.stat().st_size
    stats.record("boot")
    stats.flush()
    assert (tmp_path / "usage.1.jsonl").stat().st_size == grown
    assert [e["event"] for e in lines(path)] == ["boot"]


def test_unwritable_path_is_logged_not_raised(tmp_path: Path,
                                              caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "blocker").write_text("a file where a directory should be")
    stats = UsageStats(tmp_path / "blocker" / "usage.jsonl")
    stats.record("open_exhibit", "e-1")
    with caplog.at_level(logging.WARNING, logger="kiosk.stats"):
        stats.flush()
    assert [r.name for r in caplog.records] == ["kiosk.stats"]
    assert "could not write usage statistics" in caplog.records[0].getMessage()
    assert stats.summary()["total"] == 1  # kept for the next try


def test_records_from_many_threads(tmp_path: Path) -> None:
    stats = UsageStats(tmp_path / "usage.jsonl")

    def visitor(n: int) -> None:
        for i in range(250):
            stats.record("open_exhibit", f"e-{n}")
            if i % 50 == 0:
                stats.flush()

    threads = [threading.Thread(target=visitor, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stats.flush()
    assert len(lines(tmp_path / "usage.jsonl")) == 2000
    assert stats.summary()["events"] == {"open_exhibit": 2000}
