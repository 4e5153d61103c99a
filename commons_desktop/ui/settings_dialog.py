"""Settings: the interface language and the idle time before the vault locks itself; with a vault open, your name
(the author of the changes made on this computer, as the history shows them), the association's name, postal address
and IBAN (printed on receipts, certificates and reminder letters; the IBAN is checked) and the vault's list of
membership types."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import InvalidField
from ..services import authors, settings
from .errors import describe
from .members.types_editor import TypesEditor


class SettingsDialog(QDialog):
    def __init__(self, desktop, parent: QWidget | None = None):
        super().__init__(parent)
        self.desktop = desktop
        self.vault = desktop.vault
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
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
        self.your_name = QLineEdit()
        self.your_name.setAccessibleName(self.tr("Your name"))
        self.your_name.setPlaceholderText(self.tr("e.g. Anne (secretary)"))
        self.your_name_hint = QLabel(self.tr("The history shows it as the author of the changes you make on this "
                                             "computer. It is kept in the vault, encrypted."))
        self.your_name_hint.setWordWrap(True)
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Lock the vault after"), self.idle)
        note = QLabel(self.tr("Receipts, certificates and letters are printed in the interface language."))
        note.setWordWrap(True)
        form.addRow(note)
        self.your_name_error = QLabel()
        self.your_name_error.setObjectName("fieldError")
        self.your_name_error.setWordWrap(True)
        self.your_name_error.hide()
        if self.vault is not None:
            self.your_name.setText(authors.name_here(self.vault))
            form.addRow(self.tr("Your name"), self.your_name)
            form.addRow("", self.your_name_hint)
            form.addRow(self.your_name_error)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.name = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(4 * self.fontMetrics().height() + 12)
        self.iban = QLineEdit()
        self.iban.setPlaceholderText(self.tr("e.g. BE71 0961 2345 6769"))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.types = TypesEditor(None, getattr(desktop.window, "ask", None))
        if self.vault is not None:
            a = settings.association(self.vault)
            self.name.setText(a.name)
            self.address.setPlainText(a.address)
            self.iban.setText(a.iban_shown)
            association = QWidget()
            rows = QFormLayout(association)
            for text, widget in ((self.tr("Name"), self.name), (self.tr("Address"), self.address),
                                 (self.tr("IBAN"), self.iban)):
                widget.setAccessibleName(text)
                rows.addRow(text, widget)
            hint = QLabel(self.tr("The name and address are printed on receipts, membership certificates and "
                                  "reminder letters. With an IBAN, each reminder letter carries a payment QR code "
                                  "that banking apps scan."))
            hint.setWordWrap(True)
            rows.addRow(hint)
            rows.addRow(self.error)
            self.tabs.addTab(association, self.tr("Association"))
            self.types.set_vault(self.vault)
            self.tabs.addTab(self.types, self.tr("Membership types"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def apply(self) -> None:
        if self.vault is not None and self.your_name.text().strip() != authors.name_here(self.vault):
            try:
                authors.set_name_here(self.vault, self.your_name.text())
            except InvalidField as exc:
                self.your_name_error.setText(describe(exc))
                self.your_name_error.show()
                self.tabs.setCurrentIndex(0)
                self.your_name.setFocus()
                return
        if self.vault is not None:
            try:
                settings.set_many(self.vault, {"name": self.name.text(), "address": self.address.toPlainText(),
                                               "iban": self.iban.text()})
            except InvalidField as exc:
                self.error.setText(describe(exc))
                self.error.show()
                self.tabs.setCurrentIndex(1)
                {"iban": self.iban, "address": self.address}.get(exc.field, self.name).setFocus()
                return
            if self.desktop.window is not None:
                self.desktop.window.update_title()
        self.desktop.set_idle_minutes(self.idle.value())
        language = self.language.currentData()
        self.accept()
        if language != self.desktop.config.language:
            self.desktop.set_language(language)
