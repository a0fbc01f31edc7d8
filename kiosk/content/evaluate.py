"""Scores the parser against hand-written answers: every `NAME.txt` + `NAME.expected.json`.

How an answer is matched (strings are compared after removing all whitespace, since print
spaces such as `7 万份` vary between layouts and mean nothing):

- A quote is found when a parsed quote has the same text; reported speech, whose edges are a
  matter of convention, is also found when one text contains the other and the shorter is at
  least 80% of the longer.
- A direct quote has the right speaker when the names are equal. An answer with no name but
  an `unnamed_speaker` (`一位参展商`) is right when the parser gives no name and says the
  speaker is described but unnamed (`Quote.unnamed_speaker`, any wording); an answer with
  neither is right only when the parser gives no speaker at all. The title must be equal too
  (empty for unnamed speakers). A quote the parser missed is wrong on both counts.
- A false quote is a parsed quote that matches no answer: a term, slogan or sentence that is
  not speech.
- An exhibit is found when a parsed exhibit has the same name, or one name ends with the other
  (a modifier more or less in front of the same machine: `协作机械臂`, `六轴协作机械臂`) and the
  shorter has at least four characters.
- A figure is found when a parsed figure's literal contains its source and the values agree
  to 0.1% (`N成` is N/10). Years standing alone and ordinals of an event (`第十二届`) are not
  counted. Where the answer gives the year a figure refers to, that year is scored too.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from kiosk.content.model import ContentModel, Figure, Quote

_SPACE_RE = re.compile(r"\s+")
_OVERLAP = 0.8
_MIN_EXHIBIT_SUFFIX = 4
_EVENT_ORDINAL_RE = re.compile(r"^第.+届$")


@dataclass(frozen=True)
class Bar:
    """The scores a CI run must reach, as shares of the answers (false quotes as a count).

    The defaults sit a little below what `tests/fixtures` scores (1679 of 1691 direct quotes
    with the right speaker, 1679 with the right title, 954 of 955 reported speeches, no false quote,
    38/43 exhibits, 320/322 figures), so a change that breaks a handful of answers fails CI
    while one that moves a single borderline answer does not; a quote made of a term or slogan
    fails it at once.
    """

    speaker: float = 0.95
    title: float = 0.95
    indirect: float = 0.95
    false_quotes: int = 0
    exhibits: float = 0.8
    figures: float = 0.95


@dataclass(frozen=True)
class FileScore:
    """How one article scored: counts of answers and of answers the parser got right."""

    name: str
    direct: int = 0
    speaker_right: int = 0
    title_right: int = 0
    indirect: int = 0
    indirect_found: int = 0
    exhibits: int = 0
    exhibits_found: int = 0
    figures: int = 0
    figures_found: int = 0
    figure_years: int = 0
    figure_years_right: int = 0
    false_quotes: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


_COUNTS = [f.name for f in fields(FileScore) if f.type == "int"]


@dataclass(frozen=True)
class Evaluation:
    """Scores per file and in total."""

    folder: str
    files: list[FileScore]

    @property
    def total(self) -> FileScore:
        """All files added up."""
        counts = {name: sum(getattr(f, name) for f in self.files) for name in _COUNTS}
        return FileScore(name="total", **counts,
                         false_quotes=[q for f in self.files for q in f.false_quotes],
                         misses=[m for f in self.files for m in f.misses])

    def to_json(self) -> dict[str, Any]:
        """Plain JSON-ready data: the folder, each file's score and the total."""
        return {"folder": self.folder, "files": [asdict(f) for f in self.files],
                "total": asdict(self.total)}

    def failures(self, bar: Bar | None = None) -> list[str]:
        """Why the total is below `bar` (the default bar when None); empty when it passes."""
        bar = bar or Bar()
        if not self.files:
            return [f"no NAME.txt with NAME.expected.json in {self.folder}"]
        total = self.total
        found = []
        for label, got, of, need in (
                ("direct quotes with the right speaker", total.speaker_right, total.direct,
                 bar.speaker),
                ("direct quotes with the right title", total.title_right, total.direct,
                 bar.title),
                ("reported speech found", total.indirect_found, total.indirect, bar.indirect),
                ("exhibits found", total.exhibits_found, total.exhibits, bar.exhibits),
                ("figures found", total.figures_found, total.figures, bar.figures)):
            if of and got / of < need:
                found.append(f"{label}: {got}/{of} = {got / of:.0%}, below {need:.0%}")
        if len(total.false_quotes) > bar.false_quotes:
            found.append(f"false quotes: {len(total.false_quotes)}, more than "
                         f"{bar.false_quotes}")
        return found


def evaluate(folder: Path) -> Evaluation:
    """Parses every article in `folder` that has an answer file and scores it.

    Raises:
        SourceError: an article cannot be read.
        ValueError: an answer file is not valid JSON.
    """
    from kiosk.content import parse

    scores = []
    for answer in sorted(folder.glob("*.expected.json")):
        article = answer.with_name(answer.name.removesuffix(".expected.json") + ".txt")
        if not article.is_file():
            continue
        expected = json.loads(answer.read_text(encoding="utf-8"))
        scores.append(score(article.stem, parse(article), expected))
    return Evaluation(str(folder), scores)


