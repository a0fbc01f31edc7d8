"""The admin statistics view as staff meet it: after a scripted visit, behind the PIN."""

from __future__ import annotations

import sqlite3
from datetime import datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt

from tests.qml.conftest import set_admin_pin

if TYPE_CHECKING:
    from tests.qml.conftest import Kiosk


class Clock:
    """The recorder's clock, moved by the test: visit lengths come out exact."""

    def __init__(self) -> None:
        self.now = datetime.combine(datetime.now().date(), time(10, 0)).timestamp()

    def __call__(self) -> float:
        return self.now


def enter_admin_pin(kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch) -> None:
    """The one place these tests set and type the admin PIN."""
    set_admin_pin("2468")
    kiosk.unlock_admin("2468")


def text(kiosk: Kiosk, name: str) -> str:
    return str(kiosk.find(name).property("text"))


def scripted_visit(kiosk: Kiosk, clock: Clock) -> None:
    """Wake at 10:00, open exhibit 1 twice and achievement 0 once, leave 95 s later."""
    kiosk.session.idle.sleep()
    kiosk.qtbot.waitUntil(lambda: kiosk.find("attractView").isVisible())
    kiosk.tap("tile_exhibits")  # wakes only
    for seconds, action in ((5, "tile_exhibits"), (10, "exhibitCard_1"), (30, "back"),
                            (5, "exhibitCard_1"), (20, "home"), (5, "tile_achievements"),
                            (10, "achievementCard_0")):
        clock.now += seconds
        if action == "back":
            kiosk.key(Qt.Key.Key_Escape)
        elif action == "home":
            kiosk.key(Qt.Key.Key_Home)
        else:
            kiosk.tap(action)
    kiosk.at("achievementDetail")
    clock.now += 10
    kiosk.session.idle.sleep()  # the visitor has gone: 95 s after the wake
    kiosk.qtbot.waitUntil(lambda: kiosk.find("attractView").isVisible())
    clock.now += 25 * 60  # staff come by at 10:26: their wake is no visitor's (left out)


