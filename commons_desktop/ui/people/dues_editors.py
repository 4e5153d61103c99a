"""The editors of a person's memberships and contributions, inside the "Membership and dues" tab.

Each is a ``DraftEditor`` (the shared draft mechanism) on a small form: a membership's type (from the vault's
list), status, start, end and notes; a contribution's amount, currency, date, method, kind, period covered and notes.
Optional dates (a membership's end, a period) may stay empty: "No date" is stored as no date. New dues of a member
come with the period they would renew and the type's fee; "Renew the membership for the period paid" renews it as
they are saved (one transaction)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import ContributionKind, MembershipStatus, PaymentMethod
from ...core.model import Contribution, Membership
from ...services import members
from ..drafts import DraftEditor
from ..format import day
from ..labels import CONTRIBUTION_KINDS, METHODS, STATUSES, label
from ..widgets.date_field import DateField
from ..widgets.simple_form import SimpleForm, choice_box, choose, money_box
from ..widgets.wrapped_check import WrappedCheck


def _notes() -> QPlainTextEdit:
    notes = QPlainTextEdit()
    notes.setTabChangesFocus(True)
    notes.setFixedHeight(54)
    return notes


class MembershipForm(SimpleForm):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.type = QComboBox()
        self.status = choice_box(tuple((s.value, label(STATUSES, s.value)) for s in MembershipStatus))
        self.start = DateField(optional=True, empty=self.tr("No start date"))
        self.end = DateField(optional=True, empty=self.tr("No end date"))
        self.notes = _notes()
        self.add(self.tr("Type"), self.type, "membership type")
        self.add(self.tr("Status"), self.status, "status")
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.end)
        self.start.setAccessibleName(self.tr("Start"))
        self.end.setAccessibleName(self.tr("End"))
        self.layout_.addRow(self.tr("From / to"), dates)
        self.watch(self.start)
        self.watch(self.end)
        self._fields.update({"start": self.start, "end": self.end})
        self.add(self.tr("Notes"), self.notes, "notes")
        self.finish()
        self._previous = Membership("")

    def set_types(self, types) -> None:
        """The vault's membership types (code, label) to choose from."""
        with self.loading():
            current = self.type.currentData()
            self.type.clear()
            for t in types:
                self.type.addItem(t.label, t.code)
            if current is not None:
                choose(self.type, current)

    def set_record(self, m: Membership) -> None:
        with self.loading():
            self._previous = m
            if m.type:
                choose(self.type, m.type)
            choose(self.status, m.status)
            self.start.set_value(m.start)
            self.end.set_value(m.end)
            self.notes.setPlainText(m.notes)

    def record(self) -> Membership:
        p = self._previous
        return Membership(p.person_id, self.type.currentData() or "", self.status.currentData(), self.start.value(),
                          self.end.value(), self.notes.toPlainText(), p.id, p.created, p.updated)


class ContributionForm(SimpleForm):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.amount = money_box()
        self.currency = QLineEdit("EUR")
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(60)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.date = DateField(optional=False)
        self.method = choice_box(tuple((m.value, label(METHODS, m.value)) for m in PaymentMethod))
        self.kind = choice_box(tuple((k.value, label(CONTRIBUTION_KINDS, k.value)) for k in ContributionKind))
        self.period_start = DateField(optional=True, empty=self.tr("No start date"))
        self.period_end = DateField(optional=True, empty=self.tr("No end date"))
        self.notes = _notes()
        money = QHBoxLayout()
        money.addWidget(self.amount, 1)
        money.addWidget(self.currency)
        self.amount.setAccessibleName(self.tr("Amount"))
        self.layout_.addRow(self.tr("Amount"), money)
        for widget in (self.amount, self.currency):
            self.watch(widget)
        self._fields.update({"amount": self.amount, "currency": self.currency})
        self._first = self.amount
        self.add(self.tr("Date"), self.date, "date")
        self.add(self.tr("Method"), self.method, "method")
        self.add(self.tr("Kind"), self.kind, "kind")
        period = QHBoxLayout()
        period.addWidget(self.period_start)
        period.addWidget(self.period_end)
        self.period_start.setAccessibleName(self.tr("Period from"))
        self.period_end.setAccessibleName(self.tr("Period to"))
        self.layout_.addRow(self.tr("Period covered"), period)
        self.watch(self.period_start)
        self.watch(self.period_end)
        self._fields.update({"period start": self.period_start, "period end": self.period_end})
        self.add(self.tr("Notes"), self.notes, "notes")
        self.renew_row = WrappedCheck(self.tr("Renew the membership for the period paid"))  # (wraps when narrow)
        self.renew = self.renew_row.box
        self.layout_.addRow(self.renew_row)
        self.kind.currentIndexChanged.connect(lambda _i: self._renewable())
        self.finish()
        self._previous = Contribution("", Decimal("0.00"))

    def _renewable(self) -> None:
        dues = self.kind.currentData() == ContributionKind.DUES.value
        self.renew.setEnabled(dues)
        if not dues:
            self.renew.setChecked(False)

    def set_record(self, c: Contribution) -> None:
        with self.loading():
            self._previous = c
            self.amount.setValue(float(c.amount))
            self.currency.setText(c.currency)
            self.date.set_value(c.date)
            choose(self.method, c.method)
            choose(self.kind, c.kind)
            self.period_start.set_value(c.period_start)
            self.period_end.set_value(c.period_end)
            self.notes.setPlainText(c.notes)
            self._renewable()

    def record(self) -> Contribution:
        p = self._previous
        return Contribution(p.person_id, Decimal(f"{self.amount.value():.2f}"), self.currency.text(),
                            self.date.value(), self.method.currentData(), self.kind.currentData(),
                            self.period_start.value(), self.period_end.value(), self.notes.toPlainText(), p.id,
                            p.created)


