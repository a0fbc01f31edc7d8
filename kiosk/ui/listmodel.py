"""A list model whose roles are the fields of a row dataclass, named by a nested IntEnum."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

_Index = QModelIndex | QPersistentModelIndex


def _camel(name: str) -> str:
    head, *rest = name.lower().split("_")
    return head + "".join(part.title() for part in rest)


class RowModel(QAbstractListModel):
    """Rows of one frozen dataclass type; role `FOO_BAR` reads the row's field `foo_bar`.

    Subclasses define `Roles` (an IntEnum starting at Qt.UserRole) and fill rows with
    `set_rows`, which resets the model.
    """

    Roles: ClassVar[type[enum.IntEnum]]

    countChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows; zero under any valid parent (this is a flat list)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The value of `role` for the row at `index`, or None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            role = int(next(iter(self.Roles)))
        try:
            member = self.Roles(role)
        except ValueError:
            return None
        return getattr(row, member.name.lower())

    def roleNames(self) -> dict[int, QByteArray]:
        """Role numbers → the camelCase names QML delegates use."""
        return {int(m): QByteArray(_camel(m.name).encode()) for m in self.Roles}

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replaces every row."""
        self.beginResetModel()
        self._rows = list(rows)
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
        item = self._rows[row]
        return {_camel(m.name): getattr(item, m.name.lower()) for m in self.Roles}

    @Slot(str, result=int)
    def indexOf(self, key: str) -> int:
        """Row of the item whose `key` field equals `key`, or -1."""
        for row, item in enumerate(self._rows):
            if getattr(item, "key", None) == key:
                return row
        return -1
