"""Use-cases on people and organisations: add and edit from field values, show, list, delete, erase;
tags on any record; ranked search. Every change is one transaction: on error nothing is written."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from ..core.errors import InvalidField, Reason
from ..core.model import Address, Contribution, Document, Email, Membership, Organisation, Person, Phone, Relationship
from ..core.text import phone_digits
from ..vault import erase, search, tags
from ..vault.connection import Vault
from ..vault.documents import Documents
from ..vault.memberships import Contributions, Memberships
from ..vault.organisations import Organisations
from ..vault.people import People, PersonRow
from ..vault.relationships import Relationships

PERSON_FIELDS = ("given", "family", "birth_date", "notes", "member_number")
ORGANISATION_FIELDS = ("name", "kind", "website", "notes")
ADDRESS_PARTS = ("street", "postcode", "city", "region", "country")
PERSON_SORTS = ("name", "given", "family", "city", "email", "phone", "updated", "created", "member_number")


@dataclass
class RecordEdit:
    """What to change on a person or an organisation; anything left empty stays as it is.

    ``fields`` sets one-line fields (an empty string clears one). ``emails``/``phones``/``languages``,
    when given, replace the whole list; ``add_*``/``remove_*`` adjust the stored list instead.
    ``address`` sets parts of the first postal address. ``custom`` sets custom fields (an empty value
    removes the field). ``add_tags``/``remove_tags`` tag and untag the record in the same transaction.
    """

    fields: dict[str, str] = field(default_factory=dict)
    emails: list[str] | None = None
    add_emails: list[str] = field(default_factory=list)
    remove_emails: list[str] = field(default_factory=list)
    phones: list[str] | None = None
    add_phones: list[str] = field(default_factory=list)
    remove_phones: list[str] = field(default_factory=list)
    languages: list[str] | None = None
    address: dict[str, str] = field(default_factory=dict)
    custom: dict[str, str] = field(default_factory=dict)
    add_tags: list[str] = field(default_factory=list)
    remove_tags: list[str] = field(default_factory=list)


def _edit_emails(current: list[Email], edit: RecordEdit) -> list[Email]:
    emails = [Email(a) for a in edit.emails] if edit.emails is not None else list(current)
    for gone in edit.remove_emails:
        kept = [e for e in emails if e.address.casefold() != gone.strip().casefold()]
        if len(kept) == len(emails):
            raise InvalidField("email", Reason.NOT_ON_RECORD, gone)
        emails = kept
    known = {e.address.casefold() for e in emails}
    return emails + [Email(a) for a in edit.add_emails if a.strip().casefold() not in known]


def _edit_phones(current: list[Phone], edit: RecordEdit) -> list[Phone]:
    phones = [Phone(n) for n in edit.phones] if edit.phones is not None else list(current)
    for gone in edit.remove_phones:
        kept = [p for p in phones if phone_digits(p.number) != phone_digits(gone)]
        if len(kept) == len(phones):
            raise InvalidField("phone", Reason.NOT_ON_RECORD, gone)
        phones = kept
    known = {phone_digits(p.number) for p in phones}
    return phones + [Phone(n) for n in edit.add_phones if phone_digits(n) not in known]


def _edit_addresses(current: list[Address], parts: dict[str, str]) -> list[Address]:
    if not parts:
        return list(current)
    first = copy.copy(current[0]) if current else Address()
    for name, value in parts.items():
        if name not in ADDRESS_PARTS:
            raise ValueError(f"unknown address part {name}")
        setattr(first, name, value)
    rest = list(current[1:])
    return ([first] if first.one_line() else []) + rest


def apply_edit(record: Person | Organisation, edit: RecordEdit) -> Person | Organisation:
    """A copy of ``record`` with ``edit`` applied (not yet validated; tags are not touched here)."""
    out = copy.deepcopy(record)
    allowed = PERSON_FIELDS if isinstance(record, Person) else ORGANISATION_FIELDS
    for name, value in edit.fields.items():
        if name not in allowed:
            raise ValueError(f"{type(record).__name__} has no field {name}")
        setattr(out, name, value if value is not None else "")
    out.emails = _edit_emails(out.emails, edit)
    out.phones = _edit_phones(out.phones, edit)
    out.addresses = _edit_addresses(out.addresses, edit.address)
    if edit.languages is not None:
        if not isinstance(out, Person):
            raise ValueError("organisations have no languages")
        out.languages = list(edit.languages)
    for key, value in edit.custom.items():
        if value == "":
            out.custom.pop(key, None)
        else:
            out.custom[key] = value
    return out


def _apply_tags(vault: Vault, ident: str, edit: RecordEdit) -> None:
    for name in edit.add_tags:
        tags.add_tag(vault, name, [ident])
    for name in edit.remove_tags:
        tags.remove_tag(vault, name, [ident])


# -- people -------------------------------------------------------------------------------------------------
def add_person(vault: Vault, edit: RecordEdit) -> Person:
    person = apply_edit(Person(), edit)
    with vault.transaction():
        ident = People(vault).add(person).id
        _apply_tags(vault, ident, edit)
    return People(vault).get(ident)


def get_person(vault: Vault, ident: str, *, include_deleted: bool = False) -> Person:
    return People(vault).get(ident, include_deleted=include_deleted)


def edit_person(vault: Vault, ident: str, edit: RecordEdit) -> tuple[Person, list[str]]:
    """Returns the saved record and the names of the fields that changed (tags included)."""
    repo = People(vault)
    with vault.transaction():
        before = repo.get(ident)
        changed = list(repo.update(ident, apply_edit(before, edit)))
        _apply_tags(vault, ident, edit)
        after = repo.get(ident)
    if after.tags != before.tags:
        changed.append("tags")
    return after, changed


@dataclass
class PersonDetails:
    person: Person
    status: str
    memberships: list[Membership]
    contributions: list[Contribution]
    totals: dict[str, Decimal]
    relationships: list[Relationship]
    documents: list[Document]


def show_person(vault: Vault, ident: str, today: date | None = None) -> PersonDetails:
    from .members import current_status

    person = People(vault).get(ident)
    memberships = Memberships(vault).of_person(ident)
    contributions = Contributions(vault)
    return PersonDetails(person, current_status(memberships, today or date.today()), memberships,
                         contributions.list(person_id=ident, limit=10_000), contributions.total(ident),
                         Relationships(vault).of(ident), Documents(vault).list(linked_to=ident))


def list_people(vault: Vault, *, limit: int = 100, offset: int = 0, tag: str | None = None, sort: str = "name",
                descending: bool = False, text: str = "") -> tuple[list[PersonRow], int]:
    """One page of people and the number of people matching the filter."""
    if sort not in PERSON_SORTS:
        raise InvalidField("sort", Reason.NOT_ONE_OF, sort, allowed=list(PERSON_SORTS))
    repo = People(vault)
    if tag:  # the tag as spelt, or the one tag it names with accents and case ignored (none: no one)
        tag = tags.find_tag(vault, tag) or tag
    rows = repo.page(offset=max(offset, 0), limit=max(limit, 0), order=sort, descending=descending, text=text, tag=tag)
    return rows, repo.count(text=text, tag=tag)


def delete_person(vault: Vault, ident: str) -> None:
    People(vault).delete(ident)


def erase_person(vault: Vault, ident: str) -> dict[str, int]:
    """GDPR erasure: the person and what is theirs are removed for real, change-log payloads included."""
    return erase.erase_person(vault, ident)


# -- organisations -------------------------------------------------------------------------------------------
def add_organisation(vault: Vault, edit: RecordEdit) -> Organisation:
    org = apply_edit(Organisation(), edit)
    with vault.transaction():
        ident = Organisations(vault).add(org).id
        _apply_tags(vault, ident, edit)
    return Organisations(vault).get(ident)


def edit_organisation(vault: Vault, ident: str, edit: RecordEdit) -> tuple[Organisation, list[str]]:
    repo = Organisations(vault)
    with vault.transaction():
        before = repo.get(ident)
        changed = list(repo.update(ident, apply_edit(before, edit)))
        _apply_tags(vault, ident, edit)
        after = repo.get(ident)
    if after.tags != before.tags:
        changed.append("tags")
    return after, changed


@dataclass
class OrganisationDetails:
    organisation: Organisation
    relationships: list[Relationship]
    documents: list[Document]


def show_organisation(vault: Vault, ident: str) -> OrganisationDetails:
    org = Organisations(vault).get(ident)
    return OrganisationDetails(org, Relationships(vault).of(ident), Documents(vault).list(linked_to=ident))


def list_organisations(vault: Vault, *, limit: int = 100, offset: int = 0, text: str = ""
                       ) -> tuple[list[Organisation], int]:
    repo = Organisations(vault)
    return repo.page(offset=max(offset, 0), limit=max(limit, 0), text=text), repo.count()


def delete_organisation(vault: Vault, ident: str) -> None:
    Organisations(vault).delete(ident)


# -- tags and search -----------------------------------------------------------------------------------------
def tag_records(vault: Vault, name: str, ids: list[str]) -> int:
    """Tag records of any kind by id; an unknown id fails the whole call. Returns how many gained the tag."""
    return tags.add_tag(vault, name, ids)


def untag_records(vault: Vault, name: str, ids: list[str]) -> int:
    """Remove a tag from records; an unknown id (or tag) fails the whole call, nothing is written."""
    with vault.transaction():
        for ident in ids:
            tags.entity_of(vault, ident)
        return tags.remove_tag(vault, name, ids)


def list_tags(vault: Vault) -> list[dict[str, Any]]:
    return [{"name": name, "count": count} for name, count in tags.list_tags(vault)]


def search_records(vault: Vault, text: str, *, limit: int = 50) -> list[search.Hit]:
    """Ranked full-text search over people and organisations (prefix, accent-insensitive)."""
    if limit < 1:
        raise InvalidField("limit", Reason.AT_LEAST, str(limit), minimum=1)
    return search.search(vault, text, limit=limit)
