"""Reading the change log: a record's history, or the whole vault's."""

from __future__ import annotations

import json

from ..core.model import ChangeEntry
from .connection import Vault


def history(vault: Vault, entity_id: str | None = None, *, limit: int = 200, before_seq: int | None = None
            ) -> list[ChangeEntry]:
    """Newest first. ``before_seq`` pages backwards."""
    where, params = [], []
    if entity_id:
        where.append("entity_id = ?")
        params.append(entity_id)
    if before_seq:
        where.append("seq < ?")
        params.append(before_seq)
    sql = "SELECT seq, hlc, device, author, entity, entity_id, op, fields FROM change_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = vault.conn.execute(sql + " ORDER BY seq DESC LIMIT ?", [*params, limit]).fetchall()
    return [ChangeEntry(*r[:7], json.loads(r[7]) if r[7] else None) for r in rows]


def count(vault: Vault) -> int:
    return vault.conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
