"""The one-time import of the JSON-lines statistics older kiosks wrote (`usage.jsonl`)."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from datetime import datetime
from pathlib import Path

log = logging.getLogger("kiosk.stats")
IMPORTED = ".imported"


def files_beside(database: Path) -> list[Path]:
    """The old files a database takes over: `usage.1.jsonl` (older), then `usage.jsonl`.

    Args:
        database: the SQLite file (`usage.db`).

    Returns:
        Those of the two that exist, oldest first.
    """
    candidates = [database.with_suffix(".1.jsonl"), database.with_suffix(".jsonl")]
    return [path for path in candidates if path.is_file()]


def import_files(db: sqlite3.Connection, files: list[Path]) -> int:
    """Imports each file in one transaction, notes it, then renames it `<name>.imported`.

    A file noted as imported is only renamed (a kill between the commit and the rename).
    The old format: one `{"ts", "event", "item"}` object a line; `visit_start` opens a visit,
    `attract_start` ends it, `open` items are `screen` or `screen:index`, `idle_timeout` is
    an idle return. Unreadable lines are skipped and counted in the log.

    Args:
        db: the statistics database (autocommit mode).
        files: the JSON-lines files, oldest first.

    Returns:
        How many lines were imported.
    """
    total = 0
    for path in files:
        key = str(path.resolve())
        done = db.execute("SELECT 1 FROM imports WHERE path = ?", (key,)).fetchone()
        if not done:
            try:
                lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError as exc:
                log.warning("could not import usage statistics from %s: %s", path, exc)
                continue
            db.execute("BEGIN IMMEDIATE")
            try:
                count, skipped = _import(db, lines)
                db.execute("INSERT INTO imports (path, at, lines) VALUES (?, ?, ?)",
                           (key, time.time(), count))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            total += count
            log.info("usage statistics: imported %d lines from %s (%d unreadable)", count,
                     path, skipped)
        try:
            os.replace(path, path.with_name(path.name + IMPORTED))
        except OSError as exc:
            log.warning("could not rename imported %s: %s", path, exc)
    return total


def _import(db: sqlite3.Connection, lines: list[str]) -> tuple[int, int]:
    visit: int | None = None
    count = skipped = 0
    for line in lines:
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            at = datetime.fromisoformat(entry["ts"]).timestamp()
            event, item = str(entry["event"]), str(entry.get("item") or "")
        except (ValueError, KeyError, TypeError):
            skipped += 1
            continue
        count += 1
        if event == "visit_start":
            visit = db.execute("INSERT INTO visits (started) VALUES (?)", (at,)).lastrowid
        elif event == "attract_start":
            if visit is not None:
                db.execute("UPDATE visits SET ended = ?, ending = 'attract' WHERE id = ?",
                           (at, visit))
            visit = None
        elif event == "idle_timeout":
            db.execute("INSERT INTO events (visit, at, kind) VALUES (?, ?, 'idle_return')",
                       (visit, at))
        elif event == "open":
            screen, _, index = item.partition(":")
            db.execute("INSERT INTO opens (visit, at, screen, item) VALUES (?, ?, ?, ?)",
                       (visit, at, screen, item if index else ""))
        else:
            skipped += 1
            count -= 1
    if visit is not None:  # the file ends inside a visit: end it there
        db.execute("UPDATE visits SET ended = max(started, coalesce((SELECT max(at) "
                   "FROM opens WHERE visit = ?), started)), ending = 'crash' WHERE id = ?",
                   (visit, visit))
    return count, skipped
