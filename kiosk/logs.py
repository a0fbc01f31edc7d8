"""Logging to stderr and a rotating file, with Qt's messages and uncaught errors routed into it.

pytest-qt captures Qt messages with its own message handler, and `qt_log_level_fail` only
works while that handler is installed: under tests, call `setup_logging(..., qt=False)`.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType

log = logging.getLogger("kiosk")
qt_log = logging.getLogger("qt")
FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
_OURS = "kiosk.logs"  # marks the handlers setup_logging() added, so a second call replaces them


def setup_logging(log_dir: Path | None, level: int = logging.INFO, *, qt: bool = True) -> None:
    """Configures the root logger; calling it again replaces what the last call set up.

    Args:
        log_dir: where `kiosk.log` (1 MB, 5 backups) goes; None for stderr only. A directory
            that cannot be written is reported on stderr and skipped.
        level: the root logger's level.
        qt: route Qt's messages to the `qt` logger (False under pytest-qt).
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if (h.get_name() or "").startswith(_OURS)]:
        root.removeHandler(handler)
        handler.close()
    formatter = logging.Formatter(FORMAT)
    stderr = logging.StreamHandler(sys.stderr)
    stderr.set_name(f"{_OURS}.stderr")
    stderr.setFormatter(formatter)
    root.addHandler(stderr)
    root.setLevel(level)
    if log_dir is not None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            file = logging.handlers.RotatingFileHandler(
                log_dir / "kiosk.log", maxBytes=1024 * 1024, backupCount=5, encoding="utf-8")
        except OSError as exc:
            log.warning("cannot write logs to %s (%s); logging to stderr only", log_dir, exc)
        else:
            file.set_name(f"{_OURS}.file")
            file.setFormatter(formatter)
            root.addHandler(file)
    if qt:
        _install_qt_handler()


def _install_qt_handler() -> None:
    from PySide6 import QtCore

    levels = {
        QtCore.QtMsgType.QtDebugMsg: logging.DEBUG,
        QtCore.QtMsgType.QtInfoMsg: logging.INFO,
        QtCore.QtMsgType.QtWarningMsg: logging.WARNING,
        QtCore.QtMsgType.QtCriticalMsg: logging.ERROR,
        QtCore.QtMsgType.QtFatalMsg: logging.ERROR,
    }

    def handler(mode: QtCore.QtMsgType, context: QtCore.QMessageLogContext, message: str) -> None:
        where = f" ({context.file}:{context.line})" if context.file else ""
        category = f"[{context.category}] " if context.category not in (None, "default") else ""
        qt_log.log(levels.get(mode, logging.WARNING), "%s%s%s", category, message, where)
        if mode == QtCore.QtMsgType.QtFatalMsg:
            # Qt aborts once this returns: get the message to disk first.
            for each in logging.getLogger().handlers:
                each.flush()

    QtCore.qInstallMessageHandler(handler)


def _log_uncaught(kind: type[BaseException], value: BaseException,
                  trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, trace)
        return
    log.critical("uncaught exception", exc_info=(kind, value, trace))


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        name = args.thread.name if args.thread else "?"
        log.critical("uncaught exception in thread %s", name,
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def install_excepthook() -> None:
    """Logs uncaught exceptions (main and other threads) with their traceback to `kiosk`.

    A crash then leaves its trace in the log before the supervisor restarts the kiosk. Note
    that PySide6 reports an exception raised in a slot through this hook and then carries on.
    """
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_uncaught_in_thread
