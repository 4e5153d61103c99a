"""How labels and cards are printed, in the export dialog: the sheet of labels (a preset, or a custom sheet
measured in millimetres: rows, columns, label size, margins, gaps), the first free label of a partly used sheet,
outlines for a trial on plain paper, and cards for everyone selected rather than the active members only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...exchange import label_sheets
from ...exchange.label_sheets import CUSTOM, PRESETS, SheetError
from ...services.exports import PrintOptions
from ..signals import emit


class PrintOptionsBox(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Printing"), parent)
        self.fmt = ""
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet of labels"))
        for code, sheet in PRESETS.items():
            text = self.tr("%1 — %2 × %3 labels of %4 × %5 mm")
            for n, value in enumerate((code, sheet.columns, sheet.rows, _mm(sheet.label_width),
                                       _mm(sheet.label_height)), start=1):
                text = text.replace(f"%{n}", str(value))
            self.sheet.addItem(text, code)
        self.sheet.addItem(self.tr("Custom sheet (measured in mm)"), CUSTOM)
        self.start = QSpinBox()
        self.start.setAccessibleName(self.tr("First free label on the sheet"))
        self.start.setRange(1, PRESETS[label_sheets.DEFAULT].per_page)
        self.start_note = QLabel()
        self.start_row = QWidget()
        start_row = QHBoxLayout(self.start_row)
        start_row.setContentsMargins(0, 0, 0, 0)
        start_row.addWidget(self.start)
        start_row.addWidget(self.start_note, 1)

        preset = PRESETS[label_sheets.DEFAULT]
        self.columns, self.rows = self._count(self.tr("Columns"), preset.columns), self._count(self.tr("Rows"),
                                                                                                preset.rows)
        self.label_width = self._length(self.tr("Label width"), preset.label_width, 5)
        self.label_height = self._length(self.tr("Label height"), preset.label_height, 5)
        self.top = self._length(self.tr("Top margin"), preset.top)
        self.left = self._length(self.tr("Left margin"), preset.left)
        self.column_gap = self._length(self.tr("Gap between columns"), preset.column_gap)
        self.row_gap = self._length(self.tr("Gap between rows"), preset.row_gap)
        self.custom = QWidget()
        grid = QGridLayout(self.custom)
        grid.setContentsMargins(0, 0, 0, 0)
        pairs = ((self.tr("Columns × rows"), self.columns, self.rows),
                 (self.tr("Label (width × height)"), self.label_width, self.label_height),
                 (self.tr("Margins (top, left)"), self.top, self.left),
                 (self.tr("Gaps (columns, rows)"), self.column_gap, self.row_gap))
        for row, (title, first, second) in enumerate(pairs):
            grid.addWidget(QLabel(title), row, 0)
            grid.addWidget(first, row, 1)
            grid.addWidget(second, row, 2)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("fieldError")
        self.problem_label.setWordWrap(True)
        self.outlines = QCheckBox(self.tr("Draw the outlines (a trial on plain paper)"))
        self.everyone = QCheckBox(self.tr("A card for everyone selected, not only the active members"))

        self.form = QFormLayout()
        self.form.addRow(self.tr("Sheet"), self.sheet)
        self.form.addRow(self.tr("Start at label"), self.start_row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.custom)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.outlines)
        layout.addWidget(self.everyone)
        for widget in (self.columns, self.rows, self.start):
            widget.valueChanged.connect(self._changed)
        for widget in (self.label_width, self.label_height, self.top, self.left, self.column_gap, self.row_gap):
            widget.valueChanged.connect(self._changed)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.outlines.toggled.connect(lambda _on: emit(self.changed))
        self.everyone.toggled.connect(lambda _on: emit(self.changed))
        self._sheet_changed()

    def _count(self, name: str, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setAccessibleName(name)
        box.setRange(1, 40)
        box.setValue(value)
        return box

    def _length(self, name: str, value: float, least: float = 0.0) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setAccessibleName(name)
        box.setDecimals(2)
        box.setRange(least, 300.0)
        box.setSingleStep(0.1)
        box.setSuffix(self.tr(" mm"))
        box.setValue(value)
        return box

    # -- what is shown -------------------------------------------------------------------------------------
    def set_format(self, fmt: str) -> None:
        self.fmt = fmt
        labels, cards = fmt == "pdf-labels", fmt == "pdf-cards"
        self.setVisible(labels or cards)
        self.form.setRowVisible(self.sheet, labels)
        self.form.setRowVisible(self.start_row, labels)
        self.custom.setVisible(labels and self.sheet.currentData() == CUSTOM)
        self.problem_label.setVisible(labels and bool(self.problem()))
        self.outlines.setVisible(labels or cards)
        self.everyone.setVisible(cards)

    def _sheet_changed(self, *_args) -> None:
        code = self.sheet.currentData()
        if code != CUSTOM:  # the custom form starts from the last preset chosen
            preset = PRESETS[code]
            for box, value in ((self.columns, preset.columns), (self.rows, preset.rows),
                               (self.label_width, preset.label_width), (self.label_height, preset.label_height),
                               (self.top, preset.top), (self.left, preset.left),
                               (self.column_gap, preset.column_gap), (self.row_gap, preset.row_gap)):
                box.blockSignals(True)
                box.setValue(value)
                box.blockSignals(False)
        self.custom.setVisible(self.fmt == "pdf-labels" and code == CUSTOM)
        self._changed()

    def _changed(self, *_args) -> None:
        sheet = self._sheet()
        # the labels of the sheet described, even while it does not fit (not those of the last sheet that did)
        per_page = sheet.per_page if sheet is not None else self.columns.value() * self.rows.value()
        self.start.blockSignals(True)
        self.start.setMaximum(per_page)
        self.start.blockSignals(False)
        self.start_note.setText(self.tr("of %n (across, then down)", "", per_page))
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(self.fmt == "pdf-labels" and bool(problem))
        emit(self.changed)

    # -- what is asked -------------------------------------------------------------------------------------
    def _sheet(self):
        code = self.sheet.currentData()
        if code != CUSTOM:
            return PRESETS[code]
        try:
            return label_sheets.Sheet(CUSTOM, self.columns.value(), self.rows.value(), self.label_width.value(),
                                      self.label_height.value(), self.top.value(), self.left.value(),
                                      self.column_gap.value(), self.row_gap.value()).check()
        except SheetError:
            return None

    def problem(self) -> str:
        """Why the custom sheet cannot be printed, in words ("" when it can)."""
        if self.sheet.currentData() != CUSTOM:
            return ""
        try:
            label_sheets.Sheet(CUSTOM, self.columns.value(), self.rows.value(), self.label_width.value(),
                               self.label_height.value(), self.top.value(), self.left.value(),
                               self.column_gap.value(), self.row_gap.value()).check()
        except SheetError as exc:
            if exc.problem == "across":
                return self.tr("The labels do not fit across the page: %1 mm too wide.").replace(
                    "%1", _mm(exc.excess))
            if exc.problem == "down":
                return self.tr("The labels do not fit down the page: %1 mm too high.").replace("%1", _mm(exc.excess))
            if exc.problem == "too_many":
                return self.tr("That is more than %1 labels on a page.").replace("%1", str(label_sheets.MAX_LABELS))
            return self.tr("These measures do not make a sheet of labels.")
        return ""

    def options(self) -> PrintOptions | None:
        """The options chosen; None while the custom sheet of labels cannot be printed."""
        if self.fmt != "pdf-labels":  # cards and the list have their own sheet
            return PrintOptions(outlines=self.outlines.isChecked(), everyone=self.everyone.isChecked())
        sheet = self._sheet()
        if sheet is None:
            return None
        return PrintOptions(sheet, min(self.start.value(), sheet.per_page), self.outlines.isChecked())


def _mm(value: float) -> str:
    """A length as the interface language writes it (63.5 / 63,5), without needless zeros."""
    from PySide6.QtCore import QLocale
    return QLocale().toString(round(value, 2), "g", 6)
