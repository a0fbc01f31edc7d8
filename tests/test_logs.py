"""Tests for logging set-up: the log file, Qt's messages and uncaught exceptions."""

from __future__ import annotations

import logging
import logging.handlers
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import logs

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def root_logger(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    """Gives the root logger back as it was, and closes the handlers a test added."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield root
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def ours(root: logging.Logger) -> list[str]:
    names = [h.get_name() or "" for h in root.handlers]
    return sorted(name for name in names if name.startswith("kiosk.logs"))


def log_text(log_dir: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (log_dir / "kiosk.log").read_text(encoding="utf-8")


def test_file_handler_writes(tmp_path: Path, root_logger: logging.Logger) -> None:
    logs.setup_logging(tmp_path / "logs", qt=False)
    logging.getLogger("kiosk.test").info("visitor opened %s", "e-1")
    logging.getLogger("kiosk.test").debug("not at INFO")
    text = log_text(tmp_path / "logs")
    assert text.endswith("INFO     kiosk.test: visitor opened e-1\n")
    assert "not at INFO" not in text
    assert root_logger.level == logging.INFO


def test_rotation_settings(tmp_path: Path, root_logger: logging.Logger) -> None:
    logs.setup_logging(tmp_path, logging.DEBUG, qt=False)
    (handler,) = [h for h in root_logger.handlers
                  if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert (handler.maxBytes, handler.backupCount) == (1024 * 1024, 5)
    assert Path(handler.baseFilename) == tmp_path / "kiosk.log"
    assert root_logger.level == logging.DEBUG


def test_second_call_replaces_not_duplicates(tmp_path: Path,
                                             root_logger: logging.Logger) -> None:
    logs.setup_logging(tmp_path / "a", qt=False)
    logs.setup_logging(tmp_path / "b", qt=False)
    assert ours(root_logger) == ["kiosk.logs.file", "kiosk.logs.stderr"]
    logging.getLogger("kiosk.test").warning("once")
    assert log_text(tmp_path / "b").count("once") == 1
    assert "once" not in log_text(tmp_path / "a")


def test_stderr_only_without_a_dir(root_logger: logging.Logger,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    logs.setup_logging(None, qt=False)
    assert ours(root_logger) == ["kiosk.logs.stderr"]
    logging.getLogger("kiosk.test").warning("to stderr")
    assert "WARNING  kiosk.test: to stderr" in capsys.readouterr().err


def test_unwritable_dir_warns_and_continues(tmp_path: Path, root_logger: logging.Logger,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "blocker").write_text("a file where the log folder should be")
    logs.setup_logging(tmp_path / "blocker" / "logs", qt=False)
    assert ours(root_logger) == ["kiosk.logs.stderr"]
    assert "WARNING  kiosk: cannot write logs to" in capsys.readouterr().err


def test_excepthook_logs_the_traceback(caplog: pytest.LogCaptureFixture) -> None:
    logs.install_excepthook()
    try:
        raise ValueError("bad exhibit")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    (record,) = caplog.records
    assert (record.name, record.levelname, record.getMessage()) == (
        "kiosk", "CRITICAL", "uncaught exception")
    assert record.exc_info is not None and record.exc_info[0] is ValueError
    assert "ValueError: bad exhibit" in caplog.text


def test_thread_exceptions_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    logs.install_excepthook()

    def crash() -> None:
        raise RuntimeError("worker died")

    thread = threading.Thread(target=crash, name="loader")
    thread.start()
    thread.join()
    (record,) = caplog.records
    assert record.getMessage() == "uncaught exception in thread loader"
    assert "RuntimeError: worker died" in caplog.text


def run(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(script), str(tmp_path)],
                          capture_output=True, text=True, cwd=REPO, timeout=60, check=False,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})


def test_qt_messages_reach_the_log(tmp_path: Path) -> None:
    # In a child process: installing our handler here would displace pytest-qt's.
    result = run("""
        import sys
        from pathlib import Path
        from PySide6 import QtCore
        from kiosk.logs import setup_logging
        setup_logging(Path(sys.argv[1]), qt=True)
        QtCore.qDebug("below the level")
        QtCore.qInfo("screen ready")
        QtCore.qWarning("font missing")
        QtCore.QMessageLogger("Main.qml", 42, "onClicked").critical("binding loop")
    """, tmp_path)
    assert result.returncode == 0, result.stderr
    lines = [line.split(" ", 2)[2] for line in
             (tmp_path / "kiosk.log").read_text(encoding="utf-8").splitlines()]
    assert lines == ["INFO     qt: screen ready", "WARNING  qt: font missing",
                     "ERROR    qt: binding loop (Main.qml:42)"]


def test_crash_leaves_a_trace(tmp_path: Path) -> None:
    result = run("""
        import sys
        from pathlib import Path
        from kiosk.logs import install_excepthook, setup_logging
        setup_logging(Path(sys.argv[1]), qt=False)
        install_excepthook()
        1 / 0
    """, tmp_path)
    assert result.returncode == 1
    text = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
    assert "CRITICAL kiosk: uncaught exception\nTraceback (most recent call last):" in text
    assert text.endswith("ZeroDivisionError: division by zero\n")


def test_the_running_kiosk_logs_an_exception_in_a_slot_and_carries_on(tmp_path: Path) -> None:
    # The kiosk as `python main.py` starts it, with a timer that raises once it runs: the
    # traceback must reach the kiosk's own rotating log and the event loop must go on.
    script = """
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtGui import QGuiApplication
        from kiosk import cli
        app = QGuiApplication(sys.argv[:1])
        def broken_slot():
            raise LookupError("no such exhibit")
        def later():
            print("still answering", flush=True)
            app.quit()
        QTimer.singleShot(300, broken_slot)
        QTimer.singleShot(900, later)
        sys.exit(cli.main(["--size", "640x480"]))
    """
    home = tmp_path / "home"
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True,
        cwd=REPO, timeout=120, check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(home),
             "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
             "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache")})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "still answering" in result.stdout
    text = (home / "data" / "zgc-kiosk" / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "CRITICAL kiosk: uncaught exception\nTraceback (most recent call last):" in text
    assert "in broken_slot\n" in text and "LookupError: no such exhibit\n" in text
