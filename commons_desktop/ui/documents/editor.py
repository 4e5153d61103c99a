"""A document's title and tags, edited above its preview (its content changes by new versions, its links by
"Link to…"). The shared draft mechanism keeps an unsaved title across a lock and asks before leaving it."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ...core.model import Document
from ...services import lists
from ..drafts import DraftEditor
from ..widgets.contact_fields import tags_help, tags_of, tags_text
from ..widgets.simple_form import SimpleForm


class DocumentForm(SimpleForm):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLineEdit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.tags.setToolTip(tags_help())
        self.add(self.tr("Title"), self.title, "title")
        self.add(self.tr("Tags"), self.tags, "tag")
        self.finish()
        self._previous = Document("")

    def set_record(self, doc: Document) -> None:
        with self.loading():
            self._previous = doc
            self.title.setText(doc.title)
            self.tags.setText(tags_text(doc.tags))

    def record(self) -> Document:
        p = self._previous
        return Document(self.title.text(), p.id, p.current, list(p.links), tags_of(self.tags.text()), p.created,
                        p.updated)


class DocumentEditor(DraftEditor):
    def __init__(self, ask=None, parent: QWidget | None = None):
        super().__init__(DocumentForm(), self.tr("Select a document in the list, or add files."), ask, parent)

    def buttons(self):
        return [self.revert_button, self.save_button]

    def build_page(self) -> QWidget:
        self.delete_button.hide()  # documents are kept: a new version replaces the content
        return super().build_page()

    def fetch(self, ident: str) -> Document:
        return lists.document(self.vault, ident)

    def store(self, ident: str | None, record: Document) -> str:
        return lists.save_document(self.vault, ident, record)

    def blank(self) -> Document:
        return Document("")

    def heading(self, record: Document) -> str:
        return record.title.strip() or self.tr("Document")
