"""The fields of an organisation: name, kind, website, contacts, tags, custom fields, notes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from ...core.errors import InvalidField
from ...core.model import Organisation
from ..errors import reason_text
from ..people.form import error_label, with_error
from ..signals import emit
from ..widgets import contact_fields as cf


class OrganisationForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLineEdit()
        self.kind = QLineEdit()
        self.kind.setPlaceholderText(self.tr("e.g. association, union, cooperative"))
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://")
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.tags.setToolTip(cf.tags_help())
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        self.emails, self.phones = cf.emails_list(), cf.phones_list()
        self.addresses, self.custom = cf.addresses_list(), cf.custom_list()
        self.errors = {key: error_label() for key in ("name", "kind", "website", "tags", "notes")}
        labels = {self.name: self.tr("Name"), self.kind: self.tr("Kind"), self.website: self.tr("Website"),
                  self.tags: self.tr("Tags"), self.notes: self.tr("Notes")}
        for widget, text in labels.items():
            widget.setAccessibleName(text)
        form = QFormLayout(self)
        form.addRow(labels[self.name], with_error(self.name, self.errors["name"]))
        form.addRow(labels[self.kind], with_error(self.kind, self.errors["kind"]))
        form.addRow(labels[self.website], with_error(self.website, self.errors["website"]))
        form.addRow(self.tr("Emails"), self.emails)
        form.addRow(self.tr("Phones"), self.phones)
        form.addRow(self.tr("Addresses"), self.addresses)
        form.addRow(labels[self.tags], with_error(self.tags, self.errors["tags"]))
        form.addRow(self.tr("Custom fields"), self.custom)
        form.addRow(labels[self.notes], with_error(self.notes, self.errors["notes"]))
        for edit in (self.name, self.kind, self.website, self.tags):
            edit.textEdited.connect(self.changed)
        self.notes.textChanged.connect(self._notes_changed)
        for rows in (self.emails, self.phones, self.addresses, self.custom):
            rows.changed.connect(self.changed)
        self._loading = False
        self._previous = Organisation()

    def _notes_changed(self) -> None:
        if not self._loading:
            emit(self.changed)

    def set_record(self, org: Organisation) -> None:
        self._loading = True
        self._previous = org
        self.name.setText(org.name)
        self.kind.setText(org.kind)
        self.website.setText(org.website)
        cf.set_emails(self.emails, org.emails)
        cf.set_phones(self.phones, org.phones)
        cf.set_addresses(self.addresses, org.addresses)
        self.tags.setText(cf.tags_text(org.tags))
        cf.set_custom(self.custom, org.custom)
        self.notes.setPlainText(org.notes)
        self._loading = False
        self.clear_errors()

    def record(self) -> Organisation:
        p = self._previous
        return Organisation(
            name=self.name.text(), kind=self.kind.text(), website=self.website.text(),
            emails=cf.emails_of(self.emails), phones=cf.phones_of(self.phones),
            addresses=cf.addresses_of(self.addresses, p.addresses), notes=self.notes.toPlainText(),
            custom=cf.custom_of(self.custom), id=p.id, tags=cf.tags_of(self.tags.text()), created=p.created,
            updated=p.updated)

    def first_field(self) -> QWidget:
        return self.name

    def has_name(self) -> bool:
        return bool(self.name.text().strip())

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        for rows in (self.emails, self.phones, self.addresses, self.custom):
            rows.set_error("")

    def show_error(self, exc: InvalidField) -> QWidget:
        self.clear_errors()
        target = cf.error_target(exc.field)
        text = reason_text(exc.reason, exc.params)
        lists = {"emails": self.emails, "phones": self.phones, "addresses": self.addresses, "custom": self.custom}
        if target in lists:
            lists[target].set_error(text)
            return lists[target]
        label = self.errors.get(target, self.errors["name"])
        label.setText(text)
        label.show()
        widgets = {"name": self.name, "kind": self.kind, "website": self.website, "tags": self.tags,
                   "notes": self.notes}
        return widgets.get(target, self.name)
