"""Item keys (`kind:id`) as the statistics record them, and their names in a language."""

from __future__ import annotations

from kiosk.content.model import ContentModel
from kiosk.present.localize import Localizer

QUOTE_CHARS = {"zh": 24, "en": 48}  # a quote is named by its speaker and opening words


def item_names(model: ContentModel, loc: Localizer) -> dict[str, str]:
    """The name of every item a visitor can open, by its statistics key.

    Args:
        model: the content.
        loc: the language to name them in.

    Returns:
        `achievement:<id>`, `exhibit:<id>`, `quote:<id>`, `figure:<id or group>` → name.
        Keys older kiosks wrote by position (`achievement:3`, `exhibit:1`) are named too.
    """
    names: dict[str, str] = {}
    for index, achievement in enumerate(model.achievements):
        names[f"achievement:{achievement.id}"] = loc.text(achievement.name)
        names[f"achievement:{index}"] = loc.text(achievement.name)
    for index, exhibit in enumerate(model.exhibits):
        names[f"exhibit:{exhibit.id}"] = loc.text(exhibit.name)
        names[f"exhibit:{index}"] = loc.text(exhibit.name)
    limit = QUOTE_CHARS.get(loc.language, QUOTE_CHARS["en"])
    for quote in model.quotes:
        said = loc.text(quote.text)
        said = said if len(said) <= limit else said[:limit - 1] + "…"
        who = loc.text(quote.speaker or quote.unnamed_speaker)
        colon = "：" if loc.language == "zh" else ": "
        names[f"quote:{quote.id}"] = f"{who}{colon}{said}" if who else said
    for figure in model.figures:
        name = f"{figure.literal} {loc.text(figure.label)}".strip()
        names[f"figure:{figure.id}"] = name
        if figure.group:
            names.setdefault(f"figure:{figure.group}", name)
    return names
