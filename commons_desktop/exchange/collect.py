"""Loading the selected records for an export, with only the fields allowed to leave."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from dataclasses import fields as dc_fields
from functools import lru_cache

from ..core.model import Contribution, Document, Membership, Organisation, Person, Relationship
from ..vault import exchange_plain, exchange_read
from ..vault.codecs import CONTRIBUTION, MEMBERSHIP, ORGANISATION, PERSON, RELATIONSHIP
from ..vault.connection import Vault
from ..vault.records import BULK, collector_paused


@dataclass
class Collected:
    """What an export carries. ``collect`` gives the records as they are read (vault.exchange_plain.Records: read
    again each time they are walked); relationships leave only with both their records (person after person, each at
    the first of its ends)."""
    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    fields: list[str] | None = None              # None: every field
    plain: bool = False  # records (not documents) as their JSON values (records_json's), for the JSON formats

    def allows(self, name: str) -> bool:
        return self.fields is None or name in self.fields

    @property
    def record_ids(self) -> list[tuple[str, str]]:
        return [("person", i) for i in _ids(self.people)] + [("organisation", i) for i in _ids(self.organisations)]

    def field_list(self) -> list[str]:
        from .selection import ALL_FIELDS
        return ["id", *(f for f in ALL_FIELDS if self.allows(f))]


def _ids(records) -> list[str]:
    """The ids of records: records read as they are used (vault.exchange_plain.Records) say them unread."""
    ids = getattr(records, "ids", None)
    return ids() if ids is not None else [r.id for r in records]


def _strip(record, allowed: list[str] | None, names: tuple[str, ...]):
    """A copy of the record with the fields not allowed set to their empty value."""
    if allowed is None:
        return record
    blanked = _blanked(type(record), tuple(allowed), names)
    if not blanked:
        return record
    return replace(record, **{name: make() for name, make in blanked})


@lru_cache(maxsize=64)
def _blanked(kind: type, allowed: tuple[str, ...], names: tuple[str, ...]) -> tuple[tuple[str, Callable], ...]:
    """(field, a function making its empty value) of the fields of ``kind`` a record may not carry: decided once
    per kind and field list, not for each of 100,000 records."""
    out = []
    for f in dc_fields(kind):
        if (f.name in names and f.name not in allowed) or (f.name == "tags" and "tags" not in allowed):
            if callable(f.default_factory):
                out.append((f.name, f.default_factory))
            else:
                out.append((f.name, lambda value=f.default: value))
    return tuple(out)


def _object_records(vault: Vault, out: Collected, person_ids: list[str], org_ids: list[str]) -> None:
    fields = out.fields

    def made(codec, names: tuple[str, ...]):
        def make_of(at: dict[str, int]):
            decode, tags = codec.decoder(at), at[exchange_read.TAGS]

            def make(row: tuple):
                record = decode(row)
                record.tags = row[tags]
                return _strip(record, fields, names)
            return make
        return make_of
    # read as they are used (a page of rows at a time, in one query each: vault.exchange_read.selected)
    out.people = exchange_plain.own(vault, PERSON, person_ids, made(PERSON, Person.FIELDS), True,
                                    exchange_plain.object_columns(PERSON))  # type: ignore[assignment]
    out.organisations = exchange_plain.own(vault, ORGANISATION, org_ids, made(ORGANISATION, Organisation.FIELDS), True,
                                           exchange_plain.object_columns(ORGANISATION))  # type: ignore[assignment]
    if out.allows("memberships"):
        out.memberships = exchange_plain.memberships(vault, person_ids, MEMBERSHIP.decoder)  # type: ignore[assignment]
    if out.allows("contributions"):
        out.contributions = exchange_plain.contributions(vault, person_ids,
                                                         CONTRIBUTION.decoder)  # type: ignore[assignment]
    if out.allows("relationships"):
        out.relationships = exchange_plain.relationships(vault, person_ids, org_ids,
                                                         RELATIONSHIP.decoder)  # type: ignore[assignment]


def _plain_records(vault: Vault, out: Collected, person_ids: list[str], org_ids: list[str]) -> None:
    """The same records as JSON values; they stay rows until written (see vault.exchange_plain.Records)."""
    allowed = set(out.fields) if out.fields is not None else None
    out.people = exchange_plain.people(vault, person_ids, allowed)  # type: ignore[assignment]
    out.organisations = exchange_plain.organisations(vault, org_ids, allowed)  # type: ignore[assignment]
    if out.allows("memberships"):
        out.memberships = exchange_plain.memberships(vault, person_ids)  # type: ignore[assignment]
    if out.allows("contributions"):
        out.contributions = exchange_plain.contributions(vault, person_ids)  # type: ignore[assignment]
    if out.allows("relationships"):
        out.relationships = exchange_plain.relationships(vault, person_ids, org_ids)  # type: ignore[assignment]


def collect(vault: Vault, person_ids: list[str], org_ids: list[str], fields: list[str] | None = None,
            progress: Callable[[int, int, str], None] | None = None, *, plain: bool = False) -> Collected:
    """The records and what is linked to them, read in bulk (vault.exchange_read: the same records, in the same
    order, as asking the repositories record by record). Documents are listed for the records that have some.
    ``plain``: the records as their JSON values (what records_json makes of them), read straight from their rows
    (vault.exchange_plain), for the JSON export and bundles; documents stay objects."""
    with collector_paused(len(person_ids) + len(org_ids) >= BULK):
        return _collect(vault, person_ids, org_ids, fields, progress, plain)


def _collect(vault: Vault, person_ids: list[str], org_ids: list[str], fields: list[str] | None,
             progress: Callable[[int, int, str], None] | None, plain: bool) -> Collected:
    out = Collected(fields=fields, plain=plain)
    total = len(person_ids) + len(org_ids)
    (_plain_records if plain else _object_records)(vault, out, person_ids, org_ids)
    if progress:
        for n in range(1000, len(person_ids) + 1, 1000):  # every 1,000 people, as before
            progress(n, total, "reading people")
    if out.allows("documents"):
        out.documents = linked_documents(vault, [*person_ids, *org_ids])
    return out


def linked_documents(vault: Vault, ids: list[str]) -> list[Document]:
    """The live documents linked to the records ``ids``, each once, in the records' order; their links narrowed
    to those records (the exports and the documents mirror of a server carry the same documents)."""
    chosen = set(ids)
    found: list[Document] = exchange_read.linked_documents(vault, ids)  # type: ignore[assignment]
    for d in found:
        d.links = [(e, x) for e, x in d.links if x in chosen]
    return found
