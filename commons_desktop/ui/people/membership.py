"""A person's membership and dues: status computed from memberships, join / renew / lapse / resign, the
contributions paid and the entry of a new one (amount, currency, date, method, kind, period)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CommonsError, InvalidField
from ...services import lists, members
from ..errors import describe
from ..format import money
from ..labels import CONTRIBUTION_KINDS, METHODS, STATUSES, choices, label


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))


class MembershipPanel(QWidget):
    def __init__(self, parent: QWidget | None = None, today=date.today):
        super().__init__(parent)
        self.vault, self.ident, self.today = None, None, today
        self.status = QLabel()
        self.status.setObjectName("memberStatus")
        self.memberships = _table([self.tr("Type"), self.tr("Status"), self.tr("Start"), self.tr("End")])
        self.memberships.setAccessibleName(self.tr("Memberships"))
        self.memberships.setMaximumHeight(130)
        self.join_button = QPushButton(self.tr("Join"))
        self.renew_button = QPushButton(self.tr("Renew one year"))
        self.lapse_button = QPushButton(self.tr("Mark lapsed"))
        self.resign_button = QPushButton(self.tr("Resign"))
        self.join_button.clicked.connect(self.join)
        self.renew_button.clicked.connect(self.renew)
        self.lapse_button.clicked.connect(lambda: self.set_status("lapsed"))
        self.resign_button.clicked.connect(lambda: self.set_status("resigned"))
        actions = QHBoxLayout()
        for button in (self.join_button, self.renew_button, self.lapse_button, self.resign_button):
            button.setAccessibleName(button.text())
            actions.addWidget(button)
        actions.addStretch(1)

        self.contributions = _table([self.tr("Date"), self.tr("Amount"), self.tr("Method"), self.tr("Kind"),
                                     self.tr("Period")])
        self.contributions.setAccessibleName(self.tr("Contributions"))
        self.totals = QLabel()
        entry = QGroupBox(self.tr("New contribution"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("Amount, e.g. 25.00"))
        self.currency = QLineEdit("EUR")
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(60)
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("Date (YYYY-MM-DD)"))
        self.method = QComboBox()
        for value, text in choices(METHODS):
            self.method.addItem(text, value)
        self.kind = QComboBox()
        for value, text in choices(CONTRIBUTION_KINDS):
            self.kind.addItem(text, value)
        self.period_start = QLineEdit()
        self.period_start.setPlaceholderText(self.tr("Period from (YYYY-MM-DD)"))
        self.period_end = QLineEdit()
        self.period_end.setPlaceholderText(self.tr("Period to (YYYY-MM-DD)"))
        self.add_button = QPushButton(self.tr("Add contribution"))
        self.add_button.clicked.connect(self.add_contribution)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        names = {self.amount: self.tr("Amount"), self.currency: self.tr("Currency"), self.date: self.tr("Date"),
                 self.method: self.tr("Method"), self.kind: self.tr("Kind"),
                 self.period_start: self.tr("Period from"), self.period_end: self.tr("Period to"),
                 self.add_button: self.add_button.text()}
        for widget, name in names.items():
            widget.setAccessibleName(name)
        grid = QGridLayout(entry)
        grid.addWidget(self.amount, 0, 0)
        grid.addWidget(self.currency, 0, 1)
        grid.addWidget(self.date, 0, 2)
        grid.addWidget(self.method, 1, 0)
        grid.addWidget(self.kind, 1, 1, 1, 2)
        grid.addWidget(self.period_start, 2, 0)
        grid.addWidget(self.period_end, 2, 1, 1, 2)
        grid.addWidget(self.error, 3, 0, 1, 2)
        grid.addWidget(self.add_button, 3, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.memberships)
        layout.addLayout(actions)
        layout.addWidget(self.contributions, 1)
        layout.addWidget(self.totals)
        layout.addWidget(entry)

    def set_vault(self, vault) -> None:
        self.vault = vault
        if vault is None:
            self.set_person(None)

    def set_person(self, ident: str | None) -> None:
        self.ident = ident
        self.show_error("")
        self.amount.clear()
        self.date.setText(self.today().isoformat())
        self.refresh()

    def refresh(self) -> None:
        if self.vault is None or self.ident is None:
            _fill(self.memberships, [])
            _fill(self.contributions, [])
            self.status.clear()
            self.totals.clear()
            return
        status, memberships = members.status_of(self.vault, self.ident, self.today())
        until = max((m.end for m in memberships if m.end), default=None)
        text = self.tr("Status: %1").replace("%1", label(STATUSES, status))
        if until and status in ("active", "honorary", "pending"):
            text += " " + self.tr("(until %1)").replace("%1", until.isoformat())
        self.status.setText(f"<b>{text}</b>")
        _fill(self.memberships, [[m.type, label(STATUSES, m.status), _d(m.start), _d(m.end)] for m in memberships])
        paid = members.list_contributions(self.vault, person_id=self.ident)
        _fill(self.contributions, [[_d(c.date), money(c.amount, c.currency), label(METHODS, c.method),
                                    label(CONTRIBUTION_KINDS, c.kind), _period(c)] for c in paid])
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for c in paid:
            totals[c.currency] += c.amount
        self.totals.setText(self.tr("Total paid: %1").replace(
            "%1", ", ".join(money(v, k) for k, v in sorted(totals.items())) or "0"))
        has = bool(memberships)
        self.renew_button.setEnabled(has)
        self.lapse_button.setEnabled(has and status != "lapsed")
        self.resign_button.setEnabled(has and status != "resigned")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _run(self, fn) -> bool:
        try:
            fn()
        except CommonsError as exc:
            self.show_error(describe(exc))
            return False
        self.show_error("")
        self.refresh()
        return True

    def join(self) -> None:
        today = self.today()
        self._run(lambda: members.join(self.vault, self.ident, start=today, end=members.add_years(today, 1),
                                       today=today))

    def renew(self) -> None:
        self._run(lambda: members.renew(self.vault, self.ident, today=self.today()))

    def set_status(self, status: str) -> None:
        self._run(lambda: lists.set_membership_status(self.vault, self.ident, status, self.today()))

    def add_contribution(self) -> None:
        def add():
            if not self.amount.text().strip():
                raise InvalidField("amount", "must not be empty")
            members.add_contribution(
                self.vault, self.ident, self.amount.text(), currency=self.currency.text() or "EUR",
                when=self.date.text().strip() or None, method=self.method.currentData(), kind=self.kind.currentData(),
                period_start=self.period_start.text().strip() or None,
                period_end=self.period_end.text().strip() or None, today=self.today())
        if self._run(add):
            self.amount.clear()
            self.period_start.clear()
            self.period_end.clear()


def _d(day: date | None) -> str:
    return day.isoformat() if day else ""


def _period(c) -> str:
    if c.period_start or c.period_end:
        return f"{_d(c.period_start)} – {_d(c.period_end)}"
    return ""
