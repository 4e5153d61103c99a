"""A snapshot that is a copy of the database (docs/replication.md "Snapshots"): what a new laptop starts from.

``write(vault, path)`` copies the REPLICATED tables, in one read transaction, into a new SQLCipher file at ``path``
encrypted with a random key (the snapshot key, carried inside the age-encrypted index: the file is never readable
on any disk or transport without the team key). ``load(vault, path, key)`` copies them from that file into an EMPTY
vault in one transaction (the vault's own key, device id and settings untouched), and returns what the snapshot
covered ({device: greatest stamp}): the changes after those stamps are then applied with ``apply_remote``.

What a copy carries: every record table, tags, contact points, document versions (with their content) and links, the
change log, the changes parked while their record had not arrived (they are covered by the stamps: a joiner must
have them), and the search index's text. What it leaves out, as local to the laptop that wrote it: ``meta`` (its
device id and installation binding, vault name, settings, document size limit), the team tables (its own age
identity, the transports' published/applied segments, the devices it saw), the servers and their sync state
(``sync_*``, ``card_item``: its remembered servers, hrefs and ETags), the disclosure log (what that laptop sent
where), export profiles, partners, the group identity (an age secret), import mappings and record origins (its
imports from partners), the conflict queue (its own concurrent values, which the new laptop never held), and
``custom_field`` (unused).

The file is read as hostile: a file that does not open with its key, fails SQLite's structural check, or whose
tables or columns differ from this vault's is ``BadChange("bad-snapshot", part=...)``; the schema's own constraints
(NOT NULL, CHECK, UNIQUE, references checked at the commit) hold for every row copied, and nothing is written when
any of it fails.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from ..core.changes import Change, Op
from ..core.errors import BadChange
from . import changelog, counts
from .codecs import BY_ENTITY
from .connection import Vault

VERSION = 1
# the replicated tables (the search index's text after them: its own tables are rebuilt from it)
TABLES = ("person", "organisation", "document", "saved_search", "membership_type", "relationship", "membership",
          "contribution", "tag", "record_tag", "contact_point", "document_version", "document_link", "change_log",
          "parked_change")
SEARCH = ("person_fts", "organisation_fts")
_DEVICE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_HLC = re.compile(r"\d{13}\.\d{5}")
_SNAP = "snapshot_db"
_MARKS = ", ".join("?" * len(TABLES))
_INDEXES = f"SELECT name, sql FROM main.sqlite_master WHERE type = ? AND sql IS NOT NULL AND tbl_name IN ({_MARKS})"  # noqa: S608

Step = Callable[[int, int], None]


def _no_step(done: int, total: int) -> None:
    return None


@dataclass(frozen=True)
class Written:
    key: str                   # 64 hex digits: the file's raw SQLCipher key
    covered: dict[str, str]    # {device: greatest stamp} of the log copied
    count: int                 # records copied


def _raw(key: str) -> str:
    return f"x'{key}'"


def _attach(vault: Vault, path: Path, key: str) -> None:
    vault.conn.execute(f"ATTACH DATABASE ? AS {_SNAP} KEY ?", (str(path), _raw(key)))


def _detach(vault: Vault) -> None:
    try:
        vault.conn.execute(f"DETACH DATABASE {_SNAP}")
    except sqlcipher3.OperationalError:
        pass   # not attached (the ATTACH itself failed)


def _columns(conn: sqlcipher3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA {schema}.table_info({table})")]


def _record_count(conn: sqlcipher3.Connection, schema: str) -> int:
    return sum(conn.execute(f"SELECT count(*) FROM {schema}.{codec.table}").fetchone()[0]  # noqa: S608
               for codec in BY_ENTITY.values())


def write(vault: Vault, path: Path, *, step: Step = _no_step) -> Written:
    """Copy the replicated tables into a new file at ``path`` (an empty file or none), encrypted with a new random
    key; one read transaction, so the copy is one moment of the vault."""
    key = secrets.token_hex(32)
    c = vault.conn
    with vault.lock:
        _attach(vault, path, key)
        try:
            c.execute(f"PRAGMA {_SNAP}.journal_mode = OFF")   # a file made whole or thrown away
            c.execute(f"PRAGMA {_SNAP}.synchronous = OFF")
            c.execute("BEGIN")
            try:
                covered = dict(c.execute("SELECT device, max(hlc) FROM main.change_log GROUP BY device").fetchall())
                count = _record_count(c, "main")
                total = len(TABLES) + len(SEARCH)
                for n, table in enumerate(TABLES):
                    c.execute(f"CREATE TABLE {_SNAP}.{table} AS SELECT * FROM main.{table}")  # noqa: S608
                    step(n + 1, total)
                for n, table in enumerate(SEARCH):
                    c.execute(f"CREATE TABLE {_SNAP}.{table} AS SELECT rowid AS rid, body "  # noqa: S608
                              f"FROM main.{table}")
                    step(len(TABLES) + n + 1, total)
                c.execute(f"CREATE TABLE {_SNAP}.snapshot_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                c.executemany(f"INSERT INTO {_SNAP}.snapshot_info(key, value) VALUES (?, ?)",  # noqa: S608
                              [("version", str(VERSION)), ("schema", str(vault.schema_version)),
                               ("covered", json.dumps(covered, sort_keys=True)), ("count", str(count))])
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
        finally:
            _detach(vault)
    return Written(key, covered, count)


def _info(c: sqlcipher3.Connection) -> dict[str, str]:
    try:
        rows = c.execute(f"SELECT key, value FROM {_SNAP}.snapshot_info").fetchall()  # noqa: S608
    except sqlcipher3.DatabaseError:
        raise BadChange("bad-snapshot", part="file") from None
    info = {k: v for k, v in rows if isinstance(k, str) and isinstance(v, str)}
    if info.get("version") != str(VERSION):
        raise BadChange("bad-snapshot", part="version")
    return info


def _covered(text: str | None) -> dict[str, str]:
    try:
        covered = json.loads(text or "")
    except ValueError:
        raise BadChange("bad-snapshot", part="header") from None
    if not isinstance(covered, dict) or not all(
            isinstance(d, str) and _DEVICE.fullmatch(d) and isinstance(h, str) and _HLC.fullmatch(h)
            for d, h in covered.items()):
        raise BadChange("bad-snapshot", part="header")
    return covered


def _is_empty(c: sqlcipher3.Connection) -> bool:
    return not any(c.execute(f"SELECT 1 FROM main.{t} LIMIT 1").fetchone()  # noqa: S608
                   for t in (*TABLES, *SEARCH))


def _opened(vault: Vault, path: Path, key: str, covered: dict[str, str] | None) -> tuple[dict[str, str],
                                                                                         dict[str, str]]:
    """Attach the copy and check it as a whole (it stays attached: the caller detaches): its info and covered."""
    c = vault.conn
    try:
        _attach(vault, path, key)
        check = c.execute(f"PRAGMA {_SNAP}.quick_check").fetchall()
    except sqlcipher3.DatabaseError:
        raise BadChange("bad-snapshot", part="file") from None
    if check != [("ok",)]:
        raise BadChange("bad-snapshot", part="file")
    info = _info(c)
    if info.get("schema") != str(vault.schema_version):
        raise BadChange("bad-snapshot", part="schema")
    found = _covered(info.get("covered"))
    if covered is not None and found != covered:
        raise BadChange("bad-snapshot", part="covered")
    return info, found


def missing_changes(vault: Vault, path: Path, key: str, *, covered: dict[str, str] | None = None) -> list[Change]:
    """The changes of the copy's log that this vault's log lacks (a vault that fell behind a compaction: they are
    merged with ``replication.apply_remote`` like any received change, its own unsent changes kept), in clock order,
    each read as hostile (through ``wire``/``unwire``, as a segment's); a document version's with its content."""
    if not re.fullmatch(r"[0-9a-f]{64}", key):
        raise BadChange("bad-snapshot", part="key")
    from .replication import unwire, wire

    c = vault.conn
    with vault.lock:
        try:
            _opened(vault, path, key, covered)
            if _columns(c, _SNAP, "change_log") != _columns(c, "main", "change_log"):
                raise BadChange("bad-snapshot", part="columns")
            columns = ", ".join(f"s.{name.strip()}" for name in changelog._COLUMNS.split(","))
            rows = c.execute(f"SELECT s.seq, {columns} FROM {_SNAP}.change_log s WHERE NOT EXISTS "  # noqa: S608
                             "(SELECT 1 FROM main.change_log m WHERE m.hlc = s.hlc AND m.device = s.device) "
                             "ORDER BY s.hlc, s.device").fetchall()
            out = []
            for row in rows:
                try:
                    wired = wire(changelog.decode(row))
                except (ValueError, KeyError, TypeError, AttributeError):
                    raise BadChange("bad-snapshot", part="change") from None
                if wired.get("op") == Op.VERSION.value and isinstance(wired.get("fields"), dict):
                    found = c.execute(f"SELECT content FROM {_SNAP}.document_version WHERE document_id = ? "  # noqa: S608
                                      "AND sha256 = ? AND created = ?",
                                      (wired["id"], wired["fields"].get("sha256"), wired["hlc"])).fetchone()
                    if found is not None and isinstance(found[0], bytes):
                        wired["fields"] = {**wired["fields"], "content": base64.b64encode(found[0]).decode("ascii")}
                change = unwire(wired)
                out.append(change)
            return out
        except sqlcipher3.DatabaseError:
            raise BadChange("bad-snapshot", part="file") from None
        finally:
            _detach(vault)


def load(vault: Vault, path: Path, key: str, *, covered: dict[str, str] | None = None,
         step: Step = _no_step) -> dict[str, str]:
    """Fill an EMPTY vault from the copy at ``path`` (its key ``key``), in one transaction; ``step(done, total)``
    between tables (raise there to stop: nothing is written). Returns what the snapshot covered (``covered``: what
    the index said it covers, which the file must say too)."""
    if not re.fullmatch(r"[0-9a-f]{64}", key):
        raise BadChange("bad-snapshot", part="key")
    c = vault.conn
    with vault.lock:
        if not _is_empty(c):
            raise BadChange("not-empty")
        try:
            info, found = _opened(vault, path, key, covered)
            tables = {r[0] for r in c.execute(f"SELECT name FROM {_SNAP}.sqlite_master WHERE type = 'table'")}  # noqa: S608
            if tables != {*TABLES, *SEARCH, "snapshot_info"}:
                raise BadChange("bad-snapshot", part="tables")
            plan = []
            for table in TABLES:
                columns = _columns(c, "main", table)
                if sorted(_columns(c, _SNAP, table)) != sorted(columns):
                    raise BadChange("bad-snapshot", part="columns")
                names = ", ".join(columns)
                plan.append((table, f"INSERT INTO main.{table}({names}) SELECT {names} FROM {_SNAP}.{table}"))  # noqa: S608
            for table in SEARCH:
                if _columns(c, _SNAP, table) != ["rid", "body"]:
                    raise BadChange("bad-snapshot", part="columns")
                plan.append((table, f"INSERT INTO main.{table}(rowid, body) SELECT rid, body "  # noqa: S608
                                    f"FROM {_SNAP}.{table} WHERE typeof(body) = 'text'"))
            try:
                with vault.bulk_cache(), vault.transaction():
                    c.execute("PRAGMA defer_foreign_keys = ON")
                    # the tables' own indexes are made again once the rows are in (one sort each, not one insertion
                    # per row); their definitions are this vault's
                    # and so are their kept counts (vault/counts.py), once, rather than by a trigger per row
                    indexes = c.execute(_INDEXES, ("index", *TABLES)).fetchall()
                    triggers = c.execute(_INDEXES, ("trigger", *TABLES)).fetchall()
                    for kind, made in (("INDEX", indexes), ("TRIGGER", triggers)):
                        for name, _ in made:
                            c.execute(f'DROP {kind} main."{name}"')
                    copied = {}
                    for n, (table, statement) in enumerate(plan):
                        step(n, len(plan))
                        copied[table] = c.execute(statement).rowcount
                    for _, sql in [*indexes, *triggers]:
                        c.execute(sql)
                    c.executemany("UPDATE main.record_count SET count = ? WHERE kind = ?",
                                  [(n, kind) for kind, n in counts.recount(vault).items()])
                    expected = info.get("count", "")
                    if not expected.isdigit() or sum(copied[codec.table] for codec in BY_ENTITY.values()) != int(
                            expected):
                        raise BadChange("bad-snapshot", part="count")
                    note = changelog.pending(vault)   # the clock past every stamp copied; one "vault changed" event
                    for entity in BY_ENTITY:
                        note.add(entity, None, count=0, remote=True)
                    step(len(plan), len(plan))
            except sqlcipher3.DatabaseError as exc:
                if c.in_transaction:   # a COMMIT refused (references checked at the end) leaves it open
                    c.execute("ROLLBACK")
                part = "references" if isinstance(exc, sqlcipher3.IntegrityError) else "file"
                raise BadChange("bad-snapshot", part=part) from None
        finally:
            _detach(vault)
    return found
