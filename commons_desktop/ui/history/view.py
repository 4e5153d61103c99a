"""The vault's history as a diary: the latest changes to any record, who made them, when, what each field was and
became; the selected change in full below, and its undo (or why it cannot be undone)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...core.errors import CannotUndo, CommonsError
from ...services import history
from ..errors import cannot_undo, describe
from ..history_table import HistoryTable
from ..labels import FIELD_NAMES, label
from ..signals import emit
from .words import sentence

SHOWN = 300


class HistoryView(QWidget):
    status = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = None
        self.table = HistoryTable(show_record=True)
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.undo_button = QPushButton(self.tr("Undo this change"))
        self.undo_button.setAccessibleName(self.tr("Undo the selected change"))
        self.undo_button.setToolTip(self.tr("Puts back what the selected change replaced, as a new change"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.selected = QLabel()
        self.selected.setWordWrap(True)
        self.selected.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.selected.setAccessibleName(self.tr("The selected change"))
        self.why_not = QLabel()
        self.why_not.setWordWrap(True)
        self.why_not.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<h2>History</h2><p>The latest %1 changes, newest first.</p>")
                             .replace("%1", str(SHOWN))), 1)
        top.addWidget(self.refresh_button)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.selected)
        actions = QHBoxLayout()
        actions.addWidget(self.why_not, 1)
        actions.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        below_layout.addLayout(actions)
        below_layout.addStretch(1)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._show_selected()

    def set_vault(self, vault) -> None:
        """Shown data is (re)loaded when the section is shown (``activated``), not at every unlock."""
        self.vault = vault
        if vault is None:
            self.refresh()

    def clear(self) -> None:
        self.set_vault(None)

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.table.load(self.vault, None, limit=SHOWN)
        self._show_selected()

    def _show_selected(self) -> None:
        entry = self.table.current_entry()
        if entry is None or self.vault is None:
            self.selected.setText(self.tr("Select a change to see it in full and undo it."))
            self.why_not.clear()
            self.undo_button.setEnabled(False)
            return
        self.selected.setText(sentence(entry, self.vault.device, self.table.person_name))
        refusal = history.undo_refusal(self.vault, entry.seq)
        self.undo_button.setEnabled(refusal is None)
        self.why_not.setText(cannot_undo(refusal) if refusal is not None else "")

    def select_seq(self, seq: int) -> bool:
        for row, entry in enumerate(self.table.entries):
            if entry.seq == seq:
                self.table.selectRow(row)
                return True
        return False

    def undo_selected(self) -> None:
        entry = self.table.current_entry()
        if entry is None or self.vault is None:
            return
        try:
            restored = history.undo(self.vault, entry.seq)
        except CannotUndo as exc:
            self.why_not.setText(cannot_undo(exc))
            return
        except CommonsError as exc:
            self.why_not.setText(describe(exc))
            return
        self.refresh()  # the window's lists follow from the "vault changed" event; this page selects the change again
        self.select_seq(entry.seq)
        shown = ", ".join(label(FIELD_NAMES, f) for f in restored if f not in ("tags", "deleted"))
        emit(self.status, self.tr("Undone: %1").replace("%1", shown) if shown else self.tr("Undone."))
