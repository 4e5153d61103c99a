"""What this vault published to each CardDAV address book (schema step 13, table card_item): the state of the
two-way contacts sync (services/sync_contacts.py).

One row per target and published record: the card's ``href`` on the server, the ETag and SHA-256 of the card last
sent or received there, and the *base* of the three-way merge: the values of the published fields that the vault and
the server last agreed on, with the record's clocks for them then (what a change coming from the server replaced).
``pending``: a write sent whose answer was not seen (killed, connection lost): the card it carried (SHA-256) with the
base and clocks it would agree on, so the next run recognises it on the server instead of sending it twice.

Each row is written in its own small transaction as soon as the server answered. An erased record's row keeps only
where its card is (to delete it there): its values go with the erasure (``forget_values``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .codecs import BY_ENTITY
from .connection import Vault
from .json_text import dumps, loads
from .servers import now


@dataclass(frozen=True)
class Sent:
    """A write whose answer was not seen: the card's SHA-256, the base and clocks it would agree on."""
    sha256: str
    base: dict[str, Any]
    clocks: dict[str, Any]


@dataclass(frozen=True)
class CardItem:
    entity: str
    record_id: str
    href: str
    etag: str | None
    sha256: str                                         # of the card last sent or received ('' before any)
    base: dict[str, Any] = field(default_factory=dict)  # published field -> plain value last agreed
    clocks: dict[str, Any] = field(default_factory=dict)  # the record's clocks of those fields then
    pending: Sent | None = None


def _item(r: Sequence[Any]) -> CardItem:
    sent = loads(r[7]) if r[7] else None
    return CardItem(r[0], r[1], r[2], r[3], r[4], loads(r[5] or "{}"), loads(r[6] or "{}"),
                    Sent(sent["sha256"], sent["base"], sent["clocks"]) if sent else None)


_COLUMNS = "entity, record_id, href, etag, sha256, base, clocks, pending"


def items(vault: Vault, target_id: str) -> dict[str, CardItem]:
    """By record id."""
    return {r[1]: _item(r) for r in vault.conn.execute(
        f"SELECT {_COLUMNS} FROM card_item WHERE target_id = ?", (target_id,))}  # noqa: S608


def pending(vault: Vault, target_id: str, entity: str, record_id: str, href: str, sent: Sent) -> None:
    """Before a write is sent: what it carries (its answer may never come)."""
    with vault.transaction() as c:
        c.execute("INSERT INTO card_item(target_id, entity, record_id, href, pending, updated) "
                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(target_id, record_id) DO UPDATE SET href = excluded.href, "
                  "pending = excluded.pending, updated = excluded.updated",
                  (target_id, entity, record_id, href, dumps({"sha256": sent.sha256, "base": sent.base,
                                                              "clocks": sent.clocks}), now(vault)))


def agreed(vault: Vault, target_id: str, entity: str, record_id: str, href: str, etag: str | None, sha256: str,
           base: dict[str, Any], clocks: dict[str, Any]) -> None:
    """The server holds the card ``sha256`` at ``href`` with ``etag``, and it agrees with the vault on ``base``."""
    with vault.transaction() as c:
        c.execute("INSERT INTO card_item(target_id, entity, record_id, href, etag, sha256, base, clocks, pending, "
                  "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?) ON CONFLICT(target_id, record_id) DO UPDATE SET "
                  "entity = excluded.entity, href = excluded.href, etag = excluded.etag, sha256 = excluded.sha256, "
                  "base = excluded.base, clocks = excluded.clocks, pending = NULL, updated = excluded.updated",
                  (target_id, entity, record_id, href, etag, sha256, dumps(base), dumps(clocks), now(vault)))


def seen(vault: Vault, target_id: str, record_id: str, etag: str | None) -> None:
    """The card's ETag moved without its content changing (a server rewriting ETags): only the ETag is noted."""
    with vault.transaction() as c:
        c.execute("UPDATE card_item SET etag = ?, updated = ? WHERE target_id = ? AND record_id = ?",
                  (etag, now(vault), target_id, record_id))


def forget(vault: Vault, target_id: str, record_id: str) -> None:
    with vault.transaction() as c:
        c.execute("DELETE FROM card_item WHERE target_id = ? AND record_id = ?", (target_id, record_id))


def forget_values(vault: Vault, record_ids: Sequence[str]) -> None:
    """Erasure (vault/erase.py, in its transaction): the values kept of these records go; where their cards are stays,
    for the next sync to delete them there."""
    vault.conn.executemany("UPDATE card_item SET base = '{}', clocks = '{}', pending = NULL, sha256 = '' "
                           "WHERE record_id = ?", [(i,) for i in record_ids])


def stamp(vault: Vault) -> str:
    """A new stamp of this vault's clock, past every one in the log: what a change received from a server carries
    (it is written by apply_remote, not by the local writer)."""
    last = vault.conn.execute("SELECT max(hlc) FROM change_log").fetchone()[0]
    if last:
        vault.hlc.observe(last)
    return vault.hlc.now()


@dataclass(frozen=True)
class Held:
    """A record as the vault holds it now, for the merge with a server: its fields' plain values, its clocks (field
    and element clocks, see vault/field_changes.py), when it was created, and whether it is a tombstone."""
    values: dict[str, Any]
    clocks: dict[str, Any]
    created: str
    deleted: bool


def held(vault: Vault, entity: str, ids: Sequence[str]) -> dict[str, Held]:
    """The records ``ids`` of ``entity`` (person or organisation) still in the vault, tombstones included."""
    codec = BY_ENTITY[entity]
    out: dict[str, Held] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        cur = vault.conn.execute(f"SELECT * FROM {codec.table} WHERE id IN ({','.join('?' * len(chunk))})",  # noqa: S608
                                 chunk)
        at = {d[0]: n for n, d in enumerate(cur.description)}
        decode = codec.plain_decoder(at, with_id=False)
        for row in cur:
            out[row[at["id"]]] = Held(decode(row), loads(row[at["clocks"]] or "{}"), row[at["created"]],
                                      row[at["deleted"]] is not None)
    return out
