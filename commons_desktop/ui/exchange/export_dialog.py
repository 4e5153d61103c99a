"""Export records: a format, a selection (the list's selection, a tag, a saved search or a profile), the
fields that may leave, and for a bundle who can open it. Before anything is written the dialog shows exactly
what will leave (counts and the field list); writing goes through the worker bridge and is recorded in the
vault's disclosure log. Same services as `commons export`."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...exchange.selection import ALL_FIELDS
from ...services import exports
from ...services.exports import CARRIES, ExportSpec
from ..errors import describe
from ..progress_panel import ProgressPanel
from ..signals import emit
from ..widgets.screen_fit import open_at
from . import jobs, print_words, sheet_words, wording
from .print_options import PrintOptionsBox
from .recipients import RecipientsBox
from .selection_box import SelectionBox

CHOICES = (("ods", ""), ("xlsx", ""), ("csv", ""), ("vcard", "4.0"), ("vcard", "3.0"), ("json", ""), ("pdf-list", ""),
           ("pdf-cards", ""), ("pdf-labels", ""), ("bundle", ""))  # a spreadsheet first: what secretaries use
SUFFIX = {"ods": "ods", "xlsx": "xlsx", "csv": "csv", "vcard": "vcf", "json": "json", "bundle": "commonsx"}
PREVIEW_WIDTH = {"pdf-list": 320}  # px: the first page of a printed document, beside what will leave (A4: 220)
COUNTS = ("people", "organisations", "memberships", "contributions", "relationships", "documents")


class ExportDialog(QDialog):
    exported = Signal(str)  # the file written

    def __init__(self, vault, bridge, ask, ids: list[str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault, self.bridge, self.ask = vault, bridge, ask
        self.setWindowTitle(self.tr("Export"))
        open_at(self, 980, 640)  # (or the screen's room, when smaller)
        self.leaves = None
        self.busy = self.again = False
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format of the export"))
        for fmt, version in CHOICES:
            text = wording.format_label(fmt) + (f" {version}" if version else "")
            self.format.addItem(text, f"{fmt} {version}".strip())
        self.separator = QComboBox()
        self.separator.setAccessibleName(self.tr("Column separator"))
        for text, value in ((self.tr("comma ( , )"), ","), (self.tr("semicolon ( ; )"), ";"), (self.tr("tab"), "\t")):
            self.separator.addItem(text, value)
        self.separator_label = QLabel(self.tr("Separator"))
        self.selection = SelectionBox()
        self.fields = QListWidget()
        self.fields.setAccessibleName(self.tr("Fields that may leave"))
        self.fields.itemChanged.connect(lambda _i: self.refresh())
        self.all_button = QPushButton(self.tr("All fields"))
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton(self.tr("No field"))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.recipients = RecipientsBox()
        self.recipients.changed.connect(self._update)
        self.recipients_note = QLabel()
        self.recipients_note.setObjectName("fieldError")
        self.recipients_note.setWordWrap(True)
        self.leaves_table = QTableWidget(0, 2)
        self.leaves_table.setAccessibleName(self.tr("What will leave"))
        self.leaves_table.setHorizontalHeaderLabels([self.tr("Records"), self.tr("How many")])
        self.leaves_table.verticalHeader().setVisible(False)
        self.leaves_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.leaves_table.horizontalHeader().setStretchLastSection(True)
        self.leaves_table.setColumnWidth(0, 200)
        self.leaves_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.leaves_fields = QLabel()
        self.leaves_fields.setWordWrap(True)
        self.leaves_fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_box = PrintOptionsBox()
        self.print_box.changed.connect(self.refresh)
        self.print_note = QLabel()
        self.print_note.setWordWrap(True)
        self.page_preview = QLabel()
        self.page_preview.setAccessibleName(self.tr("The first page, as it will print"))
        self.page_preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.progress = ProgressPanel(bridge)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.all_button, self.none_button, self.export_button, self.close_button):
            button.setAccessibleName(button.text())

        choose = QGroupBox(self.tr("What to export"))
        form = QFormLayout(choose)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.separator_label, self.separator)
        form.addRow(self.tr("Records"), self.selection)
        field_buttons = QHBoxLayout()
        field_buttons.addWidget(self.all_button)
        field_buttons.addWidget(self.none_button)
        field_buttons.addStretch(1)
        field_box = QVBoxLayout()
        field_box.addWidget(self.fields, 1)
        field_box.addLayout(field_buttons)
        form.addRow(self.tr("Fields"), field_box)
        left = QVBoxLayout()
        left.addWidget(choose, 1)
        left.addWidget(self.print_box)
        left.addWidget(self.recipients)
        left.addWidget(self.recipients_note)
        preview = QGroupBox(self.tr("What will leave this computer"))
        right = QVBoxLayout(preview)
        right.addWidget(self.leaves_table, 1)
        self.fields_title = QLabel()
        right.addWidget(self.fields_title)
        right.addWidget(self.leaves_fields)
        right.addWidget(self.print_note)
        right.addWidget(self.page_preview, 2)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(preview, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.selection.set_vault(vault, ids)
        self.recipients.set_vault(vault)
        self.format.currentIndexChanged.connect(lambda _i: self._format_changed())
        self.separator.currentIndexChanged.connect(lambda _i: self.refresh())
        self.selection.changed.connect(self._format_changed)
        self._format_changed()

    # -- choices -------------------------------------------------------------------------------------------
    def choose_format(self, fmt: str, version: str = "") -> None:
        key = f"{fmt} {version or ('4.0' if fmt == 'vcard' else '')}".strip()
        self.format.setCurrentIndex(self.format.findData(key))

    def fmt(self) -> str:
        return self.format.currentData().split()[0]

    def vcard_version(self) -> str:
        parts = self.format.currentData().split()
        return parts[1] if len(parts) > 1 else "4.0"

    def _format_changed(self) -> None:
        fmt = self.fmt()
        self.separator.setVisible(fmt == "csv")
        self.separator_label.setVisible(fmt == "csv")
        self.recipients.setVisible(fmt == "bundle")
        self.recipients_note.setVisible(fmt == "bundle")
        self.print_box.set_format(fmt)
        self.page_preview.setVisible(fmt in exports.PRINTED)
        self.print_note.setVisible(fmt in exports.PRINTED)
        offered = CARRIES[fmt] or ALL_FIELDS
        allowed = self.selection.profile_fields()
        offered = [f for f in offered if allowed is None or f in allowed]
        was = {self.fields.item(i).data(Qt.ItemDataRole.UserRole): self.fields.item(i).checkState()
               for i in range(self.fields.count())}
        self.fields.blockSignals(True)
        self.fields.clear()
        for name in offered:
            item = QListWidgetItem(wording.field_name(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(was.get(name, Qt.CheckState.Checked))
            self.fields.addItem(item)
        self.fields.blockSignals(False)
        self.refresh()

    def _check_all(self, on: bool) -> None:
        self.fields.blockSignals(True)
        for i in range(self.fields.count()):
            self.fields.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.fields.blockSignals(False)
        self.refresh()

    def set_field(self, name: str, on: bool) -> None:
        for i in range(self.fields.count()):
            if self.fields.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.fields.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen_fields(self) -> list[str] | None:
        """None: every field offered; else the ticked ones."""
        items = [self.fields.item(i) for i in range(self.fields.count())]
        ticked = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
        return None if len(ticked) == len(items) and self.selection.profile() is None else ticked

    def spec(self) -> ExportSpec | None:
        """The export as chosen (None while the choice is incomplete). May raise (e.g. a profile's limits)."""
        fmt = self.fmt()
        fields = self.chosen_fields()
        if fields == []:
            return None
        profile = self.selection.profile()
        if profile:
            spec = exports.spec_for_profile(self.vault, profile, fmt, fields)
        else:
            selection = self.selection.selection()
            if selection is None:
                return None
            spec = ExportSpec(fmt, selection, fields)
        spec.delimiter, spec.vcard_version = self.separator.currentData(), self.vcard_version()
        if fmt in exports.PRINTED:
            printing = self.print_box.options()
            if printing is None:
                return None
            spec.printing = printing
        return spec

    # -- the preview ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute what would leave with the current choices, through the worker bridge."""
        if self.vault is None:
            return
        if self.busy:
            self.again = True
            return
        self.leaves = None
        try:
            spec = self.spec()
        except Exception as exc:  # noqa: BLE001 - e.g. a field the profile does not allow: said
            self._show_leaves(None, describe(exc))
            return
        if spec is None:
            problem = self.print_box.problem() if self.fmt() == "pdf-labels" else ""  # (said beside the sheet)
            self._show_leaves(None, "" if problem else self.tr("Choose the records and at least one field."))
            return
        self.busy, self.again = True, False
        if spec.format in exports.PRINTED:  # what will leave, and the first page as it will print
            self.bridge.submit(jobs.print_preview, spec, print_words.words(),
                               round(PREVIEW_WIDTH.get(spec.format, 220) * self.devicePixelRatioF()), vault=self.vault,
                               label=self.tr("Preparing the preview"), on_finished=self._previewed,
                               on_failed=self._preview_failed)
            return
        self.bridge.submit(jobs.export_preview, spec, vault=self.vault, label=self.tr("Preparing the preview"),
                           on_finished=self._previewed, on_failed=self._preview_failed)

    def _previewed(self, result) -> None:
        self.busy = False
        leaves, image = result if isinstance(result, tuple) else (result, None)
        self._show_leaves(leaves)
        if image is not None:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self.page_preview.setPixmap(pixmap)
        if self.again:
            self.refresh()

    def _preview_failed(self, error) -> None:
        self.busy = False
        self._show_leaves(None, describe(error))
        if self.again:
            self.refresh()

    def _show_leaves(self, leaves, problem: str = "") -> None:
        self.leaves = leaves
        counts = [] if leaves is None else [(name, getattr(leaves, name)) for name in COUNTS]
        titles = {"people": self.tr("People"), "organisations": self.tr("Organisations"),
                  "memberships": self.tr("Memberships"), "contributions": self.tr("Contributions"),
                  "relationships": self.tr("Relationships"), "documents": self.tr("Documents")}
        self.leaves_table.setRowCount(len(counts))
        for row, (name, count) in enumerate(counts):
            self.leaves_table.setItem(row, 0, QTableWidgetItem(titles[name]))
            item = QTableWidgetItem(f"{count:,}".replace(",", "\u202f"))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.leaves_table.setItem(row, 1, item)
        csv = self.fmt() in exports.TABLES
        self.fields_title.setText(self.tr("<b>Columns of the file:</b>") if csv else self.tr("<b>Fields:</b>"))
        if leaves is None:
            self.leaves_fields.setText("")
        elif csv:  # the columns of the file, as they will be written (a spreadsheet's header in words)
            shown = leaves.fields if self.fmt() == "csv" else [sheet_words.header_word(f) for f in leaves.fields]
            self.leaves_fields.setText(", ".join(shown))
        else:
            self.leaves_fields.setText(", ".join(wording.field_name(f) for f in leaves.fields))
        self.print_note.setText(self._left_out_note(leaves))
        if leaves is None:
            self.page_preview.clear()
        self._say(problem)
        self._update()

    def _left_out_note(self, leaves) -> str:
        if leaves is None or not leaves.left_out:
            return ""
        if self.fmt() == "pdf-labels":
            return self.tr("%n of the people selected have no postal address: no label for them.", "",
                           leaves.left_out)
        return self.tr("%n of the people selected are not active members today: no card for them (tick “A card "
                       "for everyone selected” to print them too).", "", leaves.left_out)

    # -- writing -------------------------------------------------------------------------------------------
    def export(self) -> None:
        if not self.export_button.isEnabled():
            return
        fmt = self.fmt()
        suffix = SUFFIX.get(fmt, "pdf")
        name = {"pdf-labels": self.tr("address-labels"), "pdf-cards": self.tr("member-cards"),
                "pdf-list": self.tr("member-list")}.get(fmt, "export")
        path = self.ask.save_file(self.tr("Export to"), f"{name}.{suffix}", f"*.{suffix}")
        if not path:
            return
        spec = self.spec()
        self.busy = True
        self._update()
        done = partial(self._written, path)
        if fmt == "bundle":
            r = self.recipients
            self.bridge.submit(jobs.write_bundle, spec, path, r.chosen_partners(), r.chosen_keys(),
                               r.chosen_passphrase(), vault=self.vault, label=self.tr("Writing the bundle"),
                               on_finished=done, on_failed=self._write_failed)
        else:
            words = print_words.words() if fmt in exports.PRINTED else None
            self.bridge.submit(jobs.export_file, spec, path, sheet_words.sheet_name(), words, vault=self.vault,
                               label=self.tr("Exporting"), on_finished=done, on_failed=self._write_failed)

    def _written(self, path: str, result) -> None:
        self.busy = False
        leaves = getattr(result, "leaves", result)
        text = self.tr("Written: %1 (%n people). It is recorded in the disclosure log.", "", leaves.people)
        text = text.replace("%1", path)
        printed = getattr(leaves, "printed", None)
        if printed is not None:
            text += " " + self.tr("%n page(s).", "", printed.pages)
            if printed.cut:
                text += " " + self.tr("%n did not fit and were cut (marked …): check them before printing.", "",
                                      printed.cut)
        self._say(text)
        emit(self.exported, path)
        self._update()

    def _write_failed(self, error) -> None:
        self.busy = False
        self._say(describe(error))
        self._update()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _update(self) -> None:
        ready = self.leaves is not None and not self.busy and self.leaves.people + self.leaves.organisations > 0
        problem = self.recipients.problem() if self.fmt() == "bundle" else ""
        self.recipients_note.setText(problem)
        self.recipients_note.setVisible(bool(problem))
        self.export_button.setEnabled(bool(ready) and not problem)

    def clear(self) -> None:
        self.vault, self.leaves = None, None
        self.reject()
