"""What a visitor sees: plain text, idle behaviour, the admin pad, fonts and layouts."""

from __future__ import annotations

import dataclasses
import os
import re
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from fontTools.ttLib import TTFont
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk import paths
from kiosk.pin import PinStore
from kiosk.present.linebreak import WORD_JOINER, ZERO_WIDTH_SPACE, plain
from kiosk.ui.props import read
from tests.qml.conftest import SEED, _kiosk, set_admin_pin

if TYPE_CHECKING:
    from tests.qml.conftest import Kiosk

ROOT = Path(__file__).resolve().parents[2]


def test_markup_in_content_is_shown_literally(kiosk: Kiosk) -> None:
    store = kiosk.session.store
    model = store.content()
    quote = dataclasses.replace(model.quotes[0], text="<b>x</b> <img src=y>", text_breaks=[])
    store.set_content(dataclasses.replace(model, quotes=[quote, *model.quotes[1:]]))
    kiosk.tap("tile_voices")
    kiosk.at("voicesScreen")
    assert "<b>x</b> <img src=y>" in [plain(text) for text in kiosk.texts()]


def test_waking_touch_is_swallowed(kiosk: Kiosk) -> None:
    kiosk.session.idle.sleep()
    kiosk.qtbot.waitUntil(lambda: kiosk.find("attractView").isVisible())
    kiosk.tap("tile_article")  # lands on the attract view: wakes, opens nothing
    assert kiosk.session.idle.property("state") == "active"
    assert kiosk.screen().objectName() == "homeScreen"
    kiosk.tap("tile_article")
    kiosk.at("articleScreen")


def test_waking_key_is_swallowed(kiosk: Kiosk) -> None:
    kiosk.session.idle.sleep()
    kiosk.qtbot.waitUntil(lambda: kiosk.find("attractView").isVisible())
    kiosk.key(Qt.Key.Key_Return)  # on the focused tile this would open it: here it only wakes
    assert kiosk.session.idle.property("state") == "active"
    assert kiosk.screen().objectName() == "homeScreen"
    kiosk.key(Qt.Key.Key_Return)
    kiosk.at("achievementsScreen")


def test_idle_warning_counts_down_and_stay_keeps_the_place(kiosk_factory: Any) -> None:
    kiosk = kiosk_factory((1920, 1080), idle_seconds=1, countdown_seconds=30)
    kiosk.tap("tile_figures")
    kiosk.at("figuresScreen")
    kiosk.qtbot.waitUntil(lambda: kiosk.session.idle.property("state") == "warning",
                          timeout=4000)
    assert "还在浏览吗？" in kiosk.texts()
    kiosk.tap("stayButton")
    assert kiosk.session.idle.property("state") == "active"
    assert kiosk.screen().objectName() == "figuresScreen"


def test_admin_shortcut_opens_the_pin_pad_and_exit_needs_the_pin(kiosk: Kiosk,
                                                                 monkeypatch: Any) -> None:
    set_admin_pin("1357")
    exits: list[bool] = []
    kiosk.session.admin.exitRequested.connect(lambda: exits.append(True))
    kiosk.unlock_admin("1358")
    assert not kiosk.session.admin.property("unlocked")
    kiosk.tap("adminCancel")
    kiosk.unlock_admin("1357")
    assert kiosk.session.admin.property("unlocked")
    kiosk.tap("adminExit")
    assert exits == [True]


def test_staff_see_what_the_configuration_got_wrong(kiosk_factory: Any,
                                                   monkeypatch: Any) -> None:
    set_admin_pin("1357")
    problem = "kiosk.toml:3: unknown key 'idle' ignored"
    kiosk = kiosk_factory((1920, 1080), problems=(problem,))
    kiosk.unlock_admin("1357")
    assert f"• {problem}" in kiosk.texts()


def test_wrong_pins_lock_the_pad_and_a_restart_keeps_it_locked(qtbot: Any,
                                                               content_cache: Path) -> None:
    set_admin_pin("1357")
    first = _kiosk(qtbot, content_cache, (1920, 1080))
    kiosk = next(first)
    for _ in range(5):
        kiosk.unlock_admin("2468")
    assert "错误次数过多，请 1 分钟后再试" in kiosk.texts()
    kiosk.unlock_admin("1357")  # the right PIN is refused while the pad is locked
    assert not kiosk.session.admin.property("unlocked")
    next(first, None)  # the kiosk stops (a crash, a power cut) and starts again
    second = _kiosk(qtbot, content_cache, (1920, 1080))
    kiosk = next(second)
    kiosk.unlock_admin("1357")
    assert not kiosk.session.admin.property("unlocked")
    assert "错误次数过多，请 1 分钟后再试" in kiosk.texts()
    next(second, None)


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_no_key_of_the_pin_pad_is_cut_short(kiosk_factory: Any, size: tuple[int, int]) -> None:
    kiosk = kiosk_factory(size, default_language="en")
    kiosk.session.display.setProperty("largeText", True)
    kiosk.unlock_admin("")
    keys = [item for item in kiosk.items() if item.objectName().startswith("pinKey_")]
    assert len(keys) == 12
    labels = [text for key in keys for text in key.findChildren(QQuickItem)
              if text.inherits("QQuickText")]
    assert len(labels) >= 12
    assert [str(text.property("text")) for text in labels if text.property("truncated")] == []


