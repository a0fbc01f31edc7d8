"""Statistics keys named from the content, in either language."""

from __future__ import annotations

from typing import Any

from kiosk.present.localize import Localizer, chinese_only
from kiosk.stats.names import item_names


def test_items_are_named_in_the_language_on_show(seed_model: Any) -> None:
    exhibit = seed_model.exhibits[1]
    chinese = item_names(seed_model, chinese_only(seed_model.english))
    english = item_names(seed_model, Localizer(seed_model.english, "en"))
    assert chinese[f"exhibit:{exhibit.id}"] == "全尺寸人形仿生机器人"
    assert english[f"exhibit:{exhibit.id}"] == "Full-size humanoid"
    assert chinese["exhibit:1"] == "全尺寸人形仿生机器人"  # older kiosks' keys, by position
    achievement = seed_model.achievements[0]
    assert chinese[f"achievement:{achievement.id}"] == achievement.name


def test_a_quote_is_named_by_its_speaker_and_opening_words(seed_model: Any) -> None:
    quote = next(q for q in seed_model.quotes if q.speaker and len(q.text) > 24)
    name = item_names(seed_model, chinese_only(seed_model.english))[f"quote:{quote.id}"]
    assert name == f"{quote.speaker}：{quote.text[:23]}…"
