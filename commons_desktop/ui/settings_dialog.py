"""Settings: the interface language and the idle time before the vault locks itself."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget


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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Lock the vault after"), self.idle)
        form.addRow(buttons)

    def apply(self) -> None:
        self.desktop.set_idle_minutes(self.idle.value())
        language = self.language.currentData()
        self.accept()
        if language != self.desktop.config.language:
            self.desktop.set_language(language)
