"""People and organisations: who is named, with what posts, and what they said."""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.content.model import Exhibit, Organisation, Paragraph, Person, Quote
from kiosk.content.names import organisations_in_title


def collect_people(quotes: Sequence[Quote], paragraphs: Sequence[Paragraph]) -> list[Person]:
    """Everyone the article quotes, in order of first appearance, with all their posts."""
    people: dict[str, Person] = {}
    for quote in quotes:
        if not quote.speaker:
            continue
        if quote.speaker not in people:
            people[quote.speaker] = Person(
                name=quote.speaker, titles=[], organisations=[], quotes=[],
                paragraphs=[p.index for p in paragraphs if quote.speaker in p.text])
        person = people[quote.speaker]
        if quote.speaker_title and quote.speaker_title not in person.titles:
            person.titles.append(quote.speaker_title)
            for org in organisations_in_title(quote.speaker_title):
                if org not in person.organisations:
                    person.organisations.append(org)
        person.quotes.append(quote.id)
    return list(people.values())


def collect_organisations(people: Sequence[Person], exhibits: Sequence[Exhibit],
                          paragraphs: Sequence[Paragraph]) -> list[Organisation]:
    """Organisations named in posts and as makers, with the people who work there."""
    names: list[str] = []
    for person in people:
        names += [o for o in person.organisations if o not in names]
    names += [e.maker for e in exhibits if e.maker and e.maker not in names]
    return [Organisation(
        name=name,
        people=[p.name for p in people if name in p.organisations],
        paragraphs=[p.index for p in paragraphs if name in p.text]) for name in names]