def test_a_first_start_pin_opens_the_pad_and_staff_are_told_to_replace_it(
        kiosk_factory: Any) -> None:
    store = PinStore(paths.user_state_dir())
    store.ensure()
    pin = re.search(r"\d{8}", store.pin_file.read_text(encoding="utf-8"))
    assert pin
    kiosk = kiosk_factory((1920, 1080))
    kiosk.unlock_admin(pin.group(0))
    assert kiosk.session.admin.property("unlocked")
    assert any("still the one made at first start" in text and "set-pin" in text
               for text in kiosk.texts())


SCREENS = [("tile_achievements", "achievementCard_0"), ("tile_exhibits", "exhibitCard_0"),
           ("tile_voices", None), ("tile_figures", None), ("tile_topics", "topicChip_0"),
           ("tile_article", None)]


def _scrolls(item: Any) -> bool:
    """Whether `item` sits in a clipping view the visitor can scroll or page."""
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            return True
        parent = parent.parentItem()
    return False


def _drawn(item: Any) -> QRectF:
    """Where a text item's glyphs are, in the scene: its box, or less when it has room to
    spare (vertical alignment respected)."""
    height = min(item.height(), item.property("contentHeight"))
    top = read(item, "glyphTop") or 0.0
    width = min(item.width(), item.property("contentWidth") + item.property("leftPadding"))
    return item.mapRectToScene(QRectF(0, top, width, height))


def _in_view(kiosk: Kiosk, item: Any) -> bool:
    """Whether `item`'s middle is on screen: in the window and inside every clipping view."""
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    parent = item.parentItem()
    while parent is not None:
        if parent.clip() and not parent.mapRectToScene(parent.boundingRect()).contains(centre):
            return False
        parent = parent.parentItem()
    return 0 <= centre.x() < kiosk.window.width() and 0 <= centre.y() < kiosk.window.height()


def _overlapping(kiosk: Kiosk) -> list[str]:
    """Texts in one card drawn over each other (a teaser over a title, two labels colliding)."""
    cards: dict[int, list[Any]] = {}
    for item in kiosk.items():
        if not item.inherits("QQuickText") or not str(item.property("text")).strip() \
                or not kiosk._on_top(item) or not _in_view(kiosk, item):
            continue
        card = item.parentItem()
        while card is not None and not card.inherits("QQuickAbstractButton"):
            card = card.parentItem()
        if card is not None:
            cards.setdefault(id(card), []).append(item)
    bad = []
    for texts in cards.values():
        for n, one in enumerate(texts):
            for other in texts[n + 1:]:
                shared = _drawn(one).intersected(_drawn(other))
                if shared.width() > 2 and shared.height() > 2:
                    bad.append(f"{str(one.property('text'))[:20]!r} over "
                               f"{str(other.property('text'))[:20]!r}")
    return bad


def _overflowing(kiosk: Kiosk) -> list[str]:
    kiosk.settle_layout()
    bad = _overlapping(kiosk)
    width = kiosk.window.width()
    for item in kiosk.items():
        if not item.inherits("QQuickText") or not item.property("text"):
            continue
        text = str(item.property("text"))
        if (item.property("lineCount") == 1 and not item.property("truncated")
                and item.property("contentWidth") > item.width() + 1):  # as laid out (fitted)
            bad.append(f"too wide: {text[:30]}")
        left = item.mapToScene(item.boundingRect().topLeft()).x()
        right = left + item.width()
        # pages beside the one showing lie wholly outside the window: not overflow
        if item.width() > 0 and not _scrolls(item) and (left < -1 or right > width + 1) \
                and kiosk._on_top(item):
            bad.append(f"off screen ({left:.0f}, {item.width():.0f}): {text[:30]}")
        card = item.parentItem()
        while card is not None and not card.inherits("QQuickAbstractButton"):
            card = card.parentItem()
        if card is not None and kiosk._on_top(item):
            top = item.mapToScene(QPointF(0, 0)).y()
            drawn = min(item.height(), item.property("contentHeight"))
            bottom = card.mapToScene(QPointF(0, card.height())).y()
            if top + drawn > bottom + 1:
                bad.append(f"spills out of its card by {top + drawn - bottom:.0f}px: "
                           f"{text[:30]}")
        if 0 <= left < 8 and kiosk._on_top(item):  # margins everywhere; nothing flush left
            bad.append(f"against the left edge: {text[:30]}")
        if item.objectName() in ("screenTitle", "detailTitle", "eventName") \
                and item.property("truncated"):
            bad.append(f"truncated title: {text[:30]}")
    return bad


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 800), (3840, 2160)])
def test_no_text_overflows_on_any_screen(kiosk_factory: Any, size: tuple[int, int],
                                         language: str) -> None:
    kiosk = kiosk_factory(size, default_language=language)
    for large in (False, True):
        kiosk.session.display.setProperty("largeText", large)
        kiosk.key(Qt.Key.Key_Home)
        kiosk.at("homeScreen")
        assert _overflowing(kiosk) == [], f"home, large text {large}"
        for tile, detail in SCREENS:
            kiosk.tap(tile)
            assert len(kiosk.texts()) > 3, tile
            assert _overflowing(kiosk) == [], f"{tile}, large text {large}"
            if detail:
                kiosk.tap(detail)
                assert _overflowing(kiosk) == [], f"{detail}, large text {large}"
            kiosk.key(Qt.Key.Key_Home)
            kiosk.at("homeScreen")
    image = kiosk.window.grabWindow()
    assert image.width() == size[0] and not image.isNull()


