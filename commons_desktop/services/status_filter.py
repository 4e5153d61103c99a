"""People lists filtered by membership status: the status each person has today, computed from their
memberships (services.members.current_status), not the raw status column of one membership row.

The statuses are computed in Python once per day and per change to the vault (the change log's position),
then handed to the vault, which keeps them in a temporary in-memory table of the connection so that lists
filter, count and page by status in SQL."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from ..vault.connection import Vault
from ..vault.people import People

STATUSES = ("active", "pending", "honorary", "lapsed", "resigned", "none")


class _Membership(NamedTuple):  # what current_status reads of a membership
    status: str
    start: date | None
    end: date | None
    created: str
    deleted: bool = False


def statuses(vault: Vault, today: date | None = None) -> dict[int, str]:
    """Person rid -> status today, for every live person with at least one live membership."""
    from .members import current_status

    today = today or date.today()
    out: dict[int, str] = {}
    current: int | None = None
    group: list[_Membership] = []
    for rid, status, start, end, created in People(vault).membership_rows():
        if rid != current:
            if current is not None:
                out[current] = current_status(group, today)  # type: ignore[arg-type]
            current, group = rid, []
        group.append(_Membership(status, _day(start), _day(end), created or ""))
    if current is not None:
        out[current] = current_status(group, today)  # type: ignore[arg-type]
    return out


def prepare(vault: Vault, today: date | None = None) -> None:
    """Make the vault's people lists able to filter by status today (computed once per day and per change)."""
    today = today or date.today()
    people = People(vault)
    key = (today, people.change_position())
    if not people.statuses_loaded(key):
        people.load_statuses(statuses(vault, today), key)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
