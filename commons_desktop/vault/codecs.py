"""The codec of each record kind (vault/codec.py): the one table of its fields and columns.

Adding a field to a record is one line here (and its column in a migration); every reader and writer (the
repositories, bulk reads for exports, the change log, the JSON formats) follows.
"""

from __future__ import annotations

from typing import Any

from ..core.model import (
    Contribution,
    Document,
    DocumentVersion,
    Membership,
    MembershipType,
    Organisation,
    Person,
    Relationship,
    SavedSearch,
)
from ..core.text import sort_key
from .codec import Codec
from .codec import Derived as D
from .codec import Field as F
from .field_kinds import (
    ADDRESSES,
    AMOUNT,
    CONSENTS,
    CUSTOM,
    DATE,
    EMAILS,
    FILTERS,
    LANGUAGES,
    MAYBE_AMOUNT,
    NUMBER,
    PHONES,
    TEXT,
)
from .search import fold_part


def first_city(record: Any) -> str:
    addresses = record.addresses
    return addresses[0].city if addresses else ""


def person_sort_key(p: Person) -> str:
    """Folded family name, then given name (what ``search.fold_joined((family, given))`` gives)."""
    given, family = p.given, p.family
    given = " ".join(given.lower().split()) if given.isascii() else fold_part(given)
    family = " ".join(family.lower().split()) if family.isascii() else fold_part(family)
    return (family + " " + given if given else family) if family else given


PERSON = Codec("person", "person", Person, [
    F("given", TEXT), F("family", TEXT), F("emails", EMAILS), F("phones", PHONES), F("addresses", ADDRESSES),
    F("birth_date", DATE), F("languages", LANGUAGES), F("notes", TEXT), F("consents", CONSENTS), F("custom", CUSTOM),
    F("member_number", TEXT),
], [D("sort_key", person_sort_key), D("city", first_city)])

ORGANISATION = Codec("organisation", "organisation", Organisation, [
    F("name", TEXT), F("kind", TEXT), F("website", TEXT), F("emails", EMAILS), F("phones", PHONES),
    F("addresses", ADDRESSES), F("notes", TEXT), F("custom", CUSTOM),
], [D("sort_key", lambda o: sort_key(o.name)), D("city", first_city)])

RELATIONSHIP = Codec("relationship", "relationship", Relationship, [
    F("kind", TEXT), F("from_id", TEXT), F("to_id", TEXT), F("to_entity", TEXT), F("role", TEXT), F("start", DATE),
    F("end", DATE),
])

MEMBERSHIP = Codec("membership", "membership", Membership, [
    F("person_id", TEXT), F("type", TEXT), F("status", TEXT), F("start", DATE), F("end", DATE), F("notes", TEXT),
])

# the vault's list of membership types (issue 15): the id is the type's stable code, what a membership's type holds
MEMBERSHIP_TYPE = Codec("membership_type", "membership_type", MembershipType, [
    F("label", TEXT), F("fee", MAYBE_AMOUNT, "fee_minor"), F("currency", TEXT), F("months", NUMBER),
    F("position", NUMBER),
])

CONTRIBUTION = Codec("contribution", "contribution", Contribution, [
    F("person_id", TEXT), F("amount", AMOUNT, "amount_minor"), F("currency", TEXT), F("date", DATE),
    F("method", TEXT), F("kind", TEXT), F("period_start", DATE), F("period_end", DATE), F("notes", TEXT),
])

DOCUMENT = Codec("document", "document", Document, [F("title", TEXT)])

# a document's versions are rows of their own, written once (a 'version' change carries this plain value)
DOCUMENT_VERSION = Codec("document", "document_version", DocumentVersion, [
    F("number", NUMBER), F("file_name", TEXT), F("media_type", TEXT), F("size", NUMBER), F("sha256", TEXT),
], meta=("document_id", "created"))

SAVED_SEARCH = Codec("saved_search", "saved_search", SavedSearch, [
    F("name", TEXT), F("query", TEXT), F("filters", FILTERS),
], meta=("id",))

BY_ENTITY = {c.entity: c for c in (PERSON, ORGANISATION, RELATIONSHIP, MEMBERSHIP, CONTRIBUTION, DOCUMENT,
                                   SAVED_SEARCH, MEMBERSHIP_TYPE)}
BY_CLASS = {c.cls: c for c in BY_ENTITY.values()}
