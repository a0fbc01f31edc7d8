"""How long start-up took, phase by phase, to the first frame; and whether jieba loaded."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtQuick import QQuickWindow

log = logging.getLogger("kiosk.startup")


def process_age() -> float:
    """Seconds since this process started (from /proc where available)."""
    try:
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(stat[19]) / os.sysconf("SC_CLK_TCK")
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0.0, uptime - started)
    except (OSError, ValueError, IndexError):
        return time.perf_counter()


def jieba_state() -> str:
    """Says whether jieba is in this process (it never should be before the first frame)."""
    return "jieba imported" if "jieba" in sys.modules else "jieba not imported"


class StartupClock:
    """Marks the end of each start-up phase as the process's age in seconds.

    The age comes from /proc once (at 10 ms resolution); later marks add the monotonic time
    since, so phases shorter than a clock tick still show.
    """

    def __init__(self) -> None:
        self._age = process_age()
        self._at = time.perf_counter()
        self.marks: list[tuple[str, float]] = [("interpreter", self._age)]

    def now(self) -> float:
        """The process's age now."""
        return self._age + time.perf_counter() - self._at

    def mark(self, phase: str) -> float:
        """Ends `phase` now; returns the process's age."""
        age = self.now()
        self.marks.append((phase, age))
        return age

    def breakdown(self) -> str:
        """`interpreter 0.030 s, imports 0.170 s, …`: how long each phase took."""
        parts, previous = [], 0.0
        for phase, age in self.marks:
            parts.append(f"{phase} {age - previous:.3f} s")
            previous = age
        return ", ".join(parts)


class FirstFrame:
    """Logs when `window` first shows a frame, and when it first shows content.

    `content_ready` says whether content is on screen; once it is, the probe disconnects,
    so no Python runs on later frames. `on_first` runs after the first frame (work that
    must not delay it).
    """

    def __init__(self, window: QQuickWindow, content_ready: Callable[[], bool],
                 on_first: Callable[[], None] | None = None,
                 clock: StartupClock | None = None) -> None:
        self.first: float | None = None
        self.content: float | None = None
        self._clock = clock or StartupClock()
        self._window = window
        self._ready = content_ready
        self._on_first = on_first
        window.frameSwapped.connect(self._on_frame)

    def _on_frame(self) -> None:
        if self.first is None:
            self.first = self._clock.mark("first frame")
            log.info("first frame after %.3f s (%s)", self.first, jieba_state())
            log.info("start-up: %s", self._clock.breakdown())
            if self._on_first is not None:
                self._on_first()
        if self.content is None and self._ready():
            self.content = self._clock.now()
            log.info("content shown after %.3f s", self.content)
            self._window.frameSwapped.disconnect(self._on_frame)