class DuesEditor(DraftEditor):
    """A membership or contribution editor: the records of the person the panel shows; "New" starts another."""

    title_tag = "b"

    def __init__(self, form, today=date.today):
        self.person_id: str | None = None
        self.today = today
        self.new_button = QPushButton()
        super().__init__(form, "", shortcuts=False)
        self.new_button.clicked.connect(self.new)

    def name_new_button(self, text: str) -> None:
        self.new_button.setText(text)
        self.new_button.setAccessibleName(text)

    def build_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addLayout(self.button_row([self.new_button]))
        return page

    def buttons(self) -> list[QPushButton]:
        return [self.new_button, *super().buttons()]

    def after_delete(self) -> None:
        self.show_blank()

    def set_person(self, ident: str | None) -> None:
        """The panel shows another person (no question: the person editor settled this one's drafts)."""
        self.person_id = ident
        if ident is None or self.vault is None:
            self.ident, self.dirty = None, False
            self.setCurrentWidget(self.empty)
        else:
            self.show_blank()


class MembershipEditor(DuesEditor):
    def __init__(self, today=date.today):
        super().__init__(MembershipForm(), today)
        self.name_new_button(self.tr("New membership"))

    def fetch(self, ident: str) -> Membership:
        return members.membership(self.vault, ident)

    def store(self, ident: str | None, record: Membership) -> str:
        return members.save_membership(self.vault, ident, record)

    def remove(self, ident: str) -> None:
        members.delete_membership(self.vault, ident)

    def set_vault(self, vault) -> None:
        super().set_vault(vault)
        if vault is not None:
            self.form.set_types(members.types(vault))

    def blank(self) -> Membership:
        today = self.today()
        if self.vault is None:
            return Membership(self.person_id or "", "", start=today)
        types = members.types(self.vault)
        self.form.set_types(types)
        first = types[0] if types else None
        end = members.period_end(today, first.months) if first else None
        return Membership(self.person_id or "", first.code if first else "", start=today, end=end)

    def shown(self, ident: str | None) -> None:
        if self.vault is not None:
            self.form.set_types(members.types(self.vault))

    def heading(self, record: Membership) -> str:
        if self.ident is None:
            return self.tr("New membership")
        return self.tr("Membership “%1” (%2)").replace("%1", self.form.type.currentText() or record.type).replace(
            "%2", label(STATUSES, record.status))


class ContributionEditor(DuesEditor):
    def __init__(self, today=date.today):
        super().__init__(ContributionForm(), today)
        self.form.date.today = lambda: self.today()
        self.name_new_button(self.tr("New contribution"))

    def fetch(self, ident: str) -> Contribution:
        return members.contribution(self.vault, ident)

    def store(self, ident: str | None, record: Contribution) -> str:
        renew = self.form.renew.isChecked() and record.kind == ContributionKind.DUES.value
        return members.save_contribution(self.vault, ident, record, renew=renew)

    def remove(self, ident: str) -> None:
        members.delete_contribution(self.vault, ident)

    def blank(self) -> Contribution:
        """New dues: the type's fee, for the period they would renew (when the person is a member)."""
        blank = Contribution(self.person_id or "", Decimal("0.00"), date=self.today())
        if self.vault is None or not self.person_id:
            return blank
        try:
            proposal = members.dues_proposal(self.vault, self.person_id, self.today())
        except Exception:  # noqa: BLE001 - e.g. a membership already running to 9999: nothing to propose
            proposal = None
        if proposal is None:
            return blank
        fee, currency, start, end = proposal
        return Contribution(self.person_id, fee if fee is not None else Decimal("0.00"), currency, self.today(),
                            period_start=start, period_end=end)

    def shown(self, ident: str | None) -> None:
        """A new contribution of a member renews their membership unless told otherwise; a stored one does not."""
        record = self.form.record()
        self.form.renew.setChecked(ident is None and record.period_end is not None
                                   and record.kind == ContributionKind.DUES.value)

    def heading(self, record: Contribution) -> str:
        if self.ident is None:
            return self.tr("New contribution")
        return self.tr("Contribution of %1").replace("%1", day(record.date))
