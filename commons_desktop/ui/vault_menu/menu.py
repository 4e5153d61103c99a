"""The vault's safety in the Vault menu: Back up now, Restore from a backup, Change passphrase, Show the vault
file in the file manager. The dialogs gather the choices; ``VaultSafety`` runs the jobs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices


class VaultMenu(QObject):
    def __init__(self, window, safety):
        super().__init__(window)
        self.window, self.safety = window, safety
        self.vault = None
        self.dialog = None  # the one dialog of this menu open now
        self.backup_action = QAction(self.tr("Back up now…"), window)
        self.backup_action.triggered.connect(lambda: self.open_backup())
        self.restore_action = QAction(self.tr("Restore from a backup…"), window)
        self.restore_action.triggered.connect(lambda: self.open_restore())
        self.passphrase_action = QAction(self.tr("Change the passphrase…"), window)
        self.passphrase_action.triggered.connect(lambda: self.open_passphrase())
        self.show_file_action = QAction(self.tr("Show the vault file in the file manager"), window)
        self.show_file_action.triggered.connect(lambda: self.show_file())
        self.actions = (self.backup_action, self.restore_action, self.passphrase_action, self.show_file_action)
        menu = window.vault_menu
        before = window.lock_action
        menu.insertSeparator(before)
        for action in self.actions:
            menu.insertAction(before, action)
            window.addAction(action)
        menu.insertSeparator(before)
        self.set_vault(None)

    def set_vault(self, vault) -> None:
        self.vault = vault
        for action in self.actions:
            action.setEnabled(vault is not None)
        if vault is None:
            self.close_dialog()

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _show(self, dialog):
        self.close_dialog()
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    def open_backup(self):
        from .backup_dialog import BackupDialog

        if self.vault is None:
            return None
        return self._show(BackupDialog(self.safety, self.vault, self.window))

    def open_restore(self, path: str | None = None):
        from .restore_dialog import RestoreDialog

        if self.vault is None:
            return None
        dialog = self._show(RestoreDialog(self.safety, self.vault, self.window))
        if path:
            dialog.load(path)
        return dialog

    def open_passphrase(self):
        from .passphrase_dialog import PassphraseDialog

        if self.vault is None:
            return None
        return self._show(PassphraseDialog(self.safety, self.vault, self.window))

    def show_file(self) -> bool:
        """Open the vault's folder in the system's file manager."""
        if self.vault is None:
            return False
        folder = Path(self.vault.path).resolve().parent
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
