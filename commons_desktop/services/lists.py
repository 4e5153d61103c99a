"""List use-cases behind the desktop views: people in sort order, page by page, tag filters, bulk actions.

Nothing here loads a whole table of records: a list is its ids in sort order plus pages of short rows.
Bulk actions run in ONE transaction, chunk by chunk, reporting progress and checking the cancel token
between chunks, so a cancelled job rolls back and leaves nothing half-done.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from ..core import validation
from ..core.errors import InvalidField, NotFound, Reason
from ..core.model import Document, Membership, Organisation, Person, Relationship, SavedSearch
from ..core.text import fold
from ..vault import changelog, search
from ..vault import counts as record_counts
from ..vault import tags as tag_store
from ..vault.connection import Vault
from ..vault.documents import Documents
from ..vault.memberships import Memberships, MembershipTypes
from ..vault.organisations import Organisations
from ..vault.people import People, PersonRow
from ..vault.relationships import Relationships
from ..vault.saved_searches import SavedSearches
from . import status_filter
from .members import latest
from .progress import NEVER, CancelToken, Progress, no_progress

# the sort orders People.page understands, one per list column
PEOPLE_COLUMNS = ("given", "family", "email", "phone", "city", "updated", "member_number")
CHUNK = 250


@dataclass(frozen=True)
class PeopleQuery:
    """What a people list shows: search text (FTS, accent-insensitive), a tag, a membership status (as
    computed today, see services/status_filter.py; 'none': no membership), a sort order."""

    text: str = ""
    tag: str | None = None
    order: str = "name"
    descending: bool = False
    status: str | None = None

    def with_(self, **changes) -> PeopleQuery:
        return replace(self, **changes)


def people_ids(vault: Vault, query: PeopleQuery) -> list[str]:
    if query.status:
        status_filter.prepare(vault)
    return People(vault).ids(order=query.order, descending=query.descending, text=query.text, tag=query.tag,
                             status=query.status)


def people_page(vault: Vault, query: PeopleQuery, offset: int, limit: int) -> list[PersonRow]:
    if query.status:  # statuses are computed in Python once per day and per change, then filtered in SQL
        status_filter.prepare(vault)
    return People(vault).page(offset=offset, limit=limit, order=query.order, descending=query.descending,
                              text=query.text, tag=query.tag, status=query.status)


def read_ahead(vault: Vault, query: PeopleQuery) -> None:
    """Read the index the list of ``query`` is sorted by into the vault's page cache (the list does it once idle
    after the vault opens or the order changes, so that the first searches walk it from memory)."""
    People(vault).read_order_index(query.order)


def people_count(vault: Vault, query: PeopleQuery | None = None) -> int:
    """How many people the list of ``query`` holds."""
    return people_count_at_most(vault, query or PeopleQuery(), None)[0]


def people_count_at_most(vault: Vault, query: PeopleQuery, bound: int | None) -> tuple[int, bool]:
    """(count, exact): a search stops counting past ``bound`` (so a one-letter search costs what a selective one
    does: the caller says "10,000+" and counts exactly later); the whole list (a kept count) and the other filters
    are counted exactly."""
    if query.status:
        status_filter.prepare(vault)
        return People(vault).count(text=query.text, tag=query.tag, status=query.status), True
    if query.tag:
        return People(vault).count(text=query.text, tag=query.tag), True
    matching = search.count_people(vault, query.text, at_most=None if bound is None else bound + 1) \
        if query.text else None
    if matching is None:  # no word to search: everyone
        return record_counts.kept(vault)["people"], True
    return (matching, True) if bound is None or matching <= bound else (bound, False)


def person(vault: Vault, ident: str) -> Person:
    return People(vault).get(ident)


def tag_names(vault: Vault) -> list[tuple[str, int]]:
    """Every tag with how many records carry it, in alphabetical order (accents ignored)."""
    return sorted(((name, count) for name, count in tag_store.list_tags(vault)), key=lambda t: fold(t[0]))


def _chunks(ids: Sequence[str], size: int = CHUNK):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def bulk_tag(vault: Vault, ids: Sequence[str], tag: str, *, progress: Progress = no_progress,
             cancel: CancelToken = NEVER) -> int:
    """Tag the records; returns how many gained the tag. All or nothing."""
    total, done, changed = len(ids), 0, 0
    progress(0, total, "tag")
    with vault.transaction():
        for chunk in _chunks(list(ids)):
            cancel.check()
            changed += tag_store.add_tag(vault, tag, chunk)
            done += len(chunk)
            progress(done, total, "tag")
    return changed


def bulk_untag(vault: Vault, ids: Sequence[str], tag: str, *, progress: Progress = no_progress,
               cancel: CancelToken = NEVER) -> int:
    total, done, changed = len(ids), 0, 0
    progress(0, total, "untag")
    known = {name.casefold() for name, _ in tag_store.list_tags(vault)}
    if tag.casefold() not in known:
        return 0
    with vault.transaction():
        for chunk in _chunks(list(ids)):
            cancel.check()
            changed += tag_store.remove_tag(vault, tag, chunk)
            done += len(chunk)
            progress(done, total, "untag")
    return changed


def bulk_delete_people(vault: Vault, ids: Sequence[str], *, progress: Progress = no_progress,
                       cancel: CancelToken = NEVER) -> int:
    """Tombstone people (they can be restored from the history)."""
    people = People(vault)
    total, done = len(ids), 0
    progress(0, total, "delete")
    with vault.transaction():
        for chunk in _chunks(list(ids)):
            cancel.check()
            for ident in chunk:
                people.delete(ident)
            done += len(chunk)
            progress(done, total, "delete")
    return done


# -- whole-record saves from the desktop editors (typed contacts, consents, custom fields, tags) ---------
def _sync_tags(vault: Vault, ident: str, current: Sequence[str], wanted: Sequence[str]) -> None:
    have = {t.casefold(): t for t in current}
    want = {t.strip().casefold(): t.strip() for t in wanted if t.strip()}
    for key, name in want.items():
        if key not in have:
            tag_store.add_tag(vault, name, [ident])
    for key, name in have.items():
        if key not in want:
            tag_store.remove_tag(vault, name, [ident])


def save_person(vault: Vault, ident: str | None, person: Person) -> str:
    """Add (``ident`` None) or update a person as edited, tags included: one transaction, validated."""
    repo = People(vault)
    with vault.transaction():
        if ident is None:
            ident = repo.add(person).id
            current: list[str] = []
        else:
            current = repo.get(ident).tags
            repo.update(ident, person)
        _sync_tags(vault, ident, current, person.tags)
    return ident


def save_organisation(vault: Vault, ident: str | None, org: Organisation) -> str:
    repo = Organisations(vault)
    with vault.transaction():
        if ident is None:
            ident = repo.add(org).id
            current: list[str] = []
        else:
            current = repo.get(ident).tags
            repo.update(ident, org)
        _sync_tags(vault, ident, current, org.tags)
    return ident


def organisation(vault: Vault, ident: str) -> Organisation:
    return Organisations(vault).get(ident)


def delete_organisation(vault: Vault, ident: str) -> None:
    Organisations(vault).delete(ident)


def is_empty(vault: Vault) -> bool:
    """A first vault: nobody in it and nothing ever written (a vault whose people were all deleted has a history)."""
    return People(vault).count() == 0 and Organisations(vault).count() == 0 and not changelog.history(vault, limit=1)


def vault_name(vault: Vault) -> str:
    return vault.get_meta("name", "") or vault.path.stem


# -- organisations: a page of the whole list, or the ids matching a search ---------------------------------
def organisations_count(vault: Vault) -> int:
    return Organisations(vault).count()


def organisations_page(vault: Vault, offset: int, limit: int) -> list[Organisation]:
    return Organisations(vault).page(offset=offset, limit=limit)


def organisation_search(vault: Vault, text: str, limit: int = 5000) -> list[str]:
    """Ids of the organisations matching ``text`` (FTS, accent-insensitive), best first."""
    return [hit.id for hit in search.search(vault, text, entities=("organisation",), limit=limit)]


def organisations_by_id(vault: Vault, ids: Sequence[str]) -> list[Organisation]:
    repo = Organisations(vault)
    return [repo.get(i) for i in ids]


def related_people(vault: Vault, organisation_id: str) -> list[tuple[str, str, str]]:
    """(person id, display name, relationship kind) of the people related to an organisation."""
    people = People(vault)
    out = []
    for rel in Relationships(vault).of(organisation_id):
        try:
            out.append((rel.from_id, people.get(rel.from_id).display_name, rel.kind))
        except Exception:  # noqa: BLE001 - a tombstoned person is not listed
            continue
    return out


# -- members: lapse / resign (the renewal list is services/renewals.py) -----------------------------------------


def set_membership_status(vault: Vault, person_id: str, status: str, today: date | None = None) -> Membership:
    """Mark the person's latest membership lapsed or resigned (resigning ends it today at the latest)."""
    today = today or date.today()
    repo = Memberships(vault)
    with vault.transaction():
        memberships = repo.of_person(person_id)
        if not memberships:
            raise NotFound("membership for the person", person_id)
        m = latest(memberships)
        end = m.end
        if status == "resigned" and (end is None or end > today):
            end = today
        repo.update(m.id, dataclasses.replace(m, status=status, end=end))
        return repo.get(m.id)


