"""What a visitor reading English would still see in Chinese: the curators' to-do list."""

from __future__ import annotations

from kiosk.content.model import ContentModel
from kiosk.present import rows
from kiosk.present.event import event_facts
from kiosk.present.localize import Localizer
from kiosk.present.slides import attract_slides


def untranslated(model: ContentModel, language: str = "en") -> list[str]:
    """Every Chinese text some screen would show untranslated in `language`, once each, in
    the order the screens show them. The article itself (the reader) is the original and
    not listed."""
    loc = Localizer(model.english, language)
    event_facts(model, loc)
    rows.tile_rows(model, loc)
    rows.achievement_rows(model, loc)
    rows.exhibit_rows(model, loc)
    rows.quote_rows(model, loc=loc)
    rows.speaker_rows(model, loc)
    rows.figure_rows(model, loc)
    rows.topic_rows(model, loc=loc)
    for topic in model.topics:
        rows.topic_item_rows(model, topic.term, loc)
    attract_slides(model, loc)
    return list(dict.fromkeys(loc.everything))
