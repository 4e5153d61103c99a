"""Export profiles and the disclosure log (schema v3; exchange helper's module).

The disclosure log says what left the vault, which fields, to whom and when; each entry lists the
records it carried, so a person's page can say "shared with ... on ...".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..core.errors import Conflict, NotFound
from .connection import Vault


@dataclass
class Profile:
    name: str
    selection: str          # JSON of exchange.selection.Selection
    fields: list[str]
    created: str = ""
    updated: str = ""


@dataclass
class Disclosure:
    rid: int
    at: str
    kind: str
    recipients: list[str]
    destination: str
    profile: str
    selection: str
    fields: list[str]
    count: int
    records: list[tuple[str, str]] = field(default_factory=list)


# -- profiles ---------------------------------------------------------------------------------------------------
def add_profile(vault: Vault, name: str, selection: str, fields: Sequence[str]) -> Profile:
    now = vault.hlc.now()
    with vault.transaction() as c:
        if c.execute("SELECT 1 FROM export_profile WHERE name = ?", (name,)).fetchone():
            raise Conflict(f"a profile named {name!r} exists")
        c.execute("INSERT INTO export_profile(name, selection, fields, created, updated) VALUES (?, ?, ?, ?, ?)",
                  (name, selection, json.dumps(list(fields), ensure_ascii=False), now, now))
    return get_profile(vault, name)


def get_profile(vault: Vault, name: str) -> Profile:
    row = vault.conn.execute("SELECT name, selection, fields, created, updated FROM export_profile WHERE name = ?",
                             (name,)).fetchone()
    if row is None:
        raise NotFound("profile", name)
    return Profile(row[0], row[1], json.loads(row[2]), row[3], row[4])


def profiles(vault: Vault) -> list[Profile]:
    return [get_profile(vault, r[0]) for r in vault.conn.execute(
        "SELECT name FROM export_profile ORDER BY name COLLATE NOCASE")]


def set_profile_selection(vault: Vault, name: str, selection: str) -> None:
    """A profile's selection rewritten (a tag it selects by was renamed or merged)."""
    with vault.transaction() as c:
        if not c.execute("UPDATE export_profile SET selection = ?, updated = ? WHERE name = ?",
                         (selection, vault.hlc.now(), name)).rowcount:
            raise NotFound("profile", name)


def remove_profile(vault: Vault, name: str) -> None:
    with vault.transaction() as c:
        if not c.execute("DELETE FROM export_profile WHERE name = ?", (name,)).rowcount:
            raise NotFound("profile", name)


# -- disclosures ------------------------------------------------------------------------------------------------
def log_disclosure(vault: Vault, *, kind: str, recipients: Sequence[str], destination: str, profile: str,
                   selection: str, fields: Sequence[str], records: Sequence[tuple[str, str]]) -> int:
    with vault.transaction() as c:
        cur = c.execute("INSERT INTO disclosure(at, kind, recipients, destination, profile, selection, fields, count) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (datetime.fromtimestamp(vault.clock(), UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), kind,
                         json.dumps(list(recipients), ensure_ascii=False), destination,
                         profile, selection, json.dumps(list(fields)), len(records)))
        rid = cur.lastrowid
        # in key order (by id): appended to the table's b-tree, not inserted all over it (a list is in name order)
        c.executemany("INSERT OR IGNORE INTO disclosure_record(disclosure_rid, entity, entity_id) VALUES (?, ?, ?)",
                      sorted(((rid, e, i) for e, i in records), key=lambda row: row[2]))
    return rid


def disclosures(vault: Vault, entity_id: str | None = None, *, limit: int = 500) -> list[Disclosure]:
    """Newest first; only those that carried ``entity_id`` when given."""
    sql = ("SELECT d.rid, d.at, d.kind, d.recipients, d.destination, d.profile, d.selection, d.fields, d.count "
           "FROM disclosure d")
    params: list = []
    if entity_id:
        sql += " JOIN disclosure_record r ON r.disclosure_rid = d.rid WHERE r.entity_id = ?"
        params.append(entity_id)
    rows = vault.conn.execute(sql + " ORDER BY d.rid DESC LIMIT ?", [*params, limit]).fetchall()
    return [Disclosure(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6], json.loads(r[7]), r[8]) for r in rows]


