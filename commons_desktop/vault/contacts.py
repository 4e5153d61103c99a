"""Shared storage of people's and organisations' contact points (their emails and phones, normalised for matching
and duplicates)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..core.text import phone_digits
from .connection import Vault


def contact_rows(entity: str, ident: str, record: Any) -> list[tuple[str, str, str, str]]:
    """(entity, id, kind, value) of a person's or organisation's emails and phone numbers (object)."""
    rows = []
    for e in record.emails:
        folded = (e.address or "").casefold()
        if folded:
            rows.append((entity, ident, "email", folded))
    for p in record.phones:
        digits = phone_digits(p.number or "")
        if digits:
            rows.append((entity, ident, "phone", digits))
    return rows


def replace_contact_points(vault: Vault, entity: str, items: Sequence[tuple[str, Any]], fresh: bool = False) -> None:
    """(id, record) pairs: their contact points as they are now (``fresh``: they have none yet)."""
    c = vault.conn
    if not fresh:
        c.executemany("DELETE FROM contact_point WHERE entity_id = ?", [(i,) for i, _ in items])
    insert_contact_points(vault, [r for ident, record in items for r in contact_rows(entity, ident, record)])


def insert_contact_points(vault: Vault, rows: Iterable[tuple[str, str, str, str]]) -> None:
    """(entity, entity id, kind, value) rows, as contact_rows gives them (an iterator is read once)."""
    vault.conn.executemany("INSERT INTO contact_point(entity, entity_id, kind, value) VALUES (?, ?, ?, ?)", rows)


def tags_of(vault: Vault, ident: str) -> list[str]:
    return [r[0] for r in vault.conn.execute(
        "SELECT t.name FROM record_tag rt JOIN tag t ON t.rid = rt.tag_rid WHERE rt.entity_id = ? ORDER BY t.name",
        (ident,))]
