"""ContentLoader: parses the article in a child process and hands back the content model."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

from kiosk import paths
from kiosk.content import ContentModel

PARSE_TIMEOUT_MS = 90_000  # the child caps its own CPU time at 60 s; a report takes 2 s


def parse_command(seed: Path, cache_dir: Path | None) -> list[str]:
    """The command line that parses `seed` in a child process and prints the model as JSON.

    The packaged kiosk is its own parser (`zgc-kiosk parse`); from a checkout it is
    `python -m kiosk parse`.
    """
    command = [sys.executable] if paths.frozen() else [sys.executable, "-m", "kiosk"]
    command += ["parse", str(seed), "--json", "--within-limits"]
    if cache_dir is not None:
        command += ["--cache-dir", str(cache_dir)]
    return command


class ContentLoader(QObject):
    """Parses the article in a child process, so jieba's dictionary and the parse never share
    the GUI's interpreter: no GIL contention with the UI (a worker thread made the parse 3-7x
    slower than alone), no jieba memory in the kiosk, and a parser crash cannot take the kiosk
    down."""

    loaded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, seed: Path, cache_dir: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seed = seed
        self._cache_dir = cache_dir
        self._process = QProcess(self)
        self._process.finished.connect(self._on_finished)
        self._process.errorOccurred.connect(self._on_error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PARSE_TIMEOUT_MS)
        self._timer.timeout.connect(self._on_timeout)
        self._done = False

    def start(self) -> None:
        """Starts the child process; `loaded` or `failed`, then `finished`, follow."""
        program, *arguments = parse_command(self._seed, self._cache_dir)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("PYTHONIOENCODING", "utf-8")
        self._process.setProcessEnvironment(environment)
        self._process.setWorkingDirectory(str(paths.root()))
        self._timer.start()
        self._process.start(program, arguments)

    def wait(self) -> None:
        """Blocks until the child is done and its result delivered (for tests and tools)."""
        if not self._done:
            self._process.waitForFinished(PARSE_TIMEOUT_MS)
            if not self._done:
                self._on_timeout()

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        out = bytes(self._process.readAllStandardOutput().data())
        err = bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace")
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            try:
                model = ContentModel.from_json(json.loads(out))
            except (ValueError, TypeError, KeyError) as exc:
                self._finish(f"the parser's output was unreadable ({exc})")
            else:
                self._finish(None, model)
        else:
            lines = [line for line in err.splitlines() if line.strip()]
            reason = lines[-1].removeprefix("error: ") if lines else f"exit code {code}"
            if status != QProcess.ExitStatus.NormalExit:
                reason = f"the parser crashed ({reason})"
            self._finish(reason)

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._finish(f"could not start the parser ({self._process.errorString()})")

    def _on_timeout(self) -> None:
        if not self._done:
            self._finish(f"the parser took longer than {PARSE_TIMEOUT_MS / 1000:g} s")
            self._process.kill()
            self._process.waitForFinished(2000)

    def _finish(self, reason: str | None, model: ContentModel | None = None) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        if model is not None:
            self.loaded.emit(model)
        else:
            self.failed.emit(reason or "unknown error")
        self.finished.emit()
