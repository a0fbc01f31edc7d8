"""Local usage statistics: what visitors opened, as JSON lines on disk; nothing leaves the box."""

from __future__ import annotations

import json
import logging
import os
import threading
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger("kiosk.stats")
MAX_BYTES = 5 * 1024 * 1024
MAX_BUFFERED = 10_000  # while the disk refuses writes, keep at most this many events
TOP_ITEMS = 10


class UsageStats:
    """Buffers usage events in memory and appends them to a JSON-lines file on `flush()`.

    Safe to call from any thread. The file is rotated to `<name>.1.jsonl` when it grows past
    `max_bytes`; `summary()` counts both files.
    """

    def __init__(self, path: Path, *, max_bytes: int = MAX_BYTES) -> None:
        self.path = path
        self.rotated = path.with_suffix(".1.jsonl")
        self._max_bytes = max_bytes
        self._buffer: list[dict[str, str]] = []
        self._lock = threading.Lock()

    def record(self, event: str, item: str = "") -> None:
        """Notes one event now (in memory until the next `flush()`).

        Args:
            event: what happened, e.g. "open_exhibit", "attract_start".
            item: what it happened to, e.g. an exhibit id; empty when not applicable.
        """
        entry = {"ts": datetime.now(UTC).isoformat(timespec="seconds"),
                 "event": event, "item": item}
        with self._lock:
            self._buffer.append(entry)
            del self._buffer[:-MAX_BUFFERED]

    def flush(self) -> None:
        """Appends the buffered events to the file; a failure is logged and the events kept."""
        with self._lock:
            if not self._buffer:
                return
            lines = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in self._buffer)
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                if self.path.is_file() and self.path.stat().st_size > self._max_bytes:
                    os.replace(self.path, self.rotated)
                with self.path.open("a", encoding="utf-8") as handle:
                    handle.write(lines)
            except OSError as exc:
                log.warning("could not write usage statistics to %s: %s", self.path, exc)
                return
            self._buffer.clear()

    def summary(self) -> dict[str, Any]:
        """Counts over the files and the buffer, for the admin screen.

        Returns:
            `total` (events), `events` ({event: count}, most frequent first), `top_items`
            ({event: [(item, count), …]}, at most ten, empty items left out), `since` (the
            earliest timestamp, or None) and `corrupt_lines` (lines that could not be read).
        """
        with self._lock:
            older, corrupt_older = _read(self.rotated)
            newer, corrupt_newer = _read(self.path)
            entries = older + newer + self._buffer
        corrupt = corrupt_older + corrupt_newer
        events = Counter(e["event"] for e in entries)
        items: dict[str, Counter[str]] = {}
        for entry in entries:
            if entry["item"]:
                items.setdefault(entry["event"], Counter())[entry["item"]] += 1
        stamps = sorted(e["ts"] for e in entries if e["ts"])
        return {
            "total": len(entries),
            "events": dict(events.most_common()),
            "top_items": {ev: c.most_common(TOP_ITEMS) for ev, c in items.items()},
            "since": stamps[0] if stamps else None,
            "corrupt_lines": corrupt,
        }


def _read(path: Path) -> tuple[list[dict[str, str]], int]:
    """The readable entries of one file and the number of lines that were not."""
    entries: list[dict[str, str]] = []
    corrupt = 0
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                except ValueError:
                    data = None
                if not isinstance(data, dict) or not isinstance(data.get("event"), str):
                    corrupt += 1
                    continue
                entries.append({"ts": str(data.get("ts") or ""), "event": data["event"],
                                "item": str(data.get("item") or "")})
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("could not read usage statistics from %s: %s", path, exc)
    return entries, corrupt
