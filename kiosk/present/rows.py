"""The rows each screen shows, built from the content model: typed, labelled, ready to show."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kiosk.content.model import (
    Achievement,
    ContentModel,
    Figure,
    Provenance,
    Quote,
    Topic,
)
from kiosk.present import screens, text
from kiosk.present.linebreak import break_title

_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True)
class QuoteItem:
    """A quotation shown inside another item's page."""

    text: str
    speaker: str
    title: str


@dataclass(frozen=True)
class FigureItem:
    """One number, split for a counting animation: `prefix` `number` `suffix`.

    `number` is -1 when the literal has no digits (四倍, 近八成): it is then shown as written.
    """

    key: str
    literal: str
    label: str
    value: float
    year: int
    kind: str
    prefix: str
    number: float
    decimals: int
    suffix: str


@dataclass(frozen=True)
class AchievementRow:
    """One achievement card and its detail page."""

    key: str
    name: str
    kind: str
    summary: str
    facts: list[str]
    figures: list[FigureItem]
    quotes: list[QuoteItem]
    source_text: str
    provenance: str
    curated: bool


@dataclass(frozen=True)
class ExhibitRow:
    """One exhibit card and its detail page."""

    key: str
    name: str
    category: str
    maker: str
    facts: list[str]
    demonstration: str
    caption: str
    credit: str
    quotes: list[QuoteItem]
    image: str
    provenance: str


@dataclass(frozen=True)
class QuoteRow:
    """One quotation page."""

    key: str
    text: str
    speaker: str
    speaker_title: str
    context: str
    kind: str
    provenance: str


@dataclass(frozen=True)
class FigureRow:
    """One key-figure card: a single number, or a group that belongs together.

    `spoken` reads the card's numbers as one phrase (its accessible name).
    """

    key: str
    chart: str
    items: list[FigureItem]
    sentence: str
    provenance: str
    spoken: str


@dataclass(frozen=True)
class TopicRow:
    """One topic chip."""

    key: str
    term: str
    count: int


@dataclass(frozen=True)
class TopicItemRow:
    """Something a topic is about, and where it opens: `screen` at row `index`."""

    key: str
    kind: str
    title: str
    detail: str
    index: int
    screen: str


@dataclass(frozen=True)
class ArticleBlockRow:
    """One block of the article reader: a heading, paragraph or caption."""

    key: str
    kind: str
    text: str
    ordinal: int = 0
    extra: str = field(default="")


@dataclass(frozen=True)
class TileRow:
    """One Home tile: a screen's title, its name in the other language and a glimpse of its
    content."""

    key: str
    title: str
    subtitle: str
    teaser: str


class Provenances:
    """Says where an item came from, counting paragraphs as a reader meets them."""

    def __init__(self, model: ContentModel) -> None:
        order = list(model.article.lead)
        for section in model.article.sections:
            order += [i for i in section.paragraphs if i not in order]
        order += [p.index for p in model.article.paragraphs if p.index not in order]
        self.ordinal = {index: number for number, index in enumerate(order, start=1)}
        self.text = {p.index: p.text for p in model.article.paragraphs}

    def label(self, provenance: Provenance) -> str:
        """The paragraph's number, the curator's source, or the photo caption."""
        if provenance.origin == "curation":
            return text.from_curator(provenance.source)
        if provenance.paragraph is not None and provenance.paragraph in self.ordinal:
            return text.from_paragraph(self.ordinal[provenance.paragraph])
        if provenance.from_caption:
            return text.from_caption()
        return text.from_article()

    def paragraph(self, provenance: Provenance) -> str:
        """The text of the paragraph an item came from, or ''."""
        if provenance.paragraph is None:
            return ""
        return self.text.get(provenance.paragraph, "")


def figure_item(figure: Figure) -> FigureItem:
    """A figure split around its first run of digits, for a counting animation."""
    literal = figure.literal
    match = _NUMBER.search(literal)
    prefix, number, decimals, suffix = "", -1.0, 0, literal
    if match is not None:
        digits = match.group()
        prefix, suffix = literal[:match.start()].strip(), literal[match.end():].strip()
        number = float(digits)
        decimals = len(digits.split(".")[1]) if "." in digits else 0
    return FigureItem(key=figure.id, literal=literal,
                      label=break_title(figure.label, figure.label_breaks),
                      value=figure.value, year=figure.year or 0, kind=figure.kind,
                      prefix=prefix, number=number, decimals=decimals, suffix=suffix)


def _quote_item(quote: Quote) -> QuoteItem:
    return QuoteItem(text=break_title(quote.text, quote.text_breaks), speaker=quote.speaker,
                     title=quote.speaker_title)


def tile_rows(model: ContentModel) -> list[TileRow]:
    """Home's tiles, one for each screen of the screen table that has one."""
    return [TileRow(key=s.name, title=screens.title(s), subtitle=screens.subtitle(s),
                    teaser=s.teaser(model) if s.teaser else "")
            for s in screens.SCREENS if s.tile]


def achievement_rows(model: ContentModel) -> list[AchievementRow]:
    """Every achievement, in the model's order."""
    where = Provenances(model)
    quotes = {q.id: q for q in model.quotes}
    rows = []
    for item in model.achievements:
        figures = [f for f in model.figures if f.paragraph in item.paragraphs]
        rows.append(AchievementRow(
            key=item.id, name=break_title(item.name, item.name_breaks), kind=item.kind,
            summary=item.summary, facts=[fact.text for fact in item.facts],
            figures=[figure_item(f) for f in figures],
            quotes=[_quote_item(quotes[q]) for q in item.quotes if q in quotes],
            source_text=where.paragraph(item.provenance),
            provenance=where.label(item.provenance),
            curated=item.provenance.origin == "curation"))
    return rows


