"""Visitors reach every screen by keys and by taps, and always find their way back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

from kiosk.present.linebreak import plain
from tests.qml.conftest import Kiosk


def test_home_shows_the_forum_and_a_tile_per_area(kiosk: Kiosk) -> None:
    texts = kiosk.texts()
    assert "2023中关村论坛" in texts
    assert "2023年5月25日—30日  ·  北京" in texts
    for title in ("重大成果", "机器人展品", "嘉宾之声", "关键数字", "话题", "阅读原文"):
        assert title in texts


def test_keys_open_an_achievement_move_between_them_and_come_back(kiosk: Kiosk) -> None:
    kiosk.key(Qt.Key.Key_Return)
    kiosk.at("achievementsScreen")
    assert any(t.startswith("报道宣布了10项重大成果，其中") for t in kiosk.texts())
    kiosk.key(Qt.Key.Key_Right)
    kiosk.key(Qt.Key.Key_Return)
    kiosk.at("achievementDetail")
    pages = kiosk.find("detailPages")
    assert pages.property("currentIndex") == 1
    kiosk.key(Qt.Key.Key_Right)
    kiosk.qtbot.waitUntil(lambda: pages.property("currentIndex") == 2)
    kiosk.key(Qt.Key.Key_Escape)
    kiosk.at("achievementsScreen")
    grid = kiosk.find("achievementGrid")
    assert grid.property("currentIndex") == 1
    assert grid.hasActiveFocus()
    kiosk.key(Qt.Key.Key_Home)
    kiosk.at("homeScreen")


@pytest.mark.parametrize(("tile", "screen", "expected"), [
    ("tile_achievements", "achievementsScreen", "量子计算云平台 Quafu"),
    ("tile_exhibits", "exhibitsScreen", "北京术锐机器人股份有限公司"),
    ("tile_voices", "voicesScreen", "全部嘉宾"),
    ("tile_figures", "figuresScreen", "国家和地区"),
    ("tile_topics", "topicsScreen", "中关村"),
    ("tile_article", "articleScreen", "从中关村论坛看“第一动力”"),
])
def test_tapping_a_tile_opens_its_screen(kiosk: Kiosk, tile: str, screen: str,
                                         expected: str) -> None:
    kiosk.tap(tile)
    kiosk.at(screen)
    assert any(expected in text.replace("\u2060", "").replace("\u200b", "")
               for text in kiosk.texts())
    kiosk.tap("backButton")
    kiosk.at("homeScreen")


def test_exhibit_detail_shows_maker_caption_and_artwork(kiosk: Kiosk) -> None:
    kiosk.tap("tile_exhibits")
    kiosk.tap("exhibitCard_1")
    kiosk.at("exhibitDetail")
    texts = kiosk.texts()
    assert "全尺寸人形仿生机器人。  图片 · 新华社记者张晨霖" in texts
    assert "报道未提及研制单位" in texts
    art = kiosk.find("artwork")
    kiosk.qtbot.waitUntil(lambda: art.property("progress") == 1.0)
    assert art.property("paintedWidth") > 0


def test_voices_filter_by_person(kiosk: Kiosk) -> None:
    kiosk.tap("tile_voices")
    kiosk.at("voicesScreen")
    everyone = kiosk.find("quotePages").property("count")
    kiosk.tap("chip_4")  # 胡慧慧, the fourth speaker
    pages = kiosk.find("quotePages")
    assert pages.property("count") == 3
    assert everyone > 3
    assert "—— 胡慧慧" in kiosk.texts()


def test_topic_lists_items_and_typing_filters_chips(kiosk: Kiosk) -> None:
    kiosk.tap("tile_topics")
    kiosk.at("topicsScreen")
    terms = [row.term for row in kiosk.session.store.topics.rows()]
    kiosk.tap(f"topicChip_{terms.index('量子计算')}")
    assert kiosk.session.store.property("topic") == "量子计算"
    assert "量子计算云平台 Quafu" in [plain(text) for text in kiosk.texts()]
    count = len(kiosk.session.store.topicItems.rows())
    assert f"「量子计算」相关内容 · {count}项" in kiosk.texts()
    kiosk.tap("topicItem_0")
    kiosk.at("achievementDetail" if kiosk.session.store.topicItems.rows()[0].kind == "achievement"
             else "exhibitDetail")
    kiosk.key(Qt.Key.Key_Escape)
    kiosk.at("topicsScreen")
    for char in "量子":  # as a hardware keyboard with an input method delivers them
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QGuiApplication.sendEvent(
                kiosk.window, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    kiosk.qtbot.waitUntil(lambda: kiosk.session.store.property("topicFilter") == "量子")
    assert kiosk.session.store.topics.rows()[0].term == "量子计算"
    assert all("量子" in row.term for row in kiosk.session.store.topics.rows())


def test_figures_group_the_innovation_rank(kiosk: Kiosk) -> None:
    kiosk.tap("tile_figures")
    kiosk.at("figuresScreen")
    grid = kiosk.find("figureGrid")
    rows = kiosk.session.store.figures.rows()
    rank = next(n for n, row in enumerate(rows) if row.chart == "rank")
    grid.setProperty("currentIndex", rank)
    kiosk.qtbot.waitUntil(lambda: "第34位" in kiosk.texts() and "第11位" in kiosk.texts())


def test_article_shows_headline_dateline_and_credits(kiosk: Kiosk) -> None:
    kiosk.tap("tile_article")
    kiosk.at("articleScreen")
    texts = [plain(text) for text in kiosk.texts()]  # the headline breaks between words only
    assert "从中关村论坛看“第一动力”" in texts
    assert "新华社北京5月27日电  ·  记者 王明浩、乌梦达、齐中熙、张漫子" in texts
