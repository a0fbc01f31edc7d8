"""A curator's additions, corrections, removals and translations, from a TOML file beside
the seeds.

The file adds items the article does not give (each with a required `source`), overrides
fields of parsed items by id, hides items by id, may set the event's theme, and gives the
exhibition's English for any text a visitor sees. A problem is reported with file, line and
reason; a broken file is ignored, a broken entry skipped.

    [event]
    theme = "……"
    source = "……"

    [[achievement]]
    name = "……"
    summary = "……"
    facts = ["……", { text = "……", source = "……" }]   # a fact may name its own source
    source = "……"

    [[override]]
    id = "a-1234abcd"
    summary = "……"
    source = "……"

    [[hide]]
    id = "q-1234abcd"

    [[english]]          # the Chinese exactly as shown, and the exhibition's English for it
    zh = "……"
    en = "……"

`python -m kiosk parse ARTICLE --missing en` lists what a visitor would see in Chinese.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kiosk.content.model import (
    CURATED_PREFIX,
    Achievement,
    ContentModel,
    CurationNote,
    Exhibit,
    Fact,
    Provenance,
)

FILE_NAME = "curation.toml"
_ADDABLE = {
    "achievement": ({"name", "summary", "source"}, {"facts", "kind", "year"}),
    "exhibit": ({"name", "source"}, {"category", "maker", "facts", "demonstration"}),
}
_OVERRIDABLE = {
    "a-": ("achievements", {"name", "summary", "facts", "kind"}),
    "e-": ("exhibits", {"name", "maker", "demonstration", "facts", "category"}),
    "q-": ("quotes", {"speaker", "speaker_title", "context"}),
    "f-": ("figures", {"label"}),
}
_KINDS = {"major", "facility", "earlier"}


@dataclass
class Curation:
    """The parsed curation file: what to add, change and hide, and what was wrong."""

    path: str = ""
    theme: str = ""
    theme_source: str = ""
    added: list[Achievement | Exhibit] = field(default_factory=list)
    overrides: list[tuple[str, dict[str, Any], str]] = field(default_factory=list)
    hidden: set[str] = field(default_factory=set)
    english: dict[str, str] = field(default_factory=dict)
    notes: list[CurationNote] = field(default_factory=list)


def curation_path(source: str | Path) -> Path:
    """Where the curation file for a seed lives: beside it."""
    return Path(source).with_name(FILE_NAME)


def read_curation(path: Path) -> Curation:
    """Reads a curation file; a missing file is an empty curation.

    Returns:
        The curation. Problems are in `notes`, never raised.
    """
    cur = Curation(path=str(path))
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return cur
    except (OSError, UnicodeDecodeError) as exc:
        cur.notes.append(CurationNote(str(path), 0, f"cannot be read: {exc}"))
        return cur
    # Reading TOML costs about as much as the rest of a parse without jieba; a file read
    # again unchanged (the next article of a batch, a reload after an article edit) is not.
    known = _last_read.get(str(path))
    if known is None or known[0] != raw:
        _last_read.clear()  # only the last file is kept
        known = _last_read[str(path)] = (raw, _read(cur, raw, path))
    return _copy(known[1])


_last_read: dict[str, tuple[str, Curation]] = {}


def _copy(cur: Curation) -> Curation:
    """A curation whose containers are its own (the items in them are immutable)."""
    return replace(cur, added=list(cur.added), overrides=list(cur.overrides),
                   hidden=set(cur.hidden), english=dict(cur.english), notes=list(cur.notes))


def _read(cur: Curation, raw: str, path: Path) -> Curation:
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        line = int(m[1]) if (m := re.search(r"line (\d+)", str(exc))) else 0
        cur.notes.append(CurationNote(str(path), line, f"not valid TOML, file ignored: {exc}"))
        return cur
    lines = _HeaderLines(raw)
    for key, value in data.items():
        entries = value if isinstance(value, list) else [value]
        for n, entry in enumerate(entries):
            line = lines.find(key, n)
            try:
                _apply(cur, key, entry)
            except ValueError as exc:
                cur.notes.append(CurationNote(str(path), line, f"[{key}] skipped: {exc}"))
    return cur


def _apply(cur: Curation, key: str, entry: Any) -> None:
    if not isinstance(entry, dict):
        raise ValueError("expected a table")
    if key == "event":
        _check_keys(entry, {"theme", "source"}, set())
        cur.theme, cur.theme_source = _text(entry, "theme"), _text(entry, "source")
    elif key in _ADDABLE:
        required, optional = _ADDABLE[key]
        _check_keys(entry, required, optional)
        cur.added.append(_new_item(key, entry))
    elif key == "override":
        target = _text(entry, "id")
        prefix = target[:2]
        if prefix not in _OVERRIDABLE:
            raise ValueError(f"unknown id {target!r}")
        _check_keys(entry, {"id", "source"}, _OVERRIDABLE[prefix][1])
        changes = {k: v for k, v in entry.items() if k not in ("id", "source")}
        for name, value in changes.items():
            _check_value(name, value)
        cur.overrides.append((target, changes, _text(entry, "source")))
    elif key == "hide":
        _check_keys(entry, {"id"}, {"reason"})
        cur.hidden.add(_text(entry, "id"))
    elif key == "english":
        _check_keys(entry, {"zh", "en"}, set())
        chinese, english = _text(entry, "zh"), _text(entry, "en")
        if cur.english.get(chinese, english) != english:
            raise ValueError(f"a second, different English for {chinese[:20]!r}")
        cur.english[chinese] = english
    else:
        raise ValueError("unknown section; expected one of event, achievement, exhibit, "
                         "override, hide, english")


def _check_keys(entry: dict[str, Any], required: set[str], optional: set[str]) -> None:
    missing = sorted(required - entry.keys())
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    unknown = sorted(entry.keys() - required - optional)
    if unknown:
        raise ValueError(f"unknown field {', '.join(unknown)}")
    for name, value in entry.items():
        _check_value(name, value)


def _check_value(name: str, value: Any) -> None:
    if name == "facts":
        if not (isinstance(value, list) and all(_is_fact(v) for v in value)):
            raise ValueError("facts must be a list of texts or of { text, source } tables")
    elif name == "year":
        if not isinstance(value, int):
            raise ValueError("year must be a number")
    elif name == "kind":
        if value not in _KINDS:
            raise ValueError(f"kind must be one of {', '.join(sorted(_KINDS))}")
    elif not (isinstance(value, str) and value.strip()):
        raise ValueError(f"{name} must be non-empty text")


def _is_fact(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return (isinstance(value, dict) and set(value) <= {"text", "source"}
            and all(isinstance(v, str) and v.strip() for v in value.values())
            and "text" in value)


def _facts(values: list[Any], source: str) -> list[Fact]:
    """Curated facts; one without its own source rests on its entry's `source`."""
    return [Fact(v.strip(), -1, source) if isinstance(v, str)
            else Fact(v["text"].strip(), -1, v.get("source", source).strip()) for v in values]


