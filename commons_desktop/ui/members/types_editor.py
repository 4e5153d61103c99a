"""The vault's one list of membership types: each with the collective's own label, a default fee and a duration.
Add, change, reorder and remove them (a type still in use is removed by moving its memberships to another type)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CommonsError, InvalidField
from ...core.model import MembershipType
from ...services import members
from ..errors import describe
from ..format import money
from ..widgets.simple_form import money_box


class Durations(QObject):
    """A type's duration in words (plural forms come from ``tr()``, which lupdate reads with their numerus)."""

    def text(self, months: int) -> str:
        if months <= 0:
            return self.tr("no end")
        if months % 12 == 0:
            return self.tr("%n years", "", months // 12)
        return self.tr("%n months", "", months)


def duration_text(months: int) -> str:
    return Durations().text(months)


class TypesEditor(QWidget):
    """The list as a table, with a small form under it for the type chosen (or a new one)."""

    def __init__(self, vault=None, ask=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault, self.ask = vault, ask
        self.types: list[MembershipType] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Type"), self.tr("Fee"), self.tr("Duration"),
                                              self.tr("Memberships")])
        self.table.setAccessibleName(self.tr("Membership types"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(5 * (self.fontMetrics().height() + 8))
        self.table.itemSelectionChanged.connect(self._chosen)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. Member, Supporting member, Student"))
        self.label.setAccessibleName(self.tr("Name of the type"))
        self.fee = money_box()
        self.fee.setAccessibleName(self.tr("Default fee"))
        self.fee.setSpecialValueText(self.tr("No fee"))
        self.currency = QLineEdit("EUR")
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(60)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.months = QSpinBox()
        self.months.setRange(0, MembershipType.MAX_MONTHS)
        self.months.setValue(12)
        self.months.setSuffix(self.tr(" months"))
        self.months.setSpecialValueText(self.tr("No end"))
        self.months.setAccessibleName(self.tr("Duration"))
        self.new_button = QPushButton(self.tr("New type"))
        self.save_button = QPushButton(self.tr("Add"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.up_button.clicked.connect(self.move_up)
        self.remove_button.clicked.connect(self.remove)
        for button in (self.new_button, self.save_button, self.up_button, self.remove_button):
            button.setAccessibleName(button.text())
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        fee = QHBoxLayout()
        fee.addWidget(self.fee, 1)
        fee.addWidget(self.currency)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.label)
        form.addRow(self.tr("Default fee"), fee)
        form.addRow(self.tr("Duration"), self.months)
        actions = QHBoxLayout()
        actions.addWidget(self.up_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(self.new_button)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        self.refresh()

    def set_vault(self, vault) -> None:
        self.vault = vault
        self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        self.types = members.types(self.vault) if self.vault is not None else []
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.types))
        for row, t in enumerate(self.types):
            used = members.type_in_use(self.vault, t.code)
            cells = [t.label, money(t.fee, t.currency) if t.fee is not None else "", duration_text(t.months),
                     str(used)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(self.tr("Code: %1").replace("%1", t.code))
                if column in (1, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.clearSelection()
        codes = [t.code for t in self.types]
        if keep in codes:
            self.table.selectRow(codes.index(keep))
        self.table.blockSignals(False)
        self._chosen()

    def current(self) -> MembershipType | None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return self.types[rows.pop()] if len(rows) == 1 else None

    def _chosen(self) -> None:
        t = self.current()
        self.show_error("")
        self.label.setText(t.label if t else "")
        self.fee.setValue(float(t.fee) if t and t.fee is not None else 0.0)
        self.currency.setText(t.currency if t else "EUR")
        self.months.setValue(t.months if t else 12)
        self.save_button.setText(self.tr("Save") if t else self.tr("Add"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.up_button.setEnabled(t is not None and self.types.index(t) > 0)
        self.remove_button.setEnabled(t is not None)

    def new(self) -> None:
        self.table.clearSelection()
        self._chosen()
        self.label.setFocus()

    def typed(self) -> MembershipType:
        fee = Decimal(f"{self.fee.value():.2f}")
        return MembershipType(self.label.text(), fee if fee > 0 else None, self.currency.text(), self.months.value())

    def save(self) -> None:
        t = self.current()
        try:
            done = (members.update_type(self.vault, t.code, self.typed()) if t is not None
                    else members.add_type(self.vault, self.typed()))
        except InvalidField as exc:
            self.show_error(describe(exc))
            {"fee": self.fee, "currency": self.currency, "duration": self.months}.get(exc.field, self.label).setFocus()
            return
        except CommonsError as exc:
            self.show_error(describe(exc))
            return
        self.refresh(done.code)

    def move_up(self) -> None:
        t = self.current()
        if t is None:
            return
        codes = [x.code for x in self.types]
        at = codes.index(t.code)
        if at > 0:
            codes[at - 1], codes[at] = codes[at], codes[at - 1]
            members.move_types(self.vault, codes)
            self.refresh(t.code)

    def remove(self) -> None:
        t = self.current()
        if t is None:
            return
        used = members.type_in_use(self.vault, t.code)
        into = None
        if used:
            others = [x for x in self.types if x.code != t.code]
            if not others:
                self.show_error(self.tr("Memberships have this type: add the type they should take first."))
                return
            chosen = self.ask.item(self.tr("Remove a membership type"),
                                   self.tr("%n memberships have the type “%1”. Which type should they take?", "",
                                           used).replace("%1", t.label), [x.label for x in others], editable=False)
            if chosen is None:
                return
            into = next((x.code for x in others if x.label == chosen), None)
            if into is None:
                return
        elif not self.ask.confirm(self.tr("Remove a membership type"),
                                  self.tr("Remove the type “%1”?").replace("%1", t.label)):
            return
        try:
            members.remove_type(self.vault, t.code, into)
        except CommonsError as exc:
            self.show_error(describe(exc))
            return
        self.refresh(into)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class TypesDialog(QDialog):
    """The types editor on its own (from the join dialog)."""

    def __init__(self, vault, ask=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Membership types"))
        self.setMinimumWidth(480)
        self.editor = TypesEditor(vault, ask)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
