"""Who can open a bundle: partner groups (their keys come from their identity cards), other age or SSH
public keys, or a passphrase (told to the receiver another way)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
)

from ...services import partners
from ..signals import emit
from ..unlock.passphrase_field import PassphraseField


class RecipientsBox(QGroupBox):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Who can open the bundle"))
        self.partners = QListWidget()
        self.partners.setAccessibleName(self.tr("Partner groups"))
        self.partners.setMaximumHeight(110)
        self.partners.itemChanged.connect(lambda _i: emit(self.changed))
        self.none_yet = QLabel(self.tr("No partner group yet: add one in Exchange → Partners and identity."))
        self.none_yet.setWordWrap(True)
        self.keys = QPlainTextEdit()
        self.keys.setAccessibleName(self.tr("Other public keys"))
        self.keys.setPlaceholderText(self.tr("age1… or ssh-ed25519 … (one key per line)"))
        self.keys.setTabChangesFocus(True)
        self.keys.setMaximumHeight(60)
        self.keys.textChanged.connect(lambda: emit(self.changed))
        self.passphrase_field = PassphraseField(self.tr("Passphrase for the bundle"), meter=True)
        self.passphrase = self.passphrase_field.edit
        self.passphrase.setPlaceholderText(self.tr("optional: tell it to the receiver another way"))
        self.confirm_field = PassphraseField(self.tr("Passphrase again"))
        self.confirm = self.confirm_field.edit
        for edit in (self.passphrase, self.confirm):
            edit.textChanged.connect(lambda _t: emit(self.changed))
        form = QFormLayout(self)
        self.partners_label = QLabel(self.tr("Partner groups"))
        form.addRow(self.partners_label, self.partners)
        form.addRow("", self.none_yet)
        form.addRow(self.tr("Other public keys"), self.keys)
        form.addRow(self.tr("Or a passphrase"), self.passphrase_field)
        form.addRow(self.tr("Passphrase again"), self.confirm_field)

    def set_vault(self, vault) -> None:
        self.partners.blockSignals(True)
        self.partners.clear()
        for p in partners.list_all(vault) if vault is not None else []:
            item = QListWidgetItem(f"{p.name} — {p.fingerprint}")
            item.setData(Qt.ItemDataRole.UserRole, p.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.partners.addItem(item)
        self.partners.blockSignals(False)
        self.none_yet.setVisible(self.partners.count() == 0)
        self.partners.setVisible(self.partners.count() > 0)
        self.partners_label.setVisible(self.partners.count() > 0)

    def check_partner(self, name: str, on: bool = True) -> None:
        for i in range(self.partners.count()):
            item = self.partners.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen_partners(self) -> list[str]:
        return [self.partners.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.partners.count())
                if self.partners.item(i).checkState() == Qt.CheckState.Checked]

    def chosen_keys(self) -> list[str]:
        return [line.strip() for line in self.keys.toPlainText().splitlines() if line.strip()]

    def chosen_passphrase(self) -> str | None:
        return self.passphrase.text() or None

    def problem(self) -> str:
        """Why the bundle cannot be written yet ('' when it can)."""
        if self.passphrase.text() != self.confirm.text():
            return self.tr("The two passphrases differ.")
        if not (self.chosen_partners() or self.chosen_keys() or self.passphrase.text()):
            return self.tr("Choose a partner group, give a public key or a passphrase.")
        return ""
