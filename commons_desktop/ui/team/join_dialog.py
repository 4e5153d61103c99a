"""Joining a team from a new laptop: a short dialog over the new, empty vault (reached from the empty vault's first
steps, and from the start window's "Join a team…", which first creates this laptop's own vault). It asks for the
invitation file, what opens it (its passphrase, or the age key file it was sent to) and, when the team's folder is
elsewhere on this computer than the invitation says, that folder (a team server the person added on the Servers page
is read with its password; one the invitation names is added and tried without one). The join itself is a job of
the worker bridge (ui/team/jobs.py join_team: services/team.py join, as `commons team join`), with its progress and
Cancel in the status bar; the Team page says how it went."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from ..welcome import first_steps


class JoinDialog(QDialog):
    def __init__(self, ask, parent: QWidget | None = None):
        super().__init__(parent)
        self.ask = ask
        self.setWindowTitle(self.tr("Join a team"))
        self.setMinimumWidth(460)
        note = QLabel(self.tr("Another laptop of the team wrote an invitation for this one. Choose it, then give "
                              "what opens it: its passphrase, or the key file it was made for. This vault then "
                              "receives the team's records and shares its changes with the other laptops. A team "
                              "on a WebDAV server: add that server on the Servers page first (with its password)."))
        note.setWordWrap(True)
        self.invitation = QLineEdit()
        self.invitation.setAccessibleName(self.tr("Invitation file"))
        self.choose_invitation = QPushButton(self.tr("Choose…"))
        self.choose_invitation.setAccessibleName(self.tr("Choose the invitation file"))
        self.choose_invitation.clicked.connect(self._choose_invitation)
        self.by_passphrase = QRadioButton(self.tr("Its passphrase"))
        self.by_key = QRadioButton(self.tr("A key file"))
        self.by_passphrase.setChecked(True)
        self.how = QButtonGroup(self)
        for button in (self.by_passphrase, self.by_key):
            self.how.addButton(button)
            button.toggled.connect(self._check)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase of the invitation"))
        self.key_file = QLineEdit()
        self.key_file.setAccessibleName(self.tr("Key file"))
        self.choose_key = QPushButton(self.tr("Choose…"))
        self.choose_key.setAccessibleName(self.tr("Choose the key file"))
        self.choose_key.clicked.connect(self._choose_key)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("the folder the invitation names"))
        self.folder.setAccessibleName(self.tr("Team folder on this computer"))
        self.choose_folder = QPushButton(self.tr("Choose…"))
        self.choose_folder.setAccessibleName(self.tr("Choose the team folder"))
        self.choose_folder.clicked.connect(self._choose_folder)
        for edit in (self.invitation, self.secret, self.key_file, self.folder):
            edit.textChanged.connect(self._check)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Join"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Invitation:"), _row(self.invitation, self.choose_invitation))
        form.addRow(self.tr("Opens with:"), _row(self.by_passphrase, self.by_key))
        form.addRow(self.tr("Passphrase:"), self.secret)
        form.addRow(self.tr("Key file:"), _row(self.key_file, self.choose_key))
        form.addRow(self.tr("Team folder:"), _row(self.folder, self.choose_folder))
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.form = form
        self._check()

    def _choose_invitation(self) -> None:
        path = self.ask.open_file(self.tr("Choose the invitation"), self.tr("Invitations (*.age);;All files (*)"))
        if path:
            self.invitation.setText(path)

    def _choose_key(self) -> None:
        path = self.ask.open_file(self.tr("Choose the key file"), self.tr("All files (*)"))
        if path:
            self.key_file.setText(path)

    def _choose_folder(self) -> None:
        path = self.ask.folder(self.tr("Choose the team folder"))
        if path:
            self.folder.setText(path)

    def _check(self, *_args) -> None:
        by_key = self.by_key.isChecked()
        self.form.setRowVisible(self.secret, not by_key)
        self.form.setRowVisible(self.key_file.parentWidget(), by_key)
        if not self.invitation.text().strip():
            problem = self.tr("Choose the invitation file.")
        elif by_key and not self.key_file.text().strip():
            problem = self.tr("Choose the key file the invitation was made for.")
        elif not by_key and not self.secret.text():
            problem = self.tr("Type the invitation's passphrase.")
        else:
            problem = ""
        self.problem.setText(problem)
        self.ok.setEnabled(not problem)

    # -- what was chosen -------------------------------------------------------------------------------------
    def invitation_path(self) -> str:
        return self.invitation.text().strip()

    def passphrase(self) -> str | None:
        return None if self.by_key.isChecked() else self.secret.text()

    def key_path(self) -> str | None:
        return self.key_file.text().strip() if self.by_key.isChecked() else None

    def folders(self) -> list[str] | None:
        folder = self.folder.text().strip()
        return [folder] if folder else None


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for n, widget in enumerate(widgets):
        row.addWidget(widget, 1 if n == 0 and isinstance(widget, QLineEdit) else 0)
    return box


def _join_step() -> first_steps.Step:
    return first_steps.Step("join", QCoreApplication.translate("JoinDialog", "Join a team…"),
                            QCoreApplication.translate("JoinDialog", "This laptop joins the other laptops of your "
                                                                     "collective: with the invitation one of them "
                                                                     "wrote, this vault receives the team's records."))


if _join_step not in first_steps.EXTRA_STEPS:
    first_steps.EXTRA_STEPS.append(_join_step)   # the empty vault's first steps offer it (welcome/first_steps.py)
