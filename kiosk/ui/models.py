"""The list models QML views bind to, one per kind of row."""

from __future__ import annotations

import enum
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.ui.listmodel import RowModel

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

_FIRST = Qt.ItemDataRole.UserRole + 1
# PySide's stubs type QmlUncreatable as a class that cannot be called; at run time it is a
# decorator factory.
_uncreatable = cast(Any, QmlUncreatable)("models come from ContentStore")


@QmlElement
@_uncreatable
class AchievementModel(RowModel):
    """Achievement cards (rows: `AchievementRow`)."""

    class Roles(enum.IntEnum):
        KEY = _FIRST
        NAME = enum.auto()
        KIND = enum.auto()
        SUMMARY = enum.auto()
        FACTS = enum.auto()
        FIGURES = enum.auto()
        QUOTES = enum.auto()
        SOURCE_TEXT = enum.auto()
        PROVENANCE = enum.auto()
        CURATED = enum.auto()


@QmlElement
@_uncreatable
class ExhibitModel(RowModel):
    """Exhibit cards (rows: `ExhibitRow`)."""

    class Roles(enum.IntEnum):
        KEY = _FIRST
        NAME = enum.auto()
        CATEGORY = enum.auto()
        MAKER = enum.auto()
        FACTS = enum.auto()
        DEMONSTRATION = enum.auto()
        CAPTION = enum.auto()
        CREDIT = enum.auto()
        QUOTES = enum.auto()
        IMAGE = enum.auto()
        PROVENANCE = enum.auto()


@QmlElement
@_uncreatable
class QuoteModel(RowModel):
    """Quotation pages (rows: `QuoteRow`)."""

    class Roles(enum.IntEnum):
        KEY = _FIRST
        TEXT = enum.auto()
        SPEAKER = enum.auto()
        SPEAKER_TITLE = enum.auto()
        CONTEXT = enum.auto()
        KIND = enum.auto()
        PROVENANCE = enum.auto()


@QmlElement
@_uncreatable
class FigureModel(RowModel):
    """Key-figure cards (rows: `FigureRow`)."""

    class Roles(enum.IntEnum):
        KEY = _FIRST
        CHART = enum.auto()
        ITEMS = enum.auto()
        SENTENCE = enum.auto()
        PROVENANCE = enum.auto()


@QmlElement
@_uncreatable
class TopicModel(RowModel):
    """Topic chips (rows: `TopicRow`)."""

    class Roles(enum.IntEnum):
        KEY = _FIRST
        TERM = enum.auto()
        COUNT = enum.auto()


@QmlElement
@_uncreatable
class TopicItemModel(RowModel):
    """What one topic is about (rows: `TopicItemRow`)."""

    class Roles(enum.IntEnum):
        KEY = _FIRST
        KIND = enum.auto()
        TITLE = enum.auto()
        DETAIL = enum.auto()
        INDEX = enum.auto()
        SCREEN = enum.auto()


@QmlElement
@_uncreatable
class ArticleModel(RowModel):
    """The article's blocks in reading order (rows: `ArticleBlockRow`)."""

    class Roles(enum.IntEnum):
        KEY = _FIRST
        KIND = enum.auto()
        TEXT = enum.auto()
        ORDINAL = enum.auto()
        EXTRA = enum.auto()
