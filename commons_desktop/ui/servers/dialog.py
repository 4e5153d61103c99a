"""Add or change a server: kind, address, account, password or app token (straight to this computer's keyring
through services/servers, never shown back), the export profile it carries, a CA file for a hoster's own
certificate authority, and the explicit confirmation that plain http to another computer is wanted.

Changing the address or the account points the server at a new target: the dialog says so before it is saved (the
new one starts empty; nothing is deleted on the old server or in the vault)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import errors as e
from ...services import profiles, servers
from ...services.servers import KINDS, Server, ServerSecrets
from ..errors import describe, reason_text
from ..signals import emit
from . import words


class ServerDialog(QDialog):
    saved = Signal(object, bool, bool)   # the server, whether it is a new target, whether a password was given

    def __init__(self, vault, secrets: ServerSecrets, ask, server: Server | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.vault, self.secrets, self.ask, self.server = vault, secrets, ask, server
        self.setWindowTitle(self.tr("Add a server") if server is None else
                            self.tr("Server “%1”").replace("%1", server.name))
        self.setMinimumWidth(520)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(words.kind_name(kind), kind)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("https://cloud.example.org/remote.php/dav/files/group/Documents/"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Kept in this computer's keyring only") if server is None else
                                         self.tr("Unchanged (kept in this computer's keyring)"))
        self.profile = QComboBox()
        self.profile.addItem(self.tr("(none: nothing may go there)"), "")
        for p in profiles.list_all(vault):
            self.profile.addItem(p.name, p.name)
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("Only for a hoster with its own certificate authority"))
        self.ca_button = QPushButton(self.tr("Choose…"))
        self.ca_button.clicked.connect(self.choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_button)
        self.plain_http = QCheckBox(self.tr("Use plain http with this address anyway"))
        self.plain_http_note = QLabel(self.tr("This address is plain http to another computer: the password and the "
                                              "data would travel unencrypted, readable by anyone on the way. Use "
                                              "https if the server offers it."))
        self.plain_http_note.setObjectName("warning")
        self.plain_http_note.setWordWrap(True)
        self.new_target_note = QLabel(self.tr("A new address or account is a new target: it starts empty, and the "
                                              "first sync sends everything again. Nothing is deleted on the old "
                                              "server, nor in the vault."))
        self.new_target_note.setObjectName("warning")
        self.new_target_note.setWordWrap(True)
        self.no_profile_note = QLabel(self.tr("This vault has no export profile yet: nothing may go to a server "
                                              "until one says what may leave (a selection and its fields)."))
        self.no_profile_note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        form = QFormLayout()
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Kind"), self.kind),
                              (self.tr("Address"), self.url), (self.tr("User"), self.user),
                              (self.tr("Password or app token"), self.password),
                              (self.tr("Export profile"), self.profile)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        form.addRow(self.no_profile_note)
        self.ca_file.setAccessibleName(self.tr("CA file"))
        form.addRow(self.tr("CA file"), ca_row)
        form.addRow(self.plain_http_note)
        form.addRow(self.plain_http)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.new_target_note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if server is not None:
            self.name.setText(server.name)
            self.name.setReadOnly(True)
            self.kind.setCurrentIndex(max(0, self.kind.findData(server.kind)))
            self.kind.setEnabled(False)
            self.url.setText(server.url)
            self.user.setText(server.account)
            index = self.profile.findData(server.profile)
            if index < 0 and server.profile:  # a profile removed since: shown, so that saving keeps it visible
                self.profile.addItem(server.profile, server.profile)
                index = self.profile.count() - 1
            self.profile.setCurrentIndex(max(0, index))
            self.ca_file.setText(server.ca_file)
            self.plain_http.setChecked(server.plain_http)
        else:
            self.kind.setCurrentIndex(self.kind.findData("webdav"))
        self.kind.currentIndexChanged.connect(self._update)
        self.url.textChanged.connect(self._update)
        self.user.textChanged.connect(self._update)
        self.error.hide()
        self._update()

    # -- what the form shows --------------------------------------------------------------------------------------
    def needs_plain_http(self) -> bool:
        """The address is plain http to a host that is not this computer."""
        try:
            servers.check_url_input(self.url.text().strip(), False)
        except e.InvalidField as exc:
            return exc.reason == "insecure"
        except e.CommonsError:
            return False
        return False

    def moves(self) -> bool:
        """Editing: the address or the account changed (a new target)."""
        return self.server is not None and (self.url.text().strip() != self.server.url
                                            or self.user.text().strip() != self.server.account)

    def _update(self) -> None:
        insecure = self.needs_plain_http()
        team = self.kind.currentData() == "team"
        shown = (insecure, insecure, self.moves(), not team and self.profile.count() == 1)
        widgets = (self.plain_http_note, self.plain_http, self.new_target_note, self.no_profile_note)
        changed = any(w.isVisibleTo(self) != v for w, v in zip(widgets, shown, strict=True))
        for widget, visible in zip(widgets, shown, strict=True):
            widget.setVisible(visible)
        self.profile.setEnabled(not team)
        if team:
            self.profile.setCurrentIndex(0)
        if changed and self.isVisible():
            self.adjustSize()  # room for the notes that appeared (word-wrapped labels do not ask for it)

    def choose_ca_file(self) -> None:
        path = self.ask.open_file(self.tr("Certificate of the hoster's authority"),
                                  self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()

    # -- saving ---------------------------------------------------------------------------------------------------
    def save(self) -> None:
        url = self.url.text().strip()
        user = self.user.text().strip()
        password = self.password.text() or None
        profile = self.profile.currentData() or ""
        ca_file = self.ca_file.text().strip()
        plain_http = self.plain_http.isChecked() and self.needs_plain_http()
        try:
            if self.server is None:
                server = servers.add(self.vault, self.secrets, self.name.text().strip(), self.kind.currentData(),
                                     url, user, password=password, profile=profile, ca_file=ca_file,
                                     plain_http=plain_http)
                moved = False
            else:
                old = self.server
                server, moved = servers.change(
                    self.vault, self.secrets, old.name, url=url if url != old.url else None,
                    user=user if user != old.account else None, password=password,
                    profile=profile if profile != old.profile else None,
                    ca_file=ca_file if ca_file != old.ca_file else None,
                    plain_http=plain_http if plain_http != old.plain_http else None)
        except Exception as exc:  # noqa: BLE001 - said in the dialog, which stays open
            self.show_error(self.error_text(exc))
            return
        self.password.clear()
        emit(self.saved, server, moved, password is not None)
        self.accept()

    def error_text(self, exc: BaseException) -> str:
        if isinstance(exc, e.InvalidField):
            if exc.field == "url":
                return words.words(exc.reason)
            if exc.field == "CA file":
                return self.tr("CA file: this is not a readable file of certificates (PEM).")
            label = {"server name": self.tr("Name"), "user": self.tr("User"), "kind": self.tr("Kind")}.get(
                exc.field, exc.field)
            return f"{label}: {reason_text(exc.reason, exc.params)}"
        if isinstance(exc, e.Conflict):
            return self.tr("A server named “%1” exists already: choose another name.").replace(
                "%1", self.name.text().strip())
        if isinstance(exc, e.KeyringLocked):
            return self.tr("The keyring of this computer is locked: unlock it, then save again (the password is "
                           "kept there only).")
        if isinstance(exc, e.KeyringUnavailable):
            return self.tr("No secure keyring is available on this computer, so the password cannot be kept: the "
                           "server was not saved.")
        return describe(exc)
