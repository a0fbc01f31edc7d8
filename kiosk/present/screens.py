"""The screen table: every screen's name, QML file, title, Home tile and the items it opens.

Adding a screen is one QML file under `qml/Kiosk/screens/` and one row here: the navigator,
Home's tiles, topic results and the self-test all read this table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.content.model import ContentModel
from kiosk.present import text
from kiosk.present.localize import Localizer
from kiosk.present.text import QT_TRANSLATE_NOOP

CONTEXT = "Screens"


@dataclass(frozen=True)
class Screen:
    """One screen of the kiosk.

    `title` is the source text of its header and Home tile (translated when shown, with its
    name in the other language under it). A screen with a `kind` shows items of that kind
    and can be opened at one of them (topic results do); a `teaser` gives it a Home tile.
    """

    name: str
    qml: str
    title: str = ""
    kind: str = ""
    teaser: Callable[[ContentModel, Localizer], str] | None = None

    @property
    def object_name(self) -> str:
        """The objectName of the screen's root item: its QML type in lowerCamelCase."""
        return self.qml[:1].lower() + self.qml[1:]

    @property
    def tile(self) -> bool:
        """Whether Home has a tile for this screen."""
        return self.teaser is not None


def _achievements(model: ContentModel, loc: Localizer) -> str:
    return text.count_achievements(len(model.achievements))


def _exhibits(model: ContentModel, loc: Localizer) -> str:
    return text.enumeration([loc.title(e.name, e.name_breaks) for e in model.exhibits[:2]])


def _voices(model: ContentModel, loc: Localizer) -> str:
    named = {q.speaker for q in model.quotes if q.speaker}
    return text.count_voices(len(model.quotes), len(named))


def _figures(model: ContentModel, loc: Localizer) -> str:
    figure = next((f for f in model.figures if f.kind == "count"), None)
    if figure is None:
        return text.count_figures(len(model.figures))
    return text.figure_phrase(loc.text(figure.literal), loc.text(figure.label))


def _topics(model: ContentModel, loc: Localizer) -> str:
    return text.keywords([loc.text(t.term) for t in model.topics[:4]])


def _article(model: ContentModel, loc: Localizer) -> str:
    return loc.text(model.article.title)


SCREENS = (
    Screen("home", "HomeScreen"),
    Screen("achievements", "AchievementsScreen", QT_TRANSLATE_NOOP("Screens", "重大成果"),
           teaser=_achievements),
    Screen("achievement", "AchievementDetail", QT_TRANSLATE_NOOP("Screens", "重大成果"),
           kind="achievement"),
    Screen("exhibits", "ExhibitsScreen", QT_TRANSLATE_NOOP("Screens", "机器人展品"),
           teaser=_exhibits),
    Screen("exhibit", "ExhibitDetail", QT_TRANSLATE_NOOP("Screens", "机器人展品"),
           kind="exhibit"),
    Screen("voices", "VoicesScreen", QT_TRANSLATE_NOOP("Screens", "嘉宾之声"),
           kind="quote", teaser=_voices),
    Screen("figures", "FiguresScreen", QT_TRANSLATE_NOOP("Screens", "关键数字"),
           kind="figure", teaser=_figures),
    Screen("topics", "TopicsScreen", QT_TRANSLATE_NOOP("Screens", "话题"), teaser=_topics),
    Screen("article", "ArticleScreen", QT_TRANSLATE_NOOP("Screens", "阅读原文"),
           teaser=_article),
)
HOME = SCREENS[0]
_BY_NAME = {s.name: s for s in SCREENS}
_BY_KIND = {s.kind: s for s in SCREENS if s.kind}


def screen(name: str) -> Screen | None:
    """The screen called `name`, or None."""
    return _BY_NAME.get(name)


def for_kind(kind: str) -> Screen | None:
    """The screen that opens at an item of `kind` ("achievement", "quote" …), or None."""
    return _BY_KIND.get(kind)


def title(entry: Screen) -> str:
    """The screen's title in the visitor's language."""
    return text.translate(CONTEXT, entry.title) if entry.title else ""


def subtitle(entry: Screen) -> str:
    """The screen's title in the other language, shown small under it."""
    return text.in_other_language(CONTEXT, entry.title) if entry.title else ""