def _ui_strings() -> set[str]:
    text = (ROOT / "kiosk" / "qml" / "Kiosk" / "Strings.qml").read_text(encoding="utf-8")
    return set(re.findall(r'qsTr\("([^"]*)"\)', text))


def _needs_glyph(char: str) -> bool:
    return not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf", "Zs")


@pytest.mark.parametrize("name", ["NotoSansCJKsc-Regular.otf", "NotoSansCJKsc-Bold.otf"])
def test_bundled_font_covers_content_and_ui(seed_model: Any, name: str) -> None:
    cmap = TTFont(ROOT / "assets" / "fonts" / name).getBestCmap()
    from kiosk.present import rows

    shown = [str(seed_model.to_json()), *_ui_strings(), "‹›●○“”——·",
             *(r.name for r in rows.achievement_rows(seed_model))]
    missing = sorted({c for text in shown for c in text if _needs_glyph(c)} - set(map(chr, cmap)))
    assert missing == []
    # the break controls are format characters Qt never draws, so they need no glyph
    assert unicodedata.category(ZERO_WIDTH_SPACE) == unicodedata.category(WORD_JOINER) == "Cf"


def test_holding_the_top_left_corner_five_seconds_opens_the_pin_pad(kiosk: Kiosk) -> None:
    finger = QTest.createTouchDevice()
    corner = QPoint(12, 12)
    QTest.touchEvent(kiosk.window, finger).press(0, corner, kiosk.window)
    kiosk.qtbot.wait(1500)  # a visitor resting a finger there for a moment opens nothing
    assert not kiosk.shows("pinPad")
    QTest.touchEvent(kiosk.window, finger).release(0, corner, kiosk.window)
    kiosk.qtbot.wait(100)

    # Qt times the hold from the events' own timestamps, which QTest synthesizes: so no
    # tight bound on the real seconds, but closed well into the hold and open after it.
    QTest.touchEvent(kiosk.window, finger).press(0, corner, kiosk.window)
    kiosk.qtbot.wait(3500)
    assert not kiosk.shows("pinPad")
    kiosk.qtbot.waitUntil(lambda: kiosk.shows("pinPad"), timeout=4000)
    QTest.touchEvent(kiosk.window, finger).release(0, corner, kiosk.window)
    assert kiosk.screen().objectName() == "homeScreen"


def test_visits_reach_the_statistics_database_within_a_second(kiosk_factory: Any,
                                                              tmp_path: Path) -> None:
    stats_path = tmp_path / "usage.db"
    kiosk = kiosk_factory((1920, 1080), stats_path=stats_path, stats=True)
    kiosk.session.idle.sleep()
    kiosk.qtbot.waitUntil(lambda: kiosk.find("attractView").isVisible())
    kiosk.tap("tile_exhibits")  # wakes only
    kiosk.tap("tile_exhibits")
    kiosk.tap("exhibitCard_1")
    kiosk.at("exhibitDetail")
    exhibit = kiosk.session.store.content().exhibits[1]

    def opened() -> list[tuple[str, str, str]]:
        db = sqlite3.connect(stats_path)
        try:
            return db.execute("SELECT screen, item, title FROM opens ORDER BY id").fetchall()
        finally:
            db.close()

    # Written by the writer thread within a second: a crash now loses nothing.
    kiosk.qtbot.waitUntil(lambda: len(opened()) == 3, timeout=3000)
    assert opened() == [("home", "", ""), ("exhibits", "", ""),
                        ("exhibit", f"exhibit:{exhibit.id}", "全尺寸人形仿生机器人")]
    config = tmp_path / "kiosk.toml"
    config.write_text(f'stats_path = "{stats_path}"\nseed = "{SEED}"\n', encoding="utf-8")
    report = subprocess.run([sys.executable, "-m", "kiosk", "stats", "--config", str(config)],
                            cwd=ROOT, capture_output=True, text=True, check=True,
                            env={**os.environ, "ZGC_KIOSK_CACHE": str(kiosk.session.cache_dir)})
    assert "visits: 1" in report.stdout
    assert f"     1  全尺寸人形仿生机器人  (exhibit:{exhibit.id})" in report.stdout