def test_staff_see_the_scripted_visit(kiosk_factory: Any, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    kiosk = kiosk_factory((1920, 1080), stats_path=tmp_path / "usage.db", stats=True)
    clock = Clock()
    kiosk.session.stats.clock = clock
    scripted_visit(kiosk, clock)
    content = kiosk.session.store.content()
    enter_admin_pin(kiosk, monkeypatch)
    kiosk.tap("adminStats")
    kiosk.qtbot.waitUntil(lambda: kiosk.shows("usagePanel"))
    kiosk.frame()
    assert text(kiosk, "usageTitle") == "使用统计"
    assert text(kiosk, "statsDays") == datetime.now().date().isoformat()
    assert (text(kiosk, "statsVisits"), text(kiosk, "statsMedian"), text(kiosk, "statsP90")) \
        == ("1", "1:35", "1:35")
    assert [(text(kiosk, f"topItemName_{rank}"), text(kiosk, f"topItemOpens_{rank}"))
            for rank in (1, 2)] == [(content.exhibits[1].name, "2次"),
                                    (content.achievements[0].name, "1次")]
    assert not kiosk.shows("topItem_3")
    chart = kiosk.find("hourChart")
    tallest = chart.height() - 2 * chart.property("labelRoom")
    assert kiosk.find("hourBar_10").height() == pytest.approx(tallest)
    assert text(kiosk, "hourCount_10") == "1"
    assert all(kiosk.find(f"hourBar_{hour:02d}").height() == 0
               for hour in range(24) if hour != 10)
    assert not kiosk.shows("hourCount_09") and kiosk.shows("hourLabel_09")

    kiosk.tap("statsWeek")
    assert text(kiosk, "statsVisits") == "1"
    assert text(kiosk, "statsDays").endswith(datetime.now().date().isoformat())

    kiosk.session.language.toggle()  # names follow the language on show
    kiosk.frame()
    english = kiosk.session.store.localizer().text(content.exhibits[1].name)
    assert text(kiosk, "topItemName_1") == english
    assert text(kiosk, "usageTitle") == "Usage statistics"
    assert text(kiosk, "topItemOpens_1") == "2×"


def test_the_view_is_keyboard_reachable_and_closes_back_to_the_pad(
        kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch) -> None:
    enter_admin_pin(kiosk, monkeypatch)
    kiosk.tap("adminStats")
    kiosk.qtbot.waitUntil(lambda: kiosk.shows("usagePanel"))
    assert text(kiosk, "statsEmpty") == "本机未记录使用统计"  # this session records nothing
    focused = []
    for _ in range(4):
        focused.append(kiosk.window.activeFocusItem().objectName())
        kiosk.qtbot.keyClick(kiosk.window, Qt.Key.Key_Tab)
    assert focused == ["statsToday", "statsWeek", "statsClose", "statsToday"]
    kiosk.frame()
    ring = [i for i in kiosk.items() if i.objectName() == "focusRing"]
    assert len(ring) == 1 and ring[0].parentItem().parentItem().objectName() == "statsWeek"
    kiosk.qtbot.keyClick(kiosk.window, Qt.Key.Key_Escape)
    kiosk.qtbot.waitUntil(lambda: not kiosk.shows("usagePanel"))
    assert kiosk.shows("pinPad") and kiosk.window.activeFocusItem().objectName() == "adminStats"


def test_the_view_needs_the_pin(kiosk: Kiosk) -> None:
    kiosk.session.usage.open()
    kiosk.frame()
    assert not kiosk.shows("usagePanel")


def _woken_from_attract(kiosk_factory: Any, path: Path) -> Kiosk:
    """A kiosk recording to `path`, in its attract loop, woken by a visitor's first tap."""
    kiosk = kiosk_factory((1920, 1080), stats_path=path, stats=True)
    kiosk.session.idle.sleep()
    kiosk.qtbot.waitUntil(lambda: kiosk.find("attractView").isVisible())
    kiosk.tap("tile_exhibits")  # wakes only
    return kiosk


def test_a_visit_records_switches_and_its_end_but_not_the_reset(kiosk_factory: Any,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "usage.db"
    kiosk = _woken_from_attract(kiosk_factory, path)
    kiosk.tap("languageButton")
    kiosk.tap("textSizeButton")
    kiosk.session.idle.sleep()  # gone: language and text size reset for the next visitor
    kiosk.qtbot.waitUntil(lambda: kiosk.find("attractView").isVisible())
    assert kiosk.session.stats.flush()
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT kind, value FROM events ORDER BY id").fetchall() == [
            ("language", "en"), ("large_text", "on"), ("idle_return", "")]
        assert db.execute("SELECT language, ending, ended >= started FROM visits").fetchall() \
            == [("en", "idle", 1)]
    finally:
        db.close()


def test_items_swiped_to_count_and_a_language_switch_keeps_the_item(kiosk_factory: Any,
                                                                    tmp_path: Path) -> None:
    path = tmp_path / "usage.db"
    kiosk = _woken_from_attract(kiosk_factory, path)
    kiosk.tap("tile_exhibits")
    kiosk.tap("exhibitCard_0")
    kiosk.at("exhibitDetail")
    pages = kiosk.find("detailPages")
    kiosk.tap("nextButton")
    kiosk.qtbot.waitUntil(lambda: pages.property("currentIndex") == 1)
    kiosk.tap("languageButton")
    kiosk.frame()
    assert pages.property("currentIndex") == 1
    assert kiosk.session.stats.flush()
    exhibits = kiosk.session.store.content().exhibits
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT item FROM opens WHERE item != '' ORDER BY id").fetchall() \
            == [(f"exhibit:{exhibits[0].id}",), (f"exhibit:{exhibits[1].id}",)]
    finally:
        db.close()


def test_a_visit_ends_at_the_last_touch_and_a_later_visitor_starts_one(
        kiosk_factory: Any, tmp_path: Path) -> None:
    path = tmp_path / "usage.db"
    kiosk = kiosk_factory((1920, 1080), stats_path=path, stats=True)
    clock = Clock()
    kiosk.session.stats.clock = clock
    start = clock.now
    kiosk.session.idle.sleep()
    kiosk.qtbot.waitUntil(lambda: kiosk.find("attractView").isVisible())
    kiosk.tap("tile_exhibits")  # wakes only
    kiosk.tap("tile_exhibits")
    clock.now += 200
    # The countdown ran out: the last touch was 100 s ago (90 s idle, 10 s countdown).
    kiosk.session.idle._last_input -= 100
    kiosk.session.idle.timedOut.emit()
    kiosk.at("homeScreen")
    clock.now += 30
    kiosk.tap("tile_voices")  # someone else, before the attract loop came back
    kiosk.at("voicesScreen")
    assert kiosk.session.stats.flush()
    db = sqlite3.connect(path)
    try:
        assert db.execute(f"SELECT round(started - {start}), round(ended - {start}), ending "
                          "FROM visits ORDER BY id").fetchall() == [
            (0.0, 100.0, "idle"), (230.0, None, "")]
        assert db.execute("SELECT visit, screen FROM opens ORDER BY id").fetchall() == [
            (1, "home"), (1, "exhibits"), (2, "voices")]
    finally:
        db.close()
