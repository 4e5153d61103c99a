"""A table model that loads its rows page by page as the view scrolls (Qt's canFetchMore/fetchMore), for
lists the vault pages but does not count (contributions, documents)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

PAGE = 200


class IncrementalModel(QAbstractTableModel):
    """``fetch(offset, limit)`` returns (records, rows of cell texts); records are kept for ``record_at``."""

    def __init__(self, headers: Callable[[], list[str]], fetch: Callable[[int, int], tuple[list[Any], list[list[str]]]],
                 parent=None, page: int = PAGE):
        super().__init__(parent)
        self.headers, self.fetch, self.page = headers, fetch, page
        self.records: list[Any] = []
        self.cells: list[list[str]] = []
        self.more = False

    def reset(self, active: bool) -> None:
        self.beginResetModel()
        self.records, self.cells = [], []
        self.more = active
        self.endResetModel()
        if active:
            self.fetchMore(QModelIndex())

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells[index.row()][index.column()]
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self.more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if parent.isValid() or not self.more:
            return
        records, cells = self.fetch(len(self.records), self.page)
        self.more = len(records) >= self.page
        if records:
            first = len(self.records)
            self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
            self.records.extend(records)
            self.cells.extend(cells)
            self.endInsertRows()

    def record_at(self, row: int):
        return self.records[row] if 0 <= row < len(self.records) else None