def bulk_set_membership_status(vault: Vault, ids: Sequence[str], status: str, *, today: date | None = None,
                               progress: Progress = no_progress, cancel: CancelToken = NEVER) -> int:
    """Mark the latest membership of each of these people lapsed or resigned (people without a membership
    are skipped); all or nothing. Returns how many memberships changed."""
    if status not in ("lapsed", "resigned"):
        raise InvalidField("status", Reason.NOT_ONE_OF, status, allowed=["lapsed", "resigned"])
    repo, total, done, changed = Memberships(vault), len(ids), 0, 0
    progress(0, total, "status")
    with vault.transaction():
        for chunk in _chunks(list(ids)):
            cancel.check()
            for ident in chunk:
                if repo.of_person(ident):
                    set_membership_status(vault, ident, status, today)
                    changed += 1
            done += len(chunk)
            progress(done, total, "status")
    return changed


def person_names(vault: Vault, ids: Sequence[str]) -> dict[str, str]:
    people, out = People(vault), {}
    for ident in set(ids):
        try:
            out[ident] = people.get(ident, include_deleted=True).display_name
        except NotFound:
            out[ident] = ""
    return out


# -- documents: what the desktop's document pane needs beyond services/documents.py ------------------------
def document(vault: Vault, ident: str) -> Document:
    return Documents(vault).get(ident)