def exhibit_rows(model: ContentModel) -> list[ExhibitRow]:
    """Every exhibit; `image` names its generated picture (`category/key`), since the article
    carries no photos."""
    where = Provenances(model)
    quotes = {q.id: q for q in model.quotes}
    return [ExhibitRow(
        key=item.id, name=break_title(item.name, item.name_breaks), category=item.category,
        maker=item.maker, facts=[fact.text for fact in item.facts],
        demonstration=item.demonstration,
        caption=item.captions[0].text if item.captions else "",
        credit=item.captions[0].credit if item.captions else "",
        quotes=[_quote_item(quotes[q]) for q in item.quotes if q in quotes],
        image=f"{item.category or 'exhibit'}/{item.id}",
        provenance=where.label(item.provenance)) for item in model.exhibits]


def quote_rows(model: ContentModel, speaker: str = "") -> list[QuoteRow]:
    """Every quote, or one speaker's only."""
    where = Provenances(model)
    return [QuoteRow(key=q.id, text=break_title(q.text, q.text_breaks), speaker=q.speaker,
                     speaker_title=q.speaker_title, context=q.context, kind=q.kind,
                     provenance=where.label(q.provenance))
            for q in model.quotes if not speaker or q.speaker == speaker]


def _chart(figures: list[Figure]) -> str:
    kinds = {f.kind for f in figures}
    if len(figures) < 2:
        return ""
    if kinds == {"rank"}:
        return "rank"
    if kinds <= {"percent", "fraction"}:
        return "share"
    return "pair"


def figure_rows(model: ContentModel) -> list[FigureRow]:
    """Key figures, grouped: figures sharing a `group` form one card with a chart."""
    where = Provenances(model)
    groups: dict[str, list[Figure]] = {}
    for figure in model.figures:
        groups.setdefault(figure.group or figure.id, []).append(figure)
    rows = []
    for key, figures in groups.items():
        if _chart(figures) == "rank":
            figures = sorted(figures, key=lambda f: f.year or 0)
        items = [figure_item(f) for f in figures]
        rows.append(FigureRow(key=key, chart=_chart(figures), items=items,
                              sentence=figures[0].sentence,
                              provenance=where.label(figures[0].provenance),
                              spoken=text.enumeration([text.figure_phrase(i.literal, i.label)
                                                       for i in items])))
    return rows


def topic_rows(model: ContentModel, typed: str = "") -> list[TopicRow]:
    """Topic chips whose term contains `typed` (all when empty)."""
    return [TopicRow(key=t.term, term=t.term, count=_topic_size(t))
            for t in model.topics if typed.strip() in t.term]


def _topic_size(topic: Topic) -> int:
    return len(topic.quotes) + len(topic.achievements) + len(topic.exhibits) + len(topic.figures)


def _item(key: str, kind: str, title: str, detail: str, index: int) -> TopicItemRow:
    entry = screens.for_kind(kind)
    return TopicItemRow(key, kind, title, detail, index, entry.name if entry else "")


def topic_item_rows(model: ContentModel, term: str) -> list[TopicItemRow]:
    """Every quote, achievement, exhibit and figure a topic is about; `index` is the item's
    row in the model of the screen that shows its kind."""
    topic = next((t for t in model.topics if t.term == term), None)
    if topic is None:
        return []
    rows: list[TopicItemRow] = []
    achievements = {a.id: n for n, a in enumerate(model.achievements)}
    exhibits = {e.id: n for n, e in enumerate(model.exhibits)}
    quotes = {q.id: n for n, q in enumerate(model.quotes)}
    for key in topic.achievements:
        if key in achievements:
            item: Achievement = model.achievements[achievements[key]]
            rows.append(_item(key, "achievement", item.name, item.summary, achievements[key]))
    for key in topic.exhibits:
        if key in exhibits:
            exhibit = model.exhibits[exhibits[key]]
            rows.append(_item(key, "exhibit", exhibit.name, exhibit.maker, exhibits[key]))
    for key in topic.quotes:
        if key in quotes:
            quote = model.quotes[quotes[key]]
            rows.append(_item(key, "quote", break_title(quote.text, quote.text_breaks),
                              quote.speaker, quotes[key]))
    cards = {i.key: (number, i) for number, row in enumerate(figure_rows(model))
             for i in row.items}
    for key in topic.figures:
        if key in cards:
            number, figure = cards[key]
            rows.append(_item(key, "figure", figure.literal, figure.label, number))
    return rows


def article_rows(model: ContentModel) -> list[ArticleBlockRow]:
    """The article in reading order: lead, then each section's heading and paragraphs,
    then the photo captions with their credits."""
    where = Provenances(model)
    text = where.text
    rows = [ArticleBlockRow(f"p{i}", "lead", text[i], where.ordinal[i])
            for i in model.article.lead if i in text]
    for number, section in enumerate(model.article.sections):
        if section.heading:
            rows.append(ArticleBlockRow(f"h{number}", "heading",
                                        break_title(section.heading, section.heading_breaks)))
        rows += [ArticleBlockRow(f"p{i}", "paragraph", text[i], where.ordinal[i])
                 for i in section.paragraphs if i in text]
    rows += [ArticleBlockRow(f"c{n}", "caption", c.text, 0, c.credit)
             for n, c in enumerate(model.article.captions)]
    return rows
