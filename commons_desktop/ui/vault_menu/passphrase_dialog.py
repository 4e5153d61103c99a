"""Change the passphrase: the current one (checked before anything happens), the new one twice with its strength
meter. ``VaultSafety.change_passphrase`` re-keys the vault as a job and updates the key remembered in the
keyring."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...services import maintenance
from ..unlock.passphrase_field import NewPassphrase, PassphraseField
from ..unlock.unlock_panel import no_default_buttons
from .fitting import FittingDialog


class PassphraseDialog(FittingDialog):
    def __init__(self, safety, vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.safety, self.vault = safety, vault
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.current_field = PassphraseField(self.tr("Current passphrase"))
        self.current = self.current_field.edit
        self.new = NewPassphrase(self, self.tr("New passphrase"), self.tr("New passphrase again"))
        self.passphrase, self.repeat = self.new.first.edit, self.new.second.edit
        self.repeat.returnPressed.connect(self.change)
        self.current_error = QLabel()
        self.current_error.setObjectName("fieldError")
        self.current_error.setWordWrap(True)
        self.current_error.hide()
        self.current.textChanged.connect(lambda _t: self.current_error.hide())
        kept = maintenance.kept_aside_folder(vault.path)
        words = [self.tr("Before the change, a copy of the vault encrypted with the current passphrase is kept in %1: "
                         "delete it if the current passphrase may be known to someone else.").replace("%1", str(kept)),
                 self.tr("Backups taken before the change still open with the current passphrase only.")]
        if safety.desktop.session.is_remembered(vault.path):
            words.append(self.tr("The key remembered on this computer is updated."))
        self.note = note = QLabel(" ".join(words))
        note.setWordWrap(True)
        warning = QLabel(self.tr("<b>Keep the new passphrase safe.</b> If it is lost, nobody can recover the data."))
        warning.setObjectName("warning")
        warning.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase"), self.current_field)
        form.addRow("", self.current_error)
        self.new.add_rows(form, self.tr("New passphrase"), self.tr("Again"))
        self.change_button = QPushButton(self.tr("Change the passphrase"))
        self.change_button.clicked.connect(self.change)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addLayout(buttons)
        no_default_buttons(self)
        self.current.setFocus()

    def _current_wrong(self, text: str) -> None:
        self.current_error.setText(text)
        self.current_error.show()
        self.current.selectAll()
        self.current.setFocus()

    def change(self) -> None:
        if not self.current.text():
            self._current_wrong(self.tr("Type the current passphrase."))
            return
        if not self.new.check():
            return
        if self.new.text() == self.current.text():
            self.new.message.setText(self.tr("The new passphrase is the current one."))
            self.new.message.show()
            self.passphrase.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            right = maintenance.is_passphrase(self.vault, self.current.text())
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not right:
            self._current_wrong(self.tr("This is not the current passphrase."))
            return
        new = self.new.text()
        self.current_field.clear()
        self.new.clear()
        self.accept()
        self.safety.change_passphrase(new)
