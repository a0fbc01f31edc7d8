"""The event and the article as Home, the attract loop and the reader introduce them."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.content.model import ContentModel
from kiosk.present import text
from kiosk.present.linebreak import break_title
from kiosk.present.localize import Localizer, chinese_only


@dataclass(frozen=True)
class EventFacts:
    """What a visitor reads about the forum and the report before any item."""

    name: str = ""
    place: str = ""
    dates: str = ""
    tagline: str = ""
    headline: str = ""
    kicker: str = ""
    dateline: str = ""
    reporters: str = ""
    fields: str = ""
    announced: int = -1  # achievements the article announces; -1 when it gives no number
    announced_shown: int = 0  # of those, how many the kiosk shows


def event_facts(model: ContentModel, loc: Localizer | None = None) -> EventFacts:
    """The event's name, dates and place, the report's furniture and a few counts. The
    report's own furniture (headline, dateline, reporters) stays as printed."""
    loc = loc or chinese_only(model.english)
    art, event = model.article, model.event
    return EventFacts(
        name=loc.text(event.name), place=loc.text(event.place),
        dates=text.date_range(event.start, event.end),
        tagline=loc.text(event.theme or art.kicker.rstrip("—")),
        headline=break_title(art.title, art.title_breaks),
        kicker=art.kicker, dateline=art.dateline, reporters=text.enumeration(art.reporters),
        fields=text.enumeration(loc.texts(model.fields)),
        announced=-1 if model.announced.count is None else model.announced.count,
        announced_shown=sum(1 for a in model.achievements if a.kind == "major"))
