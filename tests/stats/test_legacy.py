"""Old JSON-lines statistics come into the database once, and are renamed."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from kiosk.stats import legacy, schema
from kiosk.stats.recorder import UsageRecorder


def line(ts: str, event: str, item: str = "") -> str:
    return json.dumps({"ts": ts, "event": event, "item": item}, ensure_ascii=False) + "\n"


def stamp(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


def test_both_files_import_once_and_are_renamed(tmp_path: Path) -> None:
    (tmp_path / "usage.1.jsonl").write_text(
        line("2026-11-30T09:00:00+00:00", "visit_start")
        + line("2026-11-30T09:00:10+00:00", "open", "exhibits")
        + line("2026-11-30T09:00:20+00:00", "open", "exhibit:1")
        + line("2026-11-30T09:01:30+00:00", "idle_timeout")
        + line("2026-11-30T09:01:40+00:00", "attract_start"), encoding="utf-8")
    (tmp_path / "usage.jsonl").write_text(
        line("2026-12-01T10:00:00+00:00", "visit_start")
        + "{not json\n"
        + line("2026-12-01T10:00:30+00:00", "open", "achievement:2"), encoding="utf-8")
    UsageRecorder(tmp_path / "usage.db").close()
    assert sorted(p.name for p in tmp_path.glob("usage.*jsonl*")) == [
        "usage.1.jsonl.imported", "usage.jsonl.imported"]
    db = sqlite3.connect(tmp_path / "usage.db")
    assert db.execute("SELECT started, ended, ending FROM visits").fetchall() == [
        (stamp("2026-11-30T09:00:00"), stamp("2026-11-30T09:01:40"), "attract"),
        # the newer file ends inside a visit (the old kiosk was killed): it ends there
        (stamp("2026-12-01T10:00:00"), stamp("2026-12-01T10:00:30"), "crash")]
    assert db.execute("SELECT visit, screen, item FROM opens").fetchall() == [
        (1, "exhibits", ""), (1, "exhibit", "exhibit:1"), (2, "achievement", "achievement:2")]
    assert db.execute("SELECT visit, kind FROM events").fetchall() == [(1, "idle_return")]
    assert [n for _, n in db.execute("SELECT path, lines FROM imports")] == [5, 2]
    db.close()
    UsageRecorder(tmp_path / "usage.db").close()  # a second start imports nothing again
    assert sqlite3.connect(tmp_path / "usage.db").execute(
        "SELECT count(*) FROM visits").fetchone() == (2,)


def test_a_file_imported_but_not_renamed_is_not_imported_twice(tmp_path: Path) -> None:
    old = tmp_path / "usage.jsonl"
    old.write_text(line("2026-12-01T10:00:00+00:00", "visit_start"), encoding="utf-8")
    db = schema.connect(tmp_path / "usage.db")
    assert legacy.import_files(db, [old]) == 1
    (tmp_path / "usage.jsonl.imported").rename(old)  # as if killed before the rename
    assert legacy.import_files(db, [old]) == 0
    assert db.execute("SELECT count(*) FROM visits").fetchone() == (1,)
    assert not old.exists()