def _text(entry: dict[str, Any], name: str) -> str:
    value = entry.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be non-empty text")
    return value.strip()


def _new_item(key: str, entry: dict[str, Any]) -> Achievement | Exhibit:
    name = _text(entry, "name")
    provenance = Provenance("curation", None, _text(entry, "source"))
    facts = _facts(entry.get("facts", []), provenance.source)
    digest = hashlib.sha1(name.encode()).hexdigest()[:8]
    if key == "achievement":
        return Achievement(
            id=f"a-{digest}", name=name, kind=entry.get("kind", "major"),
            summary=_text(entry, "summary"), facts=facts, quotes=[], paragraphs=[],
            provenance=provenance, year=entry.get("year"))
    return Exhibit(
        id=f"e-{digest}", name=name, category=entry.get("category", "robot"),
        maker=entry.get("maker", ""), facts=facts, demonstration=entry.get("demonstration", ""),
        captions=[], quotes=[], paragraphs=[], provenance=provenance)


def apply_curation(model: ContentModel, cur: Curation) -> ContentModel:
    """Returns the model with the curation's additions, overrides and removals applied."""
    notes = list(cur.notes)
    achievements = list(model.achievements) + [a for a in cur.added
                                               if isinstance(a, Achievement)]
    exhibits = list(model.exhibits) + [e for e in cur.added if isinstance(e, Exhibit)]
    lists: dict[str, list[Any]] = {"achievements": achievements, "exhibits": exhibits,
                                   "quotes": list(model.quotes), "figures": list(model.figures)}
    for target, changes, source in cur.overrides:
        items = lists[_OVERRIDABLE[target[:2]][0]]
        at = next((i for i, item in enumerate(items) if item.id == target), None)
        if at is None:
            notes.append(CurationNote(cur.path, 0, f"override of {target}: no such item"))
            continue
        items[at] = _override(items[at], changes, source)
    unknown = cur.hidden - {item.id for items in lists.values() for item in items}
    notes += [CurationNote(cur.path, 0, f"hide {i}: no such item") for i in sorted(unknown)]
    kept = {name: [item for item in items if item.id not in cur.hidden]
            for name, items in lists.items()}
    event = model.event
    if cur.theme:
        event = replace(event, theme=cur.theme,
                        provenance=Provenance("curation", None, cur.theme_source))
    return _drop_dangling(replace(
        model, event=event, curation=notes, achievements=kept["achievements"],
        exhibits=kept["exhibits"], quotes=kept["quotes"], figures=kept["figures"],
        english=dict(cur.english)))


