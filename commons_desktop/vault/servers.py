"""The group's servers as the vault keeps them (schema V8): a profile per server, its target, its log.

A server is a name, a kind (``carddav`` address book, ``webdav`` documents folder, ``team`` transport), the export
profile it carries, the CA file to trust it with, and whether plain http to it was confirmed. Its URL and account
make its *target* (sync_target): what was sent there and its tokens belong to the target, so changing the URL or
the account points the server at another target — a new one starts empty — and leaves the old one as it was,
never deleting anything there or here. Its password is not here: it is in the OS keyring (keyring_store).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..core.errors import Conflict, NotFound
from ..core.ids import uuid7
from .connection import Vault

KINDS = ("carddav", "webdav", "team")


@dataclass(frozen=True)
class Server:
    rid: int
    name: str
    kind: str
    target_id: str
    url: str
    account: str
    profile: str
    ca_file: str
    plain_http: bool
    created: str
    updated: str
    last_run: str | None
    last_success: str | None
    last_error: str | None          # a code (sync/errors.py Failure or a job's own), never words
    last_status: int | None
    auth_failed: bool               # the last attempt was refused with these credentials: none is sent again


_SELECT = ("SELECT s.rid, s.name, s.kind, s.target_id, t.url, t.account, s.profile, s.ca_file, s.plain_http, "
           "s.created, s.updated, s.last_run, s.last_success, s.last_error, s.last_status, s.auth_failed "
           "FROM sync_server s JOIN sync_target t ON t.id = s.target_id")


def _server(row) -> Server:
    return Server(*row[:8], bool(row[8]), *row[9:15], bool(row[15]))


def now(vault: Vault) -> str:
    return datetime.fromtimestamp(vault.clock(), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _target(vault: Vault, kind: str, url: str, account: str) -> str:
    """The target of (kind, url, account): the one this vault already knows, else a new, empty one."""
    c = vault.conn
    row = c.execute("SELECT id FROM sync_target WHERE kind = ? AND url = ? AND account = ?",
                    (kind, url, account)).fetchone()
    if row:
        return row[0]
    ident = uuid7()
    c.execute("INSERT INTO sync_target(id, kind, url, account, created) VALUES (?, ?, ?, ?, ?)",
              (ident, kind, url, account, now(vault)))
    return ident


def add(vault: Vault, name: str, kind: str, url: str, account: str, *, profile: str = "", ca_file: str = "",
        plain_http: bool = False) -> Server:
    if kind not in KINDS:
        raise ValueError(kind)
    stamp = now(vault)
    with vault.transaction() as c:
        if c.execute("SELECT 1 FROM sync_server WHERE name = ?", (name,)).fetchone():
            raise Conflict(f"a server named {name!r} exists")
        target = _target(vault, kind, url, account)
        c.execute("INSERT INTO sync_server(name, kind, target_id, profile, ca_file, plain_http, created, updated) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (name, kind, target, profile, ca_file, int(plain_http), stamp,
                                                      stamp))
    return get(vault, name)


def get(vault: Vault, name: str) -> Server:
    row = vault.conn.execute(_SELECT + " WHERE s.name = ?", (name,)).fetchone()
    if row is None:
        raise NotFound("server", name)
    return _server(row)


def all_servers(vault: Vault) -> list[Server]:
    return [_server(r) for r in vault.conn.execute(_SELECT + " ORDER BY s.name COLLATE NOCASE")]


def change(vault: Vault, name: str, *, url: str | None = None, account: str | None = None,
           profile: str | None = None, ca_file: str | None = None, plain_http: bool | None = None
           ) -> tuple[Server, bool]:
    """Change a server's settings; returns it and whether it now points at another target (new URL or account).
    The old target keeps its state; a new one starts empty."""
    with vault.transaction() as c:
        old = get(vault, name)
        target = _target(vault, old.kind, old.url if url is None else url,
                         old.account if account is None else account)
        moved = target != old.target_id
        c.execute("UPDATE sync_server SET target_id = ?, profile = ?, ca_file = ?, plain_http = ?, updated = ?, "
                  "auth_failed = CASE WHEN ? THEN 0 ELSE auth_failed END WHERE rid = ?",
                  (target, old.profile if profile is None else profile, old.ca_file if ca_file is None else ca_file,
                   int(old.plain_http if plain_http is None else plain_http), now(vault), int(moved), old.rid))
    return get(vault, name), moved


def remove(vault: Vault, name: str) -> Server:
    """Forget the server (its targets' state stays: adding the same URL and account again resumes it)."""
    with vault.transaction() as c:
        server = get(vault, name)
        c.execute("DELETE FROM sync_server WHERE rid = ?", (server.rid,))
    return server


# -- the server's log ----------------------------------------------------------------------------------------
def log_run(vault: Vault, name: str, *, error: str | None, status: int | None = None, auth_failed: bool = False
            ) -> None:
    """The outcome of a run (sync or test): its time, success or the error's code."""
    stamp = now(vault)
    with vault.transaction() as c:
        if error is None:
            c.execute("UPDATE sync_server SET last_run = ?, last_success = ?, last_error = NULL, last_status = NULL, "
                      "auth_failed = 0 WHERE name = ?", (stamp, stamp, name))
        else:
            c.execute("UPDATE sync_server SET last_run = ?, last_error = ?, last_status = ?, auth_failed = ? "
                      "WHERE name = ?", (stamp, error, status, int(auth_failed), name))


def clear_auth_failure(vault: Vault, name: str) -> None:
    """New credentials were given (or the user asked for one attempt): they may be tried once."""
    with vault.transaction() as c:
        c.execute("UPDATE sync_server SET auth_failed = 0 WHERE name = ?", (name,))


def clear_error(vault: Vault, name: str, codes: Collection[str]) -> None:
    """The last error, when it is one of ``codes``, no longer holds (a connection test just succeeded)."""
    with vault.transaction() as c:
        row = c.execute("SELECT last_error FROM sync_server WHERE name = ?", (name,)).fetchone()
        if row is not None and row[0] in codes:
            c.execute("UPDATE sync_server SET last_error = NULL, last_status = NULL WHERE name = ?", (name,))


# -- a target's own state (tokens) ---------------------------------------------------------------------------
def target_state(vault: Vault, target_id: str) -> dict[str, Any]:
    row = vault.conn.execute("SELECT state FROM sync_target WHERE id = ?", (target_id,)).fetchone()
    if row is None:
        raise NotFound("sync target", target_id)
    return json.loads(row[0])


def set_target_state(vault: Vault, target_id: str, state: dict[str, Any]) -> None:
    with vault.transaction() as c:
        c.execute("UPDATE sync_target SET state = ? WHERE id = ?", (json.dumps(state, sort_keys=True), target_id))
