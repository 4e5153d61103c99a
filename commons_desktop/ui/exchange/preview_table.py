"""The import preview: a summary line (N new, of which N flagged as possible duplicates, N updated, N skipped, N
invalid) and a table of the rows (line, what happens, name, the record it matched with the rule that matched it,
why), filterable; rows with an error are shown in the error colour, the result and name of flagged ones in bold."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..labels import ENTITIES, label
from ..style import error_colour
from . import wording


class OutcomeModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.all: list = []
        self.rows: list = []
        self.only: str | None = None

    def set_rows(self, rows: list, only: str | None = None) -> None:
        self.beginResetModel()
        self.all, self.only = list(rows), only
        self.rows = [r for r in self.all if only is None or r.outcome == only
                     or (only == "flagged" and r.flagged) or (only == "listed" and r.listed)]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Line"), self.tr("Result"), self.tr("Name"), self.tr("Matched record"),
                    self.tr("Recognised by"), self.tr("Detail")][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and row.outcome == "error":
            return QBrush(error_colour())
        if role == Qt.ItemDataRole.FontRole and row.flagged and index.column() in (1, 2):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return str(row.line) if row.line else ""
        if column == 1:
            return wording.outcome_label(row.outcome)
        if column == 2:
            return row.label or (label(ENTITIES, row.entity) if row.entity else "")
        if column == 3:
            return wording.matched_text(row, short=role == Qt.ItemDataRole.DisplayRole)
        if column == 4:
            return wording.rule_label(row.rule) if row.rule else ""
        return wording.row_detail(row)


class PreviewTable(QWidget):
    """``show_report(report)`` fills it from an ImportReport (services/imports.py)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = None
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Rows shown in the preview"))
        for text, value in ((self.tr("All rows"), None), (self.tr("Rows with an error"), "error"),
                            (self.tr("Skipped, updated or flagged rows"), "listed"),
                            (self.tr("Possible duplicates"), "flagged"),
                            (self.tr("New records"), "created"), (self.tr("Updated records"), "updated"),
                            (self.tr("Skipped rows"), "skipped")):
            self.filter.addItem(text, value)
        self.filter.currentIndexChanged.connect(lambda _i: self._refilter())
        self.model = OutcomeModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Preview of the import, row by row"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((44, 76, 120, 215, 110)):
            header.resizeSection(column, width)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.filter)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        self.clear()

    def clear(self, text: str = "") -> None:
        self.report = None
        self.summary.setText(text)
        self.notes.setText("")
        self.model.set_rows([])

    def show_report(self, report, notes: list[str] | None = None) -> None:
        self.report = report
        invalid = len(report.errors)
        flagged = report.flagged
        words = [self.tr("%n new", "", report.created)
                 + (" " + self.tr("(%n flagged as possible duplicates)", "", flagged) if flagged else ""),
                 self.tr("%n updated", "", report.updated), self.tr("%n skipped", "", report.skipped),
                 self.tr("%n invalid rows", "", invalid)]
        head = self.tr("Imported:") if report.applied else self.tr("Preview:")
        self.summary.setText(f"<b>{head}</b> " + ", ".join(words))
        self.notes.setText("\n".join(notes or []))
        self.filter.blockSignals(True)
        first = "error" if invalid and not report.applied else "listed" if report.listed else None
        self.filter.setCurrentIndex(self.filter.findData(first) if first else 0)
        self.filter.blockSignals(False)
        self._refilter()

    def _refilter(self) -> None:
        if self.report is not None:
            self.model.set_rows(self.report.rows, self.filter.currentData())

    def shown_lines(self) -> list[int]:
        return [r.line for r in self.model.rows]
