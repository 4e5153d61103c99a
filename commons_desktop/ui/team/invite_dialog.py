"""The invitation's passphrase, typed twice, and where to write it (the file holds the team's keys)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

MIN_LENGTH = 8


class InviteDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invite a laptop"))
        self.setMinimumWidth(440)
        note = QLabel(self.tr("The invitation holds the team's keys. Give it only to the person joining, tell them "
                              "the passphrase another way, and delete the file afterwards."))
        note.setWordWrap(True)
        self.secret, self.again = QLineEdit(), QLineEdit()
        for edit in (self.secret, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._check)
        self.secret.setAccessibleName(self.tr("Passphrase of the invitation"))
        self.again.setAccessibleName(self.tr("The same passphrase again"))
        self.problem = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Write the invitation…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Passphrase:"), self.secret)
        form.addRow(self.tr("Again:"), self.again)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self._check()

    def _check(self) -> None:
        a, b = self.secret.text(), self.again.text()
        if len(a) < MIN_LENGTH:
            problem = self.tr("At least %n characters.", "", MIN_LENGTH)
        elif a != b:
            problem = self.tr("The two passphrases differ.")
        else:
            problem = ""
        self.problem.setText(problem)
        self.ok.setEnabled(not problem)

    def passphrase(self) -> str:
        return self.secret.text()
