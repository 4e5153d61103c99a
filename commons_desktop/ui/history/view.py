"""The vault's history: the latest changes to any record, who made them and when."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..history_table import HistoryTable

SHOWN = 300


class HistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = None
        self.table = HistoryTable(show_record=True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<h2>History</h2><p>The latest %1 changes, newest first.</p>")
                             .replace("%1", str(SHOWN))), 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

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
