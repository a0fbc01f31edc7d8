"""A process that records usage events without end, for the SIGKILL test.

    python -m tests.stats.writer_child DB LOG RUN

Each event's value is `RUN:n`; before handing it to the recorder, the child appends
`n <unix time>` to LOG (unbuffered), so the test knows what was handed over, and when.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from kiosk.stats.recorder import UsageRecorder


def main() -> None:
    database, log, run = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    recorder = UsageRecorder(database)
    out = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    n = 0
    while True:
        os.write(out, f"{n} {time.time():.6f}\n".encode())
        if n % 50 == 0:
            recorder.visit_started("zh")
        recorder.screen_shown("exhibit", f"exhibit:e-{n % 7}", "机器人")
        recorder.event("tick", f"{run}:{n}")
        n += 1
        time.sleep(0.001)  # a busy visitor: about 500 events a second


if __name__ == "__main__":
    main()
