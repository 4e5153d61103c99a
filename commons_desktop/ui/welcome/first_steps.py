"""What to do first in a vault that holds nobody yet, instead of an empty list: import a spreadsheet or address
cards, add a person, add an organisation. Only what exists is offered; a later feature adds its own step to
``EXTRA_STEPS`` (joining a team's shared vault is the one planned: issue 12)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ..signals import emit


@dataclass(frozen=True)
class Step:
    key: str  # what ``FirstSteps.chosen`` says: the main window does it
    title: str  # the button's words (translated)
    text: str  # one sentence under it (translated)


EXTRA_STEPS: list[Callable[[], Step]] = []  # the hook: each gives one more step, in the user's language


class FirstSteps(QWidget):
    chosen = Signal(str)  # a Step's key

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstSteps")
        heading = QLabel(self.tr("<h2>This vault is empty</h2><p>Nobody is in it yet. Start in one of these ways; "
                                 "everything you add stays encrypted on this computer.</p>"))
        heading.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        for step in self.steps():
            button = QPushButton(step.title)
            button.setAccessibleName(step.title.rstrip("…"))
            button.setAccessibleDescription(step.text)
            button.clicked.connect(lambda _c=False, key=step.key: emit(self.chosen, key))
            note = QLabel(step.text)
            note.setWordWrap(True)
            note.setContentsMargins(4, 0, 0, 8)
            box = QFrame()
            rows = QVBoxLayout(box)
            rows.setContentsMargins(0, 0, 0, 0)
            rows.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            rows.addWidget(note)
            layout.addWidget(box)
            self.buttons[step.key] = button
        layout.addStretch(1)

    def steps(self) -> list[Step]:
        return [
            Step("import", self.tr("Import a spreadsheet or address cards…"),
                 self.tr("Your member list from a spreadsheet (.ods, .xlsx, .xls, .csv — Galette, Google, Outlook and "
                         "Thunderbird exports too) or address cards (.vcf). You see what will be imported first.")),
            Step("person", self.tr("Add a person"), self.tr("Type in the first member or contact.")),
            Step("organisation", self.tr("Add an organisation"),
                 self.tr("A partner association, a union, a supplier: the people related to it come after.")),
            *(make() for make in EXTRA_STEPS),
        ]
