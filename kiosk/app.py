"""Builds the kiosk application from parsed options and runs it: window, self-test or PNG."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.ui.startup import StartupClock

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

    from kiosk.config import Config
    from kiosk.ui.session import Session

log = logging.getLogger("kiosk.app")

Size = tuple[int, int] | None
RESTART_CAUSE = "ZGC_KIOSK_RESTART_CAUSE"
WINDOW = (1280, 720)
OFFSCREEN = (1920, 1080)


@dataclass
class Started:
    """The application, its settings and controllers, and how start-up went so far.

    `cached` says whether the content came from the cache (False: it must be parsed).
    """

    app: QGuiApplication
    config: Config
    session: Session
    cached: bool
    clock: StartupClock


def run(config_path: Path | None, size: Size, *, kiosk: bool) -> int:
    """Shows the kiosk until staff leave it through the admin PIN pad (or the window closes).

    Args:
        config_path: the configuration file, or None for the default.
        size: the window's size (a window of 1280x720 when None); ignored in kiosk mode.
        kiosk: fullscreen and locked, whatever the configuration says.

    Returns:
        The exit code: 0, or 1 when the QML failed to load.
    """
    started = _start(config_path, offscreen=False)
    if cause := os.environ.get(RESTART_CAUSE):  # set by packaging/supervise.sh
        log.warning("restarted by the supervisor: the previous run %s", cause)
    from PySide6.QtQuick import QQuickWindow

    from kiosk.ui.startup import FirstFrame

    session, store = started.session, started.session.store
    engine = session.load()
    started.clock.mark("QML")
    if not engine.rootObjects():
        log.error("the QML failed to load")
        return 1
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)

    def parse_if_cold() -> None:  # a cold cache parses once the first frame is up
        if not started.cached and not store.property("loading"):
            store.rebuild()

    probe = FirstFrame(window, lambda: bool(store.property("ready")), parse_if_cold,
                       started.clock)
    if kiosk or started.config.kiosk:
        from kiosk.ui.window import KioskGuard

        guard = KioskGuard(window, session)
        session.admin.exitRequested.connect(guard.release)
        window.showFullScreen()
    else:
        window.resize(*(size or WINDOW))
        window.show()
    session.admin.exitRequested.connect(started.app.quit)
    code = started.app.exec()
    del probe
    session.close()  # writes the statistics
    return code


def selftest(config_path: Path | None, size: Size, directory: Path | None,
             language: str | None = None, *, large_text: bool = False) -> int:
    """Visits every screen offscreen (see `kiosk.ui.selftest`), in `language` when given.

    Returns:
        0 only when every screen was reached without a Qt warning.
    """
    started = _start(config_path, offscreen=True, language=language)
    started.session.display.setProperty("largeText", large_text)
    from kiosk.ui.selftest import run_selftest

    return run_selftest(started.session, size or OFFSCREEN, directory, started.cached)


def screenshot(config_path: Path | None, size: Size, path: Path,
               language: str | None = None, *, large_text: bool = False) -> int:
    """Renders Home offscreen into the PNG `path`, in `language` when given.

    Returns:
        0 when the PNG was written, 1 otherwise.
    """
    started = _start(config_path, offscreen=True, language=language)
    started.session.display.setProperty("largeText", large_text)
    from kiosk.ui.selftest import screenshot_home

    code = screenshot_home(started.session, size or OFFSCREEN, path, started.clock)
    # The PNG is written and the session closed: tearing down Qt's scene and the
    # interpreter would take longer than the picture did (about 0.15 s here).
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _start(config_path: Path | None, *, offscreen: bool, language: str | None = None) -> Started:
    """The application, its settings, logging and controllers, with cached content shown.

    `language`, when given, is shown instead of the configured default language.
    """
    clock = StartupClock()
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

    from kiosk import paths
    from kiosk.config import load_config
    from kiosk.logs import install_excepthook, setup_logging
    from kiosk.pin import PinStore
    from kiosk.ui.fonts import register_fonts
    from kiosk.ui.session import Session

    clock.mark("imports")
    if offscreen:
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    existing = QGuiApplication.instance()
    app = existing if isinstance(existing, QGuiApplication) else QGuiApplication([sys.argv[0]])
    app.setApplicationName(paths.APP_NAME)
    config = load_config(config_path)
    if language is not None:
        config = replace(config, default_language=language)
    setup_logging(None if offscreen else config.log_dir)
    install_excepthook()
    for problem in config.problems:
        log.warning("config: %s", problem)
    register_fonts()
    stats = None
    if not offscreen:
        from kiosk.stats.recorder import UsageRecorder, database_path

        stats = UsageRecorder(database_path(config.stats_path),
                              retention_days=config.stats_retention_days)
    pins = PinStore(paths.user_state_dir(), config.pin_hash)
    if not offscreen:  # the kiosk proper: never without an admin PIN
        pins.ensure()
    session = Session(config, stats=stats, pins=pins)
    clock.mark("set-up")
    cached = session.store.load_cached()
    clock.mark("content")
    return Started(app, config, session, cached, clock)
