"""The pipeline: source text → normalized page → extracted items → curated content model."""

from __future__ import annotations

import re
from dataclasses import replace

from kiosk.content import forum, segment
from kiosk.content.achievements import announced, extract_achievements
from kiosk.content.curation import Curation, apply_curation
from kiosk.content.exhibits import extract_exhibits
from kiosk.content.figures import extract_figures
from kiosk.content.linebreak import boundaries, breaks_within, word_breaks
from kiosk.content.model import SCHEMA_VERSION, Article, ContentModel, Paragraph, Section
from kiosk.content.names import person_mentions
from kiosk.content.normalize import Page, normalize
from kiosk.content.people import collect_organisations, collect_people
from kiosk.content.quotes import extract_quotes
from kiosk.content.source import SourceText
from kiosk.content.topics import extract_topics

_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def build_model(source: SourceText, curation: Curation | None = None) -> ContentModel:
    """Parses a decoded article into the content model.

    Args:
        source: the decoded article.
        curation: the curator's file, already read; None for none.
    """
    page = normalize(source.text)
    reading = _reading_order(page.paragraphs)
    year = _article_year(page)
    # One segmentation of every paragraph, the headline, the headings and the curator's
    # names, shared by the stages that need words.
    added = [item.name for item in curation.added] if curation is not None else []
    display = list(dict.fromkeys(t for t in [page.title, *(h for h, _, _ in page.headings),
                                             *added] if t))
    segmented = segment.paragraph_words([p.text for p in reading] + display)
    words = dict(zip([p.index for p in reading], segmented[:len(reading)], strict=True))
    display_breaks = {text: _allowed_breaks(text, segmented[len(reading) + n])
                      for n, text in enumerate(display)}
    texts = {p.index: p.text for p in reading}
    bounds = {index: boundaries(w) for index, w in words.items()}
    # (Whom a caption names with a post, the body may name bare: `研究员某某（左）……`.)
    pictured = {name: title for caption in page.captions
                for _, name, title in person_mentions(caption.text, segment.words(caption.text))
                if title}
    quotes = extract_quotes(reading, words, pictured)
    figures = extract_figures(reading, year)
    achievements = extract_achievements(reading, quotes, year)
    exhibits = extract_exhibits(reading, page.captions, quotes)
    people = collect_people(quotes, reading)
    organisations = collect_organisations(people, exhibits, reading)
    sub_forums, fields = forum.sub_forums(reading), forum.fields(reading)
    event = forum.event(reading, year, page.month)
    model = ContentModel(
        schema=SCHEMA_VERSION, source=source.path, source_sha256=source.sha256,
        article=_article(page, year, display_breaks), event=event,
        quotes=[replace(q, text_breaks=breaks_within(texts[q.paragraph], bounds[q.paragraph],
                                                     q.text)) for q in quotes],
        achievements=[replace(a, name_breaks=_breaks(a.name, a.paragraphs, texts, bounds))
                      for a in achievements],
        announced=announced(reading),
        exhibits=[replace(e, name_breaks=_breaks(e.name, e.paragraphs, texts, bounds))
                  for e in exhibits],
        figures=[replace(f, label_breaks=breaks_within(texts[f.paragraph], bounds[f.paragraph],
                                                       f.label)) for f in figures],
        people=people,
        organisations=organisations,
        topics=extract_topics(reading, words, quotes, achievements, exhibits, figures,
                              [o.name for o in organisations] + [event.name, *sub_forums,
                                                                  *fields],
                              [p.name for p in people]),
        sub_forums=sub_forums, fields=fields)
    if curation is not None:
        model = apply_curation(model, curation)
        model = replace(model, achievements=[
            a if a.name_breaks else replace(a, name_breaks=display_breaks[a.name]
                                            if a.name in display_breaks else word_breaks(a.name))
            for a in model.achievements])
    return model


def _breaks(text: str, paragraphs: list[int], texts: dict[int, str],
            bounds: dict[int, list[int]]) -> list[int]:
    """Line breaks of a name, from the words of a paragraph that spells it out if any."""
    where = next((i for i in paragraphs if text in texts[i]), None)
    return word_breaks(text) if where is None else breaks_within(texts[where], bounds[where], text)


def _reading_order(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The lead (a sidebar, wherever the page put it) reads before the body."""
    return [p for p in paragraphs if p.kind == "lead"] + [p for p in paragraphs
                                                          if p.kind == "body"]


def _article_year(page: Page) -> int | None:
    """The year of writing: the latest year the article mentions (datelines omit it)."""
    years = [int(y) for p in page.paragraphs for y in _YEAR_RE.findall(p.text)]
    years += [int(y) for text in (page.title, page.kicker) for y in _YEAR_RE.findall(text)]
    return max(years) if years else None


def _allowed_breaks(text: str, words: list[str]) -> list[int]:
    return breaks_within(text, boundaries(words), text)


def _article(page: Page, year: int | None, breaks: dict[str, list[int]]) -> Article:
    sections = []
    for n, (heading, line, _) in enumerate(page.headings):
        sections.append(Section(
            heading=heading, line=line,
            paragraphs=[p.index for p in page.paragraphs if p.section == n],
            heading_breaks=breaks.get(heading, [])))
    lead = [p.index for p in page.paragraphs if p.kind == "lead"]
    if not lead and page.paragraphs:
        lead = [page.paragraphs[0].index]
    date = ""
    if year and page.month and page.day:
        date = f"{year:04d}-{page.month:02d}-{page.day:02d}"
    return Article(
        title=page.title, kicker=page.kicker, subtitle=page.subtitle, dateline=page.dateline,
        date=date, place=page.place, agency=page.agency, reporters=page.reporters, lead=lead,
        sections=sections, captions=page.captions, paragraphs=page.paragraphs,
        title_breaks=breaks.get(page.title, []), strays=page.strays)
