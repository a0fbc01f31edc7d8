"""Content in the visitor's language: the exhibition's English where the curators wrote it.

The article is Chinese; the curation file's `[[english]]` entries give the exhibition's own
English for any text a visitor sees, keyed by the Chinese exactly as shown. Text without an
entry stays Chinese, and the item it belongs to says so (`Note.ORIGINAL`), so no card is ever
empty. Text without Chinese characters (numbers, Latin names) needs no entry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.present.linebreak import break_title

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
SOURCE = "zh"


class Note(StrEnum):
    """What an item says about its language: nothing (Chinese shown), the exhibition's
    translation, or the Chinese original where English is missing."""

    NONE = ""
    TRANSLATED = "translated"
    ORIGINAL = "original"


def needs_translation(text: str) -> bool:
    """Whether `text` has Chinese characters a visitor reading English could not read."""
    return bool(_CJK.search(text))


@dataclass
class Localizer:
    """Looks up content text for one language and remembers what it could not translate."""

    english: dict[str, str]
    language: str = SOURCE
    missing: list[str] = field(default_factory=list)  # this item's untranslated texts
    everything: list[str] = field(default_factory=list)  # and every item's, for curators
    _used: bool = False

    def text(self, chinese: str) -> str:
        """`chinese` in the visitor's language (unchanged when no English is known)."""
        if self.language == SOURCE or not needs_translation(chinese):
            return chinese
        self._used = True
        found = self.english.get(chinese.strip())
        if found is None:
            self.missing.append(chinese)
            self.everything.append(chinese)
            return chinese
        return found

    def title(self, chinese: str, breaks: Sequence[int]) -> str:
        """A title: in Chinese with line breaks only between words; in English as written."""
        shown = self.text(chinese)
        return break_title(chinese, breaks) if shown == chinese else shown

    def texts(self, chinese: Sequence[str]) -> list[str]:
        """Each of `chinese`, in the visitor's language."""
        return [self.text(t) for t in chinese]

    def item(self) -> Localizer:
        """A localizer for one item: its `note` says whether all of that item translated."""
        return Localizer(self.english, self.language, everything=self.everything)

    @property
    def note(self) -> Note:
        """What this item's small print says about its language."""
        if self.language == SOURCE or not self._used:
            return Note.NONE
        return Note.ORIGINAL if self.missing else Note.TRANSLATED


def chinese_only(english: dict[str, str]) -> Localizer:
    """A localizer that shows Chinese (the source language)."""
    return Localizer(english, SOURCE)
