"""The Renewals screen: memberships ending within N days (soonest first), then lapsed ones, with each member's email
and dues; renew them, open one, export the list (spreadsheet or CSV), print reminder letters (one PDF, the EPC
payment QR code when the association's IBAN is set) and copy their emails as one BCC list. The actions act on the
selected rows, or on every row when none is selected."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CommonsError
from ...services import members, renewals
from ..clipboard import SecretClipboard
from ..errors import describe
from ..format import day, money
from ..labels import STATUSES, label
from ..signals import emit
from . import jobs
from .letter_words import words
from .table_words import renewal_headers, sheet_name, suffix_format

AMOUNT, DAYS = 6, 5


class MembersView(QWidget):
    status = Signal(str)
    open_person = Signal(str)

    def __init__(self, bridge=None, ask=None, parent: QWidget | None = None, today=date.today):
        super().__init__(parent)
        self.vault, self.today, self.rows = None, today, []
        self.bridge, self.ask = bridge, ask
        self.clipboard = SecretClipboard(self)
        heading = QLabel(self.tr("<h2>Renewals</h2>"))
        self.days = QSpinBox()
        self.days.setRange(0, 366)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Show memberships ending within this many days"))
        self.days.valueChanged.connect(lambda _v: self.refresh())
        self.lapsed = QCheckBox(self.tr("Include lapsed members"))
        self.lapsed.setChecked(True)
        self.lapsed.toggled.connect(lambda _v: self.refresh())
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Email"), self.tr("Status"),
                                              self.tr("Membership"), self.tr("Ends"), self.tr("Days left"),
                                              self.tr("Dues")])
        self.table.setAccessibleName(self.tr("Renewal list"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda item: self._open(item.row()))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.renew_button = QPushButton(self.tr("Renew"))
        self.renew_button.setToolTip(self.tr("Renew the selected memberships for one more period of their type"))
        self.renew_button.clicked.connect(self.renew_selected)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        self.copy_button = QPushButton(self.tr("Copy emails (BCC)"))
        self.copy_button.setToolTip(self.tr("The emails of the selected members (all when none is selected), to paste "
                                            "into the BCC field of a message. The clipboard is cleared after 30 "
                                            "seconds."))
        self.copy_button.clicked.connect(self.copy_emails)
        self.export_button = QPushButton(self.tr("Export the list…"))
        self.export_button.setToolTip(self.tr("A spreadsheet (.ods, .xlsx) or a CSV file of the list"))
        self.export_button.clicked.connect(self.export_list)
        self.letters_button = QPushButton(self.tr("Reminder letters…"))
        self.letters_button.setToolTip(self.tr("One PDF with a letter to each selected member (all when none is "
                                               "selected), with a payment QR code when the association's IBAN is "
                                               "set in Settings"))
        self.letters_button.clicked.connect(self.write_letters)
        self.summary = QLabel()
        for button in (self.renew_button, self.open_button, self.copy_button, self.export_button,
                       self.letters_button):
            button.setAccessibleName(button.text())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ending within")))
        top.addWidget(self.days)
        top.addWidget(self.lapsed)
        top.addStretch(1)
        top.addWidget(self.summary)
        bottom = QHBoxLayout()
        for button in (self.copy_button, self.export_button, self.letters_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.renew_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    def set_vault(self, vault) -> None:
        """Shown data is (re)loaded when the section is shown (``activated``), not at every unlock."""
        self.vault = vault
        if vault is None:
            self.clipboard.clear()
            self.refresh()

    def clear(self) -> None:
        self.vault = None
        self.clipboard.clear()
        self.refresh()

    def activated(self) -> None:
        self.refresh()

    def show_within(self, days: int, lapsed: bool) -> None:
        """Show the memberships ending within ``days`` days (the home page's "this month")."""
        self.days.blockSignals(True)
        self.days.setValue(days)
        self.days.blockSignals(False)
        self.lapsed.blockSignals(True)
        self.lapsed.setChecked(lapsed)
        self.lapsed.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self.rows = (renewals.renewal_list(self.vault, within_days=self.days.value(), today=self.today(),
                                           include_lapsed=self.lapsed.isChecked()) if self.vault is not None else [])
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = [row.name, row.email, label(STATUSES, row.status).capitalize(), row.type_label, day(row.end),
                     "" if row.days_left is None else str(row.days_left),
                     "" if row.amount is None else money(row.amount, row.currency)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (DAYS, AMOUNT):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.summary.setText(self.tr("%n members to renew", "", len(self.rows)))
        self._update_buttons()

    def chosen(self) -> list[renewals.RenewalRow]:
        """The selected rows, or every row when none is selected."""
        picked = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.rows[r] for r in picked if r < len(self.rows)] or list(self.rows)

    def _update_buttons(self) -> None:
        some = bool(self.rows)
        selected = bool(self.table.selectionModel().selectedRows())
        for button in (self.copy_button, self.export_button, self.letters_button):
            button.setEnabled(some)
        self.renew_button.setEnabled(selected)
        self.open_button.setEnabled(selected)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            emit(self.open_person, self.rows[row].person_id)

    def renew_selected(self) -> None:
        chosen = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        done = 0
        for row in chosen:
            try:
                members.renew(self.vault, self.rows[row].person_id, today=self.today())
                done += 1
            except CommonsError as exc:
                emit(self.status, describe(exc))
        emit(self.status, self.tr("%n memberships renewed.", "", done))
        self.refresh()

    def copy_emails(self) -> None:
        chosen = self.chosen()
        text = renewals.bcc_list(chosen)
        if not text:
            emit(self.status, self.tr("None of these members has an email address."))
            return
        self.clipboard.copy(text)
        count = len(text.split(", "))
        emit(self.status, self.tr("%n emails copied for the BCC field. The clipboard will be cleared in 30 seconds.",
                                  "", count))

    def export_list(self) -> None:
        path = self.ask.save_file(self.tr("Export the renewal list"), self.tr("renewals") + ".ods",
                                  self.tr("Spreadsheet (*.ods);;Excel (*.xlsx);;CSV (*.csv)"))
        if not path:
            return
        path, fmt = suffix_format(path)
        rows = list(self.rows)
        statuses = {row.status: label(STATUSES, row.status) for row in rows}
        self._submit(jobs.export_renewals, rows, fmt, path, renewal_headers(), sheet_name("renewals"),
                     statuses.get, day, label=self.tr("Exporting the renewal list"),
                     done=self.tr("Written: %1. It is recorded in the disclosure log.").replace("%1", path))

    def write_letters(self) -> None:
        rows = self.chosen()
        path = self.ask.save_file(self.tr("Save the reminder letters"), self.tr("reminders") + ".pdf", "*.pdf")
        if not path:
            return
        if Path(path).suffix.lower() != ".pdf":
            path += ".pdf"
        text = self.tr("Written: %1 (%n letters). It is recorded in the disclosure log.", "", len(rows))
        self._submit(jobs.reminders, rows, path, words(), self.today(), label=self.tr("Writing the reminder letters"),
                     done=text.replace("%1", path))

    def _submit(self, fn, *args, label: str, done: str) -> None:
        self.bridge.submit(fn, *args, vault=self.vault, label=label,
                           on_finished=lambda _r: emit(self.status, done),
                           on_failed=lambda exc: emit(self.status, describe(exc)))
