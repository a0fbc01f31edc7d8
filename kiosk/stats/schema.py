"""The statistics database: opening it (WAL, synchronous=NORMAL) and migrating its schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Each entry takes the schema from version n to n + 1 (`PRAGMA user_version` holds n).
# Times are Unix seconds (UTC); a report turns them into local days and hours.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE visits (
        id INTEGER PRIMARY KEY,
        started REAL NOT NULL,
        ended REAL,                          -- NULL while the visit goes on
        language TEXT NOT NULL DEFAULT '',   -- the visitor's language when they left
        ending TEXT NOT NULL DEFAULT ''      -- 'attract', 'crash' (closed at the next start)
    );
    CREATE INDEX visits_started ON visits (started);
    CREATE TABLE opens (
        id INTEGER PRIMARY KEY,
        visit INTEGER REFERENCES visits (id) ON DELETE CASCADE,
        at REAL NOT NULL,
        screen TEXT NOT NULL,
        item TEXT NOT NULL DEFAULT '',       -- 'exhibit:<id>' …; '' for a list screen
        title TEXT NOT NULL DEFAULT '',      -- the item's name when opened (Chinese)
        seconds REAL                         -- dwell; NULL until the screen is left
    );
    CREATE INDEX opens_at ON opens (at);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        visit INTEGER REFERENCES visits (id) ON DELETE CASCADE,
        at REAL NOT NULL,
        kind TEXT NOT NULL,                  -- 'language', 'large_text', 'idle_return', 'admin'
        value TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX events_at ON events (at);
    CREATE TABLE imports (
        path TEXT PRIMARY KEY,
        at REAL NOT NULL,
        lines INTEGER NOT NULL
    );
    """,
)
VERSION = len(MIGRATIONS)


class SchemaTooNew(RuntimeError):
    """The database was written by a newer kiosk; it is left alone."""


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Opens (creating and migrating unless `readonly`) the statistics database.

    Args:
        path: the database file; its folder is created when missing.
        readonly: open an existing file for reading only (reports, merges).

    Returns:
        A connection in autocommit mode (transactions are explicit), WAL journal,
        `synchronous=NORMAL`: a killed process loses no committed transaction.

    Raises:
        SchemaTooNew: the file's schema version is newer than this code knows.
        sqlite3.Error: the file is not a database, or (readonly) missing.
    """
    if readonly:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                             isolation_level=None, check_same_thread=False)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=5000")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > VERSION:
        db.close()
        raise SchemaTooNew(f"{path}: schema version {version}, this kiosk knows {VERSION}")
    if not readonly:
        migrate(db, version)
    return db


def migrate(db: sqlite3.Connection, version: int) -> None:
    """Runs the migrations after `version`, each in its own transaction with its version.

    Args:
        db: an open connection in autocommit mode.
        version: the file's `PRAGMA user_version`.
    """
    for number in range(version, VERSION):
        db.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[number]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version={number + 1}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


def _statements(script: str) -> list[str]:
    """The statements of a migration (executescript would commit on its own)."""
    lines = [line.split("--")[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
