"""The organisation detail pane: its fields, the people related to it, its documents, and the history."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QWidget

from ...core.model import Organisation
from ...services import lists
from ..documents.record_tab import RecordDocuments
from ..labels import RELATIONSHIPS, label
from ..record_editor import RecordEditor
from .form import OrganisationForm


class OrganisationEditor(RecordEditor):
    def __init__(self, view=None, parent: QWidget | None = None):
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People related to this organisation"))
        self.documents = RecordDocuments(getattr(view, "ask", None))
        super().__init__(view, OrganisationForm(), self.tr("Select an organisation in the list, or add a new one."),
                         parent)

    def extra_tabs(self):
        return [(self.people, self.tr("People")), (self.documents, self.tr("Documents"))]

    def changed_elsewhere(self, event, entity: str) -> None:
        self.documents.vault_changed(event)  # a document linked to this record elsewhere shows in its tab
        super().changed_elsewhere(event, entity)

    def set_vault(self, vault) -> None:
        self.documents.set_vault(vault)
        super().set_vault(vault)

    def fetch(self, ident: str) -> Organisation:
        return lists.organisation(self.vault, ident)

    def store(self, ident: str | None, record: Organisation) -> str:
        return lists.save_organisation(self.vault, ident, record)

    def remove(self, ident: str) -> None:
        lists.delete_organisation(self.vault, ident)

    def blank(self) -> Organisation:
        return Organisation()

    def new_title(self) -> str:
        return self.tr("New organisation")

    def shown(self, ident: str | None) -> None:
        self.documents.set_record(ident)
        self.people.clear()
        if ident and self.vault is not None:
            for _pid, name, kind in lists.related_people(self.vault, ident):
                self.people.addItem(f"{name} — {label(RELATIONSHIPS, kind)}")
