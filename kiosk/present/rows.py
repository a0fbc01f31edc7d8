"""The rows each screen shows, built from the content model: typed, labelled, ready to show."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kiosk.content.model import (
    Achievement,
    ContentModel,
    Fact,
    Figure,
    Provenance,
    Quote,
    Topic,
)
from kiosk.present import screens, text
from kiosk.present.linebreak import break_title
from kiosk.present.localize import Localizer, chinese_only


@dataclass(frozen=True)
class QuoteItem:
    """A quotation shown inside another item's page."""

    text: str
    speaker: str
    title: str


@dataclass(frozen=True)
class FactItem:
    """A short fact; `source` names where a curator's fact comes from ('' for the article's)."""

    text: str
    source: str


@dataclass(frozen=True)
class FigureItem:
    """One number, split for a counting animation: `prefix` `number` `suffix`.

    `number` is -1 when the literal has no digits (四倍, 近八成): it is then shown as written.
    `grouped` says the literal separates thousands (70,000), as the count must too.
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
    grouped: bool = False


@dataclass(frozen=True)
class AchievementRow:
    """One achievement card and its detail page."""

    key: str
    name: str
    kind: str
    summary: str
    facts: list[FactItem]
    figures: list[FigureItem]
    quotes: list[QuoteItem]
    source_text: str
    provenance: str
    curated: bool
    note: str


@dataclass(frozen=True)
class ExhibitRow:
    """One exhibit card and its detail page."""

    key: str
    name: str
    category: str
    maker: str
    facts: list[FactItem]
    demonstration: str
    caption: str
    credit: str
    quotes: list[QuoteItem]
    image: str
    provenance: str
    note: str


@dataclass(frozen=True)
class QuoteRow:
    """One quotation page; `speaker` is who said it as shown (a name, or a description such
    as 一位参展商 when the text gives none)."""

    key: str
    text: str
    speaker: str
    speaker_title: str
    context: str
    kind: str
    provenance: str
    note: str


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
    note: str


@dataclass(frozen=True)
class TopicRow:
    """One topic chip: `key` is the topic as the article has it, `term` as shown."""

    key: str
    term: str
    count: int


@dataclass(frozen=True)
class SpeakerRow:
    """One speaker chip of the quotes filter: `key` filters, `name` is shown."""

    key: str
    name: str


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

    def __init__(self, model: ContentModel, loc: Localizer) -> None:
        order = list(model.article.lead)
        for section in model.article.sections:
            order += [i for i in section.paragraphs if i not in order]
        order += [p.index for p in model.article.paragraphs if p.index not in order]
        self.ordinal = {index: number for number, index in enumerate(order, start=1)}
        self.text = {p.index: p.text for p in model.article.paragraphs}
        self._loc = loc

    def label(self, provenance: Provenance) -> str:
        """The paragraph's number, the curator's source, or the photo caption."""
        if provenance.origin == "curation":
            return text.from_curator(self._loc.text(provenance.source))
        if provenance.paragraph is not None and provenance.paragraph in self.ordinal:
            ordinal = self.ordinal[provenance.paragraph]
            if curated := provenance.curator_source:
                return text.from_paragraph_and_curator(ordinal, self._loc.text(curated))
            return text.from_paragraph(ordinal)
        if provenance.from_caption:
            return text.from_caption()
        return text.from_article()

    def paragraph(self, provenance: Provenance) -> str:
        """The text of the paragraph an item came from, or '' (always the original)."""
        if provenance.paragraph is None:
            return ""
        return self.text.get(provenance.paragraph, "")


_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def figure_item(figure: Figure, loc: Localizer | None = None) -> FigureItem:
    """A figure split around its first number, for a counting animation."""
    loc = loc or chinese_only({})
    literal = loc.text(figure.literal)
    label = loc.title(figure.label, figure.label_breaks)
    match = _NUMBER.search(literal)
    prefix, number, decimals, suffix, grouped = "", -1.0, 0, literal, False
    if match is not None:
        grouped = "," in match.group()
        digits = match.group().replace(",", "")
        prefix, suffix = literal[:match.start()].strip(), literal[match.end():].strip()
        number = float(digits)
        decimals = len(digits.split(".")[1]) if "." in digits else 0
    return FigureItem(key=figure.id, literal=literal, label=label, value=figure.value,
                      year=figure.year or 0, kind=figure.kind, prefix=prefix, number=number,
                      decimals=decimals, suffix=suffix, grouped=grouped)


def _who(quote: Quote) -> str:
    """Who said a quote as the text gives them: a name, or a description, or ''."""
    return quote.speaker or quote.unnamed_speaker


def _quote_item(quote: Quote, loc: Localizer) -> QuoteItem:
    return QuoteItem(text=loc.title(quote.text, quote.text_breaks),
                     speaker=loc.text(_who(quote)), title=loc.text(quote.speaker_title))


def _facts(facts: list[Fact], loc: Localizer) -> list[FactItem]:
    return [FactItem(loc.text(f.text), loc.text(f.source)) for f in facts]


def _loc(model: ContentModel, loc: Localizer | None) -> Localizer:
    return loc if loc is not None else chinese_only(model.english)


def tile_rows(model: ContentModel, loc: Localizer | None = None) -> list[TileRow]:
    """Home's tiles, one for each screen of the screen table that has one."""
    loc = _loc(model, loc)
    return [TileRow(key=s.name, title=screens.title(s), subtitle=screens.subtitle(s),
                    teaser=s.teaser(model, loc) if s.teaser else "")
            for s in screens.SCREENS if s.tile]


