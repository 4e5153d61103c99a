"""What this vault last saw at each path of a sync target (schema V8, table sync_item).

One row per path: the key of what the vault keeps there (a document's id, later a record's), the ETag and the
SHA-256 of the content the server confirmed, and ``pending``: the SHA-256 of a write that was sent and whose answer
was not seen (killed, connection lost). Each row is written in its own small transaction as soon as the server
answered, so a sync stopped at any point leaves a state the next run can finish from: a pending write is looked
at on the server (listing, ETag, content hash) before anything is sent again.
"""

from __future__ import annotations

from dataclasses import dataclass

from .connection import Vault
from .servers import now


@dataclass(frozen=True)
class Item:
    path: str
    key: str
    etag: str | None
    sha256: str          # of the content the server confirmed ('' before any)
    pending: str | None  # SHA-256 of a write sent but not confirmed
    conflict: bool


def items(vault: Vault, target_id: str) -> dict[str, Item]:
    return {r[0]: Item(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in vault.conn.execute(
        "SELECT path, key, etag, sha256, pending, conflict FROM sync_item WHERE target_id = ?", (target_id,))}


def count(vault: Vault, target_id: str) -> int:
    return vault.conn.execute("SELECT count(*) FROM sync_item WHERE target_id = ?", (target_id,)).fetchone()[0]


def pending(vault: Vault, target_id: str, path: str, key: str, sha256: str) -> None:
    """Before a write is sent: what it will carry (its answer may never come)."""
    with vault.transaction() as c:
        c.execute("INSERT INTO sync_item(target_id, path, key, pending, updated) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT(target_id, path) DO UPDATE SET key = excluded.key, pending = excluded.pending, "
                  "updated = excluded.updated", (target_id, path, key, sha256, now(vault)))


def confirmed(vault: Vault, target_id: str, path: str, key: str, etag: str | None, sha256: str) -> None:
    """The server holds ``sha256`` at ``path`` with ``etag`` (after a write's answer, or seen there)."""
    with vault.transaction() as c:
        c.execute("INSERT INTO sync_item(target_id, path, key, etag, sha256, pending, conflict, updated) "
                  "VALUES (?, ?, ?, ?, ?, NULL, 0, ?) ON CONFLICT(target_id, path) DO UPDATE SET key = excluded.key, "
                  "etag = excluded.etag, sha256 = excluded.sha256, pending = NULL, conflict = 0, "
                  "updated = excluded.updated", (target_id, path, key, etag, sha256, now(vault)))


def conflict(vault: Vault, target_id: str, path: str, key: str) -> None:
    """The server holds something at ``path`` this vault did not write: left there, not overwritten."""
    with vault.transaction() as c:
        c.execute("INSERT INTO sync_item(target_id, path, key, conflict, updated) VALUES (?, ?, ?, 1, ?) "
                  "ON CONFLICT(target_id, path) DO UPDATE SET conflict = 1, pending = NULL, "
                  "updated = excluded.updated", (target_id, path, key, now(vault)))


def forget(vault: Vault, target_id: str, path: str) -> None:
    with vault.transaction() as c:
        c.execute("DELETE FROM sync_item WHERE target_id = ? AND path = ?", (target_id, path))
