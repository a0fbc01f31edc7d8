"""Builds the kiosk application: window modes, the QML engine, and the command line."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger("kiosk.app")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, got {text!r}") from None
    if width < 200 or height < 200:
        raise argparse.ArgumentTypeError("the window must be at least 200x200")
    return width, height


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The options of `python main.py`."""
    parser = argparse.ArgumentParser(prog="python main.py",
                                     description="Zhongguancun Forum exhibition kiosk.")
    parser.add_argument("--kiosk", action="store_true",
                        help="fullscreen, frameless, cannot be closed without the admin PIN")
    parser.add_argument("--config", type=Path, help="configuration file (TOML)")
    parser.add_argument("--size", type=_size, default=None, help="window size, e.g. 1920x1080")
    parser.add_argument("--selftest", action="store_true",
                        help="visit every screen offscreen; exit 0 only without Qt warnings")
    parser.add_argument("--screenshots", type=Path, help="with --selftest: write a PNG per screen")
    parser.add_argument("--screenshot", type=Path, help="render Home offscreen to PNG and exit")
    return parser.parse_args(list(argv))


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


def main(argv: Sequence[str] | None = None) -> int:
    """Starts the kiosk.

    Args:
        argv: command-line arguments without the program name (sys.argv[1:] when None).

    Returns:
        The process exit code: 0, 1 when the QML failed to load or the self-test failed,
        2 for bad arguments.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "parse":
        from kiosk.cli import main as cli_main

        return cli_main(args)
    try:
        options = parse_args(args)
    except SystemExit as exc:
        return int(exc.code or 0)
    offscreen = options.selftest or options.screenshot is not None
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return _run(options, offscreen)


def _run(options: argparse.Namespace, offscreen: bool) -> int:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

    from kiosk.config import load_config
    from kiosk.logs import setup_logging
    from kiosk.stats import UsageStats
    from kiosk.ui.fonts import register_fonts
    from kiosk.ui.session import Session

    if offscreen:
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    app.setApplicationName("zgc-kiosk")
    config = load_config(options.config)
    setup_logging(None if offscreen else config.log_dir)
    for problem in config.problems:
        log.warning("config: %s", problem)
    register_fonts()
    stats = None if offscreen else UsageStats(config.stats_path)
    session = Session(config, stats=stats)
    cached = session.store.load_cached()

    if options.selftest:
        from kiosk.ui.selftest import run_selftest

        return run_selftest(session, options.size or (1920, 1080), options.screenshots,
                            cached)

    engine = session.load()
    if not engine.rootObjects():
        log.error("the QML failed to load")
        return 1
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    first_frame: list[float] = []
    content_shown: list[float] = []

    def on_frame() -> None:
        if not first_frame:
            first_frame.append(process_age())
            log.info("first frame after %.3f s (%s)", first_frame[0], jieba_state())
            if not cached and not session.store.property("loading"):
                session.store.rebuild()
        if not content_shown and session.store.property("ready"):
            content_shown.append(process_age())
            log.info("content shown after %.3f s", content_shown[0])
            window.frameSwapped.disconnect(on_frame)  # no Python call on every later frame

    window.frameSwapped.connect(on_frame)

    if options.screenshot is not None:
        from kiosk.ui.selftest import screenshot_home

        return screenshot_home(session, window, options.size or (1920, 1080),
                               options.screenshot)

    guard = None
    if options.kiosk or config.kiosk:
        from kiosk.ui.window import KioskGuard

        guard = KioskGuard(window, session)
        session.admin.exitRequested.connect(guard.release)
        window.showFullScreen()
    else:
        width, height = options.size or (1280, 720)
        window.resize(width, height)
        window.show()
    session.admin.exitRequested.connect(app.quit)
    code = app.exec()
    session.close()  # writes the statistics
    return code
