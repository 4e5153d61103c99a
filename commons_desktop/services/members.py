"""Memberships (join, renew, current status) and contributions (dues, donations)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from ..core import validation
from ..core.enums import MembershipStatus
from ..core.errors import InvalidField, NotFound, Reason
from ..core.model import Contribution, Membership
from ..vault.connection import Vault
from ..vault.memberships import Contributions, Memberships
from ..vault.people import People

COVERING = (MembershipStatus.ACTIVE.value, MembershipStatus.HONORARY.value, MembershipStatus.PENDING.value)
NO_MEMBERSHIP = "none"


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def covers(m: Membership, today: date) -> bool:
    return (m.start is None or m.start <= today) and (m.end is None or m.end >= today)


def current_status(memberships: Sequence[Membership], today: date) -> str:
    """A person's status on ``today``, computed from their memberships (a pure function).

    - a membership with status active, honorary or pending that covers today gives that status
      (active wins over honorary, honorary over pending);
    - else, if the latest membership was resigned: ``resigned``;
    - else, if one active or pending membership starts later: ``pending``;
    - else (the last one ended, or was marked lapsed): ``lapsed``;
    - no membership at all: ``none``.
    """
    live = [m for m in memberships if not m.deleted]
    if not live:
        return NO_MEMBERSHIP
    covering = {m.status for m in live if m.status in COVERING and covers(m, today)}
    for status in COVERING:
        if status in covering:
            return status
    latest = max(live, key=lambda m: (m.start or date.min, m.end or date.max, m.created))
    if latest.status == MembershipStatus.RESIGNED.value:
        return MembershipStatus.RESIGNED.value
    if any(m.status in COVERING and m.start and m.start > today for m in live):
        return MembershipStatus.PENDING.value
    return MembershipStatus.LAPSED.value


def join(vault: Vault, person_id: str, *, type: str = "member", start: str | date | None = None,
         end: str | date | None = None, status: str = MembershipStatus.ACTIVE.value, notes: str = "",
         today: date | None = None) -> Membership:
    """A new membership for an existing person; starts today unless told otherwise."""
    start_day = validation.iso_date(start, "start") or (today or date.today())
    return Memberships(vault).add(Membership(person_id, type, status, start_day, end, notes))


def renew(vault: Vault, ident: str, *, until: str | date | None = None, today: date | None = None) -> Membership:
    """Extend a membership (given by its id, or a person's id: their latest membership) and make it active.

    Without ``until`` the end moves one year later than the current end; an open-ended membership, or
    one that ended over a year ago, then runs one year from today."""
    today = today or date.today()
    repo = Memberships(vault)
    with vault.transaction():
        m = _membership_or_latest(vault, ident)
        end = validation.iso_date(until, "until")
        if end is None:
            try:
                end = add_years(m.end or today, 1)
            except ValueError:  # past year 9999
                raise InvalidField("until", Reason.LAST_YEAR,
                                   m.end.isoformat() if m.end else None) from None
            if end < today:
                end = add_years(today, 1)
        renewed = dataclasses.replace(m, end=end, status=MembershipStatus.ACTIVE.value)
        repo.update(m.id, renewed)
        return repo.get(m.id)


def _membership_or_latest(vault: Vault, ident: str) -> Membership:
    repo = Memberships(vault)
    try:
        return repo.get(ident)
    except NotFound:
        pass
    try:
        People(vault).get(ident)
    except NotFound:
        raise NotFound("membership or person", ident) from None
    memberships = repo.of_person(ident)
    if not memberships:
        raise NotFound("membership for the person", ident)
    return max(memberships, key=lambda m: (m.end or date.max, m.start or date.min, m.created))


def status_of(vault: Vault, person_id: str, today: date | None = None) -> tuple[str, list[Membership]]:
    People(vault).get(person_id)
    memberships = Memberships(vault).of_person(person_id)
    return current_status(memberships, today or date.today()), memberships


def add_contribution(vault: Vault, person_id: str, amount: str | Decimal, *, currency: str = "EUR",
                     when: str | date | None = None, method: str = "transfer", kind: str = "dues",
                     period_start: str | date | None = None, period_end: str | date | None = None,
                     notes: str = "", today: date | None = None) -> Contribution:
    day = validation.iso_date(when, "date") or (today or date.today())
    if isinstance(amount, str) and not amount.strip():
        raise InvalidField("amount", Reason.EMPTY)
    return Contributions(vault).add(Contribution(person_id, amount, currency, day, method, kind,  # type: ignore[arg-type]
                                                 period_start, period_end, notes))  # type: ignore[arg-type]


def membership(vault: Vault, ident: str) -> Membership:
    return Memberships(vault).get(ident)


def save_membership(vault: Vault, ident: str | None, m: Membership) -> str:
    """Add (``ident`` None) or update a membership as edited (validated; the person must exist)."""
    repo = Memberships(vault)
    if ident is None:
        return repo.add(m).id
    repo.update(ident, m)
    return ident


def delete_membership(vault: Vault, ident: str) -> None:
    Memberships(vault).tombstone(ident)


def contribution(vault: Vault, ident: str) -> Contribution:
    return Contributions(vault).get(ident)


def save_contribution(vault: Vault, ident: str | None, c: Contribution) -> str:
    """Add (``ident`` None) or update a contribution as edited (validated; the person must exist)."""
    repo = Contributions(vault)
    if ident is None:
        return repo.add(c).id
    repo.update(ident, c)
    return ident


def delete_contribution(vault: Vault, ident: str) -> None:
    Contributions(vault).tombstone(ident)


def list_contributions(vault: Vault, *, person_id: str | None = None, limit: int = 1000,
                       offset: int = 0) -> list[Contribution]:
    if person_id:
        People(vault).get(person_id)
    return Contributions(vault).list(person_id=person_id, limit=max(limit, 0), offset=max(offset, 0))