def _override(item: Any, changes: dict[str, Any], source: str) -> Any:
    names = {f.name for f in fields(item)}
    values = {k: _facts(v, source) if k == "facts" else v
              for k, v in changes.items() if k in names}
    old = item.provenance
    if old.origin == "curation":  # a curated item keeps its own source
        return replace(item, **values)
    return replace(item, **values,
                   provenance=Provenance(old.origin, old.paragraph, CURATED_PREFIX + source))


def _drop_dangling(model: ContentModel) -> ContentModel:
    """Removes references to hidden items from the items and topics that point at them."""
    quotes = {q.id for q in model.quotes}
    achievements = {a.id for a in model.achievements}
    exhibits = {e.id for e in model.exhibits}
    figures = {f.id for f in model.figures}
    quoted = [a.quotes for a in model.achievements] + [e.quotes for e in model.exhibits] \
        + [p.quotes for p in model.people] + [t.quotes for t in model.topics]
    if all(quotes.issuperset(ids) for ids in quoted) \
            and all(achievements.issuperset(t.achievements) and exhibits.issuperset(t.exhibits)
                    and figures.issuperset(t.figures) for t in model.topics):
        return model  # (no reference dangles: the model as it is, no copy of every item)
    return replace(
        model,
        achievements=[replace(a, quotes=[q for q in a.quotes if q in quotes])
                      for a in model.achievements],
        exhibits=[replace(e, quotes=[q for q in e.quotes if q in quotes])
                  for e in model.exhibits],
        people=[replace(p, quotes=[q for q in p.quotes if q in quotes]) for p in model.people],
        topics=[replace(t, quotes=[q for q in t.quotes if q in quotes],
                        achievements=[a for a in t.achievements if a in achievements],
                        exhibits=[e for e in t.exhibits if e in exhibits],
                        figures=[f for f in t.figures if f in figures])
                for t in model.topics])


_HEADER_RE = re.compile(r"^\s*\[\[?\s*([^\[\]]*?)\s*\]\]?\s*(#.*)?$")


class _HeaderLines:
    """Finds the line of the n-th `[key]` or `[[key]]` header in the raw TOML (the headers
    are indexed once: a file with hundreds of entries was scanned once per entry)."""

    def __init__(self, raw: str) -> None:
        self._hits: dict[str, list[int]] = {}
        for number, line in enumerate(raw.splitlines(), start=1):
            if "[" in line and (match := _HEADER_RE.match(line)):
                self._hits.setdefault(match[1], []).append(number)

    def find(self, key: str, n: int) -> int:
        hits = self._hits.get(key, [])
        return hits[n] if n < len(hits) else (hits[-1] if hits else 0)
