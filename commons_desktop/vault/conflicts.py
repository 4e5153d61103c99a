"""What merging queues for a person (the ``conflict`` table, schema step migrations.REPLICATION_VERSION).

A *conflict*: two laptops changed the same field (or the same element of a multi-valued field) differently since
they last agreed. Both values are kept here; the record shows the one with the greater clock until a person chooses
(services/conflicts.py). A *notice*: nothing was lost but a person should know (an edit made elsewhere undid a
delete, an element removed elsewhere was kept because it was edited here). Codes, never sentences: ui/ and cli/
choose the words. The values are plain JSON values (the vault holds them as it holds the records: encrypted).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..core.errors import NotFound
from .connection import Vault
from .json_text import dumps, loads

CONFLICT, NOTICE = "conflict", "notice"

# codes
FIELD = "field"                      # conflict: the same field set to different values
ELEMENT = "element"                  # conflict: the same element of a list set to different values
KEPT_ELEMENT = "kept-element"        # notice: an element removed elsewhere was kept (it had been edited)
KEPT_TAG = "kept-tag"                # notice: an address book removed the tag that keeps its card published: kept
RESTORED = "restored"                # notice: an edit received for a deleted record restored it
DELETE_REFUSED = "delete-refused"    # notice: a delete received was not applied (the record had been edited)
NUMBER_TAKEN = "member-number-taken"  # notice: two people given one member number; the one given it later lost it
UNKNOWN_ORG = "unknown-organisation"  # notice: an address book's card named an organisation the vault does not know
UNMAPPED_LINK = "unmapped-link"      # notice: an address book's card linked to no person of the vault (RELATED)


@dataclass(frozen=True)
class Queued:
    id: int
    kind: str
    code: str
    entity: str
    entity_id: str
    field: str | None
    element: str | None
    local: Any
    remote: Any
    local_hlc: str | None
    remote_hlc: str
    remote_device: str
    created: str
    resolved: str | None
    resolution: str | None


_COLUMNS = ("id, kind, code, entity, entity_id, field, element, local, remote, local_hlc, remote_hlc, remote_device, "
            "created, resolved, resolution")


def _of(row: Sequence[Any]) -> Queued:
    values = list(row)
    values[7] = loads(values[7]) if values[7] is not None else None
    values[8] = loads(values[8]) if values[8] is not None else None
    return Queued(*values)


def add(vault: Vault, kind: str, code: str, entity: str, entity_id: str, *, remote_hlc: str, remote_device: str,
        field: str | None = None, element: str | None = None, local: Any = None, remote: Any = None,
        local_hlc: str | None = None) -> None:
    """Queue one conflict or notice (inside the caller's transaction). The same one queued again is not doubled."""
    c = vault.conn
    if c.execute("SELECT 1 FROM conflict WHERE code = ? AND entity_id = ? AND field IS ? AND element IS ? "
                 "AND remote_hlc = ? AND remote_device = ?",
                 (code, entity_id, field, element, remote_hlc, remote_device)).fetchone():
        return
    c.execute("INSERT INTO conflict(kind, code, entity, entity_id, field, element, local, remote, local_hlc, "
              "remote_hlc, remote_device, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              (kind, code, entity, entity_id, field, element, dumps(local), dumps(remote), local_hlc, remote_hlc,
               remote_device, vault.hlc.last))


def listed(vault: Vault, *, include_resolved: bool = False, kind: str | None = None) -> list[Queued]:
    where, params = [], []
    if not include_resolved:
        where.append("resolved IS NULL")
    if kind:
        where.append("kind = ?")
        params.append(kind)
    sql = f"SELECT {_COLUMNS} FROM conflict"  # noqa: S608
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_of(r) for r in vault.conn.execute(sql + " ORDER BY id", params)]


def get(vault: Vault, ident: int) -> Queued:
    row = vault.conn.execute(f"SELECT {_COLUMNS} FROM conflict WHERE id = ?", (ident,)).fetchone()  # noqa: S608
    if row is None:
        raise NotFound("conflict", str(ident))
    return _of(row)


def resolve(vault: Vault, ident: int, resolution: str, at: str) -> None:
    with vault.transaction() as c:
        c.execute("UPDATE conflict SET resolved = ?, resolution = ? WHERE id = ?", (at, resolution, ident))


def settled_elsewhere(vault: Vault, entity_id: str, field: str, element: str | None, seen: str, at: str) -> None:
    """A change received that had seen both values of an open conflict (its replaced clock is not older than either)
    settled it on another laptop: the conflict is closed here too."""
    vault.conn.execute("UPDATE conflict SET resolved = ?, resolution = 'elsewhere' WHERE resolved IS NULL AND "
                       "kind = 'conflict' AND entity_id = ? AND field = ? AND element IS ? AND remote_hlc <= ? "
                       "AND coalesce(local_hlc, '') <= ?", (at, entity_id, field, element, seen, seen))


def origins(vault: Vault, q: Queued) -> tuple[tuple[str, str] | None, tuple[str, str]]:
    """Who set each side's value: (device, author) of the change that set this laptop's value (None when it dates
    from the record's creation, or that change is not in the log) and of the one received. The author is the name
    the person gave on that laptop ("" when none): display only, as the change log keeps it."""
    c = vault.conn
    row = c.execute("SELECT author FROM change_log WHERE hlc = ? AND device = ?", (q.remote_hlc, q.remote_device))
    found = row.fetchone()
    remote = (q.remote_device, (found[0] or "") if found else "")
    local = None
    if q.local_hlc:
        found = c.execute("SELECT device, author FROM change_log WHERE hlc = ? AND entity_id = ? LIMIT 1",
                          (q.local_hlc, q.entity_id)).fetchone()
        if found:
            local = (found[0], found[1] or "")
    return local, remote


def open_count(vault: Vault) -> int:
    return vault.conn.execute("SELECT count(*) FROM conflict WHERE resolved IS NULL").fetchone()[0]