def achievement_rows(model: ContentModel, loc: Localizer | None = None) -> list[AchievementRow]:
    """Every achievement, in the model's order."""
    loc = _loc(model, loc)
    where = Provenances(model, loc)
    quotes = {q.id: q for q in model.quotes}
    rows = []
    for item in model.achievements:
        one = loc.item()
        figures = [f for f in model.figures if f.paragraph in item.paragraphs]
        rows.append(AchievementRow(
            key=item.id, name=one.title(item.name, item.name_breaks), kind=item.kind,
            summary=one.text(item.summary), facts=_facts(item.facts, one),
            figures=[figure_item(f, one) for f in figures],
            quotes=[_quote_item(quotes[q], one) for q in item.quotes if q in quotes],
            source_text=where.paragraph(item.provenance),
            provenance=where.label(item.provenance),
            curated=item.provenance.origin == "curation", note=one.note))
    return rows


def exhibit_rows(model: ContentModel, loc: Localizer | None = None) -> list[ExhibitRow]:
    """Every exhibit; `image` names its generated picture (`category/key`), since the article
    carries no photos."""
    loc = _loc(model, loc)
    where = Provenances(model, loc)
    quotes = {q.id: q for q in model.quotes}
    rows = []
    for item in model.exhibits:
        one = loc.item()
        caption = item.captions[0] if item.captions else None
        rows.append(ExhibitRow(
            key=item.id, name=one.title(item.name, item.name_breaks), category=item.category,
            maker=one.text(item.maker), facts=_facts(item.facts, one),
            demonstration=one.text(item.demonstration),
            caption=one.text(caption.text) if caption else "",
            credit=one.text(caption.credit) if caption else "",
            quotes=[_quote_item(quotes[q], one) for q in item.quotes if q in quotes],
            image=f"{item.category or 'exhibit'}/{item.id}",
            provenance=where.label(item.provenance), note=one.note))
    return rows


def quote_rows(model: ContentModel, speaker: str = "",
               loc: Localizer | None = None) -> list[QuoteRow]:
    """Every quote, or one speaker's only (`speaker` as the article names them)."""
    loc = _loc(model, loc)
    where = Provenances(model, loc)
    rows = []
    for q in model.quotes:
        if speaker and q.speaker != speaker:
            continue
        one = loc.item()
        rows.append(QuoteRow(key=q.id, text=one.title(q.text, q.text_breaks),
                             speaker=one.text(_who(q)), speaker_title=one.text(q.speaker_title),
                             context=one.text(q.context), kind=q.kind,
                             provenance=where.label(q.provenance), note=one.note))
    return rows


def speaker_rows(model: ContentModel, loc: Localizer | None = None) -> list[SpeakerRow]:
    """The quotes filter: everyone first, then each person quoted by name, in the order
    they first speak."""
    loc = _loc(model, loc)
    names = dict.fromkeys(q.speaker for q in model.quotes if q.speaker)
    return [SpeakerRow(key="", name=text.all_speakers()),
            *(SpeakerRow(key=name, name=loc.text(name)) for name in names)]


