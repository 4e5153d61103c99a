"""The merge dialog: both records side by side, field by field; choose the value to keep where they
differ; lists (emails, phones, addresses, tags...) are united. Merging keeps both histories."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CommonsError
from ...core.model import Person
from ...services import lists, merge
from ..errors import describe
from ..format import day
from ..signals import emit
from ..widgets.screen_fit import open_at


def _show(person: Person, field: str) -> str:
    value = getattr(person, field)
    if field == "emails":
        return ", ".join(e.address for e in value)
    if field == "phones":
        return ", ".join(p.number for p in value)
    if field == "addresses":
        return "; ".join(a.one_line() for a in value)
    if field in ("languages", "tags"):
        return ", ".join(value)
    if field == "custom":
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if field == "birth_date":
        return day(value)
    return str(value or "")


class MergeDialog(QDialog):
    merged = Signal(object)  # the MergeReport

    def __init__(self, vault, first_id: str, second_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault, self.ids = vault, (first_id, second_id)
        self.people = (lists.person(vault, first_id), lists.person(vault, second_id))
        self.setWindowTitle(self.tr("Merge two records"))
        open_at(self, 760, 480)  # (or the screen's room, when smaller)
        intro = QLabel(self.tr("Are these the same person? Choose the values to keep. Emails, phones, addresses, "
                               "languages, tags and custom fields of both are kept; memberships, contributions, "
                               "relationships and documents move to the kept record. Both histories are kept."))
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Record A</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Record B</b>")), 0, 2)
        self.keep = QButtonGroup(self)
        self.keep_a = QRadioButton(self.tr("Keep this record"))
        self.keep_b = QRadioButton(self.tr("Keep this record"))
        self.keep_a.setAccessibleName(self.tr("Keep record A"))
        self.keep_b.setAccessibleName(self.tr("Keep record B"))
        self.keep_a.setChecked(True)
        self.keep.addButton(self.keep_a, 0)
        self.keep.addButton(self.keep_b, 1)
        grid.addWidget(self.keep_a, 1, 1)
        grid.addWidget(self.keep_b, 1, 2)
        labels = {"given": self.tr("Given name"), "family": self.tr("Family name"), "birth_date": self.tr("Birth date"),
                  "notes": self.tr("Notes"), "emails": self.tr("Emails"), "phones": self.tr("Phones"),
                  "addresses": self.tr("Addresses"), "languages": self.tr("Languages"), "tags": self.tr("Tags"),
                  "custom": self.tr("Custom fields")}
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        row = 2
        for field, text in labels.items():
            a, b = (_show(p, field) for p in self.people)
            grid.addWidget(QLabel(f"<b>{text}</b>"), row, 0)
            if field in merge.CHOOSABLE and a != b and a and b:
                group = QButtonGroup(self)
                ra, rb = QRadioButton(a), QRadioButton(b)
                ra.setAccessibleName(f"{text}: A")
                rb.setAccessibleName(f"{text}: B")
                ra.setChecked(True)
                group.addButton(ra)
                group.addButton(rb)
                grid.addWidget(ra, row, 1)
                grid.addWidget(rb, row, 2)
                self.choices[field] = (ra, rb)
            else:
                for col, value in ((1, a), (2, b)):
                    cell = QLabel(html.escape(value) or "—")
                    cell.setWordWrap(True)
                    grid.addWidget(cell, row, col)
            row += 1
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.notes_both = QCheckBox(self.tr("Keep both notes, one after the other"))
        self.notes_both.setChecked(True)
        self.notes_both.setVisible("notes" in self.choices)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.hide()
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setAccessibleName(self.tr("Merge the two records"))
        self.merge_button.clicked.connect(self.do_merge)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        for button in (self.merge_button, cancel):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.notes_both)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def plan(self) -> tuple[str, str, set[str]]:
        """(kept id, merged-away id, fields taken from the merged-away record)."""
        keep_index = 0 if self.keep_a.isChecked() else 1
        keep, drop = self.ids[keep_index], self.ids[1 - keep_index]
        take = set()
        for field, (_ra, rb) in self.choices.items():
            chosen_b = rb.isChecked()
            if chosen_b != (keep_index == 1):
                take.add(field)
        return keep, drop, take

    def do_merge(self) -> None:
        keep, drop, take = self.plan()
        both = self.notes_both.isChecked() and "notes" not in take
        try:
            report = merge.merge(self.vault, keep, drop, take=take, notes_both=both)
        except CommonsError as exc:
            self.error.setText(describe(exc))
            self.error.show()
            return
        emit(self.merged, report)
        self.accept()
