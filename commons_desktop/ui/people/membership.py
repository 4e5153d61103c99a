"""A person's memberships and dues (filled in by the Members step)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class MembershipPanel(QWidget):
    def __init__(self, editor=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor, self.vault, self.ident = editor, None, None
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def set_vault(self, vault) -> None:
        self.vault = vault

    def set_person(self, ident: str | None) -> None:
        self.ident = ident
