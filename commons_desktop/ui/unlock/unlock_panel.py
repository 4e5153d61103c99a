"""Unlocking one vault: with the passphrase, or with the key remembered in the OS keyring.

A wrong passphrase says so and lets the user try again; a locked or missing keyring says that instead. When the
vault is already open in another Commons Desktop window, the panel says so and offers to switch to it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.errors import CommonsError, KeyringError, WrongPassphrase
from ...services.session import Session
from ..errors import describe
from ..signals import emit
from .passphrase_field import PassphraseField


class UnlockPanel(QWidget):
    opened = Signal(object)  # the open Vault
    switch_requested = Signal()  # "switch to the window where this vault is open"

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.path: Path | None = None
        self.attempts = 0
        self.notice: Exception | None = None  # why "remember on this computer" could not be done
        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase_field = PassphraseField(self.tr("Passphrase"))
        self.passphrase = self.passphrase_field.edit
        self.passphrase.returnPressed.connect(self.unlock)
        self.elsewhere = QLabel()  # the vault is already open in another window of the app
        self.elsewhere.setObjectName("warning")
        self.elsewhere.setWordWrap(True)
        self.switch_button = QPushButton(self.tr("Switch to that window"))
        self.switch_button.clicked.connect(lambda: emit(self.switch_requested))
        self.elsewhere_box = QWidget()
        box = QVBoxLayout(self.elsewhere_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.elsewhere)
        box.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignRight)
        self.elsewhere_box.hide()
        self.remember = QCheckBox(self.tr("Remember on this computer (in the system keyring)"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock the vault"))
        self.unlock_button.clicked.connect(self.unlock)
        self.keyring_button = QPushButton(self.tr("Unlock with the keyring"))
        self.keyring_button.setAccessibleName(self.tr("Unlock with the key remembered in the system keyring"))
        self.keyring_button.clicked.connect(self.unlock_with_keyring)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase_field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keyring_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.path_label)
        layout.addWidget(self.elsewhere_box)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.remember)
        layout.addStretch(1)
        layout.addLayout(buttons)
        chain = (self.passphrase, self.remember, self.keyring_button, self.unlock_button)  # as shown
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def set_vault_path(self, path: str | Path, heading: str = "") -> None:
        self.path = Path(path)
        self.attempts = 0
        default = self.tr("<h2>Unlock the vault “%1”</h2>").replace("%1", _escape(self.path.stem))
        self.heading.setText(heading or default)
        self.path_label.setText(str(self.path))
        self.passphrase_field.clear()
        self.show_error("")
        self.show_elsewhere("")
        self.passphrase.setFocus()

    def show_elsewhere(self, text: str, can_switch: bool = True) -> None:
        """Say that the vault is open in another window ('' hides it); offer to switch there when it can be."""
        self.elsewhere.setText(text)
        self.switch_button.setVisible(can_switch)
        self.elsewhere_box.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def unlock(self) -> None:
        if self.path is None:
            return
        text = self.passphrase.text()
        if not text:
            self.show_error(self.tr("Type the passphrase of this vault."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            vault = self.session.open_with_passphrase(self.path, text)
        except WrongPassphrase as exc:
            self.attempts += 1
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            self.show_error(describe(exc))
            return
        except CommonsError as exc:
            self.show_error(describe(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.passphrase_field.clear()
        self.notice = None
        if self.remember.isChecked():
            try:
                self.session.remember(vault)
            except KeyringError as exc:
                self.notice = exc  # the window says it once, plainly (Desktop.keyring_refused)
        emit(self.opened, vault)

    def unlock_with_keyring(self) -> bool:
        """Try the remembered key; True when the vault opened."""
        if self.path is None:
            return False
        try:
            vault = self.session.open_remembered(self.path)
        except KeyringError as exc:
            self.show_error(describe(exc))
            return False
        except CommonsError as exc:
            self.show_error(describe(exc))
            return False
        if vault is None:
            self.show_error(self.tr("No key is remembered for this vault on this computer: type the passphrase."))
            return False
        emit(self.opened, vault)
        return True


def no_default_buttons(dialog: QWidget) -> None:
    """Return in a field acts through that field's returnPressed only: no button of the dialog is
    pressed behind the user's back (a default button on another page, the keyring button...)."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