def score(name: str, model: ContentModel, expected: dict[str, Any]) -> FileScore:
    """Scores one parsed article against its answer (the `.expected.json` data)."""
    answers = expected.get("quotes", [])
    misses: list[str] = []
    direct = speaker_right = title_right = indirect = indirect_found = 0
    for answer in answers:
        match = next((q for q in model.quotes if _same_quote(q.text, answer)), None)
        if answer.get("kind") == "indirect":
            indirect += 1
            indirect_found += match is not None
            if match is None:
                misses.append(f"{name}: reported speech not found: {answer['text']}")
            continue
        direct += 1
        if match is None:
            misses.append(f"{name}: quote not found: {answer['text']}")
            continue
        if _right_speaker(match, answer):
            speaker_right += 1
        else:
            misses.append(f"{name}: speaker {_who(match)!r}, expected {_who_answer(answer)!r}"
                          f": {answer['text'][:20]}")
        if _norm(match.speaker_title) == _norm(answer.get("speaker_title") or ""):
            title_right += 1
        else:
            misses.append(f"{name}: title {match.speaker_title!r}, expected "
                          f"{answer.get('speaker_title')!r}: {answer['text'][:20]}")
    false_quotes = [q.text for q in model.quotes
                    if not any(_same_quote(q.text, a) for a in answers)]
    exhibits = expected.get("exhibits", [])
    names = [e.name for e in model.exhibits]
    exhibits_found = [e for e in exhibits if any(_same_exhibit(e, n) for n in names)]
    misses += [f"{name}: exhibit not found: {e}" for e in exhibits if e not in exhibits_found]
    figures = [f for f in expected.get("figures", []) if _counted(f)]
    found_figures = [(f, _figure_match(model, f)) for f in figures]
    misses += [f"{name}: figure not found: {f['source']}" for f, m in found_figures if m is None]
    dated = [(f, m) for f, m in found_figures if f.get("year") is not None]
    return FileScore(
        name=name, direct=direct, speaker_right=speaker_right, title_right=title_right,
        indirect=indirect, indirect_found=indirect_found,
        exhibits=len(exhibits), exhibits_found=len(exhibits_found),
        figures=len(figures), figures_found=sum(m is not None for _, m in found_figures),
        figure_years=len(dated),
        figure_years_right=sum(m is not None and m.year == f["year"] for f, m in dated),
        false_quotes=false_quotes, misses=misses)


def format_table(evaluation: Evaluation) -> str:
    """A plain-text table for a curator: one row per article and the total."""
    head = ("article", "speaker", "title", "reported", "false", "exhibits", "figures",
            "fig.year")
    rows = [head]
    for item in [*evaluation.files, evaluation.total]:
        rows.append((item.name, _ratio(item.speaker_right, item.direct),
                     _ratio(item.title_right, item.direct),
                     _ratio(item.indirect_found, item.indirect), str(len(item.false_quotes)),
                     _ratio(item.exhibits_found, item.exhibits),
                     _ratio(item.figures_found, item.figures),
                     _ratio(item.figure_years_right, item.figure_years)))
    widths = [max(len(row[n]) for row in rows) for n in range(len(head))]
    lines = ["  ".join(cell.ljust(w) if n == 0 else cell.rjust(w)
                       for n, (cell, w) in enumerate(zip(row, widths, strict=True)))
             for row in rows]
    lines.insert(1, "-" * len(lines[0]))
    lines.insert(len(lines) - 1, "-" * len(lines[0]))
    return "\n".join(lines)


def _ratio(got: int, of: int) -> str:
    return f"{got}/{of}" if of else "-"


def _norm(text: str) -> str:
    return _SPACE_RE.sub("", text)


def _same_quote(text: str, answer: dict[str, Any]) -> bool:
    got, want = _norm(text), _norm(answer["text"])
    if got == want:
        return True
    if answer.get("kind") != "indirect":
        return False
    short, long = sorted((got, want), key=len)
    return bool(short) and short in long and len(short) >= _OVERLAP * len(long)


def _right_speaker(quote: Quote, answer: dict[str, Any]) -> bool:
    if name := _norm(answer.get("speaker") or ""):
        return _norm(quote.speaker) == name
    if answer.get("unnamed_speaker"):
        return quote.speaker_kind == "unnamed"
    return quote.speaker_kind == "none"


def _who(quote: Quote) -> str:
    return quote.speaker or (f"({quote.unnamed_speaker})" if quote.unnamed_speaker else "")


def _who_answer(answer: dict[str, Any]) -> str:
    unnamed = answer.get("unnamed_speaker")
    return answer.get("speaker") or (f"({unnamed})" if unnamed else "")


def _same_exhibit(want: str, got: str) -> bool:
    want, got = _norm(want), _norm(got)
    if want == got:
        return True
    short, long = sorted((want, got), key=len)
    return len(short) >= _MIN_EXHIBIT_SUFFIX and long.endswith(short)


def _counted(figure: dict[str, Any]) -> bool:
    return figure.get("kind") != "year" and not _EVENT_ORDINAL_RE.match(
        _norm(figure.get("source", "")))


def _figure_match(model: ContentModel, answer: dict[str, Any]) -> Figure | None:
    source = _norm(answer["source"])
    value = float(answer["value"]) / (10 if answer.get("unit") == "成" else 1)
    return next((f for f in model.figures if source in _norm(f.literal)
                 and math.isclose(f.value, value, rel_tol=1e-3)), None)
