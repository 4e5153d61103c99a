"""The fields of a person: names, member number, several emails/phones/addresses, birth date, languages, tags,
consents, custom fields and notes, each with its validation message right below it.

``record()`` gives the person as the fields say it, typed (dates are dates or None), and ``set_record`` shows
one: a draft kept across a lock is such a record, put back by the same ``set_record``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ...core.errors import InvalidField
from ...core.model import Consent, Person
from ..errors import reason_text
from ..signals import emit
from ..widgets import contact_fields as cf
from ..widgets.date_field import DateField
from ..widgets.row_list import Column, RowList


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def with_error(widget: QWidget, label: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(label)
    return box


class PersonForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.member_number = QLineEdit()  # (issue 10 item 5: unique; another person's is refused when saving)
        self.birth_date = DateField(optional=True)
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("e.g. fr, en, nl-BE"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. volunteer, newsletter"))
        self.tags.setToolTip(cf.tags_help())
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        self.emails = cf.emails_list()
        self.phones = cf.phones_list()
        self.addresses = cf.addresses_list()
        self.consents = RowList(self.tr("Consent"), [
            Column("what", self.tr("What was agreed (e.g. newsletter)"), stretch=3),
            Column("given_on", self.tr("Given on"), new_line=True, date=True),
            Column("until", self.tr("Until"), date=True, empty=self.tr("No end date"))],
            self.tr("Add consent"))
        self.custom = cf.custom_list()
        self.errors = {key: error_label() for key in ("name", "member_number", "birth_date", "language", "tags",
                                                      "notes")}
        labels = {self.given: self.tr("Given name"), self.family: self.tr("Family name"),
                  self.member_number: self.tr("Member number"),
                  self.birth_date: self.tr("Birth date"), self.languages: self.tr("Languages"),
                  self.tags: self.tr("Tags"), self.notes: self.tr("Notes")}
        for widget, text in labels.items():
            widget.setAccessibleName(text)
        form = QFormLayout(self)
        form.addRow(labels[self.given], self.given)
        form.addRow(labels[self.family], with_error(self.family, self.errors["name"]))
        form.addRow(labels[self.member_number], with_error(self.member_number, self.errors["member_number"]))
        form.addRow(self.tr("Emails"), self.emails)
        form.addRow(self.tr("Phones"), self.phones)
        form.addRow(self.tr("Addresses"), self.addresses)
        form.addRow(labels[self.birth_date], with_error(self.birth_date, self.errors["birth_date"]))
        form.addRow(labels[self.languages], with_error(self.languages, self.errors["language"]))
        form.addRow(labels[self.tags], with_error(self.tags, self.errors["tags"]))
        form.addRow(self.tr("Consents"), self.consents)
        form.addRow(self.tr("Custom fields"), self.custom)
        form.addRow(labels[self.notes], with_error(self.notes, self.errors["notes"]))
        for edit in (self.given, self.family, self.member_number, self.languages, self.tags):
            edit.textEdited.connect(self.changed)
        self.birth_date.edited.connect(self.changed)
        self.notes.textChanged.connect(self._notes_changed)
        for rows in (self.emails, self.phones, self.addresses, self.consents, self.custom):
            rows.changed.connect(self.changed)
        self._loading = False
        self._previous = Person()

    def _notes_changed(self) -> None:
        if not self._loading:
            emit(self.changed)

    # -- record <-> widgets ----------------------------------------------------------------------------------
    def set_record(self, person: Person) -> None:
        self._loading = True
        self._previous = person
        self.given.setText(person.given)
        self.family.setText(person.family)
        self.member_number.setText(person.member_number)
        cf.set_emails(self.emails, person.emails)
        cf.set_phones(self.phones, person.phones)
        cf.set_addresses(self.addresses, person.addresses)
        self.birth_date.set_value(person.birth_date)
        self.languages.setText(", ".join(person.languages))
        self.tags.setText(cf.tags_text(person.tags))
        self.consents.set_values([{"what": c.what, "given_on": c.given_on, "until": c.until} for c in person.consents])
        cf.set_custom(self.custom, person.custom)
        self.notes.setPlainText(person.notes)
        self._loading = False
        self.clear_errors()

    def record(self) -> Person:
        """The record as the fields now say, typed (not validated: saving validates)."""
        p = self._previous
        return Person(
            given=self.given.text(), family=self.family.text(), emails=cf.emails_of(self.emails),
            phones=cf.phones_of(self.phones), addresses=cf.addresses_of(self.addresses, p.addresses),
            birth_date=self.birth_date.value(), languages=cf.split_words(self.languages.text()),
            notes=self.notes.toPlainText(),
            consents=[Consent(c["what"], c["given_on"], c["until"]) for c in self.consents.values()],
            custom=cf.custom_of(self.custom), id=p.id, tags=cf.tags_of(self.tags.text()), created=p.created,
            updated=p.updated, member_number=self.member_number.text())

    def first_field(self) -> QWidget:
        return self.given

    def has_name(self) -> bool:
        return bool(self.given.text().strip() or self.family.text().strip())

    # -- validation messages ---------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        for rows in (self.emails, self.phones, self.addresses, self.consents, self.custom):
            rows.set_error("")

    def show_error(self, exc: InvalidField) -> QWidget:
        """Show the message next to its field; returns the widget to focus."""
        self.clear_errors()
        target = cf.error_target(exc.field)
        text = reason_text(exc.reason, exc.params)
        lists = {"emails": self.emails, "phones": self.phones, "addresses": self.addresses,
                 "consents": self.consents, "custom": self.custom}
        if target in lists:
            lists[target].set_error(text)
            return lists[target]
        label = self.errors.get(target, self.errors["name"])
        label.setText(text)
        label.show()
        widgets = {"name": self.given if not self.given.text().strip() else self.family,
                   "member_number": self.member_number, "birth_date": self.birth_date, "language": self.languages,
                   "tags": self.tags, "notes": self.notes}
        return widgets.get(target, self.given)

