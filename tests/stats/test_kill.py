"""SIGKILL at random moments while events are written: the database stays whole and only
the last second is lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.stats.recorder import INTERVAL

ROOT = Path(__file__).resolve().parents[2]
KILLS = 20
SLACK = 0.25  # the commit itself, on a busy two-core machine


def handed(log: Path) -> list[float]:
    """When each event was handed to the recorder (index = event number)."""
    lines = log.read_text().splitlines()
    return [float(line.split()[1]) for line in lines if len(line.split()) == 2]


@pytest.mark.slow
def test_twenty_kills_never_corrupt_and_lose_at_most_the_last_second(tmp_path: Path) -> None:
    database = tmp_path / "usage.db"
    chance = random.Random(11)
    worst = 0.0
    for run in range(KILLS):
        log = tmp_path / f"handed-{run}.log"
        child = subprocess.Popen([sys.executable, "-m", "tests.stats.writer_child",
                                  str(database), str(log), str(run)], cwd=ROOT)
        # Kill at a random moment: after a random number of events (0.2 to 2.5 s of them).
        wanted = chance.randint(100, 1250)
        start = time.monotonic()
        while not log.exists() or len(log.read_bytes().splitlines()) < wanted:
            assert child.poll() is None, "the writer child died on its own"
            assert time.monotonic() - start < 60
            time.sleep(0.01)
        killed_at = time.time()
        os.kill(child.pid, signal.SIGKILL)
        child.wait()

        db = sqlite3.connect(database)
        try:
            assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            kept = {int(value.split(":")[1]) for (value,) in db.execute(
                "SELECT value FROM events WHERE kind = 'tick' AND value LIKE ?",
                (f"{run}:%",))}
        finally:
            db.close()
        times = handed(log)
        assert kept == set(range(len(kept))), "a gap: an event was lost before a later one"
        lost = times[len(kept):]
        age = killed_at - lost[0] if lost else 0.0
        worst = max(worst, age)
        print(f"kill {run + 1}: {len(times)} handed, {len(lost)} lost, oldest lost "
              f"{age:.3f} s before the kill")
        assert age <= INTERVAL + SLACK
    print(f"{KILLS} kills: integrity ok each time; the oldest event lost was handed "
          f"{worst:.3f} s before its kill")
