"""Joining: a membership type from the vault's list (its fee and duration shown), a start date, and an optional first
payment (the type's fee by default, its method and day), written together or not at all."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ...core.enums import PaymentMethod
from ...core.errors import CommonsError, InvalidField
from ...core.model import Membership
from ...services import members
from ..errors import describe
from ..format import day, money
from ..labels import METHODS, label
from ..signals import emit
from ..widgets.date_field import DateField
from ..widgets.simple_form import choice_box, money_box
from .types_editor import TypesDialog, duration_text


class JoinDialog(QDialog):
    """``joined`` carries the new membership once it is written."""

    joined = Signal(object)

    def __init__(self, vault, person_id: str, today=date.today, ask=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault, self.person_id, self.today, self.ask = vault, person_id, today, ask
        self.types_dialog: TypesDialog | None = None
        self.setWindowTitle(self.tr("Join"))
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Membership type"))
        self.types_button = QPushButton(self.tr("Types…"))
        self.types_button.setToolTip(self.tr("Add or change the membership types of the vault"))
        self.types_button.setAccessibleName(self.tr("Membership types"))
        self.types_button.clicked.connect(self.edit_types)
        self.start = DateField(optional=False, today=today)
        self.start.setAccessibleName(self.tr("First day"))
        self.period = QLabel()
        self.pay = QCheckBox(self.tr("Record a first payment"))
        self.amount = money_box()
        self.amount.setAccessibleName(self.tr("Amount"))
        self.currency = QLabel()
        self.method = choice_box(tuple((m.value, label(METHODS, m.value)) for m in PaymentMethod))
        self.method.setAccessibleName(self.tr("Method"))
        self.method.setCurrentIndex(self.method.findData(PaymentMethod.TRANSFER.value))
        self.paid_on = DateField(optional=False, today=today)
        self.paid_on.setAccessibleName(self.tr("Paid on"))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Join"))
        self.buttons.accepted.connect(self.accept_join)
        self.buttons.rejected.connect(self.reject)
        kind = QHBoxLayout()
        kind.addWidget(self.type, 1)
        kind.addWidget(self.types_button)
        amount = QHBoxLayout()
        amount.addWidget(self.amount, 1)
        amount.addWidget(self.currency)
        form = QFormLayout(self)
        form.addRow(self.tr("Membership type"), kind)
        form.addRow(self.tr("First day"), self.start)
        form.addRow("", self.period)
        form.addRow(self.pay)
        form.addRow(self.tr("Amount"), amount)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Paid on"), self.paid_on)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.type.currentIndexChanged.connect(self._type_chosen)
        self.start.edited.connect(self._show_period)
        self.pay.toggled.connect(self._update)
        self.fill_types()
        self._update()

    def fill_types(self, keep: str | None = None) -> None:
        self.types = members.types(self.vault)
        self.type.blockSignals(True)
        self.type.clear()
        for t in self.types:
            fee = money(t.fee, t.currency) if t.fee is not None else self.tr("no fee set")
            self.type.addItem(self.tr("%1 — %2, %3").replace("%1", t.label).replace("%2", fee)
                              .replace("%3", duration_text(t.months)), t.code)
        self.type.setCurrentIndex(max(0, self.type.findData(keep)))
        self.type.blockSignals(False)
        self._type_chosen()

    def chosen_type(self):
        code = self.type.currentData()
        return next((t for t in self.types if t.code == code), None)

    def _type_chosen(self, *_args) -> None:
        t = self.chosen_type()
        self.amount.setValue(float(t.fee) if t is not None and t.fee is not None else 0.0)
        self.pay.setChecked(t is not None and t.fee is not None)
        self.currency.setText(t.currency if t is not None else "EUR")
        self._show_period()
        self._update()

    def _show_period(self, *_args) -> None:
        t, start = self.chosen_type(), self.start.value()
        if t is None or start is None:
            self.period.clear()
            return
        end = members.period_end(start, t.months)
        self.period.setText(self.tr("Until %1").replace("%1", day(end)) if end else self.tr("No end date"))
        if not self.pay.isChecked():
            self.paid_on.set_value(start)

    def _update(self, *_args) -> None:
        has_types = bool(self.types)
        self.ok_button.setEnabled(has_types)
        for widget in (self.amount, self.method, self.paid_on):
            widget.setEnabled(self.pay.isChecked())
        if not has_types:
            self.show_error(self.tr("The vault has no membership type yet: add one with “Types…”."))
        else:
            self.show_error("")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def edit_types(self) -> None:
        """The types editor over this dialog; the list here follows what it did when it closes."""
        keep = self.type.currentData()
        self.types_dialog = TypesDialog(self.vault, self.ask, self)
        self.types_dialog.finished.connect(lambda _result: self._types_edited(keep))
        self.types_dialog.open()

    def _types_edited(self, keep: str | None) -> None:
        added = [t.code for t in members.types(self.vault) if t.code not in {x.code for x in self.types}]
        self.fill_types(added[-1] if added else keep)
        self._update()

    def accept_join(self) -> None:
        t = self.chosen_type()
        if t is None:
            return
        payment = None
        if self.pay.isChecked():
            payment = members.Payment(Decimal(f"{self.amount.value():.2f}"), self.method.currentData(),
                                      self.paid_on.value(), t.currency)
        try:
            made: Membership = members.join(self.vault, self.person_id, type=t.code, start=self.start.value(),
                                            payment=payment, today=self.today())
        except InvalidField as exc:
            self.show_error(describe(exc))
            (self.amount if exc.field == "amount" else self.start).setFocus()
            return
        except CommonsError as exc:
            self.show_error(describe(exc))
            return
        emit(self.joined, made)
        self.accept()
