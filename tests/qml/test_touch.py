"""Fingers on glass: swipes, kinetic flicks, press feedback and target sizes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from kiosk.ui.props import read

if TYPE_CHECKING:
    from PySide6.QtQuick import QQuickItem

    from tests.qml.conftest import Kiosk


def _drag(kiosk: Kiosk, start: QPoint, end: QPoint, steps: int = 12, hold: bool = False) -> None:
    """A finger put down at `start`, moved to `end` over `steps` frames, then lifted."""
    finger = QTest.createTouchDevice()
    QTest.touchEvent(kiosk.window, finger).press(0, start, kiosk.window)
    for step in range(1, steps + 1):
        QTest.qWait(16)
        point = start + (end - start) * step / steps
        QTest.touchEvent(kiosk.window, finger).move(0, point, kiosk.window)
    if hold:
        QTest.qWait(300)
    QTest.touchEvent(kiosk.window, finger).release(0, end, kiosk.window)


def test_swiping_left_and_right_turns_achievement_pages(kiosk: Kiosk) -> None:
    kiosk.tap("tile_achievements")
    kiosk.tap("achievementCard_0")
    kiosk.at("achievementDetail")
    pages = kiosk.find("detailPages")
    _drag(kiosk, QPoint(1500, 600), QPoint(500, 600))
    kiosk.qtbot.waitUntil(lambda: read(pages, "currentIndex") == 1 and not read(pages, "moving"))
    _drag(kiosk, QPoint(500, 600), QPoint(1500, 600))
    kiosk.qtbot.waitUntil(lambda: read(pages, "currentIndex") == 0 and not read(pages, "moving"))


def test_swiping_turns_quote_pages(kiosk: Kiosk) -> None:
    kiosk.tap("tile_voices")
    kiosk.at("voicesScreen")
    pages = kiosk.find("quotePages")
    _drag(kiosk, QPoint(1500, 600), QPoint(500, 600))
    kiosk.qtbot.waitUntil(lambda: read(pages, "currentIndex") == 1)


def test_a_flick_keeps_the_article_scrolling_after_the_finger_lifts(kiosk: Kiosk) -> None:
    kiosk.tap("tile_article")
    kiosk.at("articleScreen")
    blocks = kiosk.find("articleBlocks")
    top = read(blocks, "contentY")
    _drag(kiosk, QPoint(960, 900), QPoint(960, 500), steps=6)
    lifted = read(blocks, "contentY")
    assert read(blocks, "flicking")
    kiosk.qtbot.waitUntil(lambda: not read(blocks, "moving"), timeout=10000)
    assert lifted > top and read(blocks, "contentY") > lifted + 100  # it coasted on


def test_a_slow_drag_scrolls_without_coasting(kiosk: Kiosk) -> None:
    kiosk.tap("tile_article")
    kiosk.at("articleScreen")
    blocks = kiosk.find("articleBlocks")
    top = read(blocks, "contentY")
    _drag(kiosk, QPoint(960, 900), QPoint(960, 600), steps=20, hold=True)
    kiosk.qtbot.waitUntil(lambda: not read(blocks, "moving"))
    assert 200 < read(blocks, "contentY") - top < 400  # about the 300 px the finger moved


def test_pressing_a_card_shows_within_one_frame(kiosk: Kiosk) -> None:
    card = kiosk.find("tile_achievements")
    background = card.property("background")
    resting = QColor(background.property("color"))
    finger = QTest.createTouchDevice()
    centre = card.mapToScene(QPointF(card.width() / 2, card.height() / 2)).toPoint()
    QTest.touchEvent(kiosk.window, finger).press(0, centre, kiosk.window)
    with kiosk.qtbot.waitSignal(kiosk.window.frameSwapped, timeout=1000):
        pass
    assert card.property("down")
    assert QColor(background.property("color")) != resting
    QTest.touchEvent(kiosk.window, finger).release(0, centre, kiosk.window)
    kiosk.at("achievementsScreen")


def _targets(kiosk: Kiosk) -> list[QQuickItem]:
    return [item for item in kiosk.items()
            if item.inherits("QQuickAbstractButton") and item.isEnabled()
            and item.width() > 0 and kiosk._on_top(item)]


def _on_screen(kiosk: Kiosk, rect: QRectF) -> bool:
    window = QRectF(0, 0, kiosk.window.width(), kiosk.window.height())
    return window.contains(rect)


def _shown(item: QQuickItem, rect: QRectF) -> QRectF:
    """The part of `rect` (scene) that the clipping views around `item` let through."""
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            rect = rect.intersected(parent.mapRectToScene(parent.boundingRect()))
        parent = parent.parentItem()
    return rect


SCREENS = [None, "tile_achievements", "achievementCard_0", None, "tile_exhibits",
           "exhibitCard_0", None, "tile_voices", None, "tile_figures", None, "tile_topics",
           "topicChip_0", None, "tile_article"]


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 800)])
def test_touch_targets_are_a_finger_wide_and_apart(kiosk_factory: Any,
                                                   size: tuple[int, int]) -> None:
    kiosk = kiosk_factory(size)
    smallest = 72 * min(size) / 1080 - 1  # 72 px at 1080p, scaled with the theme
    problems: list[str] = []
    for step in SCREENS:
        if step is None:
            if kiosk.screen().objectName() != "homeScreen":
                kiosk.tap("homeButton")
            kiosk.at("homeScreen")
            continue
        kiosk.tap(step)
        rects = []
        for item in _targets(kiosk):
            whole = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
            rect = _shown(item, whole)
            if rect.isEmpty() or not _on_screen(kiosk, rect):
                continue  # scrolled or paged out of view
            name = item.objectName() or str(read(item, "text"))
            if rect == whole and min(rect.width(), rect.height()) < smallest:
                problems.append(f"{step}: {name} is {rect.width():.0f}x{rect.height():.0f}")
            rects.append((name, rect))
        assert len(rects) >= 2, step  # back and home at least: the walk found the targets
        for i, (name, rect) in enumerate(rects):
            for other, other_rect in rects[i + 1:]:
                if rect.intersects(other_rect):
                    problems.append(f"{step}: {name} overlaps {other}")
    assert problems == []
