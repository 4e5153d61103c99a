"""Shared storage of people's and organisations' contact points (emails, phones, addresses)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..core.model import Address, Email, Phone
from ..core.text import phone_digits
from .connection import Vault


def contact_rows(entity: str, ident: str, logged: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    rows = [(entity, ident, "email", (e.get("address") or "").casefold()) for e in logged.get("emails") or []]
    rows += [(entity, ident, "phone", phone_digits(p.get("number") or "")) for p in logged.get("phones") or []]
    return [r for r in rows if r[3]]


def replace_contact_points(vault: Vault, entity: str, items: Sequence[tuple[str, dict[str, Any]]],
                           fresh: bool = False) -> None:
    c = vault.conn
    if not fresh:
        c.executemany("DELETE FROM contact_point WHERE entity_id = ?", [(i,) for i, _ in items])
    insert_contact_points(vault, [r for ident, logged in items for r in contact_rows(entity, ident, logged)])


def insert_contact_points(vault: Vault, rows: Sequence[tuple[str, str, str, str]]) -> None:
    """(entity, entity id, kind, value) rows, as contact_rows gives them."""
    vault.conn.executemany("INSERT INTO contact_point(entity, entity_id, kind, value) VALUES (?, ?, ?, ?)", rows)


def first_city(logged: dict[str, Any]) -> str:
    addresses = logged.get("addresses") or []
    return (addresses[0].get("city") or "") if addresses else ""


def load_contacts(row: dict[str, Any]) -> tuple[list[Email], list[Phone], list[Address]]:
    return ([Email(**e) for e in json.loads(row["emails"])], [Phone(**p) for p in json.loads(row["phones"])],
            [Address(**a) for a in json.loads(row["addresses"])])


def tags_of(vault: Vault, ident: str) -> list[str]:
    return [r[0] for r in vault.conn.execute(
        "SELECT t.name FROM record_tag rt JOIN tag t ON t.rid = rt.tag_rid WHERE rt.entity_id = ? ORDER BY t.name",
        (ident,))]
