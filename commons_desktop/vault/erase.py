"""Erasure (GDPR right to erasure): a person's data removed for real, change-log payloads included.

Unlike a tombstone, nothing of the person is left but the id and the fact it was erased (so that sync
can later tell each target). The freed pages are zeroed (secure_delete), the search index is merged,
the file is vacuumed and the WAL truncated.
"""

from __future__ import annotations

import time

from ..core.errors import NotFound
from . import search
from .connection import Vault
from .records import log_change


def erase_person(vault: Vault, person_id: str) -> dict[str, int]:
    c = vault.conn
    with vault.transaction():
        row = c.execute("SELECT rid FROM person WHERE id = ?", (person_id,)).fetchone()
        if row is None:
            raise NotFound("person", person_id)
        rid = row[0]
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
        c.executemany("UPDATE change_log SET fields = NULL WHERE entity_id = ?", [(i,) for i in all_ids])
        c.execute("UPDATE change_log SET fields = NULL WHERE op IN ('link', 'unlink') AND fields LIKE ?",
                  (f'%"{person_id}"%',))
        for table, ids in owned.items():
            c.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in ids])  # noqa: S608
        c.executemany("DELETE FROM record_tag WHERE entity_id = ?", [(i,) for i in all_ids])
        c.execute("DELETE FROM contact_point WHERE entity_id = ?", (person_id,))
        owned["document"] = _erase_own_documents(vault, person_id)
        search.drop_index(vault, "person", [rid])
        c.execute("DELETE FROM person WHERE id = ?", (person_id,))
        log_change(vault, vault.hlc.now(), "person", person_id, "erase", None)
        others = [p for p in related_people if p != person_id]
        if others:
            from .people import People
            alive = [p for p in others if c.execute("SELECT 1 FROM person WHERE id = ? AND deleted IS NULL",
                                                    (p,)).fetchone()]
            People(vault).after_write(alive)
        search.optimize(vault)
    c.execute("VACUUM")
    _truncate_wal(vault)
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
        c.execute("UPDATE change_log SET fields = NULL WHERE entity_id = ?", (doc,))
        c.execute("DELETE FROM document WHERE id = ?", (doc,))
        log_change(vault, vault.hlc.now(), "document", doc, "erase", None)
    return own


def _truncate_wal(vault: Vault, attempts: int = 20) -> None:
    """Write the WAL back into the (vacuumed) file and empty it, so no frame of the erased rows remains.
    Another connection reading at that moment makes the checkpoint busy: wait for it a little; failing
    that, the next checkpoint (every close does one) finishes the job."""
    for _ in range(attempts):
        busy = vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if not busy:
            return
        time.sleep(0.1)
