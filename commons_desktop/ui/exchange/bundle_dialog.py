"""Receive an encrypted bundle from a partner group: decrypt it in memory, check its signature and sender (an
unknown sender is shown with its fingerprint to accept or refuse; a partner whose keys changed is a loud
warning and the bundle is refused), refuse replays, preview it, then apply it in ONE transaction through
the worker bridge. Same services as `commons import FILE.commonsx`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import InvalidInput
from ...exchange.errors import BundlePassphraseWrong, NotForUs, SenderKeyChanged, UnknownSender
from ...exchange.limits import DEFAULT
from ...services import input_files
from ..errors import describe
from ..progress_panel import ProgressPanel
from ..signals import emit
from ..unlock.passphrase_field import PassphraseField
from ..widgets.screen_fit import open_at
from . import jobs, wording
from .options_box import OptionsBox
from .preview_table import PreviewTable

FILTERS = "Commons bundles (*.commonsx *.age);;*"


class BundleDialog(QDialog):
    imported = Signal(int)
    partners_changed = Signal()

    def __init__(self, vault, bridge, ask, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault, self.bridge, self.ask = vault, bridge, ask
        self.setWindowTitle(self.tr("Receive a bundle from a partner group"))
        open_at(self, 1000, 660)  # (or the screen's room, when smaller)
        self.data: bytes | None = None
        self.path = ""
        self.got = self.report = self.unknown = self.changed_key = None
        self.accepted: str | None = None
        self.busy = self.applied = False
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setAccessibleName(self.tr("Bundle file"))
        self.file.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.passphrase_field = PassphraseField(self.tr("Passphrase of the bundle"))
        self.passphrase = self.passphrase_field.edit
        self.passphrase.setPlaceholderText(self.tr("only for a bundle encrypted to a passphrase"))
        self.passphrase.returnPressed.connect(self.open_bundle)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_bundle)
        self.sender_note = QLabel()
        self.sender_note.setWordWrap(True)
        self.sender_note.setObjectName("warning")
        self.danger = QLabel()
        self.danger.setWordWrap(True)
        self.danger.setObjectName("danger")
        self.accept_button = QPushButton(self.tr("Accept this sender"))
        self.accept_button.clicked.connect(self.accept_sender)
        self.refuse_button = QPushButton(self.tr("Refuse"))
        self.refuse_button.clicked.connect(self.refuse)
        self.choices = OptionsBox(photos=False)
        self.choices.changed.connect(self.preview_again)
        self.preview = PreviewTable()
        self.progress = ProgressPanel(bridge)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(self.apply)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.choose_button, self.open_button, self.accept_button, self.refuse_button,
                       self.import_button, self.close_button):
            button.setAccessibleName(button.text())
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)
        pass_row = QHBoxLayout()
        pass_row.addWidget(self.passphrase_field, 1)
        pass_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        top = QFormLayout()
        top.addRow(self.tr("Bundle"), file_row)
        top.addRow(self.tr("Passphrase"), pass_row)
        decide = QHBoxLayout()
        decide.addStretch(1)
        decide.addWidget(self.refuse_button)
        decide.addWidget(self.accept_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.danger)
        layout.addWidget(self.sender_note)
        layout.addLayout(decide)
        layout.addWidget(self.choices)
        layout.addWidget(self.preview, 1)
        layout.addStretch(0)  # takes the room while there is no preview yet
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.close_button, self.import_button)  # as shown: Close, then Import
        QWidget.setTabOrder(self.refuse_button, self.accept_button)
        self._show()

    # -- opening -------------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = self.ask.open_file(self.tr("Choose the bundle"), FILTERS)
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        try:
            p = Path(path)
            if p.stat().st_size > DEFAULT.file_bytes:
                raise OSError(27, "File too large")
            self.data = input_files.read_bounded(p, DEFAULT.file_bytes)  # a FIFO or a device is refused
        except (OSError, InvalidInput) as exc:
            self._say(describe(exc))
            return
        self.path = str(path)
        self.file.setText(self.path)
        self.got = self.report = self.unknown = self.accepted = None
        self.applied = False
        self.open_bundle()

    def open_bundle(self) -> None:
        if self.data is None or self.vault is None or self.busy:
            return
        self.busy = True
        self._say(self.tr("Decrypting and checking the bundle…"))
        self.bridge.submit(jobs.open_bundle, self.data, self.passphrase.text() or None, self.accepted,
                           self.choices.options(), vault=self.vault, label=self.tr("Opening the bundle"),
                           on_finished=self._opened, on_failed=self._open_failed)
        self._show()

    def _opened(self, result) -> None:
        self.busy = False
        self.got, self.report = result
        self.unknown = None
        self._say("")
        self.preview.show_report(self.report, [wording.note_text(n) for n in self.report.notes[3:]])
        self._show()

    def _open_failed(self, error) -> None:
        self.busy = False
        self.got = self.report = None
        self.preview.clear()
        self.unknown = error if isinstance(error, UnknownSender) else None
        self.changed_key = error if isinstance(error, SenderKeyChanged) else None
        if isinstance(error, (BundlePassphraseWrong, NotForUs)):
            self.passphrase.setFocus()
        self._say("" if self.unknown or self.changed_key else describe(error))
        self._show()

    def accept_sender(self) -> None:
        if self.unknown is not None:
            self.accepted = self.unknown.fingerprint
            self.unknown = None
            self.open_bundle()

    def refuse(self) -> None:
        self.unknown = self.got = self.report = None
        self.data, self.accepted = None, None
        self.preview.clear()
        self._say(self.tr("Refused: nothing was imported."))
        self._show()

    def preview_again(self) -> None:
        if self.got is not None and not self.busy and not self.applied:
            self.open_bundle()

    # -- applying ------------------------------------------------------------------------------------------
    def apply(self) -> None:
        if not self.import_button.isEnabled():
            return
        self.busy = True
        self.bridge.submit(jobs.apply_bundle, self.got, self.choices.options(), self.report, vault=self.vault,
                           label=self.tr("Importing the bundle"), on_finished=self._applied,
                           on_failed=self._apply_failed)
        self._show()

    def _applied(self, report) -> None:
        self.busy, self.applied = False, True
        self.preview.show_report(report)
        self._say(self.tr("Imported: %n records written in one go.", "", report.created + report.updated))
        emit(self.imported, report.created + report.updated)
        emit(self.partners_changed)
        self._show()

    def _apply_failed(self, error) -> None:
        self.busy = False
        self._say(describe(error))
        self._show()

    # -- display -------------------------------------------------------------------------------------------
    def _show(self) -> None:
        changed = self.changed_key
        self.danger.setVisible(changed is not None)
        if changed is not None:
            self.danger.setText(self.tr(
                "<b>WARNING: the keys of the partner “%1” have CHANGED.</b><br>Expected fingerprint %2, this bundle "
                "has %3. Someone may be pretending to be this partner. The bundle is refused: call the partner "
                "and check before doing anything else.").replace("%1", wording.escape(changed.partner))
                .replace("%2", changed.expected).replace("%3", changed.found))
        unknown, got = self.unknown, self.got
        if unknown is not None:
            self.sender_note.setText(self.tr(
                "This bundle comes from a group that is not among your partners: <b>“%1”</b>, fingerprint "
                "<b>%2</b>.<br>Accept it only if this group confirmed this fingerprint to you (by phone or in "
                "person).").replace("%1", wording.escape(unknown.name)).replace("%2", unknown.fingerprint))
        elif got is not None:
            m = got.opened.manifest
            if got.partner is not None:
                who = self.tr("From the partner “%1”, fingerprint %2.")
            else:
                who = self.tr("From “%1”, fingerprint %2: a new partner, accepted by its fingerprint.")
            who = who.replace("%1", wording.escape(got.partner.name if got.partner else got.sender.name)).replace(
                "%2", got.sender.fingerprint)
            what = self.tr("Bundle number %1, written on %2; %n deletion(s) announced.", "",
                           len(m.get("tombstones") or []))
            self.sender_note.setText(who + "<br>" + what.replace("%1", str(got.sequence)).replace(
                "%2", wording.local_time(str(m.get("created", "")))))
        self.sender_note.setVisible(unknown is not None or got is not None)
        self.choices.setVisible(got is not None)
        self.preview.setVisible(got is not None)
        self.accept_button.setVisible(unknown is not None)
        self.refuse_button.setVisible(unknown is not None)
        r = self.report
        ok = (r is not None and not self.busy and not self.applied
              and (not r.errors or self.choices.skip_invalid.isChecked()))
        self.import_button.setEnabled(bool(ok))
        self.open_button.setEnabled(self.data is not None and not self.busy)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def clear(self) -> None:
        self.vault, self.data, self.got, self.report = None, None, None, None
        self.reject()

