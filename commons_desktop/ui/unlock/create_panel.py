"""Creating a vault: the collective's name, where the file goes, a passphrase with a strength meter and
the plain warning that a lost passphrase cannot be recovered, and "remember on this computer"."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CommonsError, KeyringError
from ...services.session import Session
from ..ask import Ask
from ..errors import describe
from ..signals import emit
from . import strength

MIN_LENGTH = 8


class CreatePanel(QWidget):
    created = Signal(object)  # the new, open Vault
    back = Signal()

    def __init__(self, session: Session, ask: Ask, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.ask = session, ask
        self.notice = ""
        heading = QLabel(self.tr("<h2>Create a new vault</h2>"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the collective"))
        self.name.setPlaceholderText(self.tr("e.g. Tenants of the Rue Haute"))
        self.name.textEdited.connect(self._name_edited)
        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Vault file"))
        self._location_touched = False
        self.location.textEdited.connect(lambda _t: setattr(self, "_location_touched", True))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose where to keep the vault file"))
        browse.clicked.connect(self._browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.textChanged.connect(self._strength)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        self.repeat.returnPressed.connect(self.create)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.meter_label = QLabel()
        warning = QLabel(self.tr(
            "<b>Keep this passphrase safe.</b> Everything in the vault is encrypted with it: if it is lost, "
            "nobody can recover the data — not the developers, not your hoster. Write it down and keep it "
            "somewhere safe, or use a password manager."))
        warning.setObjectName("warning")
        warning.setWordWrap(True)
        self.remember = QCheckBox(self.tr("Remember on this computer (in the system keyring)"))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.create_button = QPushButton(self.tr("Create the vault"))
        self.create_button.clicked.connect(self.create)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.back)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Name of the collective"), self.name)
        form.addRow(self.tr("Vault file"), where)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Strength"), self.meter)
        form.addRow("", self.meter_label)
        form.addRow(self.tr("Passphrase again"), self.repeat)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._strength("")
        self._name_edited("")

    def _name_edited(self, text: str) -> None:
        if not self._location_touched:
            slug = re.sub(r"[^\w-]+", "-", text.strip().casefold()).strip("-") or "collective"
            self.location.setText(str(self.session.dirs.data / f"{slug}.commons"))

    def _browse(self) -> None:
        path = self.ask.save_file(self.tr("Where to keep the vault"), self.location.text(),
                                  self.tr("Commons vaults (*.commons)"))
        if path:
            if not path.endswith(".commons"):
                path += ".commons"
            self.location.setText(path)
            self._location_touched = True

    def _strength(self, text: str) -> None:
        value = strength.score(text)
        names = [self.tr("Too weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Good"), self.tr("Strong")]
        self.meter.setValue(value if text else 0)
        self.meter_label.setText(names[value] if text else self.tr("Use several words, or 12 characters or more."))
        self.meter.setAccessibleDescription(self.meter_label.text())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def create(self) -> None:
        name, path, text = self.name.text().strip(), self.location.text().strip(), self.passphrase.text()
        if not name:
            self.show_error(self.tr("Give the collective a name."))
            self.name.setFocus()
            return
        if len(text) < MIN_LENGTH or strength.score(text) == 0:
            self.show_error(self.tr("This passphrase is too weak: use at least 8 characters, better several words."))
            self.passphrase.setFocus()
            return
        if text != self.repeat.text():
            self.show_error(self.tr("The two passphrases differ."))
            self.repeat.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            vault = self.session.create(Path(path), text, name=name)
        except (CommonsError, OSError) as exc:
            self.show_error(describe(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.notice = ""
        if self.remember.isChecked():
            try:
                self.session.remember(vault)
            except KeyringError as exc:
                self.notice = describe(exc)
        self.passphrase.clear()
        self.repeat.clear()
        emit(self.created, vault)
