"""Integrity checks and passphrase change."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from ..core.errors import VaultError
from . import filecheck, lockfile
from .backup import backup_beside
from .connection import Vault, VaultKey
from .migrations import KEPT_COUNTS_VERSION, LATEST, SERVERS_VERSION, TYPES_VERSION

MAX_PROBLEMS = 30

EXPECTED_TABLES = {
    1: {"meta", "person", "organisation", "contact_point", "relationship", "membership", "contribution", "tag",
        "record_tag", "change_log", "person_fts", "organisation_fts"},
    2: {"document", "document_version", "document_link", "saved_search", "custom_field"},
    3: {"group_identity", "partner", "export_profile", "disclosure", "disclosure_record", "import_mapping",
        "record_origin"},
    SERVERS_VERSION: {"sync_target", "sync_server", "sync_item"},
    KEPT_COUNTS_VERSION: {"record_count"},
    TYPES_VERSION: {"membership_type"},
}
EXPECTED_INDEXES = {
    1: {"person_sort", "organisation_sort", "contact_point_value", "change_log_record", "change_log_hlc"},
    4: {"person_city_sort", "person_given_sort", "person_email_sort", "person_phone_sort", "person_updated_sort",
        "person_created_sort"},
}


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)   # damage: `commons check` exits 1
    notes: list[str] = field(default_factory=list)      # said, not damage


def check(vault: Vault) -> list[str]:
    """Every problem found (empty list: healthy). Reads only."""
    return report(vault).problems


def report(vault: Vault) -> CheckReport:
    """The vault's file and WAL read directly (every page's HMAC, the WAL's frames, salts, checksums and
    commits: vault/filecheck.py), then SQLite's own checks (b-trees, full-text indexes, foreign keys) and the
    schema. Reads only: run on a read-only vault, nothing is written, nothing checkpointed."""
    live = bool(lockfile.others(vault.path))
    with vault.lock:
        # a read snapshot while the files are read: a program writing beside us cannot restart (overwrite) the
        # WAL under it; what it appends, or checkpoints into the file meanwhile, is read again before it is
        # called damage (``live``)
        snapshot = not vault._depth
        if snapshot:
            vault.conn.execute("BEGIN")
            vault.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        try:
            files = filecheck.inspect(vault.path, vault.key.key, vault.key.salt, live=live)
        finally:
            if snapshot:
                vault.conn.execute("COMMIT")
    out = CheckReport(list(files.problems), list(files.notes))
    out.problems += sql_problems(vault, out.notes)
    if len(out.problems) > MAX_PROBLEMS:
        out.problems = out.problems[:MAX_PROBLEMS] + [f"... and {len(out.problems) - MAX_PROBLEMS} more problems"]
    return out


def sql_problems(vault: Vault, notes: list[str]) -> list[str]:
    problems: list[str] = []
    c = vault.conn
    try:  # includes the FTS5 indexes (SQLite >= 3.44), without writing as their 'integrity-check' command does
        for r in c.execute("PRAGMA integrity_check(50)"):
            problems += [f"integrity: {line.strip()}" for line in str(r[0]).splitlines()
                         if line.strip() and line.strip() not in ("ok", "*** in database main ***")]
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"integrity check failed: {exc}")
    try:
        problems += [f"foreign key: {r[0]} row {r[1]} -> {r[2]}" for r in c.execute("PRAGMA foreign_key_check")]
        version = vault.schema_version
        if version > LATEST:
            problems.append(f"schema: version {version}, newer than this program knows ({LATEST})")
        elif version < LATEST:
            notes.append(f"schema: version {version}; it is upgraded to {LATEST} when next opened for writing")
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        indexes = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        for v in range(1, version + 1):
            for missing in sorted(EXPECTED_TABLES.get(v, set()) - tables):
                problems.append(f"schema: table {missing} is missing")
            for missing in sorted(EXPECTED_INDEXES.get(v, set()) - indexes):
                problems.append(f"schema: index {missing} is missing")
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"schema check failed: {exc}")
    return problems


def change_passphrase(vault: Vault, new_passphrase: str) -> Path:
    """Re-encrypt the vault under a new passphrase, after an encrypted backup (under the old one).
    Returns the backup's path. The salt is kept, so the new key is derived from the same salt.
    Refused (VaultInUse, naming them) while another program has the vault open: it would go on writing
    pages under the old key."""
    if not new_passphrase:
        raise VaultError("the new passphrase must not be empty")
    new_key = VaultKey.from_passphrase(new_passphrase, vault.key.salt)
    with vault.exclusive():
        vault.check_file()
        backup = backup_beside(vault, "before-passphrase-change")
        with vault.lock:
            vault.conn.execute(f"PRAGMA rekey = {new_key.pragma_value()}")
            vault.key = new_key
            vault.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return backup
