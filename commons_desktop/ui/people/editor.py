"""The person detail pane: the person's fields, memberships and dues, relationships, documents, and the history."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...core.model import Person
from ...services import lists
from ..documents.record_tab import RecordDocuments
from ..exchange.disclosures import DisclosuresPanel
from ..record_editor import RecordEditor
from .form import PersonForm
from .membership import MembershipPanel
from .relationships import RelationshipsPanel


class PersonEditor(RecordEditor):
    def __init__(self, view=None, parent: QWidget | None = None):
        self.membership = MembershipPanel()
        self.relationships = RelationshipsPanel(self)
        self.disclosures = DisclosuresPanel(getattr(view, "bridge", None), getattr(view, "ask", None))
        self.documents = RecordDocuments(getattr(view, "ask", None))
        super().__init__(view, PersonForm(), self.tr("Select a person in the list, or add a new one."), parent)
        self.membership.set_ask(self.ask)

    def extra_tabs(self):
        return [(self.membership, self.tr("Membership and dues")), (self.relationships, self.tr("Relationships")),
                (self.documents, self.tr("Documents")), (self.disclosures, self.tr("Shared with"))]

    def inner_editors(self):
        return self.membership.editors()

    def fetch(self, ident: str) -> Person:
        return lists.person(self.vault, ident)

    def store(self, ident: str | None, record: Person) -> str:
        return lists.save_person(self.vault, ident, record)

    def remove(self, ident: str) -> None:
        lists.bulk_delete_people(self.vault, [ident])

    def blank(self) -> Person:
        return Person()

    def new_title(self) -> str:
        return self.tr("New person")

    def changed_elsewhere(self, event, entity: str) -> None:
        self.documents.vault_changed(event)  # a document linked to this record elsewhere shows in its tab
        super().changed_elsewhere(event, entity)

    def set_vault(self, vault) -> None:
        self.membership.set_vault(vault)
        self.relationships.set_vault(vault)
        self.disclosures.set_vault(vault)
        self.documents.set_vault(vault)
        super().set_vault(vault)

    def shown(self, ident: str | None) -> None:
        self.membership.set_person(ident)
        self.relationships.set_person(ident)
        self.disclosures.set_person(ident)
        self.documents.set_record(ident)
