"""The person's "Shared with" tab: every export, bundle or report that carried this person's data (when,
what, to whom, which fields), from the vault's disclosure log; and the access report "everything we hold
about you" (GDPR) as a PDF, itself recorded in the log."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import profiles
from ..errors import describe
from ..signals import emit
from . import jobs, print_words, wording


class DisclosuresPanel(QWidget):
    reported = Signal(str)  # the report file written

    def __init__(self, bridge=None, ask=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.bridge, self.ask = bridge, ask
        self.vault, self.person_id = None, None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Where this person's data was shared"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("How"), self.tr("To whom"), self.tr("File"),
                                              self.tr("Fields")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())  # wrapped field lists
        self.report_button = QPushButton(self.tr("Everything we hold about this person (PDF)…"))
        self.report_button.setAccessibleName(self.tr("Write the access report of this person"))
        self.report_button.setToolTip(self.tr("The answer to an access request: every field, membership, "
                                              "contribution, document and disclosure, as a PDF"))
        self.report_button.clicked.connect(self.write_report)
        self.message = QLabel()
        self.message.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)  # the wrapped field lists, once the widths are known

    def set_vault(self, vault) -> None:
        self.vault = vault
        if vault is None:
            self.set_person(None)

    def set_person(self, person_id: str | None) -> None:
        self.person_id = person_id
        self.message.setText("")
        self.reload()

    def reload(self) -> None:
        found = profiles.disclosures(self.vault, self.person_id) if self.vault and self.person_id else []
        self.intro.setText(self.tr("This person's data was shared %n times:", "", len(found)) if found else
                           self.tr("This person's data was never exported nor sent to anyone."))
        self.table.setRowCount(len(found))
        for row, line in enumerate(found):
            who = ", ".join(wording.recipient_label(r) for r in line.recipients)
            fields = wording.fields_text(line.fields)
            cells = [wording.local_time(line.at), wording.kind_label(line.kind), who, line.destination, fields]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.report_button.setEnabled(self.person_id is not None)

    def write_report(self) -> None:
        if self.vault is None or self.person_id is None:
            return
        path = self.ask.save_file(self.tr("Save the access report"), "access-report.pdf", "*.pdf")
        if not path:
            return
        words = print_words.words()
        if self.bridge is None:
            try:
                jobs.person_report(self.vault, self.person_id, path, words)
            except Exception as exc:  # noqa: BLE001
                self._failed(exc)
                return
            self._written(path)
            return
        self.bridge.submit(jobs.person_report, self.person_id, path, words, vault=self.vault,
                           label=self.tr("Writing the access report"), on_finished=lambda _r: self._written(path),
                           on_failed=self._failed)

    def _written(self, path: str) -> None:
        self.reload()
        self.message.setText(self.tr("Written: %1").replace("%1", path))
        emit(self.reported, path)

    def _failed(self, error) -> None:
        self.message.setText(describe(error))

