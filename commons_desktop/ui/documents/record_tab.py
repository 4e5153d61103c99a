"""The Documents tab of a person's or organisation's page: the documents linked to the record, previewed; files
attached by button or dropped on the tab (each becomes a document linked to the record, encrypted in the vault)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CommonsError
from ...services import documents, lists
from ..errors import describe
from ..format import stamp_day
from .file_kinds import kind_words
from .preview import DocumentPreview
from .view import size_words


class RecordDocuments(QWidget):
    def __init__(self, ask=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ask, self.vault, self.ident = ask, None, None
        self.found: list = []
        self._attaching = False
        self.setAcceptDrops(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Kind"), self.tr("Size"), self.tr("Added")])
        self.table.setAccessibleName(self.tr("Documents of this record"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.preview = DocumentPreview()
        self.attach_button = QPushButton(self.tr("Attach files…"))
        self.attach_button.setAccessibleName(self.tr("Attach files to this record"))
        self.attach_button.clicked.connect(self.attach_files)
        self.save_button = QPushButton(self.tr("Save a copy as…"))
        self.save_button.setAccessibleName(self.tr("Save a copy of the document as a file"))
        self.save_button.clicked.connect(self.save_copy)
        self.hint = QLabel(self.tr("Drop files here to attach them. Documents are encrypted inside the vault."))
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("fieldError")
        self.message.hide()
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.attach_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._update()

    # -- state ---------------------------------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self.vault = vault
        self.set_record(None)

    def set_record(self, ident: str | None) -> None:
        self.ident = ident
        self.message.hide()
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.found = (documents.list_documents(self.vault, linked_to=self.ident)
                      if self.vault is not None and self.ident else [])
        self.table.setRowCount(len(self.found))
        for row, doc in enumerate(self.found):
            version = doc.current
            cells = [doc.title, kind_words(version.media_type, version.file_name) if version else "",
                     size_words(version.size) if version else "", stamp_day(doc.created)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0 and version is not None:
                    item.setToolTip(version.file_name)
                self.table.setItem(row, col, item)
        rows = [r for r, d in enumerate(self.found) if d.id == select] if select else []
        if rows or self.found:
            self.table.selectRow(rows[0] if rows else 0)
        else:
            self.preview.clear(self.tr("No document yet. Attach files with the button above, or drop them here."))
        self._update()

    def vault_changed(self, event) -> None:
        """Documents changed (vault/events.VaultChanged, through the window's one bridge): one linked to or unlinked
        from this record elsewhere, a new version, a deletion... The list is read again, the selection kept."""
        if self._attaching or self.vault is None or not self.ident or "document" not in event.entities:
            return
        doc = self.current()
        self.reload(select=doc.id if doc is not None else None)

    def current(self):
        row = self.table.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def _update(self) -> None:
        self.attach_button.setEnabled(self.vault is not None and self.ident is not None)
        self.save_button.setEnabled(self.current() is not None)

    def _show(self, row: int) -> None:
        """Preview the document of this row: only while the tab is on screen (a PDF's page is rendered each time)."""
        self._update()
        doc = self.found[row] if 0 <= row < len(self.found) else None
        if not self.isVisible():
            return
        if doc is None or doc.current is None or self.vault is None:
            self.preview.clear()
            return
        try:
            self.preview.show_content(lists.document_content(self.vault, doc.id), doc.current.media_type,
                                      doc.current.file_name)
        except CommonsError as exc:
            self.preview.clear(describe(exc))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.found:
            self._show(self.table.currentRow())

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- actions ---------------------------------------------------------------------------------------------
    def attach_files(self) -> None:
        if self.ask is None or self.ident is None:
            return
        self.attach(self.ask.open_files(self.tr("Attach files"), self.tr("All files (*)")))

    def attach(self, paths: list[str]) -> int:
        """Each file becomes a document linked to this record; a file that cannot be kept is said, the others are
        attached. Returns how many were."""
        if self.vault is None or self.ident is None:
            return 0
        problems, added = [], None
        self._attaching = True  # read once, below, selecting the last one attached
        try:
            for path in paths:
                try:
                    added = documents.add_file(self.vault, path, links=[self.ident])
                except (CommonsError, OSError) as exc:
                    problems.append(f"{Path(path).name}: {describe(exc)}" if Path(path).name not in describe(exc)
                                    else describe(exc))
        finally:
            self._attaching = False
        self.reload(select=added.id if added is not None else None)
        self._say("\n".join(problems))
        return len(paths) - len(problems)

    def save_copy(self) -> None:
        doc = self.current()
        if doc is None or self.ask is None:
            return
        target = self.ask.save_file(self.tr("Save a copy as"), doc.current.file_name if doc.current else doc.title)
        if target:
            try:
                documents.export_to_file(self.vault, doc.id, target, overwrite=True)
            except CommonsError as exc:
                self._say(describe(exc))
                return
            self._say("")

    # -- drag and drop ---------------------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.vault is not None and self.ident and urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [u.toLocalFile() for u in urls if u.isLocalFile() and Path(u.toLocalFile()).is_file()]
        if paths and self.vault is not None and self.ident:
            event.acceptProposedAction()
            self.attach(paths)
