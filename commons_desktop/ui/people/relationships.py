"""A person's relationships: member of / works at / contact for an organisation, household with a person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...core.errors import CommonsError
from ...services import lists
from ..errors import describe
from ..labels import ENTITIES, RELATIONSHIPS, label


class RelationshipsPanel(QWidget):
    def __init__(self, editor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor, self.vault, self.ident = editor, None, None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Relationships"))
        self.add_button = QPushButton(self.tr("Add a relationship…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.setAccessibleName(self.tr("Add a relationship"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected relationship"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def set_vault(self, vault) -> None:
        self.vault = vault
        if vault is None:
            self.set_person(None)

    def set_person(self, ident: str | None) -> None:
        self.ident = ident
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.vault is None or self.ident is None:
            return
        for rel, other in lists.relationships_of(self.vault, self.ident):
            text = f"{label(RELATIONSHIPS, rel.kind)}: {other}"
            if rel.role:
                text += f" ({rel.role})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, rel.id)
            self.list.addItem(item)

    def add(self) -> None:
        ask = self.editor.ask
        kinds = {label(RELATIONSHIPS, k): k for k in RELATIONSHIPS}
        kind = ask.item(self.tr("Add a relationship"), self.tr("Kind of relationship:"), list(kinds), editable=False)
        if kind not in kinds:
            return
        text = ask.text(self.tr("Add a relationship"), self.tr("Name of the organisation or person:"))
        if not text:
            return
        hits = [h for h in lists.find_records(self.vault, text) if h.id != self.ident]
        if not hits:
            self.message.setText(self.tr("Nobody found for “%1”.").replace("%1", text))
            return
        names = [f"{h.label} — {label(ENTITIES, h.entity)} {h.detail}".strip() for h in hits]
        chosen = ask.item(self.tr("Add a relationship"), self.tr("With:"), names, editable=False)
        if chosen not in names:
            return
        try:
            lists.add_relationship(self.vault, self.ident, kinds[kind], hits[names.index(chosen)].id)
        except CommonsError as exc:
            self.message.setText(describe(exc))
            return
        self.message.clear()
        self.refresh()

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if self.editor.ask.confirm(self.tr("Remove the relationship"),
                                   self.tr("Remove “%1”?").replace("%1", item.text())):
            lists.remove_relationship(self.vault, item.data(Qt.ItemDataRole.UserRole))
            self.refresh()
