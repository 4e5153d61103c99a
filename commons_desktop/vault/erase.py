"""Erasure (GDPR right to erasure): a person's data removed for real, change-log payloads included.

Unlike a tombstone, nothing of the person is left but the id and the fact it was erased (so that sync
can later tell each target). The disclosure log keeps that each disclosure happened (when, what kind, how
many records, which fields) but no longer who it named: the person's entries in it go, and a destination
file name, a search text or a profile name that named them is blanked. The freed pages are zeroed
(secure_delete), the search index is merged, the file is vacuumed and the WAL emptied, so no page of the
file and no frame of its WAL holds the person any more. It takes the vault exclusively: refused
(VaultInUse) while another program has it open, since that program's WAL frames could still hold them.
"""

from __future__ import annotations

import time

from ..core.changes import Change, Op
from ..core.errors import NotFound, VaultLocked
from . import cards, changelog, exchange_log, search
from .connection import Vault


def erase_person(vault: Vault, person_id: str) -> dict[str, int]:
    with vault.exclusive():
        vault.check_file()
        removed = _erase(vault, person_id)
        scrub_file(vault)
    return removed


def scrub_file(vault: Vault, *, attempts: int = 50) -> None:
    """Vacuum the file and empty its WAL, so that no page and no frame holds what was just erased (after a local
    erasure, and after received changes erased records here: vault/replication.py)."""
    vault.conn.execute("VACUUM")
    _truncate_wal(vault, attempts)


def _identifying_words(vault: Vault, person_id: str) -> list[str]:
    """What names the person in free text: their names, emails and phone numbers (read before erasure)."""
    import json

    row = vault.conn.execute("SELECT given, family, emails, phones FROM person WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        return []
    words = [row[0] or "", row[1] or ""]
    for column, field in ((row[2], "address"), (row[3], "number")):
        try:
            words += [str(item.get(field, "")) for item in json.loads(column or "[]") if isinstance(item, dict)]
        except ValueError:
            pass
    return [w for w in words if w.strip()]


def _erase(vault: Vault, person_id: str, erase: Change | None = None) -> dict[str, int]:
    """``erase``: the erasure as another laptop made it (vault/replication.py), logged with its own stamp."""
    c = vault.conn
    with vault.transaction():
        row = c.execute("SELECT rid FROM person WHERE id = ?", (person_id,)).fetchone()
        if row is None:
            raise NotFound("person", person_id)
        rid = row[0]
        words = _identifying_words(vault, person_id)
        owned = {
            "membership": [r[0] for r in c.execute("SELECT id FROM membership WHERE person_id = ?", (person_id,))],
            "contribution": [r[0] for r in c.execute("SELECT id FROM contribution WHERE person_id = ?", (person_id,))],
            "relationship": [r[0] for r in c.execute(
                "SELECT id FROM relationship WHERE from_id = ? OR (to_entity = 'person' AND to_id = ?)",
                (person_id, person_id))],
        }
        related_people = [r[0] for r in c.execute(
            "SELECT from_id FROM relationship WHERE to_entity = 'person' AND to_id = ? UNION "
            "SELECT to_id FROM relationship WHERE to_entity = 'person' AND from_id = ?", (person_id, person_id))]
        all_ids = [person_id] + [i for ids in owned.values() for i in ids]
        changelog.scrub(vault, all_ids, linking=person_id)
        for table, ids in owned.items():
            c.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in ids])  # noqa: S608
        c.executemany("DELETE FROM record_tag WHERE entity_id = ?", [(i,) for i in all_ids])
        c.execute("DELETE FROM contact_point WHERE entity_id = ?", (person_id,))
        owned["document"] = _erase_own_documents(vault, person_id)
        erased_ids = all_ids + owned["document"]
        c.executemany("DELETE FROM record_origin WHERE entity_id = ?", [(i,) for i in erased_ids])
        exchange_log.forget_records(vault, erased_ids, words)
        cards.forget_values(vault, erased_ids)  # (where their cards are stays: the next sync deletes them there)
        search.drop_index(vault, "person", [rid])
        c.execute("DELETE FROM person WHERE id = ?", (person_id,))
        for table in ("conflict", "parked_change"):  # what merging queued about them (vault/replication.py)
            c.executemany(f"DELETE FROM {table} WHERE entity_id = ?", [(i,) for i in erased_ids])  # noqa: S608
        # the erasure names what it took (ids only), so that every laptop erases the same records with the person
        # what the person owned is erased with them, each by a change of its own: every laptop erases the same
        # records, whoever they belong to there by then (vault/replication.py: erasure wins)
        for table in ("membership", "contribution", "relationship"):
            for ident in owned[table]:
                changelog.write(vault, Change(Op.ERASE, table, ident))
        changelog.write(vault, erase or Change(Op.ERASE, "person", person_id))
        others = [p for p in related_people if p != person_id]
        if others:
            from .people import People
            alive = [p for p in others if c.execute("SELECT 1 FROM person WHERE id = ? AND deleted IS NULL",
                                                    (p,)).fetchone()]
            People(vault).after_write(alive)
        search.optimize(vault)
    return {k: len(v) for k, v in owned.items()}


def _erase_own_documents(vault: Vault, person_id: str) -> list[str]:
    """Documents linked to this person only (an ID scan, a letter to them) are theirs: erased with every
    version. Documents also linked to other records stay; only the link to this person goes."""
    c = vault.conn
    linked = [r[0] for r in c.execute("SELECT document_id FROM document_link WHERE entity_id = ?", (person_id,))]
    own = [d for d in linked if not c.execute(
        "SELECT 1 FROM document_link WHERE document_id = ? AND entity_id != ?", (d, person_id)).fetchone()]
    c.execute("DELETE FROM document_link WHERE entity_id = ?", (person_id,))
    for doc in own:
        c.execute("DELETE FROM document_link WHERE document_id = ?", (doc,))
        c.execute("DELETE FROM document_version WHERE document_id = ?", (doc,))
        c.execute("DELETE FROM record_tag WHERE entity_id = ?", (doc,))
        changelog.scrub(vault, [doc])
        c.execute("DELETE FROM document WHERE id = ?", (doc,))
        changelog.write(vault, Change(Op.ERASE, "document", doc))
    return own


def _truncate_wal(vault: Vault, attempts: int = 50) -> None:
    """Write the WAL back into the (vacuumed) file and empty it, so no frame of the erased rows remains.
    No other program has the vault open (the exclusive lock); a reader of this one may make the checkpoint
    busy for a moment: wait for it, then say so rather than leave old frames without a word."""
    for _ in range(attempts):
        busy, frames, _done = vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy and frames == 0:
            return
        time.sleep(0.1)
    raise VaultLocked("the erasure is done, but the vault's WAL could not be emptied while it is being read: "
                      "close the vault everywhere (its next close empties it)")
