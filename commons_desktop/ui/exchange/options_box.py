"""How an import treats records already in the vault: recognised by email / phone / name and birth date / name
alone (a member number is always tried first, and a record whose names or birth date differ is another person:
exchange/same_person.py); then only add new ones, update the matching ones, or only fill their empty fields; and
whether the valid rows of a file with errors may be imported without the invalid ones."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox

from ...exchange.plan import MODES, ImportOptions
from ..signals import emit
from . import wording


class OptionsBox(QGroupBox):
    changed = Signal()

    def __init__(self, parent=None, photos: bool = True):
        super().__init__(parent)
        self.setTitle(self.tr("Records already in the vault"))
        self.match_email = QCheckBox(self.tr("same email"))
        self.match_email.setChecked(True)
        self.match_phone = QCheckBox(self.tr("same phone"))
        self.match_birth = QCheckBox(self.tr("same name and birth date"))
        self.match_name = QCheckBox(self.tr("same name"))
        self.match_name.setToolTip(self.tr("For files that name people and nothing else, such as Galette's list of "
                                           "contributions"))
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("What to do with a record that is already in the vault"))
        for mode in MODES:
            self.mode.addItem(wording.mode_label(mode), mode)
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows and leave out the invalid ones"))
        self.keep_photos = QCheckBox(self.tr("Keep vCard photos as documents"))
        self.keep_photos.setChecked(True)
        self.keep_photos.setVisible(photos)
        for box in (self.match_email, self.match_phone, self.match_birth, self.match_name, self.skip_invalid,
                    self.keep_photos):
            box.setAccessibleName(box.text())
            box.toggled.connect(lambda _on: emit(self.changed))
        self.mode.currentIndexChanged.connect(lambda _i: emit(self.changed))
        matches = QGridLayout()  # two by two: the dialog leaves its room to the preview
        for n, box in enumerate((self.match_email, self.match_phone, self.match_birth, self.match_name)):
            matches.addWidget(box, n // 2, n % 2)
        matches.setColumnStretch(2, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Recognised by"), matches)
        form.addRow(self.tr("When found"), self.mode)
        form.addRow("", self.skip_invalid)
        form.addRow("", self.keep_photos)

    def options(self) -> ImportOptions:
        match = tuple(rule for rule, box in (("email", self.match_email), ("phone", self.match_phone),
                                              ("name-birth", self.match_birth), ("name", self.match_name))
                      if box.isChecked())
        return ImportOptions(match, self.mode.currentData(), self.skip_invalid.isChecked(),
                             self.keep_photos.isChecked())

    def set_mode(self, mode: str) -> None:
        self.mode.setCurrentIndex(self.mode.findData(mode))
