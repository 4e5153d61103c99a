"""The Members screen: the renewal list (memberships ending within N days, or lapsed) and renewals."""

from __future__ import annotations

from datetime import date

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
from ..errors import describe
from ..format import day
from ..labels import STATUSES, label
from ..signals import emit


class MembersView(QWidget):
    status = Signal(str)
    open_person = Signal(str)

    def __init__(self, parent: QWidget | None = None, today=date.today):
        super().__init__(parent)
        self.vault, self.today, self.rows = None, today, []
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
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Status"), self.tr("Membership"),
                                              self.tr("Ends"), self.tr("Days left")])
        self.table.setAccessibleName(self.tr("Renewal list"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda item: self._open(item.row()))
        self.renew_button = QPushButton(self.tr("Renew selected for one year"))
        self.renew_button.clicked.connect(self.renew_selected)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        self.summary = QLabel()
        for button in (self.renew_button, self.open_button):
            button.setAccessibleName(button.text())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ending within")))
        top.addWidget(self.days)
        top.addWidget(self.lapsed)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.renew_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def set_vault(self, vault) -> None:
        """Shown data is (re)loaded when the section is shown (``activated``), not at every unlock."""
        self.vault = vault
        if vault is None:
            self.refresh()

    def clear(self) -> None:
        self.vault = None
        self.refresh()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.rows = (renewals.renewal_list(self.vault, within_days=self.days.value(), today=self.today(),
                                        include_lapsed=self.lapsed.isChecked()) if self.vault is not None else [])
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = [row.name, label(STATUSES, row.status), row.type, day(row.end),
                     "" if row.days_left is None else str(row.days_left)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.summary.setText(self.tr("%n members to renew", "", len(self.rows)))

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
