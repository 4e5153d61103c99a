"""Settings: the interface language and the idle time before the vault locks itself; with a vault open, your name
(the author of the changes made on this computer, as the history shows them)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from ..core.errors import InvalidField
from ..services import authors
from .errors import describe


class SettingsDialog(QDialog):
    def __init__(self, desktop, parent: QWidget | None = None):
        super().__init__(parent)
        self.desktop = desktop
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(420)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem(self.tr("As the system"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(0, self.language.findData(desktop.config.language)))
        self.idle = QSpinBox()
        self.idle.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(desktop.config.idle_minutes)
        self.vault = desktop.vault
        self.your_name = QLineEdit()
        self.your_name.setAccessibleName(self.tr("Your name"))
        self.your_name.setPlaceholderText(self.tr("e.g. Anne (secretary)"))
        self.your_name_hint = QLabel(self.tr("The history shows it as the author of the changes you make on this "
                                             "computer. It is kept in the vault, encrypted."))
        self.your_name_hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        if self.vault is not None:
            self.your_name.setText(authors.name_here(self.vault))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Lock the vault after"), self.idle)
        if self.vault is not None:
            form.addRow(self.tr("Your name"), self.your_name)
            form.addRow("", self.your_name_hint)
            form.addRow(self.error)
        form.addRow(buttons)

    def apply(self) -> None:
        if self.vault is not None and self.your_name.text().strip() != authors.name_here(self.vault):
            try:
                authors.set_name_here(self.vault, self.your_name.text())
            except InvalidField as exc:
                self.error.setText(describe(exc))
                self.error.show()
                self.your_name.setFocus()
                return
        self.desktop.set_idle_minutes(self.idle.value())
        language = self.language.currentData()
        self.accept()
        if language != self.desktop.config.language:
            self.desktop.set_language(language)
