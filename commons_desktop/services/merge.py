"""Merging two records of the same person into one, in ONE transaction.

The kept record takes the chosen values field by field (the other record fills its blanks, its member number
included); emails,
phones, addresses, languages, consents, custom fields and tags are united. Relationships, memberships,
contributions and document links of the merged-away record are re-pointed to the kept one; it is then
tombstoned. Both records keep their history: the change log gains a "merge" entry on each, naming the other.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from ..core.changes import Change, Op
from ..core.errors import InvalidField, Reason
from ..core.model import Person
from ..core.text import fold, phone_digits
from ..vault import changelog
from ..vault import tags as tag_store
from ..vault.connection import Vault
from ..vault.documents import Documents
from ..vault.memberships import Contributions, Memberships
from ..vault.people import People
from ..vault.relationships import Relationships

CHOOSABLE = ("given", "family", "birth_date", "notes")


@dataclass
class MergeReport:
    kept: str
    merged: str
    relationships: int = 0
    memberships: int = 0
    contributions: int = 0
    documents: int = 0


def _union(first: list, second: list, key) -> list:
    seen, out = set(), []
    for item in [*first, *second]:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def merged_person(keep: Person, drop: Person, take: set[str] | frozenset[str] = frozenset(),
                  notes_both: bool = True) -> Person:
    """The kept record as it will be: ``take`` names the fields whose value comes from ``drop``."""
    unknown = set(take) - set(CHOOSABLE)
    if unknown:
        raise InvalidField("merge", Reason.CANNOT_CHOOSE, fields=sorted(unknown))
    out = copy.deepcopy(keep)
    for name in ("given", "family", "birth_date"):
        if name in take or not getattr(keep, name):
            setattr(out, name, getattr(drop, name) or getattr(keep, name))
    if "notes" in take:
        out.notes = drop.notes
    elif notes_both and keep.notes and drop.notes and drop.notes not in keep.notes:
        out.notes = f"{keep.notes}\n\n{drop.notes}"
    else:
        out.notes = keep.notes or drop.notes
    out.emails = _union(keep.emails, drop.emails, lambda e: e.address.casefold())
    out.phones = _union(keep.phones, drop.phones, lambda p: phone_digits(p.number))
    out.addresses = _union(keep.addresses, drop.addresses, lambda a: fold(a.one_line()))
    out.languages = _union(keep.languages, drop.languages, str.casefold)
    out.consents = _union(keep.consents, drop.consents, lambda c: (fold(c.what), c.given_on, c.until))
    out.custom = {**drop.custom, **keep.custom}
    out.member_number = keep.member_number or drop.member_number
    out.tags = _union(keep.tags, drop.tags, str.casefold)
    return out


def _repoint_relationships(vault: Vault, keep_id: str, drop_id: str) -> int:
    rels = Relationships(vault)
    existing = {(r.kind, r.from_id, r.to_id) for r in rels.of(keep_id)}
    moved = 0
    for rel in rels.of(drop_id):
        new_from = keep_id if rel.from_id == drop_id else rel.from_id
        new_to = keep_id if rel.to_entity == "person" and rel.to_id == drop_id else rel.to_id
        if new_from == new_to or (rel.kind, new_from, new_to) in existing:
            rels.tombstone(rel.id)  # would relate the person to themselves, or repeat a relationship
            continue
        rels.update_fields(rel.id, {"from_id": new_from, "to_id": new_to})
        existing.add((rel.kind, new_from, new_to))
        moved += 1
    return moved


def _repoint_documents(vault: Vault, keep_id: str, drop_id: str) -> int:
    docs = Documents(vault)
    linked = docs.list(linked_to=drop_id, limit=1_000_000)
    for doc in linked:
        docs.link(doc.id, "person", keep_id)
        docs.unlink(doc.id, "person", drop_id)
    return len(linked)


def merge(vault: Vault, keep_id: str, drop_id: str, *, take: set[str] | frozenset[str] = frozenset(),
          notes_both: bool = True) -> MergeReport:
    """Merge ``drop_id`` into ``keep_id``; all or nothing."""
    if keep_id == drop_id:
        raise InvalidField("merge", Reason.MERGED_WITH_SELF)
    people = People(vault)
    report = MergeReport(keep_id, drop_id)
    with vault.transaction():
        keep, drop = people.get(keep_id), people.get(drop_id)
        merged = merged_person(keep, drop, take, notes_both)
        # a member number the kept record takes from the other one: theirs is given up first (numbers are unique)
        takes_number = bool(merged.member_number) and merged.member_number != keep.member_number
        if takes_number:
            people.delete(drop_id)
        people.update(keep_id, merged)
        for name in merged.tags:
            if name.casefold() not in {t.casefold() for t in keep.tags}:
                tag_store.add_tag(vault, name, [keep_id])
        report.relationships = _repoint_relationships(vault, keep_id, drop_id)
        memberships = Memberships(vault)
        for m in memberships.of_person(drop_id):
            memberships.update_fields(m.id, {"person_id": keep_id})
            report.memberships += 1
        contributions = Contributions(vault)
        for c in contributions.list(person_id=drop_id, limit=1_000_000):
            contributions.update_fields(c.id, {"person_id": keep_id})
            report.contributions += 1
        report.documents = _repoint_documents(vault, keep_id, drop_id)
        if not takes_number:
            people.delete(drop_id)
        changelog.write(vault, Change(Op.MERGE, "person", keep_id, {"merged": drop_id}))
        changelog.write(vault, Change(Op.MERGE, "person", drop_id, {"into": keep_id}))
    return report
