"""The Possible duplicates screen: people sharing an email, a phone or a (folded) name; the selected pair side by
side with the fields needed to decide; and the merge."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import duplicates, lists
from ..signals import emit
from .compare import CompareTable
from .merge_dialog import MergeDialog

REASONS = {"email": QT_TRANSLATE_NOOP("DuplicatesView", "Same email"),
           "phone": QT_TRANSLATE_NOOP("DuplicatesView", "Same phone"),
           "name": QT_TRANSLATE_NOOP("DuplicatesView", "Same name")}


class DuplicatesView(QWidget):
    status = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault, self.pairs, self.dialog = None, [], None
        self.dismissed: set[tuple[str, str]] = set()
        heading = QLabel(self.tr("<h2>Possible duplicates</h2><p>People who share an email, a phone number or "
                                 "the same name (ignoring case and accents).</p>"))
        heading.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Record A"), self.tr("Record B"), self.tr("Why")])
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemDoubleClicked.connect(lambda _item: self.compare())
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        self.side_by_side = CompareTable()
        self.compare_button = QPushButton(self.tr("Compare and merge…"))
        self.dismiss_button = QPushButton(self.tr("Not the same person"))
        self.refresh_button = QPushButton(self.tr("Look again"))
        self.compare_button.clicked.connect(self.compare)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.refresh_button.clicked.connect(self.refresh)
        self.summary = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.refresh_button, self.dismiss_button, self.compare_button):
            button.setAccessibleName(button.text().rstrip("…"))
            buttons.addWidget(button)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.side_by_side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def set_vault(self, vault) -> None:
        self.vault = vault
        self.pairs = []
        self.table.setRowCount(0)
        self.side_by_side.show_pair(None)
        self.summary.clear()

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.set_vault(None)

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        found = duplicates.find(self.vault) if self.vault is not None else []
        self.pairs = [p for p in found if (p.first, p.second) not in self.dismissed]
        ids = [i for p in self.pairs for i in (p.first, p.second)]
        names = lists.person_names(self.vault, ids) if ids else {}
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            why = "; ".join(self.tr(REASONS[r]) if r == "name" else f"{self.tr(REASONS[r])}: {v}"
                            for r, v in zip(pair.reasons, pair.values, strict=True))
            for col, text in enumerate((names.get(pair.first, ""), names.get(pair.second, ""), why)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.summary.setText(self.tr("%n possible duplicates", "", len(self.pairs)))
        if self.pairs and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._show_current()

    def _show_current(self) -> None:
        pair = self.current()
        self.side_by_side.show_pair(duplicates.sides(self.vault, pair.first, pair.second)
                                    if pair is not None and self.vault is not None else None)

    def current(self):
        row = self.table.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def compare(self) -> MergeDialog | None:
        pair = self.current()
        if pair is None or self.vault is None:
            return None
        self.dialog = MergeDialog(self.vault, pair.first, pair.second, self)
        self.dialog.merged.connect(self._merged)
        self.dialog.open()
        return self.dialog

    def dismiss(self) -> None:
        pair = self.current()
        if pair is not None:
            self.dismissed.add((pair.first, pair.second))
            self.refresh()

    def _merged(self, report) -> None:
        self.dialog = None
        emit(self.status, self.tr("Merged: %1 memberships, %2 contributions, %3 documents moved.")
             .replace("%1", str(report.memberships)).replace("%2", str(report.contributions))
             .replace("%3", str(report.documents)))
        self.refresh()  # (the other lists learn of the merge from the "vault changed" event)
