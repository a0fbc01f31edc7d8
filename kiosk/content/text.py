"""Character classes and sentence splitting for Chinese news text."""

from __future__ import annotations

import re

CJK_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Punctuation set full-width in Chinese print, including the curly quotes and dashes.
CJK_PUNCT = "\u3000-\u303f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u2022"
CJK_RE = re.compile(f"[{CJK_CHARS}]")
CJK_SIDE_RE = re.compile(f"[{CJK_CHARS}{CJK_PUNCT}]")

_NARROW_RE = re.compile("[\x00-\u1fff]")
SENTENCE_END = "。！？…"
CLOSERS = "”’）》」』"
CLAUSE_RE = re.compile(r"[^，；。！？：,;—]+")
SENTENCE_RE = re.compile(rf"[^{SENTENCE_END}]*(?:[{SENTENCE_END}]+[{CLOSERS}]*|$)")


_QUOTED_RE = re.compile("“[^“”]*”")


def blank_quoted(text: str) -> str:
    """`text` with the words inside quotation marks blanked (marks kept, offsets held): what
    the narrative says, not what it quotes."""
    return _QUOTED_RE.sub(lambda m: "“" + " " * (len(m.group()) - 2) + "”", text)


def is_cjk_side(ch: str) -> bool:
    """Tells whether `ch` is a Chinese character or full-width punctuation mark."""
    return bool(CJK_SIDE_RE.match(ch))


def ends_sentence(text: str) -> bool:
    """Tells whether `text` ends a sentence (terminator, maybe followed by closing marks, or
    a site's end mark after it: `……。（完）`)."""
    stripped = text.rstrip().removesuffix("（完）").removesuffix("(完)").rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def display_width(text: str) -> float:
    """Width in ideographic columns: Latin letters, digits and spaces count half."""
    return len(text) - 0.5 * len(_NARROW_RE.findall(text))


def sentences(text: str) -> list[tuple[int, str]]:
    """Splits text into sentences.

    Returns:
        (offset, sentence) pairs; each sentence keeps its terminator and closing marks.
    """
    found = []
    for match in SENTENCE_RE.finditer(text):
        if match.group().strip():
            found.append((match.start(), match.group()))
    return found


def matches_after(pattern: re.Pattern[str], text: str,
                  marks: re.Pattern[str]) -> list[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that only matches at the start of the text or
    right after one of `marks` (a lookbehind): tried at those places alone, it is found
    without a scan of every offset. The matches do not overlap, as finditer's do not."""
    found: list[re.Match[str]] = []
    end = 0
    for at in (0, *(m.end() for m in marks.finditer(text))):
        if at >= end and (match := pattern.match(text, at)):
            found.append(match)
            end = match.end()
    return found


def clauses(text: str) -> list[tuple[int, str]]:
    """Splits a sentence into clauses at commas, semicolons, colons and terminators."""
    return [(m.start(), m.group()) for m in CLAUSE_RE.finditer(text) if m.group().strip()]
