"""People lists filtered by membership status: the status each person has today, computed from their
memberships (services.members.current_status), not the raw status column of one membership row.

Read-only queries the vault's repositories do not offer yet: one pass over the live memberships (grouped by
person) and the short list rows of chosen ids, in the order given."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from ..vault.connection import Vault
from ..vault.people import PersonRow

STATUSES = ("active", "pending", "honorary", "lapsed", "resigned", "none")
_CHUNK = 500


class _Membership(NamedTuple):  # what current_status reads of a membership
    status: str
    start: date | None
    end: date | None
    created: str
    deleted: bool = False


def statuses(vault: Vault, today: date | None = None) -> dict[str, str]:
    """Person id -> status today, for every person with at least one live membership."""
    from .members import current_status

    today = today or date.today()
    out: dict[str, str] = {}
    current: str | None = None
    group: list[_Membership] = []
    rows = vault.conn.execute('SELECT person_id, status, start, "end", created FROM membership '
                              "WHERE deleted IS NULL ORDER BY person_id")
    for person_id, status, start, end, created in rows:
        if person_id != current:
            if current is not None:
                out[current] = current_status(group, today)  # type: ignore[arg-type]
            current, group = person_id, []
        group.append(_Membership(status, _day(start), _day(end), created or ""))
    if current is not None:
        out[current] = current_status(group, today)  # type: ignore[arg-type]
    return out


def keep(vault: Vault, ids: Sequence[str], status: str, today: date | None = None) -> list[str]:
    """The ids (in their order) of the people whose status today is ``status`` ('none': no membership)."""
    found = statuses(vault, today)
    if status == "none":
        return [i for i in ids if i not in found]
    return [i for i in ids if found.get(i) == status]


def rows(vault: Vault, ids: Sequence[str]) -> list[PersonRow]:
    """The list rows of these people, in the order of ``ids`` (missing ones left out)."""
    by_id: dict[str, PersonRow] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start:start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        sql = ("SELECT p.id, p.given, p.family, coalesce(json_extract(p.emails, '$[0].address'), ''), "  # noqa: S608
               "coalesce(json_extract(p.phones, '$[0].number'), ''), p.city, p.updated FROM person p "
               f"WHERE p.id IN ({marks})")
        for r in vault.conn.execute(sql, chunk):
            by_id[r[0]] = PersonRow(*r)
    return [by_id[i] for i in ids if i in by_id]


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