def document_content(vault: Vault, ident: str) -> bytes:
    """The current version's bytes (checked against its SHA-256), for an in-memory preview."""
    return Documents(vault).content(ident)


def save_document(vault: Vault, ident: str, doc: Document) -> str:
    """A document's title and tags as edited (its content and links change elsewhere): one transaction."""
    title = validation.text(doc.title, "title", required=True)
    repo = Documents(vault)
    with vault.transaction():
        current = repo.get(ident).tags
        repo.update_fields(ident, {"title": title})
        _sync_tags(vault, ident, current, doc.tags)
    return ident


def link_document(vault: Vault, document_id: str, record_id: str) -> None:
    """Link a document to a person or an organisation (given by id)."""
    Documents(vault).link(document_id, tag_store.entity_of(vault, record_id), record_id)


def find_records(vault: Vault, text: str, limit: int = 20) -> list[search.Hit]:
    """People and organisations matching ``text`` (to pick one to link)."""
    return search.search(vault, text, limit=limit)


def record_label(vault: Vault, entity: str, ident: str) -> str:
    try:
        if entity == "person":
            return People(vault).get(ident, include_deleted=True).display_name
        if entity == "document":
            return Documents(vault).get(ident, include_deleted=True).title
        if entity == "membership_type":
            return MembershipTypes(vault).load(ident, include_deleted=True).label
        return Organisations(vault).get(ident, include_deleted=True).name
    except NotFound:
        return ident


# -- saved searches ----------------------------------------------------------------------------------------
def saved_searches(vault: Vault) -> list[SavedSearch]:
    return SavedSearches(vault).all()


def save_search(vault: Vault, name: str, query: PeopleQuery) -> SavedSearch:
    return SavedSearches(vault).add(name, query.text, {"tag": query.tag} if query.tag else {})


def delete_saved_search(vault: Vault, ident: str) -> None:
    SavedSearches(vault).tombstone(ident)


# -- undo of the last change, from the change log ---------------------------------------------------------
def undo_last_change(vault: Vault, ident: str) -> list[str]:
    """Undo the latest field update of a record (``history.undo`` of it: each field it set gets back the value it
    replaced). Returns the fields restored ([] when there is no update to undo). The undo is itself a logged update,
    so undoing again redoes."""
    from . import history
    seq = history.last_update(vault, ident)
    return history.undo(vault, seq) if seq is not None else []


# -- relationships (person to organisation, household...) --------------------------------------------------
def relationships_of(vault: Vault, person_id: str) -> list[tuple[Relationship, str]]:
    """The person's relationships with the name of the other side."""
    out = []
    for rel in Relationships(vault).of(person_id):
        other_id, other_entity = (rel.to_id, rel.to_entity) if rel.from_id == person_id else (rel.from_id, "person")
        out.append((rel, record_label(vault, other_entity, other_id)))
    return out


def add_relationship(vault: Vault, person_id: str, kind: str, other_id: str, role: str = "") -> Relationship:
    entity = tag_store.entity_of(vault, other_id)
    return Relationships(vault).add(Relationship(kind, person_id, other_id, to_entity=entity, role=role))


def remove_relationship(vault: Vault, ident: str) -> None:
    Relationships(vault).tombstone(ident)
