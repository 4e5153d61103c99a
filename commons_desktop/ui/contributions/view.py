"""The Contributions screen: contributions filtered by year, kind and method (newest first, loaded as the list
scrolls), their totals per year and kind, and the export of what the filters show (spreadsheet or CSV)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import dues, lists
from ..errors import describe
from ..format import day, money, period
from ..labels import CONTRIBUTION_KINDS, METHODS, label
from ..members import jobs
from ..members.table_words import contribution_headers, sheet_name, suffix_format
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

    def __init__(self, bridge=None, ask=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault, self.bridge, self.ask = None, bridge, ask
        self.chosen = dues.Filter()
        self.model = IncrementalModel(headers, self._fetch, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Contributions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the person's name takes what is left
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Year"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("All kinds"), None)
        for value in CONTRIBUTION_KINDS:
            self.kind.addItem(label(CONTRIBUTION_KINDS, value), value)
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Method"))
        self.method.addItem(self.tr("Any method"), None)
        for value in METHODS:
            self.method.addItem(label(METHODS, value), value)
        for box in (self.year, self.kind, self.method):
            box.currentIndexChanged.connect(self._filtered)
        self.totals = QTableWidget(0, 4)
        self.totals.setHorizontalHeaderLabels([self.tr("Year"), self.tr("Kind"), self.tr("Total"), self.tr("Count")])
        self.totals.setAccessibleName(self.tr("Totals per year and kind"))
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totals.verticalHeader().setVisible(False)
        self.totals.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.totals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.totals.setMaximumHeight(6 * (self.fontMetrics().height() + 6) + 4)
        self.totals.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.count = QLabel()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("The contributions the filters show, as a spreadsheet or a CSV file"))
        self.export_button.clicked.connect(self.export)
        self.open_button = QPushButton(self.tr("Open the person"))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex().row()))
        for button in (self.export_button, self.open_button):
            button.setAccessibleName(button.text())
        heading = QLabel(self.tr("<h2>Contributions</h2><p>Dues and donations, newest first. Add one from a "
                                 "person's “Membership and dues” tab.</p>"))
        heading.setWordWrap(True)
        filters = QHBoxLayout()
        for text, box in ((self.tr("Year"), self.year), (self.tr("Kind"), self.kind), (self.tr("Method"), self.method)):
            filters.addWidget(QLabel(text))
            filters.addWidget(box)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        totals = QHBoxLayout()
        totals.addWidget(self.totals)
        totals.addStretch(1)
        layout.addLayout(totals)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _fetch(self, offset: int, limit: int):
        if self.vault is None:
            return [], []
        found = dues.page(self.vault, self.chosen, offset, limit)
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
        self.totals.setRowCount(0)
        self.count.clear()

    def activated(self) -> None:
        self._fill_years()
        self.refresh()

    def show_filter(self, chosen: dues.Filter) -> None:
        """Show these contributions (the home page's "dues received this year")."""
        self._fill_years(chosen.year)
        for box, value in ((self.kind, chosen.kind), (self.method, chosen.method)):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)
        self._filtered()

    def _fill_years(self, wanted: int | None | bool = False) -> None:
        current = self.year.currentData() if wanted is False else wanted
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        years = dues.years(self.vault) if self.vault is not None else []
        if isinstance(current, int) and current not in years:
            years = sorted({*years, current}, reverse=True)
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(current)))
        self.year.blockSignals(False)

    def _filtered(self, *_args) -> None:
        self.chosen = dues.Filter(self.year.currentData(), self.kind.currentData(), self.method.currentData())
        self.refresh()

    def refresh(self) -> None:
        self.model.reset(self.vault is not None)
        found = dues.totals(self.vault, self.chosen) if self.vault is not None else []
        self.totals.setRowCount(len(found))
        for row, t in enumerate(found):
            for column, text in enumerate((str(t.year), label(CONTRIBUTION_KINDS, t.kind), money(t.amount, t.currency),
                                           f"{t.count:,}".replace(",", "\u202f"))):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.totals.setItem(row, column, item)
        total = dues.count(self.vault, self.chosen) if self.vault is not None else 0
        self.count.setText(self.tr("%n contributions", "", total))
        self.export_button.setEnabled(total > 0)

    def export(self) -> None:
        path = self.ask.save_file(self.tr("Export the contributions"), self.tr("contributions") + ".ods",
                                  self.tr("Spreadsheet (*.ods);;Excel (*.xlsx);;CSV (*.csv)"))
        if not path:
            return
        path, fmt = suffix_format(path)
        methods = {m: label(METHODS, m) for m in METHODS}
        kinds = {k: label(CONTRIBUTION_KINDS, k) for k in CONTRIBUTION_KINDS}
        done = self.tr("Written: %1. It is recorded in the disclosure log.").replace("%1", path)
        self.bridge.submit(jobs.export_contributions, self.chosen, fmt, path, contribution_headers(),
                           sheet_name("contributions"), lambda m: methods.get(m, m), lambda k: kinds.get(k, k), day,
                           vault=self.vault, label=self.tr("Exporting the contributions"),
                           on_finished=lambda _r: emit(self.status, done),
                           on_failed=lambda exc: emit(self.status, describe(exc)))

    def _open(self, row: int) -> None:
        record = self.model.record_at(row)
        if record is not None:
            emit(self.open_person, record.person_id)
