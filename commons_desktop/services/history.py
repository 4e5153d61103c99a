"""The change log as people read it: a record's history, or the whole vault's, newest first — as a diary (the
record's name, who, and for each field what it was and what it became) — and the undo of one change.

Everything here reads the log through ``vault.changelog.history`` and writes only through the repositories (the one
change writer, vault/changelog.py). The log keeps each change's new values and, per field, the clock of the value it
replaced; the value itself is the one the change of that clock set (its creation, or an earlier update):
``previous_values`` derives it so. A change is undone by a new, logged change that puts back what it replaced (so
undoing an undo redoes), and only while nothing changed those fields since (the record's clocks and the log say).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..core.changes import Op
from ..core.errors import CannotUndo, InvalidField, NotFound, Reason
from ..core.model import ChangeEntry, Contribution, Membership, Organisation, Person, Relationship
from ..vault import changelog
from ..vault import tags as tag_store
from ..vault.connection import Vault
from ..vault.contacts import tags_of
from ..vault.documents import Documents
from ..vault.memberships import Contributions, Memberships, MembershipTypes
from ..vault.organisations import Organisations
from ..vault.people import People
from ..vault.records import RecordTable
from ..vault.relationships import Relationships
from ..vault.saved_searches import SavedSearches

_FORM_ORDER = {f: i for i, f in enumerate(dict.fromkeys(
    (*Person.FIELDS, "tags", *Organisation.FIELDS, *Membership.FIELDS, *Contribution.FIELDS, *Relationship.FIELDS)))}
WHOLE = 1_000_000  # a record's whole history (read to find the values a change replaced)
REPOSITORIES: dict[str, type[RecordTable]] = {
    "person": People, "organisation": Organisations, "membership": Memberships, "contribution": Contributions,
    "document": Documents, "relationship": Relationships, "saved_search": SavedSearches}
SETS_FIELDS = (Op.CREATE, Op.UPDATE)  # the operations whose payload holds field values
NOT_UNDONE = (Op.CREATE, Op.LINK, Op.UNLINK, Op.VERSION, Op.MERGE, Op.ERASE)  # not undone from the history


def entries(vault: Vault, ident: str | None = None, *, limit: int = 50) -> list[ChangeEntry]:
    """Newest first. A record id nothing was ever logged for is reported as not found."""
    if limit < 1:
        raise InvalidField("limit", Reason.AT_LEAST, str(limit), minimum=1)
    found = changelog.history(vault, ident or None, limit=limit)
    if ident and not found:
        raise NotFound("record", ident)
    return found


def hlc_time(hlc: str) -> str:
    """The wall-clock part of an HLC stamp, as an ISO time in UTC (seconds)."""
    wall, _, _ = hlc.partition(".")
    try:
        moment = datetime.fromtimestamp(int(wall) / 1000, tz=UTC)
    except (ValueError, OverflowError, OSError):
        return hlc
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def summary(fields: dict[str, Any] | None, op: str) -> str:
    """What a change did, in a few words: the field names for an update, the tag for a tag..."""
    if fields is None:
        return "(details erased)" if op in (Op.CREATE, Op.UPDATE, Op.TAG, Op.UNTAG, Op.LINK, Op.VERSION) else ""
    if op in (Op.TAG, Op.UNTAG):
        return str(fields.get("tag", ""))
    if op == Op.LINK:
        return f"{fields.get('entity', '')} {fields.get('id', '')}".strip()
    if op == Op.VERSION:
        return f"v{fields.get('number', '?')} {fields.get('file_name', '')}".strip()
    return ", ".join(sorted(fields))


def describe(entry: ChangeEntry) -> str:
    """One line: when, what kind of change, to which record, and which fields."""
    parts = [hlc_time(entry.hlc), entry.op, entry.entity, entry.entity_id]
    detail = summary(entry.fields, entry.op)
    if detail:
        parts.append(detail)
    if entry.author:
        parts.append(f"by {entry.author}")
    return "  ".join(parts)


# -- the diary -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldChange:
    """One field of an update: its value before (``known`` False when the log does not hold it: erased details)
    and after. A list or mapping field (emails, addresses, languages, consents, custom fields...) also says which
    elements were added and removed (a mapping's elements are its (key, value) pairs)."""
    field: str
    old: Any
    new: Any
    known: bool = True
    added: tuple = ()
    removed: tuple = ()

    @property
    def listed(self) -> bool:
        return isinstance(self.new, list | dict) or isinstance(self.old, list | dict)


@dataclass(frozen=True)
class DiaryEntry:
    """A change as the history page shows it: the change, the record's name ('' when it is gone), each field it
    set with the value before, and for a link, unlink or merge the other record (kind, id, name)."""
    change: ChangeEntry
    record: str
    fields: tuple[FieldChange, ...] = ()
    other: tuple[str, str, str] | None = None

    @property
    def seq(self) -> int:
        return self.change.seq

    @property
    def op(self) -> str:
        return str(self.change.op)


def _elements(value: Any) -> list:
    if isinstance(value, dict):
        return sorted(value.items())
    if isinstance(value, list):
        return list(value)
    return [] if value in (None, "") else [value]


def field_change(field: str, old: Any, new: Any, known: bool = True) -> FieldChange:
    if not (isinstance(new, list | dict) or isinstance(old, list | dict)):
        return FieldChange(field, old, new, known)
    before, after = _elements(old), _elements(new)
    added = tuple(x for x in after if x not in before)
    removed = tuple(x for x in before if x not in after) if known else ()
    return FieldChange(field, old, new, known, added, removed)


def previous_values(history: Sequence[ChangeEntry], index: int) -> dict[str, tuple[bool, Any]]:
    """For the update at ``history[index]`` (a record's history, newest first): each field it set -> (known, the
    value it replaced). The change names the clock of the value it replaced (``replaced``): the value is the one the
    change stamped so set (its creation, or an earlier update), wherever it sits in this log (a change received from
    another laptop may be logged after changes made here later). A change logged before the log kept those clocks:
    the nearest older change that set the field. Not known when that change's details were erased, or when no older
    change set it."""
    change = history[index]
    older = history[index + 1:]
    by_clock = {e.hlc: e for e in older if e.op in SETS_FIELDS}
    replaced = change.replaced or {}
    out: dict[str, tuple[bool, Any]] = {}
    for field in change.fields or {}:
        out[field] = (False, None)
        source = by_clock.get(replaced.get(field) or "")
        if source is not None and (source.fields is None or field in source.fields):
            out[field] = (False, None) if source.fields is None else (True, source.fields[field])
            continue
        for earlier in older:
            if earlier.op not in SETS_FIELDS:
                continue
            if earlier.fields is None:
                break  # erased: what it held is gone
            if field in earlier.fields:
                out[field] = (True, earlier.fields[field])
                break
    return out


def record_name(vault: Vault, entity: str, ident: str) -> str:
    """What people call a record: a person's or organisation's name, a document's title, a saved search's name, for
    a membership or contribution the person's name, for a relationship both sides'. '' when it is gone (erased)."""
    try:
        if entity == "person":
            return People(vault).get(ident, include_deleted=True).display_name
        if entity == "organisation":
            return Organisations(vault).get(ident, include_deleted=True).name
        if entity == "document":
            return Documents(vault).get(ident, include_deleted=True).title
        if entity == "membership_type":
            return MembershipTypes(vault).load(ident, include_deleted=True).label
        repo = REPOSITORIES.get(entity)
        if repo is None:
            return ""
        row = repo(vault).fetch_row(ident, include_deleted=True)
        if entity == "saved_search":
            return row["name"]
        if entity in ("membership", "contribution"):
            return record_name(vault, "person", row["person_id"])
        if entity == "relationship":
            sides = (record_name(vault, "person", row["from_id"]), record_name(vault, row["to_entity"], row["to_id"]))
            return " – ".join(sides)
    except NotFound:
        return ""
    return ""


def _other(vault: Vault, change: ChangeEntry, names: dict[tuple[str, str], str]) -> tuple[str, str, str] | None:
    fields = change.fields or {}
    if change.op in (Op.LINK, Op.UNLINK) and fields.get("id"):
        kind, ident = str(fields.get("entity", "")), str(fields["id"])
    elif change.op is Op.MERGE and (fields.get("merged") or fields.get("into")):
        kind, ident = change.entity, str(fields.get("merged") or fields.get("into"))
    else:
        return None
    key = (kind, ident)
    if key not in names:
        names[key] = record_name(vault, kind, ident)
    return kind, ident, names[key]


def _in_form_order(fields: dict[str, Any]) -> list[tuple[str, Any]]:
    """Fields in the order the editors show them (names the forms do not show last, by name)."""
    return sorted(fields.items(), key=lambda item: (_FORM_ORDER.get(item[0], len(_FORM_ORDER)), item[0]))


def diary(vault: Vault, ident: str | None = None, *, limit: int = 50) -> list[DiaryEntry]:
    """The latest changes (of one record, or of the whole vault), newest first, with names and values before."""
    found = entries(vault, ident, limit=limit)
    return diary_of(vault, found, whole={ident: changelog.history(vault, ident, limit=WHOLE)} if ident else None)


def diary_of(vault: Vault | None, found: Iterable[ChangeEntry], whole: dict[str, list[ChangeEntry]] | None = None
             ) -> list[DiaryEntry]:
    """``found`` as diary entries; ``whole``: records' whole histories already read (by id). Without a vault, the
    entries have no names and no values before."""
    found = list(found)
    if vault is None:
        return [DiaryEntry(c, "", tuple(field_change(f, None, x, False) for f, x in _in_form_order(c.fields or {}))
                           if c.op is Op.UPDATE else ()) for c in found]
    whole = dict(whole or {})
    names: dict[tuple[str, str], str] = {}
    out = []
    for change in found:
        key = (change.entity, change.entity_id)
        if key not in names:
            names[key] = record_name(vault, *key)
        fields: tuple[FieldChange, ...] = ()
        if change.op is Op.UPDATE and change.fields:
            history = whole.get(change.entity_id)
            if history is None:
                history = whole[change.entity_id] = changelog.history(vault, change.entity_id, limit=WHOLE)
            index = next((i for i, e in enumerate(history) if e.seq == change.seq), None)
            before = previous_values(history, index) if index is not None else {}
            fields = tuple(field_change(f, before.get(f, (False, None))[1], value, before.get(f, (False, None))[0])
                           for f, value in _in_form_order(change.fields))
        out.append(DiaryEntry(change, names[key], fields, _other(vault, change, names)))
    return out


# -- undo --------------------------------------------------------------------------------------------------------------
def _change(vault: Vault, seq: int) -> ChangeEntry:
    found = changelog.history(vault, None, limit=1, before_seq=seq + 1)
    if not found or found[0].seq != seq:
        raise CannotUndo("no_change")
    return found[0]


def _live(vault: Vault, entity: str, ident: str) -> bool:
    repo = REPOSITORIES.get(entity)
    if repo is None:
        return False
    try:
        repo(vault).fetch_row(ident)
    except NotFound:
        return False
    return True


def _field_clocks(vault: Vault, entity: str, ident: str) -> dict[str, Any]:
    """The record's clocks: field -> the stamp of the change that last set it (fields set at creation: none)."""
    clocks = REPOSITORIES[entity](vault).fetch_row(ident).get("clocks")
    found = json.loads(clocks) if clocks else {}
    return found if isinstance(found, dict) else {}


def _plan(vault: Vault, seq: int) -> tuple[ChangeEntry, dict[str, Any]]:
    """The change and, for an update, the values to put back; CannotUndo says why it cannot be undone."""
    change = _change(vault, seq)
    op = change.op
    if op in NOT_UNDONE or change.entity not in REPOSITORIES:
        raise CannotUndo("kind")
    history = changelog.history(vault, change.entity_id, limit=WHOLE)
    if any(e.op is Op.ERASE for e in history):
        raise CannotUndo("record_gone")
    live = _live(vault, change.entity, change.entity_id)
    if op is Op.DELETE:
        if live:
            raise CannotUndo("already")
        return change, {}
    if op is Op.RESTORE:
        if not live:
            raise CannotUndo("already")
        return change, {}
    if not live:
        raise CannotUndo("record_gone")
    if change.fields is None:
        raise CannotUndo("erased")
    if op in (Op.TAG, Op.UNTAG):
        carries = str(change.fields.get("tag", "")) in tags_of(vault, change.entity_id)
        if carries != (op is Op.TAG):
            raise CannotUndo("already")
        return change, {}
    index = next(i for i, e in enumerate(history) if e.seq == change.seq)
    later = {f for e in history[:index] if e.op in SETS_FIELDS and e.fields for f in e.fields}
    # the record's clock of each field names the change that set it last (docs/changes.md): another one changed it
    # since, even when logged before this one (a change received from another laptop); a record written before the
    # log kept clocks has none, and the log says
    clocks = _field_clocks(vault, change.entity, change.entity_id)
    later |= {f for f in change.fields if clocks.get(f, change.hlc) != change.hlc}
    touched = sorted(later & set(change.fields))
    if touched:
        raise CannotUndo("changed_since", touched)
    before = previous_values(history, index)
    unknown = sorted(f for f, (known, _v) in before.items() if not known)
    if unknown:
        raise CannotUndo("erased", unknown)
    return change, {f: value for f, (_known, value) in before.items()}


def undo_refusal(vault: Vault, seq: int) -> CannotUndo | None:
    """Why this change cannot be undone now (None: it can)."""
    try:
        _plan(vault, seq)
    except CannotUndo as exc:
        return exc
    return None


def undo(vault: Vault, seq: int) -> list[str]:
    """Undo one change, in one transaction, by a new logged change: an update gets back the values it replaced (only
    while no later change set those fields), a tag is removed, an untag put back, a deletion restored, a restore
    deleted again. Returns what was put back (field names; for a tag, 'tags'; for a deletion or restore, 'deleted').
    CannotUndo otherwise."""
    with vault.transaction():
        change, values = _plan(vault, seq)
        op, entity, ident = change.op, change.entity, change.entity_id
        repo = REPOSITORIES[entity](vault)
        if op is Op.UPDATE:
            repo.update_fields(ident, values)
            return sorted(values)
        if op is Op.TAG:
            tag_store.remove_tag(vault, str(change.fields["tag"]), [ident])
            return ["tags"]
        if op is Op.UNTAG:
            tag_store.add_tag(vault, str(change.fields["tag"]), [ident])
            return ["tags"]
        if op is Op.DELETE:
            repo.restore(ident)
        else:
            repo.tombstone(ident)
        return ["deleted"]


def last_update(vault: Vault, ident: str) -> int | None:
    """The seq of the latest field update of a record (None when it has none)."""
    for change in changelog.history(vault, ident, limit=WHOLE):
        if change.op is Op.UPDATE and change.fields:
            return change.seq
    return None
