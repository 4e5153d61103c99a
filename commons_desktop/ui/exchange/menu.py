"""The Exchange menu of the main window: import, export, receive a bundle, partners and identity. It opens
the dialogs (one of each kind at a time), tells the window when records changed, and closes the dialogs
when the vault is locked."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from ..keyboard import tab_leaves_lists
from ..signals import emit


class ExchangeMenu(QObject):
    disclosed = Signal()            # an export, a bundle or a report was written

    def __init__(self, window, bridge, ask):
        super().__init__(window)
        self.window, self.bridge, self.ask = window, bridge, ask
        self.vault = None
        self.dialogs: dict[str, object] = {}
        self.import_action = QAction(self.tr("Import…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.open_import())
        self.export_action = QAction(self.tr("Export…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda: self.open_export())
        self.bundle_action = QAction(self.tr("Receive a bundle…"), window)
        self.bundle_action.triggered.connect(lambda: self.open_bundle())
        self.partners_action = QAction(self.tr("Partners and identity…"), window)
        self.partners_action.triggered.connect(self.open_partners)
        menu = window.menuBar().addMenu(self.tr("&Exchange"))
        for action in (self.import_action, self.export_action, self.bundle_action, self.partners_action):
            menu.addAction(action)
            window.addAction(action)
        self.menu = menu
        self.set_vault(None)

    def set_vault(self, vault) -> None:
        self.vault = vault
        for action in (self.import_action, self.export_action, self.bundle_action, self.partners_action):
            action.setEnabled(vault is not None)
        if vault is None:
            self.close_all()

    def close_all(self) -> None:
        for dialog in list(self.dialogs.values()):
            dialog.clear()
            dialog.deleteLater()
        self.dialogs.clear()

    def _show(self, key: str, dialog):
        old = self.dialogs.pop(key, None)
        if old is not None:
            old.close()
            old.deleteLater()
        self.dialogs[key] = dialog
        tab_leaves_lists(dialog)
        dialog.show()
        dialog.raise_()
        return dialog

    # -- the dialogs ---------------------------------------------------------------------------------------
    def open_import(self, path: str | None = None):
        from .import_dialog import ImportDialog

        if self.vault is None:
            return None
        dialog = ImportDialog(self.vault, self.bridge, self.ask, self.window)
        dialog.bundle_requested.connect(self.open_bundle)
        self._show("import", dialog)
        if path:
            dialog.load(path)
        return dialog

    def open_export(self, ids: list[str] | None = None):
        from .export_dialog import ExportDialog

        if self.vault is None:
            return None
        dialog = ExportDialog(self.vault, self.bridge, self.ask, ids, self.window)
        dialog.exported.connect(lambda _p: emit(self.disclosed))
        return self._show("export", dialog)

    def open_bundle(self, path: str | None = None):
        from .bundle_dialog import BundleDialog

        if self.vault is None:
            return None
        dialog = BundleDialog(self.vault, self.bridge, self.ask, self.window)
        self._show("bundle", dialog)
        if path:
            dialog.load(path)
        return dialog

    def open_partners(self):
        from .partners_dialog import PartnersDialog

        if self.vault is None:
            return None
        return self._show("partners", PartnersDialog(self.vault, self.ask, self.window))
