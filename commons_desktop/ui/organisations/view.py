"""The Organisations screen: search, the lazy list and the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..ask import Ask
from ..signals import emit
from .editor import OrganisationEditor
from .list_model import OrganisationListModel


class OrganisationsView(QWidget):
    status = Signal(str)

    def __init__(self, ask: Ask, parent: QWidget | None = None):
        super().__init__(parent)
        self.ask, self.vault = ask, None
        self.model = OrganisationListModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search organisations (name, kind, city, email…)"))
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self, singleShot=True, interval=150)
        self.search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.new_button = QPushButton(self.tr("New organisation"))
        self.new_button.setAccessibleName(self.tr("Add a new organisation"))
        self.new_button.clicked.connect(self.new_organisation)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((220, 110, 110, 180)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.count_label = QLabel()
        self.model.modelReset.connect(self._show_count)
        self.editor = OrganisationEditor(self)
        self.editor.saved.connect(self._saved)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count_label)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setSizes([560, 520])
        QVBoxLayout(self).addWidget(splitter)

    def set_vault(self, vault) -> None:
        self.vault = vault
        self.editor.set_vault(vault)
        self.model.set_vault(vault)

    def clear(self) -> None:
        self.vault = None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.text = ""
        self.model.clear()
        self.editor.set_vault(None)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_search(self) -> None:
        self.search_timer.stop()
        if self.vault is not None:
            self.model.set_text(self.search.text())

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n organisations", "", self.model.rowCount()))

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(index, flags)
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.scrollTo(index)

    def _selection_changed(self, *_args) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if len(rows) == 1:
            ident = self.model.id_at(rows.pop())
            if not ident:
                return
            if not self.editor.load(ident):  # the user stayed on the unsaved one
                self.select_id(self.editor.ident)
            elif self.selected_id() != ident:  # (saving the other one reloaded the list)
                self.select_id(ident)

    def selected_id(self) -> str | None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return self.model.id_at(rows.pop()) if len(rows) == 1 else None

    def select_id(self, ident: str | None) -> None:
        row = self.model.row_of(ident) if ident and self.model.rowCount() <= 1000 else -1
        if row >= 0:
            self.select_row(row)
        else:
            self.table.clearSelection()

    def restore_draft(self, draft, note: str | None = None) -> None:
        """An unsaved edit kept across a lock (or a language switch): back in the editor, selected in the list."""
        self.editor.restore_state(draft, note)
        self.select_id(self.editor.ident)

    def new_organisation(self) -> None:
        if self.editor.new():
            self.table.clearSelection()

    def _saved(self, ident: str) -> None:  # (the list was reloaded by the "vault changed" event of the save)
        self.select_id(ident)
        emit(self.status, self.tr("Saved."))
