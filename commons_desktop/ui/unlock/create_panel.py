"""Creating a vault: the collective's name, where the file goes (shown in full: by default a "Commons Desktop"
folder in the user's Documents, somewhere a person finds again), a passphrase with a strength meter and the plain
warning that a lost passphrase cannot be recovered, and "remember on this computer"."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...core.errors import CommonsError, KeyringError
from ...services.session import Session
from ..ask import Ask
from ..errors import describe
from ..signals import emit
from .passphrase_field import NewPassphrase


class CreatePanel(QWidget):
    created = Signal(object)  # the new, open Vault
    back = Signal()

    def __init__(self, session: Session, ask: Ask, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.ask = session, ask
        self.notice: Exception | None = None  # why "remember on this computer" could not be done
        heading = self.heading = QLabel()
        self.for_team(False)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the collective"))
        self.name.setPlaceholderText(self.tr("e.g. Tenants of the Rue Haute"))
        self.name.textEdited.connect(self._name_edited)
        self.location = QLabel()  # the whole path, wrapped where it must be: never cut short
        self.location.setTextFormat(Qt.TextFormat.PlainText)
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setAccessibleName(self.tr("Vault file"))
        self._location_touched = False
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose where to keep the vault file"))
        browse.clicked.connect(self._browse)
        self.new = NewPassphrase(self, self.tr("Passphrase"), self.tr("Passphrase again"))
        self.passphrase, self.repeat = self.new.first.edit, self.new.second.edit
        self.meter, self.meter_label = self.new.first.meter, self.new.first.meter_label
        self.repeat.returnPressed.connect(self.create)
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
        where.addWidget(browse, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("Name of the collective"), self.name)
        form.addRow(self.tr("Vault file"), where)
        self.new.add_rows(form, self.tr("Passphrase"), self.tr("Passphrase again"))
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
        self._name_edited("")


    def for_team(self, joining: bool) -> None:
        """The heading: a new vault, or this laptop's own vault for the team it joins next (the start window's
        "Join a team…": the join dialog opens over the vault once it is created)."""
        self.heading.setWordWrap(True)
        self.heading.setText(self.tr("<h2>Create this laptop's vault for the team</h2><p>Your own passphrase "
                                     "protects it on this computer; the invitation comes next.</p>") if joining
                             else self.tr("<h2>Create a new vault</h2>"))
    def _name_edited(self, text: str) -> None:
        if not self._location_touched:
            slug = re.sub(r"[^\w-]+", "-", text.strip().casefold()).strip("-") or "collective"
            self.location.setText(str(free_name(self.session.dirs.vaults, slug)))

    def vault_path(self) -> Path:
        return Path(self.location.text())

    def _browse(self) -> None:
        path = self.ask.save_file(self.tr("Where to keep the vault"), self.location.text(),
                                  self.tr("Commons vaults (*.commons)"))
        if path:
            if not path.endswith(".commons"):
                path += ".commons"
            self.location.setText(path)
            self._location_touched = True

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def create(self) -> None:
        name, path, text = self.name.text().strip(), self.location.text().strip(), self.passphrase.text()
        self.show_error("")
        if not name:
            self.show_error(self.tr("Give the collective a name."))
            self.name.setFocus()
            return
        if not self.new.check():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            vault = self.session.create(Path(path), text, name=name)
        except (CommonsError, OSError) as exc:
            self.show_error(describe(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.notice = None
        if self.remember.isChecked():
            try:
                self.session.remember(vault)
            except KeyringError as exc:
                self.notice = exc  # the window says it once, plainly (Desktop.keyring_refused)
        self.new.clear()
        emit(self.created, vault)


def free_name(folder: Path, slug: str) -> Path:
    """``folder/slug.commons``, or ``slug-2.commons``... when a file already has that name."""
    path = folder / f"{slug}.commons"
    n = 2
    while path.exists():
        path = folder / f"{slug}-{n}.commons"
        n += 1
    return path
