"""Typed content model of one article, with a versioned JSON round trip."""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

SCHEMA_VERSION = 1

ParagraphKind = Literal["body", "lead"]
QuoteKind = Literal["direct", "indirect"]
SpeakerKind = Literal["person", "unnamed", "none"]
AchievementKind = Literal["major", "facility", "earlier"]
FigureKind = Literal[
    "year", "count", "quantity", "percent", "fraction", "rank", "multiple", "duration", "length"
]


CAPTION_SOURCE = "caption"
CURATED_PREFIX = "curated: "  # the source of an article item a curator overrode


@dataclass(frozen=True)
class Provenance:
    """Where an item came from: a paragraph of the article, or a curator's source."""

    origin: Literal["article", "curation"]
    paragraph: int | None = None
    source: str = ""

    @staticmethod
    def caption(line: int) -> Provenance:
        """An item known only from a photo caption, at `line` of the source file."""
        return Provenance("article", None, f"{CAPTION_SOURCE}, line {line}")

    @property
    def from_caption(self) -> bool:
        """Whether the item is known only from a photo caption."""
        return self.origin == "article" and self.source.startswith(CAPTION_SOURCE)

    @property
    def curator_source(self) -> str:
        """For an article item a curator corrected or enriched: the curator's source."""
        if self.origin == "article" and self.source.startswith(CURATED_PREFIX):
            return self.source.removeprefix(CURATED_PREFIX)
        return ""


@dataclass(frozen=True)
class Paragraph:
    """One clean paragraph with the 1-based, inclusive line range it came from."""

    index: int
    text: str
    first_line: int
    last_line: int
    section: int | None
    kind: ParagraphKind = "body"


@dataclass(frozen=True)
class Section:
    """A section heading and the indices of its paragraphs."""

    heading: str
    paragraphs: list[int]
    line: int
    heading_breaks: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Caption:
    """A photo caption and its credit line."""

    text: str
    credit: str
    line: int
    marker: str = ""


@dataclass(frozen=True)
class Article:
    """The article's page furniture and its body."""

    title: str
    kicker: str
    subtitle: str
    dateline: str
    date: str
    place: str
    agency: str
    reporters: list[str]
    lead: list[int]
    sections: list[Section]
    captions: list[Caption]
    paragraphs: list[Paragraph]
    title_breaks: list[int] = field(default_factory=list)
    strays: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Quote:
    """A quotation: direct speech in quotation marks, or reported speech.

    Who spoke is one of three kinds (`speaker_kind`): a named person (`speaker`, with
    `speaker_title`), someone the text describes without a name (`speaker` empty,
    `unnamed_speaker` as written: `一位参展商`, `不少观众`, `与会专家`), or nobody the text
    gives (both empty). A remark split by its attribution (`“……，”某某说，“……。”`) is two
    quotes sharing `remark`, the id of its first part.
    """

    id: str
    text: str
    speaker: str
    speaker_title: str
    context: str
    kind: QuoteKind
    paragraph: int
    provenance: Provenance
    text_breaks: list[int] = field(default_factory=list)
    unnamed_speaker: str = ""
    remark: str = ""

    @property
    def speaker_kind(self) -> SpeakerKind:
        """`person` when named, `unnamed` when only described, `none` when not given."""
        if self.speaker:
            return "person"
        return "unnamed" if self.unnamed_speaker else "none"


@dataclass(frozen=True)
class Fact:
    """A short factual clause about an item: from a paragraph of the article, or from a
    curator (`paragraph` -1) with the public `source` it rests on."""

    text: str
    paragraph: int
    source: str = ""


@dataclass(frozen=True)
class Achievement:
    """A science and technology achievement the article (or a curator) names."""

    id: str
    name: str
    kind: AchievementKind
    summary: str
    facts: list[Fact]
    quotes: list[str]
    paragraphs: list[int]
    provenance: Provenance
    name_breaks: list[int] = field(default_factory=list)
    year: int | None = None


