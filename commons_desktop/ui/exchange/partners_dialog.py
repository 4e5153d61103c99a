"""Partners and identity: this group's identity card (to give to partners) with its fingerprint and a copy
button, the list of partner groups, and adding a partner from the card it gave (its fingerprint is shown
first, to compare with the one the partner reads out by phone or in person). Same services as the CLI."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import partners
from ..errors import describe
from ..signals import emit
from ..widgets.screen_fit import open_at
from . import wording


def fixed_font():
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


class PartnersDialog(QDialog):
    changed = Signal()

    def __init__(self, vault, ask, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault, self.ask = vault, ask
        self.card_ok = False
        self.setWindowTitle(self.tr("Partners and identity"))
        open_at(self, 900, 640)  # (or the screen's room, when smaller)
        self.card = QPlainTextEdit()
        self.card.setReadOnly(True)
        self.card.setAccessibleName(self.tr("This group's identity card"))
        self.card.setFont(fixed_font())
        self.card.setMaximumHeight(80)
        self.card.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.fingerprint = QLabel()
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of this group"))
        big = fixed_font()
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.2)
        self.fingerprint.setFont(big)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy the card"))
        self.copy_button.clicked.connect(self.copy_card)
        mine = QGroupBox(self.tr("This group's identity"))
        mine_form = QFormLayout(mine)
        mine_form.addRow(QLabel(self.tr("Give this card to partner groups (by email, on paper…). It holds only "
                                        "public keys.")))
        mine_form.addRow(self.tr("Card"), self.card)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.fingerprint, 1)
        copy_row.addWidget(self.copy_button)
        mine_form.addRow(self.tr("Fingerprint"), copy_row)

        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Partner groups"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Fingerprint"), self.tr("Bundles sent"),
                                              self.tr("Bundles received")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton(self.tr("Forget this partner…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update)
        listed = QGroupBox(self.tr("Partner groups"))
        listed_layout = QVBoxLayout(listed)
        listed_layout.addWidget(self.table, 1)
        listed_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the partner group"))
        self.new_card = QPlainTextEdit()
        self.new_card.setAccessibleName(self.tr("The partner's identity card"))
        self.new_card.setPlaceholderText(self.tr("Paste the card the partner gave you (it starts with commons-id:1:)"))
        self.new_card.setTabChangesFocus(True)
        self.new_card.setFont(fixed_font())
        self.new_card.setMaximumHeight(70)
        self.new_card.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.new_card.textChanged.connect(self._card_edited)
        self.new_fingerprint = QLabel()
        self.new_fingerprint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add this partner"))
        self.add_button.clicked.connect(self.add_partner)
        self.name.textChanged.connect(lambda _t: self._update())
        adding = QGroupBox(self.tr("Add a partner group"))
        add_form = QFormLayout(adding)
        add_form.addRow(self.tr("Name"), self.name)
        add_form.addRow(self.tr("Identity card"), self.new_card)
        add_form.addRow("", self.new_fingerprint)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        add_form.addRow("", add_row)

        self.message = QLabel()
        self.message.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.copy_button, self.remove_button, self.add_button, close):
            button.setAccessibleName(button.text())
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(mine)
        layout.addWidget(listed, 1)
        layout.addWidget(adding)
        layout.addLayout(bottom)
        self.refresh()

    def refresh(self) -> None:
        if self.vault is None:
            return
        shown = partners.show_identity(self.vault)
        self.card.setPlainText(shown["card"])
        self.fingerprint.setText(shown["fingerprint"])
        found = partners.list_all(self.vault)
        self.table.setRowCount(len(found))
        for row, p in enumerate(found):
            cells = [p.name, p.fingerprint, str(p.sent_seq), str(max(p.received_seq, p.received_global))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setFont(fixed_font())
                self.table.setItem(row, column, item)
        self._update()

    def copy_card(self) -> None:
        QGuiApplication.clipboard().setText(self.card.toPlainText())
        self._say(self.tr("Card copied: paste it into a message to the partner group."))

    def _card_edited(self) -> None:
        text = self.new_card.toPlainText().strip()
        self.card_ok = False
        if not text:
            self.new_fingerprint.setText("")
        else:
            try:
                seen = partners.inspect_card(text)
            except Exception as exc:  # noqa: BLE001 - a damaged or partial card: said
                self.new_fingerprint.setText(describe(exc))
            else:
                self.card_ok = True
                self.new_fingerprint.setText(self.tr(
                    "Card of “%1”, fingerprint <b>%2</b>. Compare it with the fingerprint the partner reads out to "
                    "you before adding it.").replace("%1", wording.escape(seen["name"])).replace(
                    "%2", seen["fingerprint"]))
                if not self.name.text().strip():
                    self.name.setText(seen["name"])
        self._update()

    def add_partner(self) -> None:
        try:
            p = partners.add(self.vault, self.name.text(), self.new_card.toPlainText())
        except Exception as exc:  # noqa: BLE001
            self._say(describe(exc))
            return
        self.name.clear()
        self.new_card.clear()
        self._say(self.tr("Partner “%1” added.").replace("%1", p.name))
        self.refresh()
        emit(self.changed)

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        name = self.table.item(row, 0).text()
        if not self.ask.confirm(self.tr("Forget a partner"),
                                self.tr("Forget the partner “%1”? Its bundles will be refused until it is added "
                                        "again.").replace("%1", name)):
            return
        try:
            partners.remove(self.vault, name)
        except Exception as exc:  # noqa: BLE001
            self._say(describe(exc))
            return
        self.refresh()
        emit(self.changed)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _update(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0 and bool(self.table.selectedItems()))
        self.add_button.setEnabled(self.card_ok and bool(self.name.text().strip()))

    def clear(self) -> None:
        self.vault = None
        self.reject()

