"""Import people and organisations from a CSV, vCard or JSON file: choose the file (its format is guessed),
map the CSV columns (recognised headers, saved mappings), choose how records are matched and what a match
does, look at the preview (N new / updated / skipped and every row error with its line), then import it
all in ONE transaction through the worker bridge (progress and Cancel). Same services as `commons import`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import InvalidInput
from ...exchange import detect
from ...exchange.limits import DEFAULT
from ...exchange.plan import ImportOptions
from ...services import imports, input_files
from ..errors import describe
from ..progress_panel import ProgressPanel
from ..signals import emit
from ..widgets.screen_fit import open_at
from . import jobs, wording
from .mapping_table import IGNORE, MappingTable
from .options_box import OptionsBox
from .preview_table import PreviewTable

FILTERS = ("CSV, spreadsheets, vCard, JSON (*.csv *.tsv *.txt *.ods *.xlsx *.xlsm *.xls *.vcf *.vcard *.json);;"
           "*")


class ImportDialog(QDialog):
    imported = Signal(int)            # records created or updated
    bundle_requested = Signal(str)    # the chosen file is an encrypted bundle: path

    def __init__(self, vault, bridge, ask, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault, self.bridge, self.ask = vault, bridge, ask
        self.setWindowTitle(self.tr("Import people and organisations"))
        open_at(self, 1280, 700)  # (or the screen's room, when smaller)
        self.data: bytes | None = None
        self.path = ""
        self.source = self.report = None
        self.mapping_name: str | None = None
        self.columns: dict[str, str] = {}
        self.busy = self.again = self.applied = False

        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setAccessibleName(self.tr("File to import"))
        self.file.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format of the file"))
        self.format.addItem(self.tr("Guess from the content"), None)
        for fmt in ("csv", "spreadsheet", "vcard", "json"):
            self.format.addItem(wording.format_label(fmt), fmt)
        self.format.currentIndexChanged.connect(lambda _i: self.refresh())
        self.bundle_note = QLabel(self.tr("This file is an encrypted bundle from a partner group."))
        self.bundle_note.setWordWrap(True)
        self.bundle_button = QPushButton(self.tr("Receive it as a bundle…"))
        self.bundle_button.clicked.connect(lambda: emit(self.bundle_requested, self.path))

        self.read_as = QLabel()
        self.sheet = QComboBox()  # a spreadsheet's sheets: the first is read unless another is chosen
        self.sheet.setAccessibleName(self.tr("Sheet of the spreadsheet"))
        self.sheet.currentIndexChanged.connect(lambda _i: self.refresh())
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.saved = QComboBox()
        self.saved.setAccessibleName(self.tr("Saved column mapping"))
        self.saved.currentIndexChanged.connect(self._saved_chosen)
        self.save_mapping_button = QPushButton(self.tr("Save…"))
        self.save_mapping_button.setToolTip(self.tr("Save this column mapping, to reuse it for the next spreadsheets"))
        self.save_mapping_button.clicked.connect(self.save_mapping)
        self.mapping = MappingTable()
        self.mapping.edited.connect(self._column_edited)
        csv_box = QGroupBox(self.tr("Columns of the spreadsheet"))
        saved_row = QHBoxLayout()
        saved_row.addWidget(QLabel(self.tr("Saved mapping:")))
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.save_mapping_button)
        csv_layout = QVBoxLayout(csv_box)
        csv_layout.addWidget(self.read_as)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet, 1)
        csv_layout.addLayout(sheet_row)
        csv_layout.addLayout(saved_row)
        csv_layout.addWidget(self.mapping, 1)
        self.csv_box = csv_box

        self.choices = OptionsBox()
        self.choices.changed.connect(self.refresh)
        self.skip_invalid = self.choices.skip_invalid

        self.preview = PreviewTable()
        self.progress = ProgressPanel(bridge)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.apply)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.choose_button, self.bundle_button, self.import_button, self.close_button):
            button.setAccessibleName(button.text())
        self.save_mapping_button.setAccessibleName(self.tr("Save this mapping…"))

        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)
        bundle_row = QHBoxLayout()
        bundle_row.addWidget(self.bundle_note, 1)
        bundle_row.addWidget(self.bundle_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QFormLayout()
        top.addRow(self.tr("File"), file_row)
        top.addRow(self.tr("Format"), self.format)
        left_layout.addLayout(top)
        left_layout.addLayout(bundle_row)
        left_layout.addWidget(csv_box, 1)
        left_layout.addWidget(self.choices)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([420, 860])
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.close_button, self.import_button)  # as shown: Close, then Import
        self.setTabOrder(self.choose_button, self.format)
        self._show_kind(None)
        self._update()

    # -- the file ------------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = self.ask.open_file(self.tr("Choose the file to import"), FILTERS)
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        try:
            p = Path(path)
            if p.stat().st_size > DEFAULT.file_bytes:
                self._say(self.tr("This file is too large to import (limit: %1 MB).").replace(
                    "%1", str(DEFAULT.file_bytes // (1024 * 1024))))
                return
            self.data = input_files.read_bounded(p, DEFAULT.file_bytes)  # a FIFO or a device is refused
        except (OSError, InvalidInput) as exc:
            self._say(describe(exc))
            return
        self.path = str(path)
        self.file.setText(self.path)
        self.columns, self.mapping_name, self.applied = {}, None, False
        self.sheet.blockSignals(True)
        self.sheet.clear()  # the new file's first sheet
        self.sheet.blockSignals(False)
        self._fill_saved()
        self.refresh()

    def options(self) -> ImportOptions:
        return self.choices.options()

    # -- the preview ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read (again) and plan the file with the current choices, through the worker bridge."""
        if self.data is None or self.vault is None:
            return
        try:
            fmt = self.format.currentData() or detect.guess_format(self.data, self.path)
        except InvalidInput as exc:  # a PDF, an image, a zip...: said, nothing read
            self.source = self.report = None
            self._show_kind(None)
            self.preview.clear(describe(exc))
            self._update()
            return
        self._show_kind(fmt)
        if fmt == "bundle":
            self.source = self.report = None
            self.preview.clear()
            self._update()
            return
        if self.busy:
            self.again = True
            return
        self.busy, self.again = True, False
        self._say("")
        self.bridge.submit(jobs.preview_import, self.data, Path(self.path).name, fmt, self.mapping_name,
                           dict(self.columns), self.options(), self.sheet.currentText() or None, vault=self.vault,
                           label=self.tr("Reading %1").replace("%1", Path(self.path).name),
                           on_finished=self._previewed, on_failed=self._preview_failed)
        self._update()

    def _previewed(self, result) -> None:
        self.busy = False
        self.source, self.report = result
        if self.source.format in ("csv", "spreadsheet"):
            if self.source.format == "csv":
                self.read_as.setText(self.tr("Read as %1, columns separated by “%2”.").replace(
                    "%1", self.source.encoding).replace("%2", self._separator(self.source.delimiter)))
            else:
                self.read_as.setText("")
                self.sheet.blockSignals(True)
                self.sheet.clear()
                self.sheet.addItems(self.source.sheets)
                self.sheet.setCurrentIndex(max(self.source.sheets.index(self.source.sheet)
                                               if self.source.sheet in self.source.sheets else 0, 0))
                self.sheet.blockSignals(False)
            self.mapping.blockSignals(True)
            self.mapping.set_columns(self.source.headers, self.source.columns)
            self.mapping.blockSignals(False)
        self.preview.show_report(self.report, [wording.note_text(n) for n in self.report.notes])
        self._after_job()

    def _preview_failed(self, error) -> None:
        self.busy = False
        self.source = self.report = None
        self.preview.clear(describe(error))
        self._after_job()

    def _after_job(self) -> None:
        if self.again:
            self.refresh()
        self._update()

    def _column_edited(self, header: str, field: str) -> None:
        self.columns[header] = field or IGNORE
        self.applied = False
        self.refresh()

    def _fill_saved(self) -> None:
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(self.tr("None (recognise the headers)"), None)
        for name in imports.mappings(self.vault) if self.vault is not None else []:
            self.saved.addItem(name, name)
        index = self.saved.findData(self.mapping_name) if self.mapping_name else 0
        self.saved.setCurrentIndex(max(index, 0))
        self.saved.blockSignals(False)

    def _saved_chosen(self, _index: int) -> None:
        self.mapping_name, self.columns = self.saved.currentData(), {}
        self.refresh()

    def save_mapping(self) -> None:
        if self.source is None or self.source.format not in ("csv", "spreadsheet"):
            return
        name = self.ask.text(self.tr("Save this mapping"), self.tr("Name of the column mapping:"),
                             self.mapping_name or "")
        if not (name and name.strip()):
            return
        try:
            self.mapping_name = imports.save_mapping(self.vault, name, self.source)
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            self._say(describe(exc))
            return
        self._fill_saved()
        self._say(self.tr("Mapping saved: it is offered for the next spreadsheets."))

    # -- importing -----------------------------------------------------------------------------------------
    def can_import(self) -> bool:
        r = self.report
        return (r is not None and not self.busy and not self.applied and r.created + r.updated > 0
                and (not r.errors or self.skip_invalid.isChecked()))

    def apply(self) -> None:
        if not self.can_import():
            return
        self.busy = True
        count = self.report.created + self.report.updated
        self.bridge.submit(jobs.apply_import, self.source, self.options(), self.report, vault=self.vault,
                           label=self.tr("Importing %n records", "", count),
                           on_finished=self._applied, on_failed=self._apply_failed)
        self._update()

    def _applied(self, report) -> None:
        self.busy, self.applied = False, True
        self.preview.show_report(report, [wording.note_text(n) for n in report.notes])
        self._say(self.tr("Imported: %n records written in one go.", "", report.created + report.updated))
        emit(self.imported, report.created + report.updated)
        self._update()

    def _apply_failed(self, error) -> None:
        self.busy = False
        self._say(describe(error))
        self._update()

    # -- display -------------------------------------------------------------------------------------------
    def _show_kind(self, fmt: str | None) -> None:
        self.csv_box.setVisible(fmt in ("csv", "spreadsheet"))
        self.read_as.setVisible(fmt == "csv")
        self.sheet.setVisible(fmt == "spreadsheet")
        self.sheet_label.setVisible(fmt == "spreadsheet")
        self.bundle_note.setVisible(fmt == "bundle")
        self.bundle_button.setVisible(fmt == "bundle")
        self.choices.keep_photos.setVisible(fmt == "vcard")

    def _separator(self, delimiter: str) -> str:
        return self.tr("tab") if delimiter == "\t" else delimiter

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _update(self) -> None:
        self.import_button.setEnabled(self.can_import())
        self.save_mapping_button.setEnabled(self.source is not None and self.source.format in ("csv", "spreadsheet"))
        r = self.report
        if r is not None and r.errors and not self.skip_invalid.isChecked() and not self.applied and not self.busy:
            self._say(self.tr("Nothing can be imported while rows have errors: fix the lines shown in the file, "
                              "or tick “Import the valid rows”."))

    def clear(self) -> None:
        """The vault is being locked: forget the file and the preview."""
        self.vault, self.data, self.source, self.report = None, None, None, None
        self.preview.clear()
        self.mapping.set_columns([], {})
        self.reject()

