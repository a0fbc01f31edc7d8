"""The restart policy of packaging/zgc-kiosk.service, through packaging/supervise.sh.

The kiosk runs from the checkout (`python main.py --kiosk`, offscreen) under the supervisor;
it is ready when it logs "content shown" (Home with its content on screen).
"""

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kiosk.content import load_content
from tests.conftest import ROOT, SEED

SUPERVISE = ROOT / "packaging" / "supervise.sh"
UNIT = ROOT / "packaging" / "zgc-kiosk.service"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="bash supervisor")


class Supervised:
    """The supervisor as a subprocess, its stderr lines in a queue as they arrive."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen([str(SUPERVISE), *command], cwd=ROOT, env=env,
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, text: str, timeout: float) -> str:
        """The next line containing `text`; fails after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            self.seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"no {text!r} within {timeout} s; saw:\n" + "\n".join(self.seen))

    def stop(self) -> int:
        """Stops the supervisor (and its kiosk) with SIGTERM; returns its exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=30)
        self._reader.join(timeout=10)
        assert self.process.stderr is not None
        self.process.stderr.close()
        return code


def _env(tmp_path: Path) -> dict[str, str]:
    cache = tmp_path / "cache"
    load_content(SEED, cache)  # as on an installed kiosk: the content is cached
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path),
            "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "ZGC_KIOSK_CACHE": str(cache), "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}


def _unit_setting(key: str) -> str:
    lines = UNIT.read_text(encoding="utf-8").splitlines()
    return next(line.split("=", 1)[1] for line in lines if line.startswith(f"{key}="))


def test_supervisor_defaults_match_the_systemd_unit() -> None:
    script = SUPERVISE.read_text(encoding="utf-8")
    assert _unit_setting("Restart") == "always"
    assert f"restart_sec=${{ZGC_RESTART_SEC:-{_unit_setting('RestartSec')}}}" in script
    assert (f"interval=${{ZGC_START_LIMIT_INTERVAL_SEC:-{_unit_setting('StartLimitIntervalSec')}}}"
            in script)
    assert f"burst=${{ZGC_START_LIMIT_BURST:-{_unit_setting('StartLimitBurst')}}}" in script
    assert _unit_setting("ExecStart").endswith("-- /opt/zgc-kiosk/zgc-kiosk --kiosk")
    assert "set -- /opt/zgc-kiosk/zgc-kiosk --kiosk" in script


@pytest.mark.slow
def test_killed_kiosk_is_back_on_home_within_5_seconds(tmp_path: Path) -> None:
    kiosk = Supervised([sys.executable, "main.py", "--kiosk"], _env(tmp_path))
    try:
        first = int(kiosk.wait_for("supervise: started pid", 10).split()[-1])
        kiosk.wait_for("content shown after", 60)
        os.kill(first, signal.SIGKILL)
        killed = time.monotonic()
        kiosk.wait_for(f"supervise: pid {first} killed by signal KILL (status 137)", 5)
        second = int(kiosk.wait_for("supervise: started pid", 5).split()[-1])
        kiosk.wait_for("content shown after", max(0.1, 5 - (time.monotonic() - killed)))
        back = time.monotonic() - killed
        assert second != first
        assert back < 5, f"back on Home after {back:.1f} s"
        log = (tmp_path / "data" / "zgc-kiosk" / "logs" / "kiosk.log").read_text(encoding="utf-8")
        assert ("restarted by the supervisor: the previous run killed by signal KILL "
                "(status 137)") in log
    finally:
        assert kiosk.stop() == 0


def test_permanently_failing_kiosk_is_given_up_after_the_start_limit(tmp_path: Path) -> None:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "ZGC_RESTART_SEC": "0.1",
           "ZGC_START_LIMIT_INTERVAL_SEC": "30", "ZGC_START_LIMIT_BURST": "3"}
    broken = Supervised([sys.executable, "-c", "raise SystemExit(3)"], env)
    try:
        assert broken.process.wait(timeout=30) == 1
        broken.wait_for("3 starts within 30 s; giving up", 5)
        assert sum("supervise: started pid" in line for line in broken.seen) == 3
        assert sum("exited with status 3; restarting" in line for line in broken.seen) == 3
    finally:
        broken.stop()
