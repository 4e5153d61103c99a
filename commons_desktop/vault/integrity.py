"""Integrity checks and passphrase change."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from ..core.errors import VaultError
from .backup import backup_beside
from .connection import Vault, VaultKey
from .migrations import LATEST, SERVERS_VERSION

MAX_PROBLEMS = 30

EXPECTED_TABLES = {
    1: {"meta", "person", "organisation", "contact_point", "relationship", "membership", "contribution", "tag",
        "record_tag", "change_log", "person_fts", "organisation_fts"},
    2: {"document", "document_version", "document_link", "saved_search", "custom_field"},
    3: {"group_identity", "partner", "export_profile", "disclosure", "disclosure_record", "import_mapping",
        "record_origin"},
    SERVERS_VERSION: {"sync_target", "sync_server", "sync_item"},
}
EXPECTED_INDEXES = {
    1: {"person_sort", "organisation_sort", "contact_point_value", "change_log_record", "change_log_hlc"},
    4: {"person_city_sort", "person_given_sort", "person_email_sort", "person_phone_sort", "person_updated_sort",
        "person_created_sort"},
}


def check(vault: Vault) -> list[str]:
    """Every problem found (empty list: healthy). Reads only."""
    problems: list[str] = []
    c = vault.conn
    try:
        problems += [f"HMAC check: {' '.join(str(x) for x in r)}" for r in c.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"HMAC check failed: {exc}")
    try:
        for r in c.execute("PRAGMA integrity_check(50)"):
            problems += [f"integrity: {line.strip()}" for line in str(r[0]).splitlines()
                         if line.strip() and line.strip() not in ("ok", "*** in database main ***")]
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"integrity check failed: {exc}")
    try:
        problems += [f"foreign key: {r[0]} row {r[1]} -> {r[2]}" for r in c.execute("PRAGMA foreign_key_check")]
        version = vault.schema_version
        if version != LATEST:
            problems.append(f"schema: version {version}, expected {LATEST}")
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        indexes = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        for v in range(1, version + 1):
            for missing in sorted(EXPECTED_TABLES.get(v, set()) - tables):
                problems.append(f"schema: table {missing} is missing")
            for missing in sorted(EXPECTED_INDEXES.get(v, set()) - indexes):
                problems.append(f"schema: index {missing} is missing")
        for table in ("person_fts", "organisation_fts"):
            if table in tables:
                try:
                    c.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")  # noqa: S608
                except sqlcipher3.DatabaseError as exc:
                    problems.append(f"search index {table}: {exc}")
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"schema check failed: {exc}")
    if len(problems) > MAX_PROBLEMS:
        problems = problems[:MAX_PROBLEMS] + [f"... and {len(problems) - MAX_PROBLEMS} more problems"]
    return problems


def change_passphrase(vault: Vault, new_passphrase: str) -> Path:
    """Re-encrypt the vault under a new passphrase, after an encrypted backup (under the old one).
    Returns the backup's path. The salt is kept, so the new key is derived from the same salt."""
    if not new_passphrase:
        raise VaultError("the new passphrase must not be empty")
    backup = backup_beside(vault, "before-passphrase-change")
    new_key = VaultKey.from_passphrase(new_passphrase, vault.key.salt)
    with vault.lock:
        vault.conn.execute(f"PRAGMA rekey = {new_key.pragma_value()}")
        vault.key = new_key
        vault.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return backup
