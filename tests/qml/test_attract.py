"""The attract loop: slides in turn, in the visitor's language, and at rest between them."""

from __future__ import annotations

from typing import Any

from PySide6.QtTest import QTest


def test_between_slides_the_attract_loop_draws_nothing(kiosk_factory: Any) -> None:
    kiosk = kiosk_factory((1920, 1080), attract_seconds=30)
    kiosk.session.display.setProperty("reducedMotion", False)
    kiosk.session.idle.sleep()
    kiosk.qtbot.waitUntil(lambda: kiosk.find("attractView").isVisible())
    kiosk.session.attract.next()
    frames: list[int] = []
    kiosk.window.frameSwapped.connect(lambda: frames.append(1))
    QTest.qWait(1200)  # the slide rises in and the call to action nods: frames are drawn
    assert len(frames) > 10
    frames.clear()
    QTest.qWait(1500)  # then the screen rests until the next slide: no frame, no CPU
    assert frames == []


def test_slides_follow_the_language(kiosk: Any) -> None:
    attract = kiosk.session.attract
    kiosk.session.idle.sleep()
    kiosk.qtbot.waitUntil(lambda: kiosk.find("attractView").isVisible())
    parts = set()
    for _ in range(3):
        parts.add(attract.property("part"))
        attract.next()
    assert parts == {"嘉宾之声", "重大成果", "关键数字"}
    kiosk.session.language.choose("en")
    parts = set()
    for _ in range(3):
        parts.add(attract.property("part"))
        attract.next()
    assert parts == {"Voices", "Achievements", "Key figures"}
