"""Choosing the person or organisation a document is linked to: a search field and the matching records, updated as
the user types (the full-text search: accents and case ignored, from the first letters)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import lists
from ..labels import ENTITIES, label
from ..widgets.screen_fit import open_at

DELAY_MS = 120
SHOWN = 50


class RecordPicker(QDialog):
    def __init__(self, vault, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(title)
        open_at(self, 480, 420)  # (or the screen's room, when smaller)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, an email, a city…"))
        self.search.setAccessibleName(self.tr("Search people and organisations"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("People and organisations found"))
        self.results.itemActivated.connect(lambda _item: self.accept())
        self.results.currentItemChanged.connect(lambda *_: self._update())
        self.count = QLabel()
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.timer.timeout.connect(self.find)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self._enter)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Link the document to:")))
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self._update()

    def find(self) -> None:
        self.timer.stop()
        self.results.clear()
        text = self.search.text().strip()
        hits = lists.find_records(self.vault, text, limit=SHOWN) if text else []
        for hit in hits:
            detail = f" — {hit.detail}" if hit.detail else ""
            item = QListWidgetItem(f"{hit.label} ({label(ENTITIES, hit.entity)}){detail}")
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self.count.setText(self.tr("Nobody found.") if text and not hits else "")
        self._update()

    def _enter(self) -> None:
        self.find()
        if self.results.count():
            self.results.setFocus()

    def _update(self) -> None:
        self.ok_button.setEnabled(self.results.currentItem() is not None)

    def chosen(self) -> str | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None
