"""Scripted visits at known local times, written through the real recorder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path

from kiosk.stats.recorder import UsageRecorder

TITLES = {"exhibit:e-1": "机器人", "exhibit:e-2": "机器狗", "achievement:a-1": "成果一",
          "figure:f-1": "1000台 机器人"}


@dataclass(frozen=True)
class Visit:
    """A visit `days_ago` days before the report's day, at `clock` local time."""

    days_ago: int
    clock: str
    seconds: float
    items: tuple[str, ...] = ()


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def script(path: Path, visits: list[Visit], today: date, zone: tzinfo) -> None:
    """Writes `visits` to the database at `path`: each opens its items in turn, one second
    apart (with a list screen between), and ends after its `seconds`."""
    clock = _Clock()
    recorder = UsageRecorder(path, clock=clock, retention_days=3650)
    for visit in visits:
        day = today - timedelta(days=visit.days_ago)
        start = datetime.combine(day, time.fromisoformat(visit.clock), zone).timestamp()
        clock.now = start
        recorder.visit_started("zh")
        recorder.screen_shown("home")
        for n, item in enumerate(visit.items):
            clock.now = start + n + 0.5
            recorder.screen_shown(item.split(":")[0] + "s")
            clock.now = start + n + 1
            recorder.screen_shown(item.split(":")[0], item, TITLES.get(item, ""))
        clock.now = start + visit.seconds
        recorder.visit_ended("zh")
    recorder.close()


KIOSK_A = [
    Visit(0, "09:10", 60, ("exhibit:e-1", "achievement:a-1")),
    Visit(0, "09:40", 120, ("exhibit:e-1",)),
    Visit(0, "14:05", 30, ("exhibit:e-2",)),
    Visit(1, "10:00", 300, ("achievement:a-1", "achievement:a-1")),
    Visit(8, "11:00", 50, ("exhibit:e-1",)),  # older than the last seven days
]
KIOSK_B = [
    Visit(0, "09:20", 90, ("exhibit:e-2",)),
    Visit(6, "16:00", 600, ("figure:f-1",)),  # the first of the last seven days
]
