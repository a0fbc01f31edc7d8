"""Renders the admin statistics view offscreen to PNGs, over a week of made-up visits.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_usage.py /tmp/usage-shots

Writes `usage-<width>x<height>-<language>[-large][-7days].png` for landscape and portrait,
Chinese and English, normal and large text, today and the last 7 days: for looking at, not
for tests.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface  # noqa: E402

from kiosk import paths  # noqa: E402
from kiosk.config import Config, default_seed  # noqa: E402
from kiosk.content import ContentModel, load_content  # noqa: E402
from kiosk.pin import PinStore  # noqa: E402
from kiosk.stats.recorder import UsageRecorder  # noqa: E402
from kiosk.ui import registry  # noqa: E402
from kiosk.ui.fonts import register_fonts  # noqa: E402
from kiosk.ui.selftest import grab, reduce_motion, wait_until  # noqa: E402
from kiosk.ui.session import Session  # noqa: E402


class _Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def fill(path: Path, model: ContentModel) -> None:
    """A week of visits, busiest around midday, opening the seed's items."""
    items = ([("exhibit", f"exhibit:{e.id}", e.name) for e in model.exhibits]
             + [("achievement", f"achievement:{a.id}", a.name) for a in model.achievements]
             + [("voices", f"quote:{q.id}", "") for q in model.quotes[:5]])
    chance = random.Random(3)
    clock = _Clock()
    recorder = UsageRecorder(path, clock=clock, retention_days=3650)
    today = datetime.now().date()
    for days_ago in range(7):
        day = today - timedelta(days=days_ago)
        for _ in range(chance.randint(40, 90)):
            hour = min(20, max(8, round(chance.gauss(13, 2.5))))
            clock.now = datetime.combine(day, time(hour, chance.randint(0, 59))).timestamp()
            recorder.visit_started("zh")
            for _ in range(chance.randint(1, 5)):
                clock.now += chance.randint(5, 60)
                screen, key, name = items[min(len(items) - 1, int(chance.expovariate(0.25)))]
                recorder.screen_shown(screen, key, name)
            clock.now += chance.randint(5, 200)
            recorder.visit_ended("zh")
    recorder.close()


def shoot(folder: Path, size: tuple[int, int], language: str, large: bool,
          cache: Path, database: Path, period: str = "today") -> Path:
    """One picture of the unlocked pad's statistics view."""
    config = Config(seed=default_seed(), stats_path=database, default_language=language)
    session = Session(config, cache_dir=cache, stats=UsageRecorder(database))
    session.store.load_cached()
    engine = session.load()
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    reduce_motion(session)
    session.display.setProperty("largeText", large)
    window.resize(*size)
    window.show()
    session.admin.request()
    for digit in "13579":
        session.admin.digit(digit)
    session.admin.submit()
    session.usage.open()
    session.usage.showPeriod(period)
    wait_until(lambda: bool(session.usage.property("isOpen")))
    frames: list[int] = []
    window.frameSwapped.connect(lambda: frames.append(1))
    window.update()
    wait_until(lambda: len(frames) > 1)
    name = (f"usage-{size[0]}x{size[1]}-{language}{'-large' if large else ''}"
            f"{'' if period == 'today' else '-' + period}.png")
    grab(window, folder / name)
    window.close()
    session.close()
    registry.clear()
    return folder / name


def main(argv: list[str]) -> int:
    """Writes the pictures into the folder given (default /tmp/usage-shots).

    Returns:
        0.
    """
    folder = Path(argv[0] if argv else "/tmp/usage-shots")
    QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    app = QGuiApplication([sys.argv[0]])
    register_fonts()
    with tempfile.TemporaryDirectory() as scratch:
        os.environ[paths.STATE_ENV] = str(Path(scratch) / "state")  # not the user's PIN
        PinStore(Path(scratch) / "state").set("13579")
        cache, database = Path(scratch) / "cache", Path(scratch) / "usage.db"
        model = load_content(default_seed(), cache)
        fill(database, model)
        for size in ((1920, 1080), (1080, 1920)):
            for language, large, period in (("zh", False, "today"), ("en", False, "today"),
                                            ("zh", True, "today"), ("en", False, "7days")):
                print(shoot(folder, size, language, large, cache, database, period))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
