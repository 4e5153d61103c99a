"""Storage of the exchange tables (schema v3; exchange helper's module): the group identity, partners
and their sequence numbers, saved import mappings, and which partner sent which record."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from ..core.errors import Conflict, NotFound
from .connection import Vault


@dataclass
class StoredIdentity:
    group_id: str
    name: str
    age_secret: str
    age_recipient: str
    signing_secret: bytes
    signing_public: str
    sequence: int
    created: str


@dataclass
class Partner:
    rid: int
    name: str
    group_id: str
    recipient: str
    signing_public: str
    fingerprint: str
    sent_seq: int
    received_seq: int
    received_global: int
    added: str


# -- identity ----------------------------------------------------------------------------------------------
def get_identity(vault: Vault) -> StoredIdentity | None:
    row = vault.conn.execute("SELECT group_id, name, age_secret, age_recipient, signing_secret, signing_public, "
                             "sequence, created FROM group_identity WHERE id = 1").fetchone()
    return StoredIdentity(*row[:4], bytes(row[4]), *row[5:]) if row else None


def save_identity(vault: Vault, ident: StoredIdentity) -> StoredIdentity:
    """Store the identity unless one exists (then the stored one wins and is returned)."""
    with vault.transaction() as c:
        c.execute("INSERT OR IGNORE INTO group_identity(id, group_id, name, age_secret, age_recipient, signing_secret, "
                  "signing_public, sequence, created) VALUES (1, ?, ?, ?, ?, ?, ?, 0, ?)",
                  (ident.group_id, ident.name, ident.age_secret, ident.age_recipient, ident.signing_secret,
                   ident.signing_public, ident.created))
    stored = get_identity(vault)
    assert stored is not None
    return stored


def next_sequence(vault: Vault) -> int:
    with vault.transaction() as c:
        c.execute("UPDATE group_identity SET sequence = sequence + 1 WHERE id = 1")
        return c.execute("SELECT sequence FROM group_identity WHERE id = 1").fetchone()[0]


# -- partners ----------------------------------------------------------------------------------------------
_PARTNER = ("SELECT rid, name, group_id, recipient, signing_public, fingerprint, sent_seq, received_seq, "
            "received_global, added FROM partner")


def add_partner(vault: Vault, name: str, group_id: str, recipient: str, signing_public: str, fingerprint: str
                ) -> Partner:
    with vault.transaction() as c:
        if c.execute("SELECT 1 FROM partner WHERE name = ?", (name,)).fetchone():
            raise Conflict(f"a partner named {name!r} exists")
        if c.execute("SELECT 1 FROM partner WHERE fingerprint = ?", (fingerprint,)).fetchone():
            raise Conflict(f"a partner with fingerprint {fingerprint} exists")
        c.execute("INSERT INTO partner(name, group_id, recipient, signing_public, fingerprint, added) "
                  "VALUES (?, ?, ?, ?, ?, ?)", (name, group_id, recipient, signing_public, fingerprint,
                                                vault.hlc.now()))
    return partner_by(vault, fingerprint=fingerprint)


def partners(vault: Vault) -> list[Partner]:
    return [Partner(*r) for r in vault.conn.execute(_PARTNER + " ORDER BY name COLLATE NOCASE")]


def partner_by(vault: Vault, *, name: str | None = None, fingerprint: str | None = None,
               group_id: str | None = None) -> Partner:
    if name is not None:
        row = vault.conn.execute(_PARTNER + " WHERE name = ?", (name,)).fetchone()
    elif fingerprint is not None:
        row = vault.conn.execute(_PARTNER + " WHERE fingerprint = ?", (fingerprint,)).fetchone()
    else:
        row = vault.conn.execute(_PARTNER + " WHERE group_id = ? AND group_id != ''", (group_id,)).fetchone()
    if row is None:
        raise NotFound("partner", name or fingerprint or group_id or "")
    return Partner(*row)


def remove_partner(vault: Vault, name: str) -> None:
    with vault.transaction() as c:
        p = partner_by(vault, name=name)
        c.execute("DELETE FROM record_origin WHERE partner_rid = ?", (p.rid,))
        c.execute("DELETE FROM partner WHERE rid = ?", (p.rid,))


def next_sent(vault: Vault, rid: int) -> int:
    with vault.transaction() as c:
        c.execute("UPDATE partner SET sent_seq = sent_seq + 1 WHERE rid = ?", (rid,))
        return c.execute("SELECT sent_seq FROM partner WHERE rid = ?", (rid,)).fetchone()[0]


def record_received(vault: Vault, rid: int, per_partner: int | None, global_seq: int) -> None:
    with vault.transaction() as c:
        if per_partner is not None:
            c.execute("UPDATE partner SET received_seq = max(received_seq, ?) WHERE rid = ?", (per_partner, rid))
        c.execute("UPDATE partner SET received_global = max(received_global, ?) WHERE rid = ?", (global_seq, rid))


# -- record origins ----------------------------------------------------------------------------------------
def set_origins(vault: Vault, rid: int, records: Iterable[tuple[str, str]]) -> None:
    """(entity, id) pairs received from partner ``rid``."""
    now = vault.hlc.now()
    with vault.transaction() as c:
        c.executemany("INSERT INTO record_origin(entity_id, entity, partner_rid, received) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT(entity_id) DO UPDATE SET partner_rid = excluded.partner_rid, "
                      "received = excluded.received", [(i, e, rid, now) for e, i in records])


def origins_from(vault: Vault, rid: int) -> frozenset[str]:
    return frozenset(r[0] for r in vault.conn.execute("SELECT entity_id FROM record_origin WHERE partner_rid = ?",
                                                      (rid,)))


# -- saved import mappings -----------------------------------------------------------------------------------
def save_mapping(vault: Vault, name: str, columns: dict[str, str]) -> None:
    now = vault.hlc.now()
    with vault.transaction() as c:
        c.execute("INSERT INTO import_mapping(name, columns, created, updated) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT(name) DO UPDATE SET columns = excluded.columns, updated = excluded.updated",
                  (name, json.dumps(columns, ensure_ascii=False, sort_keys=True), now, now))


def get_mapping(vault: Vault, name: str) -> dict[str, str]:
    row = vault.conn.execute("SELECT columns FROM import_mapping WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise NotFound("import mapping", name)
    return json.loads(row[0])


def mappings(vault: Vault) -> list[str]:
    return [r[0] for r in vault.conn.execute("SELECT name FROM import_mapping ORDER BY name COLLATE NOCASE")]


def remove_mapping(vault: Vault, name: str) -> None:
    with vault.transaction() as c:
        if not c.execute("DELETE FROM import_mapping WHERE name = ?", (name,)).rowcount:
            raise NotFound("import mapping", name)
