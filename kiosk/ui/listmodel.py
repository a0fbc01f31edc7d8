"""RowModel: a list model whose roles are the fields of a row dataclass."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlUncreatable

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

_Index = QModelIndex | QPersistentModelIndex
_FIRST_ROLE = int(Qt.ItemDataRole.UserRole) + 1
# PySide's stubs type QmlUncreatable as a class that cannot be called; at run time it is a
# decorator factory.
_uncreatable = cast(Any, QmlUncreatable)("models come from ContentStore")


def camel(name: str) -> str:
    """`source_text` → `sourceText`: Python's field names as QML spells them."""
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def to_qml(value: Any) -> Any:
    """A row's field as QML reads it: nested dataclasses become maps with camelCase keys."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {camel(f.name): to_qml(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [to_qml(item) for item in value]
    return value


@QmlElement
@_uncreatable
class RowModel(QAbstractListModel):
    """Rows of one frozen dataclass type; the field `foo_bar` is the role `fooBar`.

    The roles come from the dataclass, so the row type is their only definition. Values are
    converted for QML once, when rows are set.
    """

    countChanged = Signal()

    def __init__(self, row_type: type, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.row_type = row_type
        self._fields = [f.name for f in dataclasses.fields(row_type)]
        self._rows: list[Any] = []
        self._values: list[list[Any]] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows; zero under any valid parent (this is a flat list)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The value of `role` for the row at `index`, or None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = 0 if role == Qt.ItemDataRole.DisplayRole else role - _FIRST_ROLE
        if not 0 <= column < len(self._fields):
            return None
        return self._values[index.row()][column]

    def roleNames(self) -> dict[int, QByteArray]:
        """Role numbers → the camelCase names QML delegates use."""
        return {_FIRST_ROLE + n: QByteArray(camel(name).encode())
                for n, name in enumerate(self._fields)}

    def role(self, field: str) -> int:
        """The role number of the row field `field` (for tests and views in Python)."""
        return _FIRST_ROLE + self._fields.index(field)

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replaces every row."""
        if any(type(row) is not self.row_type for row in rows):
            raise TypeError(f"rows must be {self.row_type.__name__}")
        self.beginResetModel()
        self._rows = list(rows)
        self._values = [[to_qml(getattr(row, name)) for name in self._fields] for row in rows]
        self.endResetModel()
        self.countChanged.emit()

    def rows(self) -> list[Any]:
        """The current rows (a copy)."""
        return list(self._rows)

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)

    @Slot(int, result="QVariantMap")
    def get(self, row: int) -> dict[str, Any]:
        """All roles of one row by name, for views that show a single item."""
        if not 0 <= row < len(self._rows):
            return {}
        return {camel(name): value for name, value in zip(self._fields, self._values[row],
                                                          strict=True)}

    @Slot(str, result=int)
    def indexOf(self, key: str) -> int:
        """Row of the item whose `key` field equals `key`, or -1."""
        for row, item in enumerate(self._rows):
            if getattr(item, "key", None) == key:
                return row
        return -1
