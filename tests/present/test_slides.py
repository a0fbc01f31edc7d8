"""The attract loop's slides take turns and stay short enough for a glance."""

from __future__ import annotations

from kiosk.content.model import ContentModel
from kiosk.present.linebreak import plain
from kiosk.present.localize import Localizer
from kiosk.present.slides import QUOTE_MAX, attract_slides, glance


def test_slides_alternate_quote_achievement_figure(seed_model: ContentModel) -> None:
    slides = attract_slides(seed_model)
    assert [s.kind for s in slides[:6]] == ["quote", "achievement", "figure"] * 2
    assert {s.screen for s in slides} == {"voices", "achievements", "figures"}


def test_quote_slides_are_direct_short_and_attributed(seed_model: ContentModel) -> None:
    quotes = [s for s in attract_slides(seed_model) if s.kind == "quote"]
    assert quotes
    assert all(len(plain(s.title)) <= QUOTE_MAX and s.body for s in quotes)


def test_a_glance_counts_latin_as_half(seed_model: ContentModel) -> None:
    assert glance("量子计算") == 4 and glance("Quafu 量子") == 5.0
    english = attract_slides(seed_model, Localizer(seed_model.english, "en"))
    quotes = [s for s in english if s.kind == "quote"]
    assert quotes and all(glance(s.title) <= QUOTE_MAX for s in quotes)
    assert all(s.title in seed_model.english.values() for s in quotes)


def test_figure_slides_have_digits_to_count(seed_model: ContentModel) -> None:
    figures = [s for s in attract_slides(seed_model) if s.kind == "figure"]
    assert figures and all(any(c.isdigit() for c in s.title) for s in figures)
