"""The CSV column mapping: each column of the file with the field it fills (recognised from its header in
French or English, or from a saved mapping), changeable with a drop-down."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..signals import emit

translate = QCoreApplication.translate

IGNORE = "ignore"
CUSTOM = "custom:"
CHOICES = (
    ("ignore", QT_TRANSLATE_NOOP("Mapping", "Not imported")),
    ("given", QT_TRANSLATE_NOOP("Mapping", "Given name")),
    ("family", QT_TRANSLATE_NOOP("Mapping", "Family name")),
    ("name", QT_TRANSLATE_NOOP("Mapping", "Full name")),
    ("member_number", QT_TRANSLATE_NOOP("Mapping", "Member number")),
    ("email", QT_TRANSLATE_NOOP("Mapping", "Email")),
    ("email_type", QT_TRANSLATE_NOOP("Mapping", "Email type")),
    ("email2", QT_TRANSLATE_NOOP("Mapping", "Second email")),
    ("phone", QT_TRANSLATE_NOOP("Mapping", "Phone")),
    ("phone2", QT_TRANSLATE_NOOP("Mapping", "Second phone")),
    ("mobile", QT_TRANSLATE_NOOP("Mapping", "Mobile phone")),
    ("phone_home", QT_TRANSLATE_NOOP("Mapping", "Home phone")),
    ("phone_work", QT_TRANSLATE_NOOP("Mapping", "Work phone")),
    ("street", QT_TRANSLATE_NOOP("Mapping", "Street")),
    ("street2", QT_TRANSLATE_NOOP("Mapping", "Street, second line")),
    ("postcode", QT_TRANSLATE_NOOP("Mapping", "Postcode")),
    ("city", QT_TRANSLATE_NOOP("Mapping", "City")),
    ("region", QT_TRANSLATE_NOOP("Mapping", "Region")),
    ("country", QT_TRANSLATE_NOOP("Mapping", "Country")),
    ("birth_date", QT_TRANSLATE_NOOP("Mapping", "Birth date")),
    ("languages", QT_TRANSLATE_NOOP("Mapping", "Languages")),
    ("notes", QT_TRANSLATE_NOOP("Mapping", "Notes")),
    ("tags", QT_TRANSLATE_NOOP("Mapping", "Tags")),
    ("consents", QT_TRANSLATE_NOOP("Mapping", "Consents")),
    ("organisation", QT_TRANSLATE_NOOP("Mapping", "Organisation")),
    ("company", QT_TRANSLATE_NOOP("Mapping", "Legal entity represented (Galette)")),
    ("role", QT_TRANSLATE_NOOP("Mapping", "Role in the association (a tag)")),
    ("membership_type", QT_TRANSLATE_NOOP("Mapping", "Membership type")),
    ("membership_status", QT_TRANSLATE_NOOP("Mapping", "Membership status")),
    ("membership_start", QT_TRANSLATE_NOOP("Mapping", "Membership start")),
    ("membership_end", QT_TRANSLATE_NOOP("Mapping", "Membership end")),
    ("contribution_amount", QT_TRANSLATE_NOOP("Mapping", "Contribution amount")),
    ("contribution_date", QT_TRANSLATE_NOOP("Mapping", "Contribution date")),
    ("contribution_currency", QT_TRANSLATE_NOOP("Mapping", "Contribution currency")),
    ("contribution_method", QT_TRANSLATE_NOOP("Mapping", "Payment method")),
    ("contribution_kind", QT_TRANSLATE_NOOP("Mapping", "Contribution type")),
    ("contribution_notes", QT_TRANSLATE_NOOP("Mapping", "Contribution comments")),
    ("contribution_period_start", QT_TRANSLATE_NOOP("Mapping", "Contribution period start")),
    ("contribution_period_end", QT_TRANSLATE_NOOP("Mapping", "Contribution period end")),
    ("id", QT_TRANSLATE_NOOP("Mapping", "Identifier (Commons)")),
)


def choice_label(field: str) -> str:
    for key, text in CHOICES:
        if key == field:
            return translate("Mapping", text)
    if field.startswith(CUSTOM):
        return translate("Mapping", "Custom field “%1”").replace("%1", field[len(CUSTOM):])
    return field


class MappingTable(QTableWidget):
    """``set_columns(headers, mapping)``; ``edited(header, field)`` when the user changes a column."""

    edited = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Imported as")])
        self.setAccessibleName(self.tr("Column mapping"))
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setTabKeyNavigation(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the drop-downs of the rows instead
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.headers: list[str] = []
        self.boxes: list[QComboBox] = []

    def set_columns(self, headers: list[str], mapping: dict[str, str]) -> None:
        if list(headers) == self.headers:  # the same file read again: only the choices change
            for header, box in zip(self.headers, self.boxes, strict=True):
                box.blockSignals(True)
                self._select(box, mapping.get(header, IGNORE))
                box.blockSignals(False)
            return
        self.headers = list(headers)
        self.boxes = []
        self.setRowCount(0)
        self.setRowCount(len(headers))
        for row, header in enumerate(headers):
            item = QTableWidgetItem(header)
            item.setToolTip(header)
            self.setItem(row, 0, item)
            box = QComboBox()
            box.setAccessibleName(self.tr("Field for the column “%1”").replace("%1", header))
            for key, _text in CHOICES:
                box.addItem(choice_label(key), key)
            custom = CUSTOM + header.strip()
            box.addItem(choice_label(custom), custom)
            self._select(box, mapping.get(header, IGNORE))
            box.currentIndexChanged.connect(lambda _i, h=header, b=box: emit(self.edited, h, b.currentData()))
            self.setCellWidget(row, 1, box)
            self.boxes.append(box)
        self.resizeRowsToContents()
        self._tab_order()

    def _tab_order(self) -> None:
        """Tab walks the drop-downs right after the control before the table (cell widgets would come last)."""
        before = self.previousInFocusChain()
        while before is not self and (self.isAncestorOf(before) or not before.focusPolicy() & Qt.FocusPolicy.TabFocus):
            before = before.previousInFocusChain()
        chain = [before, *self.boxes]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def field_of(self, header: str) -> str:
        return self.boxes[self.headers.index(header)].currentData()

    def choose(self, header: str, field: str) -> None:
        """Like a user choosing ``field`` for the column ``header``."""
        self._select(self.boxes[self.headers.index(header)], field)

    @staticmethod
    def _select(box: QComboBox, field: str) -> None:
        if box.findData(field) < 0:
            box.addItem(choice_label(field), field)
        box.setCurrentIndex(box.findData(field))
