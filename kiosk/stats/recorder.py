"""UsageRecorder: hands usage events to a writer thread that commits them once a second."""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kiosk.stats import legacy, schema

log = logging.getLogger("kiosk.stats")

INTERVAL = 1.0  # seconds between commits at most: a kill loses at most this much
DAY = 86_400.0
PRUNE_EVERY = DAY  # seconds of running between prunes
MAX_PENDING = 10_000  # while the disk refuses writes, keep at most this many events

Op = tuple[Any, ...]


def database_path(stats_path: Path) -> Path:
    """The database for the `stats_path` setting: itself, or beside an old `.jsonl` one.

    Args:
        stats_path: the configured path (`usage.db`; a JSON-lines `usage.jsonl` from an
            older configuration means `usage.db` beside it).

    Returns:
        The SQLite file to write.
    """
    return stats_path.with_suffix(".db") if stats_path.suffix == ".jsonl" else stats_path


class UsageRecorder:
    """Records what visitors do. Every call only queues (about a microsecond, any thread);
    a writer thread commits what was queued in one transaction at most `interval` seconds
    after the previous commit.

    The writer keeps the open visit and the screen on show, so a screen's dwell time is
    written when the next one opens. Opening the database (migrations, the import of old
    JSON-lines files, closing visits a crash left open, the prune) happens on the writer
    thread too, and the prune repeats daily.
    """

    def __init__(self, path: Path, *, retention_days: int = 365,
                 interval: float = INTERVAL, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.retention_days = retention_days
        self.interval = interval
        self.clock = clock
        self.batches = 0  # committed transactions (for tests and benchmarks)
        self._queue: queue.SimpleQueue[Op] = queue.SimpleQueue()
        self._pending: list[Op] = []
        self._visit: int | None = None
        self._open: tuple[int, float] | None = None  # the screen on show: row and since
        self._db: sqlite3.Connection | None = None
        self._thread = threading.Thread(target=self._run, name="usage-writer", daemon=True)
        self._thread.start()

    # Called from the GUI thread.

    def visit_started(self, language: str = "") -> None:
        """A visitor woke the kiosk from its attract loop.

        Args:
            language: the language on show as the visit starts.
        """
        self._queue.put(("visit", self.clock(), language))

    def visit_ended(self, language: str, ending: str = "attract", ago: float = 0.0) -> None:
        """The visitor has gone.

        Args:
            language: the language on show as they left.
            ending: why the visit ended: `idle` (nobody answered the countdown), `attract`.
            ago: seconds ago they left (their last touch), so idle time is not counted.
        """
        self._queue.put(("end", self.clock() - max(0.0, ago), language, ending))

    def screen_shown(self, screen: str, item: str = "", title: str = "") -> None:
        """A screen came on top (opened, or back to it); the previous one's dwell ends.

        Args:
            screen: the screen's name in the screen table.
            item: the item it shows, `kind:id` (e.g. `exhibit:e-1a2b3c4d`); empty for lists.
            title: the item's name as the content has it (Chinese), for reports.
        """
        self._queue.put(("screen", self.clock(), screen, item, title))

    def event(self, kind: str, value: str = "") -> None:
        """A switch or a return, counted in the visit under way.

        Args:
            kind: `language`, `large_text`, `idle_return` or `admin` (staff unlocked the pad).
            value: the new language, `on`/`off`, or empty.
        """
        self._queue.put(("event", self.clock(), kind, value))

    def flush(self, timeout: float = 10.0) -> bool:
        """Waits until everything queued so far is committed.

        Args:
            timeout: seconds to wait at most.

        Returns:
            False when the writer did not finish in time (or has stopped).
        """
        if not self._thread.is_alive():
            return False
        done = threading.Event()
        self._queue.put(("flush", done))
        return done.wait(timeout)

    def close(self, timeout: float = 10.0) -> None:
        """Commits what is queued, then stops the writer and closes the database.

        Args:
            timeout: seconds to wait for the writer at most.
        """
        if self._thread.is_alive():
            self._queue.put(("stop",))
            self._thread.join(timeout)

    # The writer thread.

    def _run(self) -> None:
        try:
            self._db = self._start()
        except (sqlite3.Error, OSError, schema.SchemaTooNew) as exc:
            log.warning("usage statistics off: cannot open %s: %s", self.path, exc)
            self._db = None
        next_prune = time.monotonic() + PRUNE_EVERY
        last_commit = 0.0
        while True:
            if time.monotonic() >= next_prune:  # checked every round: a busy kiosk prunes too
                self._prune()
                next_prune = time.monotonic() + PRUNE_EVERY
            try:
                first = self._queue.get(timeout=max(0.0, next_prune - time.monotonic()))
            except queue.Empty:
                continue
            batch = [first]
            deadline = last_commit + self.interval
            while batch[-1][0] not in ("flush", "stop"):
                remaining = deadline - time.monotonic()
                try:
                    batch.append(self._queue.get(timeout=remaining) if remaining > 0
                                 else self._queue.get_nowait())
                except queue.Empty:
                    break
            self._write([op for op in batch if op[0] not in ("flush", "stop")])
            last_commit = time.monotonic()
            for op in batch:
                if op[0] == "flush":
                    op[1].set()
            if batch[-1][0] == "stop":
                if self._db is not None:
                    self._db.close()
                return

    def _start(self) -> sqlite3.Connection:
        db = schema.connect(self.path)
        legacy.import_files(db, legacy.files_beside(self.path))
        now = self.clock()
        db.execute("BEGIN IMMEDIATE")
        # A visit a crash or power cut left open ends at the last thing it did.
        db.execute("""
            UPDATE visits SET ending = 'crash', ended = max(started,
                coalesce((SELECT max(at) FROM opens WHERE visit = visits.id), started),
                coalesce((SELECT max(at) FROM events WHERE visit = visits.id), started))
            WHERE ended IS NULL""")
        db.execute("COMMIT")
        self._prune(db, now)
        return db

    def _prune(self, db: sqlite3.Connection | None = None, now: float | None = None) -> None:
        """Deletes what is older than the retention (visits take their opens and events)."""
        db = db or self._db
        if db is None:
            return
        cutoff = (self.clock() if now is None else now) - self.retention_days * DAY
        try:
            db.execute("BEGIN IMMEDIATE")
            gone = db.execute("DELETE FROM visits WHERE started < ? AND ended IS NOT NULL",
                              (cutoff,)).rowcount
            db.execute("DELETE FROM opens WHERE at < ? AND visit IS NULL", (cutoff,))
            db.execute("DELETE FROM events WHERE at < ? AND visit IS NULL", (cutoff,))
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            log.warning("could not prune usage statistics: %s", exc)
            if db.in_transaction:
                db.execute("ROLLBACK")
            return
        if gone:
            log.info("usage statistics: pruned %d visits older than %d days", gone,
                     self.retention_days)

    def _write(self, ops: Sequence[Op]) -> None:
        ops = [*self._pending, *ops]
        if not ops:
            return
        if self._db is None:
            return
        state = (self._visit, self._open)
        try:
            self._db.execute("BEGIN")
            for op in ops:
                self._apply(self._db, op)
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            log.warning("could not write usage statistics to %s: %s", self.path, exc)
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            self._visit, self._open = state
            self._pending = ops[-MAX_PENDING:]
            return
        self._pending = []
        self.batches += 1

    def _apply(self, db: sqlite3.Connection, op: Op) -> None:
        kind, at = op[0], op[1]
        if kind == "visit":
            self._end_screen(db, at)
            if self._visit is not None:
                db.execute("UPDATE visits SET ended = ?, ending = 'restart' WHERE id = ?",
                           (at, self._visit))
            self._visit = db.execute("INSERT INTO visits (started, language) VALUES (?, ?)",
                                     (at, op[2])).lastrowid
        elif kind == "end":
            self._end_screen(db, at)
            if self._visit is not None:
                db.execute("UPDATE visits SET ended = ?, language = ?, ending = ? "
                           "WHERE id = ?", (at, op[2], op[3], self._visit))
            self._visit = None
        elif kind == "screen":
            self._end_screen(db, at)
            row = db.execute("INSERT INTO opens (visit, at, screen, item, title) "
                             "VALUES (?, ?, ?, ?, ?)",
                             (self._visit, at, op[2], op[3], op[4])).lastrowid
            assert row is not None
            self._open = (row, at)
        elif kind == "event":
            db.execute("INSERT INTO events (visit, at, kind, value) VALUES (?, ?, ?, ?)",
                       (self._visit, at, op[2], op[3]))

    def _end_screen(self, db: sqlite3.Connection, at: float) -> None:
        if self._open is not None:
            row, since = self._open
            db.execute("UPDATE opens SET seconds = ? WHERE id = ?", (max(0.0, at - since), row))
            self._open = None
