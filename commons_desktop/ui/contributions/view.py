"""The Contributions screen: every contribution, newest first, loaded as the list scrolls."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ...services import lists, members
from ..format import day, money, period
from ..labels import CONTRIBUTION_KINDS, METHODS, label
from ..signals import emit
from ..widgets.incremental_model import IncrementalModel

translate = QCoreApplication.translate


def headers() -> list[str]:
    return [
        translate("ContributionColumns", "Date"),
        translate("ContributionColumns", "Person"),
        translate("ContributionColumns", "Amount"),
        translate("ContributionColumns", "Method"),
        translate("ContributionColumns", "Kind"),
        translate("ContributionColumns", "Period"),
    ]


class ContributionsView(QWidget):
    status = Signal(str)
    open_person = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = None
        self.model = IncrementalModel(headers, self._fetch, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Contributions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((100, 220, 120, 120, 100)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.open_button = QPushButton(self.tr("Open the person"))
        self.open_button.setAccessibleName(self.open_button.text())
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex().row()))
        heading = QLabel(self.tr("<h2>Contributions</h2><p>Dues and donations, newest first. Add one from a "
                                 "person's “Membership and dues” tab.</p>"))
        heading.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _fetch(self, offset: int, limit: int):
        if self.vault is None:
            return [], []
        found = members.list_contributions(self.vault, limit=limit, offset=offset)
        names = lists.person_names(self.vault, [c.person_id for c in found])
        cells = [[day(c.date), names.get(c.person_id, ""), money(c.amount, c.currency),
                  label(METHODS, c.method), label(CONTRIBUTION_KINDS, c.kind), period(c.period_start, c.period_end)]
                 for c in found]
        return found, cells

    def set_vault(self, vault) -> None:
        """The list is loaded when the section is shown (``activated``), not at every unlock."""
        self.vault = vault
        self.model.reset(False)

    def clear(self) -> None:
        self.set_vault(None)

    def activated(self) -> None:
        self.model.reset(self.vault is not None)

    def _open(self, row: int) -> None:
        record = self.model.record_at(row)
        if record is not None:
            emit(self.open_person, record.person_id)