@dataclass(frozen=True)
class Exhibit:
    """An exhibit on show, with its maker and what visitors saw it do."""

    id: str
    name: str
    category: str
    maker: str
    facts: list[Fact]
    demonstration: str
    captions: list[Caption]
    quotes: list[str]
    paragraphs: list[int]
    provenance: Provenance
    name_breaks: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Figure:
    """A key number: value, unit and what it counts, typed for charts."""

    id: str
    kind: FigureKind
    value: float
    unit: str
    literal: str
    label: str
    sentence: str
    paragraph: int
    year: int | None = None
    qualifier: str = ""
    group: str = ""
    provenance: Provenance = Provenance("article")
    label_breaks: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Person:
    """Someone the article names, with the posts it gives them."""

    name: str
    titles: list[str]
    organisations: list[str]
    quotes: list[str]
    paragraphs: list[int]


@dataclass(frozen=True)
class Organisation:
    """An organisation the article names."""

    name: str
    people: list[str]
    paragraphs: list[int]


@dataclass(frozen=True)
class Topic:
    """A keyword and the items it appears in, for browsing by topic."""

    term: str
    weight: float
    quotes: list[str]
    achievements: list[str]
    exhibits: list[str]
    figures: list[str]
    paragraphs: list[int]


@dataclass(frozen=True)
class Announcement:
    """What the article says about a set of results it announces ("N major results")."""

    count: int | None
    literal: str
    paragraph: int | None


@dataclass(frozen=True)
class Event:
    """The event the article reports on: name, dates, place and theme."""

    name: str
    start: str
    end: str
    place: str
    theme: str
    provenance: Provenance = Provenance("article")


@dataclass(frozen=True)
class CurationNote:
    """A problem found in a curation file: file, line and reason."""

    file: str
    line: int
    reason: str


@dataclass(frozen=True)
class ContentModel:
    """Everything the kiosk shows, all derived from one article plus curation."""

    schema: int
    source: str
    source_sha256: str
    article: Article
    event: Event
    quotes: list[Quote]
    achievements: list[Achievement]
    announced: Announcement
    exhibits: list[Exhibit]
    figures: list[Figure]
    people: list[Person]
    organisations: list[Organisation]
    topics: list[Topic]
    sub_forums: list[str]
    fields: list[str]
    curation: list[CurationNote] = field(default_factory=list)
    # The exhibition's English for what the article and the curators say: Chinese as shown
    # → English (from the curation file's [[english]] entries).
    english: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Returns the model as plain JSON-ready data."""
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ContentModel:
        """Builds a model from `to_json` output.

        Raises:
            SchemaError: the data is of another schema version or malformed.
        """
        if not isinstance(data, dict) or data.get("schema") != SCHEMA_VERSION:
            raise SchemaError(f"expected schema {SCHEMA_VERSION}")
        try:
            return _build(cls, data)
        except (TypeError, KeyError, ValueError) as exc:
            raise SchemaError(str(exc)) from exc


class SchemaError(ValueError):
    """Stored content does not match this program's schema."""


T = TypeVar("T")


def _build(cls: type[T], data: Any) -> T:
    """Recursively turns dicts back into the dataclass `cls`."""
    kwargs = {name: _value(hint, data[name]) for name, hint in _fields(cls) if name in data}
    return cls(**kwargs)


_FIELDS: dict[type, tuple[tuple[str, Any], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """Field names and resolved types of a dataclass, computed once per class."""
    if cls not in _FIELDS:
        hints = typing.get_type_hints(cls)
        _FIELDS[cls] = tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))
    return _FIELDS[cls]


def _value(hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            raise TypeError(f"{hint.__name__} expects an object")
        return _build(hint, value)
    if origin is list:
        if not isinstance(value, list):
            raise TypeError("expected a list")
        (item,) = typing.get_args(hint)
        return [_value(item, v) for v in value]
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _value(inner[0], value)
    if hint is float and isinstance(value, int):
        return float(value)
    return value