def disclosed_records(vault: Vault, rid: int) -> list[tuple[str, str]]:
    return vault.conn.execute("SELECT entity, entity_id FROM disclosure_record WHERE disclosure_rid = ?",
                              (rid,)).fetchall()


def sent_in_bundles_to(vault: Vault, recipient: str) -> list[tuple[str, str]]:
    """(entity, id) of every record ever sent in a bundle to ``recipient`` (a partner name)."""
    return vault.conn.execute(
        "SELECT DISTINCT r.entity, r.entity_id FROM disclosure d JOIN disclosure_record r ON r.disclosure_rid = d.rid "
        "WHERE d.kind = 'bundle' AND EXISTS (SELECT 1 FROM json_each(d.recipients) WHERE json_each.value = ?)",
        (recipient,)).fetchall()


# -- erasure ------------------------------------------------------------------------------------------------------
def forget_records(vault: Vault, ids: Sequence[str], words: Sequence[str]) -> int:
    """Erasure: the disclosure log keeps that each disclosure happened (when, kind, count, fields) but not who
    it named. The entries listing ``ids`` go; a destination, recipient, profile name or selection (search text,
    ids) that names them -- one of ``words`` (their names, emails, phones) or an id -- is blanked. Returns how
    many disclosures were changed. Joins the caller's transaction."""
    from ..core.text import fold

    idset = set(ids)
    tokens = {t for w in words for t in _tokens(fold(w)) if len(t) >= 2}
    whole = [fold(w) for w in words if ("@" in w or sum(ch.isdigit() for ch in w) >= 6)]
    digits = ["".join(ch for ch in w if ch.isdigit()) for w in whole if "@" not in w]

    def names(text: str) -> bool:
        if not text:
            return False
        folded = fold(text)
        if any(i in text for i in idset) or tokens & set(_tokens(folded)):
            return True
        if any(w and w in folded for w in whole if "@" in w):
            return True
        flat = "".join(ch for ch in text if ch.isdigit())
        return any(d and d in flat for d in digits)

    changed = 0
    with vault.transaction() as c:
        c.executemany("DELETE FROM disclosure_record WHERE entity_id = ?", [(i,) for i in idset])
        for rid, destination, profile, recipients, selection in c.execute(
                "SELECT rid, destination, profile, recipients, selection FROM disclosure").fetchall():
            new = (
                "" if names(destination) else destination,
                "" if names(profile) else profile,
                _scrub_json(recipients, names, idset),
                _scrub_json(selection, names, idset),
            )
            if new != (destination, profile, recipients, selection):
                c.execute("UPDATE disclosure SET destination = ?, profile = ?, recipients = ?, selection = ? "
                          "WHERE rid = ?", (*new, rid))
                changed += 1
    return changed


def _tokens(text: str) -> list[str]:
    return "".join(ch if ch.isalnum() else " " for ch in text).split()


def _scrub_json(text: str, names, ids: set[str]) -> str:
    """``text`` (a JSON value) with every string that names the person blanked and their ids left out of lists."""
    if not text or not names(text):
        return text
    try:
        value = json.loads(text)
    except ValueError:
        return ""

    def scrub(v):
        if isinstance(v, str):
            return "" if names(v) else v
        if isinstance(v, list):
            return [scrub(x) for x in v if not (isinstance(x, str) and x in ids)]
        if isinstance(v, dict):
            return {k: scrub(x) for k, x in v.items()}
        return v
    return json.dumps(scrub(value), ensure_ascii=False, sort_keys=isinstance(value, dict))
