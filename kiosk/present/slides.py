"""The attract loop's slides: featured quotes, achievements and figures, taken in turn."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.content.model import ContentModel
from kiosk.present import rows
from kiosk.present.linebreak import plain
from kiosk.present.localize import Localizer, chinese_only, needs_translation

QUOTE_MAX = 60  # in Chinese characters: longer quotes take more than a passer-by's glance


def glance(text: str) -> float:
    """How long `text` is to read at a glance, in Chinese characters (a Latin letter, digit or
    space reads in about half the room and time of a character)."""
    return sum(1.0 if needs_translation(char) else 0.5 for char in plain(text))


@dataclass(frozen=True)
class Slide:
    """One slide: a large `title`, a `body` under it and a small `caption`; `screen` names
    the part of the kiosk it comes from."""

    kind: str
    screen: str
    title: str
    body: str
    caption: str


EMPTY = Slide("", "", "", "", "")


def attract_slides(model: ContentModel, loc: Localizer | None = None) -> list[Slide]:
    """Slides alternating quote, achievement and figure while each kind lasts; quotes by a
    named speaker, short enough for a glance in the language shown."""
    loc = loc or chinese_only(model.english)
    quotes = [Slide("quote", "voices", q.text, q.speaker, q.speaker_title)
              for q, chinese in zip(rows.quote_rows(model, loc=loc), model.quotes, strict=True)
              if chinese.kind == "direct" and chinese.speaker and glance(q.text) <= QUOTE_MAX]
    achievements = [Slide("achievement", "achievements", a.name, a.summary, a.provenance)
                    for a in rows.achievement_rows(model, loc) if a.kind == "major"]
    figures = [Slide("figure", "figures", item.literal, item.label, row.provenance)
               for row in rows.figure_rows(model, loc) for item in row.items
               if item.number >= 0]
    slides: list[Slide] = []
    for n in range(max(len(quotes), len(achievements), len(figures))):
        slides += [group[n] for group in (quotes, achievements, figures) if n < len(group)]
    return slides
