"""A person's membership and dues: status computed from memberships, join (a type, a start, an optional first
payment) / renew / lapse / resign, the memberships and contributions paid, each opened in its editor (a new one
entered there too); a receipt for a contribution and a membership certificate, as PDF."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CommonsError
from ...services import lists, members
from ..errors import describe
from ..format import day, money, period
from ..labels import CONTRIBUTION_KINDS, METHODS, STATUSES, label
from ..members import jobs
from ..members.join_dialog import JoinDialog
from ..members.letter_words import words
from ..widgets.overflow import OverflowRow
from .dues_editors import ContributionEditor, MembershipEditor


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.blockSignals(True)
    table.clearSelection()
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.blockSignals(False)


def _select(table: QTableWidget, ids: list[str], ident: str | None) -> None:
    """Show which record the editor holds (no signal: the editor is already on it)."""
    table.blockSignals(True)
    table.clearSelection()
    if ident in ids:
        table.selectRow(ids.index(ident))
    table.blockSignals(False)


class MembershipPanel(QWidget):
    def __init__(self, parent: QWidget | None = None, today=date.today):
        super().__init__(parent)
        self.vault, self.ident, self.today = None, None, today
        self.ask = None
        self.join_dialog: JoinDialog | None = None
        self.membership_ids: list[str] = []
        self.contribution_ids: list[str] = []
        self.status = QLabel()
        self.status.setObjectName("memberStatus")
        self.memberships = _table([self.tr("Type"), self.tr("Status"), self.tr("Start"), self.tr("End")])
        self.memberships.setAccessibleName(self.tr("Memberships"))
        self.memberships.setMaximumHeight(110)
        self.join_button = QPushButton(self.tr("Join…"))
        self.renew_button = QPushButton(self.tr("Renew"))
        self.renew_button.setToolTip(self.tr("One more period of the membership's type"))
        self.certificate_button = QPushButton(self.tr("Certificate…"))
        self.certificate_button.setToolTip(self.tr("A membership certificate, as a PDF"))
        self.certificate_button.clicked.connect(self.write_certificate)
        self.lapse_button = QPushButton(self.tr("Mark lapsed"))
        self.resign_button = QPushButton(self.tr("Resign"))
        self.join_button.clicked.connect(self.join)
        self.renew_button.clicked.connect(self.renew)
        self.lapse_button.clicked.connect(lambda: self.set_status("lapsed"))
        self.resign_button.clicked.connect(lambda: self.set_status("resigned"))
        for button in (self.join_button, self.renew_button, self.lapse_button, self.resign_button,
                       self.certificate_button):
            button.setAccessibleName(button.text())
        self.action_bar = OverflowRow((self.join_button, self.renew_button, self.lapse_button, self.resign_button),
                                      (self.certificate_button,))  # on a narrow window the rest goes into its »
        actions = self.action_bar.row()
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.membership_editor = MembershipEditor(today=lambda: self.today())
        self.contributions = _table([self.tr("Date"), self.tr("Amount"), self.tr("Method"), self.tr("Kind"),
                                     self.tr("Period")])
        self.contributions.setAccessibleName(self.tr("Contributions"))
        self.contributions.setMinimumHeight(80)
        self.contributions.setMaximumHeight(130)
        self.totals = QLabel()
        self.receipt_button = QPushButton(self.tr("Receipt…"))
        self.receipt_button.setToolTip(self.tr("A receipt for the selected contribution, as a PDF"))
        self.receipt_button.setAccessibleName(self.receipt_button.text())
        self.receipt_button.clicked.connect(self.write_receipt)
        self.contribution_editor = ContributionEditor(today=lambda: self.today())
        for editor in (self.membership_editor, self.contribution_editor):
            editor.saved.connect(lambda _ident: self.refresh())
            editor.deleted.connect(lambda _ident: self.refresh())
            editor.shown_record.connect(lambda _ident: self._show_selection())
        self.memberships.itemSelectionChanged.connect(
            lambda: self._chosen(self.memberships, self.membership_ids, self.membership_editor))
        self.contributions.itemSelectionChanged.connect(
            lambda: self._chosen(self.contributions, self.contribution_ids, self.contribution_editor))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.status)
        layout.addWidget(self.memberships)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addWidget(self.membership_editor)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(self.contributions)
        totals = QHBoxLayout()
        totals.addWidget(self.totals, 1)
        totals.addWidget(self.receipt_button)
        layout.addLayout(totals)
        layout.addWidget(self.contribution_editor)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def editors(self) -> dict:
        return {"membership": self.membership_editor, "contribution": self.contribution_editor}

    def set_ask(self, ask) -> None:
        self.ask = ask
        for editor in self.editors().values():
            editor.ask = ask

    def set_vault(self, vault) -> None:
        self.vault = vault
        for editor in self.editors().values():
            editor.set_vault(vault)
        if vault is None:
            self.set_person(None)

    def set_person(self, ident: str | None) -> None:
        """Another person (the same one again, after a save, keeps the editors as they are)."""
        if ident == self.ident and ident is not None:
            self.refresh()
            return
        self.ident = ident
        self.show_error("")
        for editor in self.editors().values():
            editor.set_person(ident)
        self.refresh()

    def refresh(self) -> None:
        if self.vault is None or self.ident is None:
            self.membership_ids, self.contribution_ids = [], []
            _fill(self.memberships, [])
            _fill(self.contributions, [])
            self.status.clear()
            self.totals.clear()
            self._update_documents()
            return
        status, memberships = members.status_of(self.vault, self.ident, self.today())
        until = max((m.end for m in memberships if m.end), default=None)
        text = self.tr("Status: %1").replace("%1", label(STATUSES, status))
        if until and status in ("active", "honorary", "pending"):
            text += " " + self.tr("(until %1)").replace("%1", day(until))
        self.status.setText(f"<b>{text}</b>")
        self.membership_ids = [m.id for m in memberships]
        labels = {t.code: t.label for t in members.types(self.vault)}
        _fill(self.memberships, [[labels.get(m.type, m.type), label(STATUSES, m.status), day(m.start), day(m.end)]
                                 for m in memberships])
        paid = members.list_contributions(self.vault, person_id=self.ident)
        self.contribution_ids = [c.id for c in paid]
        _fill(self.contributions, [[day(c.date), money(c.amount, c.currency), label(METHODS, c.method),
                                    label(CONTRIBUTION_KINDS, c.kind), period(c.period_start, c.period_end)]
                                   for c in paid])
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for c in paid:
            totals[c.currency] += c.amount
        self.totals.setText(self.tr("Total paid: %1").replace(
            "%1", ", ".join(money(v, k) for k, v in sorted(totals.items())) or "0"))
        has = bool(memberships)
        self.renew_button.setEnabled(has)
        self.lapse_button.setEnabled(has and status != "lapsed")
        self.resign_button.setEnabled(has and status != "resigned")
        self._show_selection()
        self._update_documents()

    def _update_documents(self) -> None:
        self.certificate_button.setEnabled(bool(self.membership_ids))
        self.receipt_button.setEnabled(self._chosen_contribution() is not None)

    def _chosen_contribution(self) -> str | None:
        if self.contribution_editor.ident is not None:
            return self.contribution_editor.ident
        rows = {i.row() for i in self.contributions.selectionModel().selectedRows()}
        return self.contribution_ids[rows.pop()] if len(rows) == 1 and self.contribution_ids else None

    def _show_selection(self) -> None:
        _select(self.memberships, self.membership_ids, self.membership_editor.ident)
        _select(self.contributions, self.contribution_ids, self.contribution_editor.ident)
        self._update_documents()

    def _chosen(self, table: QTableWidget, ids: list[str], editor) -> None:
        rows = {i.row() for i in table.selectionModel().selectedRows()}
        if len(rows) == 1 and (row := rows.pop()) < len(ids) and not editor.load(ids[row]):
            self._show_selection()  # the user stayed on the unsaved one

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.note.hide()

    def _run(self, fn) -> bool:
        """A quick action on the memberships: the membership editor's unsaved changes are settled first, and it
        shows what the action wrote."""
        editor = self.membership_editor
        if not editor.leave():
            return False
        try:
            fn()
        except CommonsError as exc:
            self.show_error(describe(exc))
            return False
        self.show_error("")
        if editor.ident is not None:
            editor.show_record(editor.ident)
        self._propose_dues()
        self.refresh()
        return True

    def _propose_dues(self) -> None:
        """A new contribution not edited yet proposes the dues of the membership as it is now."""
        dues = self.contribution_editor
        if dues.ident is None and not dues.dirty and dues.showing():
            dues.show_blank()

    def join(self) -> None:
        """The join dialog: a type, a first day, an optional first payment (written together, or not at all)."""
        if self.vault is None or self.ident is None or not self.membership_editor.leave():
            return
        self.join_dialog = JoinDialog(self.vault, self.ident, today=self.today, ask=self.ask, parent=self)
        self.join_dialog.joined.connect(lambda _m: self._joined())
        self.join_dialog.open()

    def _joined(self) -> None:
        self.show_error("")
        self.membership_editor.set_vault(self.vault)
        self.refresh()
        self._propose_dues()

    def write_receipt(self) -> None:
        ident = self._chosen_contribution()
        if ident is None:
            return
        path = self.ask.save_file(self.tr("Save the receipt"), self.tr("receipt") + ".pdf", "*.pdf")
        if path:
            self._write(jobs.receipt, ident, path)

    def write_certificate(self) -> None:
        if self.ident is None:
            return
        path = self.ask.save_file(self.tr("Save the membership certificate"), self.tr("certificate") + ".pdf",
                                  "*.pdf")
        if path:
            self._write(jobs.certificate, self.ident, path)

    def _write(self, job, ident: str, path: str) -> None:
        """A one-page PDF, written at once (in the interface language), recorded in the disclosure log."""
        try:
            job(self.vault, ident, path, words(), self.today())
        except Exception as exc:  # noqa: BLE001 - said under the actions, nothing written
            self.show_error(describe(exc))
            return
        self.show_error("")
        self.note.setText(self.tr("Written: %1. It is recorded in the disclosure log.").replace("%1", path))
        self.note.show()

    def renew(self) -> None:
        self._run(lambda: members.renew(self.vault, self.ident, today=self.today()))

    def set_status(self, status: str) -> None:
        self._run(lambda: lists.set_membership_status(self.vault, self.ident, status, self.today()))
