"""The Documents screen: add by button or drag and drop, link to people and organisations, preview images
and text in the app, save a copy as…"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CommonsError
from ...services import documents, lists
from ..ask import Ask
from ..errors import describe
from ..labels import ENTITIES, label
from ..signals import emit
from ..widgets.incremental_model import IncrementalModel
from ..widgets.overflow import OverflowRow
from .editor import DocumentEditor
from .file_kinds import kind_words
from .preview import DocumentPreview
from .private_copies import PrivateCopies
from .record_picker import RecordPicker

translate = QCoreApplication.translate


def headers() -> list[str]:
    return [
        translate("DocumentColumns", "Title"),
        translate("DocumentColumns", "File"),
        translate("DocumentColumns", "Type"),
        translate("DocumentColumns", "Size"),
    ]


def size_words(n: int) -> str:
    """A file's size as people read it, in the locale ("12.5 KB", "12,5 Ko")."""
    return QLocale().formattedDataSize(n, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class DocumentsView(QWidget):
    status = Signal(str)

    def __init__(self, ask: Ask, parent: QWidget | None = None):
        super().__init__(parent)
        self.ask, self.vault = ask, None
        self.picker: RecordPicker | None = None
        self.setAcceptDrops(True)
        self.model = IncrementalModel(headers, self._fetch, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((230, 170, 120)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_document(cur.row()))
        self.add_button = QPushButton(self.tr("Add files…"))
        self.link_button = QPushButton(self.tr("Link to…"))
        self.save_button = QPushButton(self.tr("Save a copy as…"))
        self.open_button = QPushButton(self.tr("Open in another application…"))
        self.open_button.clicked.connect(self.open_elsewhere)
        self.open_button.setAccessibleName(self.tr("Open the document in another application"))
        self.copies = PrivateCopies()
        self.opener = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.add_button.clicked.connect(self.add_files)
        self.link_button.clicked.connect(self.link_current)
        self.save_button.clicked.connect(self.save_copy)
        for button, name in ((self.add_button, self.tr("Add files to the vault")),
                             (self.link_button, self.tr("Link the document to a person or organisation")),
                             (self.save_button, self.tr("Save a copy of the document as a file"))):
            button.setAccessibleName(name)
        hint = QLabel(self.tr("Drop files here to add them. Documents are encrypted inside the vault."))
        hint.setWordWrap(True)
        self.editor = DocumentEditor(ask)
        self.editor.saved.connect(self._saved)
        self.links = QLabel()
        self.links.setWordWrap(True)
        self.preview = DocumentPreview()
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(hint, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor)
        right_layout.addWidget(self.links)
        right_layout.addWidget(self.preview, 1)
        self.button_bar = OverflowRow((), (self.link_button, self.open_button, self.save_button))  # » when narrow
        right_layout.addLayout(self.button_bar.row())
        self.splitter = splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 520])
        QVBoxLayout(self).addWidget(splitter)
        self._update_buttons()

    # -- list ------------------------------------------------------------------------------------------------
    def _fetch(self, offset: int, limit: int):
        if self.vault is None:
            return [], []
        found = documents.list_documents(self.vault, limit=limit, offset=offset)
        cells = [[d.title, d.current.file_name if d.current else "",
                  kind_words(d.current.media_type, d.current.file_name) if d.current else "",
                  size_words(d.current.size) if d.current else ""] for d in found]
        return found, cells

    def set_vault(self, vault) -> None:
        """The list is loaded when the section is shown (``activated``), not at every unlock."""
        self.vault = vault
        self.editor.set_vault(vault)
        self.model.reset(False)
        self.show_document(-1)

    def clear(self) -> None:
        """The vault locks (or the application quits): forget the list and wipe the opened copies."""
        if self.picker is not None:
            self.picker.reject()
            self.picker = None
        self.copies.wipe()
        self.set_vault(None)

    def activated(self) -> None:
        self.model.reset(self.vault is not None)

    def current(self):
        return self.model.record_at(self.table.currentIndex().row())

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.link_button.setEnabled(has)
        self.save_button.setEnabled(has)
        self.open_button.setEnabled(has)
        self.add_button.setEnabled(self.vault is not None)

    def show_document(self, row: int) -> None:
        doc = self.model.record_at(row)
        self._update_buttons()
        if doc is None or self.vault is None:
            if not self.editor.is_dirty():  # (an unsaved title stays until the user settles it)
                self.editor.close_record()
            self.links.clear()
            self.preview.clear()
            return
        if not self.editor.load(doc.id):  # the user stayed on an unsaved title
            self.select_document(self.editor.ident)
            return
        current = self.current()
        if current is None or current.id != doc.id:  # (saving the other one reloaded the list)
            self.select_document(doc.id)
            return
        self._show_details(doc.id)

    def _show_details(self, ident: str) -> None:
        doc = lists.document(self.vault, ident)
        names = [f"{lists.record_label(self.vault, e, i)} ({label(ENTITIES, e)})" for e, i in doc.links]
        self.links.setText(self.tr("Linked to: %1").replace("%1", ", ".join(names)) if names
                           else self.tr("Not linked to anyone yet."))
        try:
            self.preview.show_content(lists.document_content(self.vault, doc.id), doc.current.media_type,
                                      doc.current.file_name)
        except CommonsError as exc:
            self.preview.clear(describe(exc))

    def select_document(self, ident: str | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.record_at(row).id == ident:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return

    def _saved(self, ident: str) -> None:
        self.model.reset(True)
        self.select_document(ident)
        emit(self.status, self.tr("Saved."))

    def restore_draft(self, draft, note: str | None = None) -> None:
        """An unsaved title kept across a lock: back in the editor, its document selected in the list."""
        self.editor.restore_state(draft, note)
        self.select_document(self.editor.ident)

    # -- actions ---------------------------------------------------------------------------------------------
    def add_files(self) -> None:
        paths = self.ask.open_files(self.tr("Add files"), self.tr("All files (*)"))
        self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        added = None
        for path in paths:
            try:
                added = documents.add_file(self.vault, path)
            except (CommonsError, OSError) as exc:
                emit(self.status, f"{Path(path).name}: {describe(exc)}")
        if added is not None:
            self.model.reset(True)
            self.select_document(added.id)
            emit(self.status, self.tr("%n documents added.", "", len(paths)))

    def link_current(self) -> RecordPicker | None:
        """Link the selected document to a person or organisation chosen in a searchable list."""
        doc = self.current()
        if doc is None or self.vault is None:
            return None
        self.picker = RecordPicker(self.vault, self.tr("Link “%1” to…").replace("%1", doc.title), self)
        self.picker.accepted.connect(lambda: self._link(doc.id, self.picker.chosen()))
        self.picker.open()
        return self.picker

    def _link(self, document_id: str, record_id: str | None) -> None:
        if not record_id or self.vault is None:
            return
        try:
            lists.link_document(self.vault, document_id, record_id)
        except CommonsError as exc:
            emit(self.status, describe(exc))
            return
        self.select_document(document_id)
        self._show_details(document_id)
        emit(self.status, self.tr("Linked."))

    def save_copy(self) -> None:
        doc = self.current()
        if doc is None:
            return
        target = self.ask.save_file(self.tr("Save a copy as"), doc.current.file_name if doc.current else doc.title)
        if target:
            try:
                documents.export_to_file(self.vault, doc.id, target, overwrite=True)
            except CommonsError as exc:
                emit(self.status, describe(exc))
                return
            emit(self.status, self.tr("Saved a copy to %1.").replace("%1", target))

    def open_elsewhere(self) -> None:
        doc = self.current()
        if doc is None or doc.current is None:
            return
        question = self.tr("Opening “%1” in another application writes a decrypted copy to a private folder of "
                           "this computer. The copy is wiped when the vault locks or Commons Desktop quits, but the "
                           "other application may keep its own copy. Open it?").replace("%1", doc.title)
        if not self.ask.confirm(self.tr("Open in another application"), question):
            return
        try:
            path = self.copies.write(doc.current.file_name, lists.document_content(self.vault, doc.id))
        except (CommonsError, OSError) as exc:
            emit(self.status, describe(exc))
            return
        self.opener(path)

    # -- drag and drop ---------------------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.vault is not None and urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [u.toLocalFile() for u in urls if u.isLocalFile() and Path(u.toLocalFile()).is_file()]
        if paths and self.vault is not None:
            event.acceptProposedAction()
            self.add_paths(paths)
