"""The change log: its one writer (nothing else inserts into ``change_log``) and its readers. docs/changes.md
describes the format.

A change is identified by ``(device, hlc)``, unique in the log (schema step migrations.CHANGES_VERSION). Local
changes are stamped here, by the vault's clock, which first moves past every stamp already in the log (another
connection or process may have written since this one read it); changes received from another laptop keep their
stamps, and one the log already holds is not written again (``write`` returns False), so replaying them is
harmless. Every change written is also noted for the vault's "changed" event, raised when the transaction commits
(vault/events.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from ..core.changes import Change, Element, ElementChange, Op
from .connection import Vault
from .events import Pending
from .json_text import dumps, loads

_COLUMNS = "hlc, device, author, entity, entity_id, op, fields, replaced, elements"
_INSERT = f"INSERT OR IGNORE INTO change_log({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"  # noqa: S608
_INSERT_ROWS = ("INSERT OR IGNORE INTO change_log(hlc, device, author, entity, entity_id, op, fields) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)")  # (creates and tags: no replaced clocks, no elements)
_CHUNK = 500


def pending(vault: Vault) -> Pending:
    """This transaction's record of what changed; the first write of a transaction also brings the clock past every
    stamp in the log."""
    found = vault.pending
    if found is None:
        if not vault.conn.in_transaction:
            raise RuntimeError("changes are written inside a vault transaction")
        found = vault.pending = Pending()
        last = vault.conn.execute("SELECT max(hlc) FROM change_log").fetchone()[0]
        if last:
            vault.hlc.observe(last)
    return found


def stamps(vault: Vault, count: int) -> list[str]:
    """``count`` new local stamps, in order (a bulk write takes them at once)."""
    pending(vault)
    return vault.hlc.stamps(count)


def now(vault: Vault) -> str:
    """One new local stamp."""
    pending(vault)
    return vault.hlc.now()


def _elements_text(elements: dict[str, tuple[ElementChange, ...]] | None) -> str | None:
    if not elements:
        return None
    return dumps({f: [[e.op.value, e.key, e.replaced, e.replaces] for e in items] for f, items in elements.items()})


def encode(change: Change) -> tuple:
    """The log row of a stamped change (``_COLUMNS`` order)."""
    return (change.hlc, change.device, change.author, change.entity, change.entity_id, change.op.value,
            None if change.fields is None else dumps(change.fields),
            None if change.replaced is None else dumps(change.replaced), _elements_text(change.elements))


def decode(row: Sequence[Any]) -> Change:
    """A change from its log row (seq, then ``_COLUMNS``)."""
    seq, hlc, device, author, entity, entity_id, op, fields, replaced, elements = row
    items = None
    if elements:
        items = {f: tuple(ElementChange(Element(o), k, r, p) for o, k, r, p in x) for f, x in loads(elements).items()}
    return Change(Op(op), entity, entity_id, loads(fields) if fields else None, loads(replaced) if replaced else None,
                  items, hlc, device, author, seq)


def write(vault: Vault, change: Change) -> bool:
    """Log one change, in the caller's transaction. A local change (no ``hlc``) is stamped now, by this vault's device
    and author (the change is updated in place); a received one keeps its stamp. False when the log already holds
    that (device, hlc): nothing was written."""
    note = pending(vault)
    local = not change.hlc
    if local:
        change.hlc, change.device, change.author = vault.hlc.now(), vault.device, vault.author
    elif not change.device:
        raise ValueError("a received change names its device")
    written = vault.conn.execute(_INSERT, encode(change)).rowcount == 1
    if local and not written:
        raise RuntimeError(f"the change log already holds {change.key}")  # the clock moved past every stamp
    if written:
        note.add(change.entity, (change.entity_id,), remote=not local)
    return written


def write_rows(vault: Vault, entity: str, rows: Sequence[tuple], *, remote: bool = False) -> int:
    """Log many changes to records of one kind, given as encoded rows ((hlc, device, author, entity, entity_id, op,
    fields text), as ``encode`` gives them but without the update columns: creates, tags; or whole ``encode`` rows,
    with them: received changes of every op), stamped by the caller (``stamps`` for local ones). Returns how many
    were written (a received change already logged is skipped)."""
    note = pending(vault)
    if not rows:
        return 0
    written = vault.conn.executemany(_INSERT if len(rows[0]) == 9 else _INSERT_ROWS, rows).rowcount
    if not remote and written != len(rows):
        raise RuntimeError("the change log already holds some of these stamps")
    note.add(entity, [r[4] for r in rows] if note.room(len(rows)) else None, count=len(rows), remote=remote)
    return written


def seen(vault: Vault, keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Which of these (device, hlc) the log holds (changes received before)."""
    keys = list(keys)
    found: set[tuple[str, str]] = set()
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start:start + _CHUNK]
        where = " OR ".join(["(hlc = ? AND device = ?)"] * len(chunk))
        found.update(vault.conn.execute(f"SELECT device, hlc FROM change_log WHERE {where}",  # noqa: S608
                                        [x for device, hlc in chunk for x in (hlc, device)]).fetchall())
    return found


def scrub(vault: Vault, entity_ids: Sequence[str], *, linking: str | None = None) -> None:
    """Erasure: the payloads of every change to these records (new values, replaced clocks, elements' keys) are
    removed; ``linking``: also those of links and unlinks naming this record id."""
    c = vault.conn
    c.executemany("UPDATE change_log SET fields = NULL, replaced = NULL, elements = NULL WHERE entity_id = ?",
                  [(i,) for i in entity_ids])
    if linking:
        c.execute("UPDATE change_log SET fields = NULL, replaced = NULL, elements = NULL "
                  "WHERE op IN ('link', 'unlink') AND fields LIKE ?", (f'%{json.dumps(linking)}%',))


# -- reading --------------------------------------------------------------------------------------------------------
def history(vault: Vault, entity_id: str | None = None, *, limit: int = 200, before_seq: int | None = None
            ) -> list[Change]:
    """Newest first. ``before_seq`` pages backwards."""
    where, params = [], []
    if entity_id:
        where.append("entity_id = ?")
        params.append(entity_id)
    if before_seq:
        where.append("seq < ?")
        params.append(before_seq)
    sql = f"SELECT seq, {_COLUMNS} FROM change_log"  # noqa: S608
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = vault.conn.execute(sql + " ORDER BY seq DESC LIMIT ?", [*params, limit]).fetchall()
    return [decode(r) for r in rows]


def count(vault: Vault) -> int:
    return vault.conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
