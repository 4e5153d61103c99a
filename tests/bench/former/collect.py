"""Loading the selected records for an export, with only the fields allowed to leave."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from dataclasses import fields as dc_fields

from commons_desktop.core.model import Contribution, Document, Membership, Organisation, Person, Relationship
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.memberships import Contributions, Memberships
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships


@dataclass
class Collected:
    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    fields: list[str] | None = None              # None: every field

    def allows(self, name: str) -> bool:
        return self.fields is None or name in self.fields

    @property
    def record_ids(self) -> list[tuple[str, str]]:
        return [("person", p.id) for p in self.people] + [("organisation", o.id) for o in self.organisations]

    def field_list(self) -> list[str]:
        from .selection import ALL_FIELDS
        return ["id", *(f for f in ALL_FIELDS if self.allows(f))]


def _strip(record, allowed: list[str] | None, names: tuple[str, ...]):
    """A copy of the record with the fields not allowed set to their empty value."""
    if allowed is None:
        return record
    empty = {}
    for f in dc_fields(record):
        if f.name in names and f.name not in allowed:
            empty[f.name] = f.default_factory() if callable(f.default_factory) else f.default  # type: ignore[misc]
    if "tags" not in allowed:
        empty["tags"] = []
    return replace(record, **empty)


def collect(vault: Vault, person_ids: list[str], org_ids: list[str], fields: list[str] | None = None,
            progress: Callable[[int, int, str], None] | None = None) -> Collected:
    out = Collected(fields=fields)
    people, orgs = People(vault), Organisations(vault)
    total = len(person_ids) + len(org_ids)
    for n, ident in enumerate(person_ids, 1):
        out.people.append(_strip(people.get(ident), fields, Person.FIELDS))
        if progress and n % 1000 == 0:
            progress(n, total, "reading people")
    out.organisations = [_strip(orgs.get(i), fields, Organisation.FIELDS) for i in org_ids]
    chosen = set(person_ids) | set(org_ids)
    if out.allows("memberships"):
        repo = Memberships(vault)
        out.memberships = [m for i in person_ids for m in repo.of_person(i)]
    if out.allows("contributions"):
        repo_c = Contributions(vault)
        out.contributions = [c for i in person_ids for c in reversed(repo_c.list(person_id=i, limit=1_000_000))]
    if out.allows("relationships"):
        rels = Relationships(vault)
        seen: set[str] = set()
        for i in person_ids:
            for r in rels.of(i):
                if r.id not in seen and r.from_id in chosen and r.to_id in chosen:
                    seen.add(r.id)
                    out.relationships.append(r)
    if out.allows("documents"):
        docs = Documents(vault)
        seen_docs: set[str] = set()
        for i in [*person_ids, *org_ids]:
            for d in docs.list(linked_to=i, limit=100_000):
                if d.id not in seen_docs:
                    seen_docs.add(d.id)
                    d.links = [(e, x) for e, x in d.links if x in chosen]
                    out.documents.append(d)
    return out