def _chart(figures: list[Figure]) -> str:
    kinds = {f.kind for f in figures}
    if len(figures) < 2:
        return ""
    if kinds == {"rank"}:
        return "rank"
    if kinds <= {"percent", "fraction"}:
        return "share"
    return "pair"


def figure_rows(model: ContentModel, loc: Localizer | None = None) -> list[FigureRow]:
    """Key figures, grouped: figures sharing a `group` form one card with a chart."""
    loc = _loc(model, loc)
    where = Provenances(model, loc)
    groups: dict[str, list[Figure]] = {}
    for figure in model.figures:
        groups.setdefault(figure.group or figure.id, []).append(figure)
    rows = []
    for key, figures in groups.items():
        if _chart(figures) == "rank":
            figures = sorted(figures, key=lambda f: f.year or 0)
        one = loc.item()
        items = [figure_item(f, one) for f in figures]
        rows.append(FigureRow(key=key, chart=_chart(figures), items=items,
                              sentence=figures[0].sentence,
                              provenance=where.label(figures[0].provenance),
                              spoken=text.enumeration([text.figure_phrase(i.literal, i.label)
                                                       for i in items]), note=one.note))
    return rows


def topic_rows(model: ContentModel, typed: str = "",
               loc: Localizer | None = None) -> list[TopicRow]:
    """Topic chips whose term, as shown or as the article has it, contains `typed`."""
    loc = _loc(model, loc)
    wanted = typed.strip().casefold()
    rows = []
    for t in model.topics:
        shown = loc.text(t.term)
        if wanted in t.term.casefold() or wanted in shown.casefold():
            rows.append(TopicRow(key=t.term, term=shown, count=_topic_size(t)))
    return rows


def _topic_size(topic: Topic) -> int:
    return len(topic.quotes) + len(topic.achievements) + len(topic.exhibits) + len(topic.figures)


def _item(key: str, kind: str, title: str, detail: str, index: int) -> TopicItemRow:
    entry = screens.for_kind(kind)
    return TopicItemRow(key, kind, title, detail, index, entry.name if entry else "")


def topic_item_rows(model: ContentModel, term: str,
                    loc: Localizer | None = None) -> list[TopicItemRow]:
    """Every quote, achievement, exhibit and figure a topic (as the article has it) is about;
    `index` is the item's row in the model of the screen that shows its kind."""
    loc = _loc(model, loc)
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
            rows.append(_item(key, "achievement", loc.title(item.name, item.name_breaks),
                              loc.text(item.summary), achievements[key]))
    for key in topic.exhibits:
        if key in exhibits:
            exhibit = model.exhibits[exhibits[key]]
            rows.append(_item(key, "exhibit", loc.title(exhibit.name, exhibit.name_breaks),
                              loc.text(exhibit.maker), exhibits[key]))
    for key in topic.quotes:
        if key in quotes:
            quote = model.quotes[quotes[key]]
            rows.append(_item(key, "quote", loc.title(quote.text, quote.text_breaks),
                              loc.text(_who(quote)), quotes[key]))
    cards = {i.key: (number, i) for number, row in enumerate(figure_rows(model, loc))
             for i in row.items}
    for key in topic.figures:
        if key in cards:
            number, figure = cards[key]
            rows.append(_item(key, "figure", figure.literal, figure.label, number))
    return rows


def article_rows(model: ContentModel) -> list[ArticleBlockRow]:
    """The article in reading order, as written (the original in every language): lead,
    then each section's heading and paragraphs, then the photo captions with credits."""
    where = Provenances(model, chinese_only(model.english))
    paragraphs = where.text
    rows = [ArticleBlockRow(f"p{i}", "lead", paragraphs[i], where.ordinal[i])
            for i in model.article.lead if i in paragraphs]
    for number, section in enumerate(model.article.sections):
        if section.heading:
            rows.append(ArticleBlockRow(f"h{number}", "heading",
                                        break_title(section.heading, section.heading_breaks)))
        rows += [ArticleBlockRow(f"p{i}", "paragraph", paragraphs[i], where.ordinal[i])
                 for i in section.paragraphs if i in paragraphs]
    rows += [ArticleBlockRow(f"c{n}", "caption", c.text, 0, c.credit)
             for n, c in enumerate(model.article.captions)]
    return rows
