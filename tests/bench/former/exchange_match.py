"""Read-only indexes the import planner matches against (exchange helper's module): every live
person's emails, phone digits and name + birth date, organisations by name, every id in use."""

from __future__ import annotations

from dataclasses import dataclass, field

from commons_desktop.vault.connection import Vault

RECORD_TABLES = ("person", "organisation", "relationship", "membership", "contribution", "document",
                 "saved_search")


@dataclass
class MatchIndex:
    emails: dict[str, list[str]] = field(default_factory=dict)
    phones: dict[str, list[str]] = field(default_factory=dict)
    name_birth: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    org_names: dict[str, list[str]] = field(default_factory=dict)
    org_emails: dict[str, list[str]] = field(default_factory=dict)
    people: set[str] = field(default_factory=set)
    organisations: set[str] = field(default_factory=set)


def load(vault: Vault) -> MatchIndex:
    c = vault.conn
    idx = MatchIndex()
    for entity, ident, kind, value in c.execute(
            "SELECT cp.entity, cp.entity_id, cp.kind, cp.value FROM contact_point cp ORDER BY cp.rowid"):
        if entity == "person":
            target = idx.emails if kind == "email" else idx.phones
        elif kind == "email":
            target = idx.org_emails
        else:
            continue
        target.setdefault(value, []).append(ident)
    for ident, key, birth in c.execute("SELECT id, sort_key, birth_date FROM person WHERE deleted IS NULL "
                                       "ORDER BY rid"):
        idx.people.add(ident)
        if birth:
            idx.name_birth.setdefault((key, birth), []).append(ident)
    for ident, key in c.execute("SELECT id, sort_key FROM organisation WHERE deleted IS NULL ORDER BY rid"):
        idx.organisations.add(ident)
        idx.org_names.setdefault(key, []).append(ident)
    return idx


def ids_in_use(vault: Vault, candidates: list[str]) -> set[str]:
    """Which of these ids some record (live, deleted or erased) already has."""
    c = vault.conn
    found: set[str] = set()
    for i in range(0, len(candidates), 500):
        chunk = candidates[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for table in RECORD_TABLES:
            found.update(r[0] for r in c.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk))  # noqa: S608
        found.update(r[0] for r in c.execute(
            f"SELECT DISTINCT entity_id FROM change_log WHERE entity_id IN ({marks})", chunk))  # noqa: S608
    return found


def existing_links(vault: Vault, person_ids: list[str]) -> set[tuple[str, str, str]]:
    """(from, kind, to) of the live relationships of these people."""
    out: set[tuple[str, str, str]] = set()
    for i in range(0, len(person_ids), 500):
        chunk = person_ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        out.update(vault.conn.execute(
            f"SELECT from_id, kind, to_id FROM relationship WHERE deleted IS NULL AND from_id IN ({marks})",  # noqa: S608
            chunk).fetchall())
    return out


def document_hashes(vault: Vault) -> set[tuple[str, str]]:
    """(linked record id, sha256) of every live document's current version."""
    return set(vault.conn.execute(
        "SELECT l.entity_id, v.sha256 FROM document_link l JOIN document d ON d.id = l.document_id "
        "JOIN document_version v ON v.document_id = d.id AND v.number = d.current_version "
        "WHERE d.deleted IS NULL").fetchall())


def organisation_ids(vault: Vault) -> list[str]:
    return [r[0] for r in vault.conn.execute("SELECT id FROM organisation WHERE deleted IS NULL "
                                             "ORDER BY sort_key, rid")]


def gone(vault: Vault, records: list[tuple[str, str]]) -> list[tuple[str, str, bool]]:
    """Which of these (entity, id) records are deleted (tombstoned) or erased: (entity, id, erased)."""
    out = []
    c = vault.conn
    for entity, ident in records:
        if entity not in ("person", "organisation"):
            continue
        row = c.execute(f"SELECT deleted FROM {entity} WHERE id = ?", (ident,)).fetchone()  # noqa: S608
        if row is not None:
            if row[0] is not None:
                out.append((entity, ident, False))
        elif c.execute("SELECT 1 FROM change_log WHERE entity_id = ? AND op = 'erase' LIMIT 1", (ident,)).fetchone():
            out.append((entity, ident, True))
    return out


def state(vault: Vault) -> int:
    """A marker that changes with every record write (the change log's last sequence number): a plan made
    when it had this value is still exact while it keeps it."""
    return vault.conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
