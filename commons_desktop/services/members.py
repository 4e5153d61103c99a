"""Memberships (join, renew, current status), the vault's list of membership types, and contributions (dues,
donations; recording dues can renew the membership for the period paid).

A membership's period runs from its first day to its last: joining on 1 January for 12 months ends on 31 December;
renewing adds the next period of the membership's type (the day after it ends, for the type's months), or, when that
period would already be over, a period from today."""

from __future__ import annotations

import calendar
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from ..core import validation
from ..core.enums import ContributionKind, MembershipStatus
from ..core.errors import InvalidField, NotFound, Reason
from ..core.model import Contribution, Membership, MembershipType
from ..core.text import fold
from ..vault.connection import Vault
from ..vault.memberships import Contributions, Memberships, MembershipTypes
from ..vault.people import People

COVERING = (MembershipStatus.ACTIVE.value, MembershipStatus.HONORARY.value, MembershipStatus.PENDING.value)
NO_MEMBERSHIP = "none"
FALLBACK_TYPE = "member"  # the type of a membership joined without one in a vault whose list is still empty
RENEWAL_MONTHS = 12  # renewing a membership of a type without a duration


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    return add_months(day, 12 * years)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when it is shorter (31 January + 1 = 28 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise ValueError("year out of range")
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def period_end(start: date, months: int) -> date | None:
    """The last day of a period of ``months`` from ``start`` (None: no end, for 0 months)."""
    if months <= 0:
        return None
    return add_months(start, months) - timedelta(days=1)


# -- the vault's membership types ----------------------------------------------------------------------------
def types(vault: Vault) -> list[MembershipType]:
    return MembershipTypes(vault).all()


def membership_type(vault: Vault, code: str) -> MembershipType:
    return MembershipTypes(vault).get(code)


def find_type(vault: Vault, text: str | None) -> str:
    """The code of the type ``text`` names (its code, else its label; case and accents ignored). None: the first
    type of the list (``member`` while the list is empty)."""
    known = types(vault)
    if text is None:
        return known[0].code if known else FALLBACK_TYPE
    if not text.strip():
        raise InvalidField("membership type", Reason.EMPTY)
    for t in known:
        if t.code == text:
            return t.code
    wanted = fold(text or "")
    for t in known:
        if fold(t.code) == wanted or fold(t.label) == wanted:
            return t.code
    raise InvalidField("membership type", Reason.UNKNOWN_TYPE, text, allowed=[t.label for t in known[:12]])


def add_type(vault: Vault, t: MembershipType) -> MembershipType:
    return MembershipTypes(vault).add(t)


def update_type(vault: Vault, code: str, t: MembershipType) -> MembershipType:
    return MembershipTypes(vault).update(code, t)


def move_types(vault: Vault, codes: list[str]) -> None:
    MembershipTypes(vault).move(codes)


def type_in_use(vault: Vault, code: str) -> int:
    return MembershipTypes(vault).in_use(code)


def remove_type(vault: Vault, code: str, replace_with: str | None = None) -> int:
    """Remove a type from the list. Its live memberships first take the type ``replace_with`` (each a logged
    change); without one, a type still in use is refused. Returns how many memberships changed. All or nothing."""
    repo, kinds = Memberships(vault), MembershipTypes(vault)
    with vault.transaction():
        kinds.get(code)
        moved = 0
        if replace_with is not None and replace_with != code:
            kinds.get(replace_with)
            for ident in repo.ids_of_type(code):
                repo.update_fields(ident, {"type": replace_with})
                moved += 1
        kinds.remove(code)
    return moved


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


@dataclass(frozen=True)
class Payment:
    """A first payment made when joining: dues for the membership's period."""

    amount: str | Decimal
    method: str = "transfer"
    when: str | date | None = None  # the day it was paid (default: the membership's first day)
    currency: str | None = None  # default: the type's currency


def join(vault: Vault, person_id: str, *, type: str | None = None, start: str | date | None = None,
         end: str | date | None = None, status: str = MembershipStatus.ACTIVE.value, notes: str = "",
         payment: Payment | None = None, today: date | None = None) -> Membership:
    """A new membership for an existing person, of a type of the vault's list (its code or label; by default the
    first type), starting today unless told otherwise and ending after the type's duration unless told otherwise.
    With ``payment``, the dues paid for its period are recorded with it (one transaction)."""
    start_day = validation.iso_date(start, "start") or (today or date.today())
    with vault.transaction():
        code = find_type(vault, type)
        kind = _type_or_none(vault, code)
        if kind is None:  # the list is empty: its first type is the one joined
            kind = MembershipTypes(vault).add(MembershipType(code, id=code))
        last = validation.iso_date(end, "end")
        if end is None:
            last = _period_end(start_day, kind.months, "end")
        m = Memberships(vault).add(Membership(person_id, code, status, start_day, last, notes))
        if payment is not None:
            amount = payment.amount
            if isinstance(amount, str) and not amount.strip():
                raise InvalidField("amount", Reason.EMPTY)
            currency = payment.currency or kind.currency
            Contributions(vault).add(Contribution(
                person_id, amount, currency, validation.iso_date(payment.when, "date") or start_day,  # type: ignore[arg-type]
                payment.method, ContributionKind.DUES.value, start_day, last))
        return m


def _type_or_none(vault: Vault, code: str) -> MembershipType | None:
    try:
        return MembershipTypes(vault).get(code)
    except NotFound:
        return None


def _period_end(start: date, months: int, field: str) -> date | None:
    try:
        return period_end(start, months)
    except ValueError:  # past year 9999
        raise InvalidField(field, Reason.LAST_YEAR,
                           start.isoformat()) from None


def next_period(vault: Vault, m: Membership, today: date | None = None) -> tuple[date, date | None]:
    """The period a renewal of ``m`` covers: the one after it ends, of its type's duration (12 months for a
    type without one), or from today when that period would already be over (or ``m`` has no end)."""
    today = today or date.today()
    kind = _type_or_none(vault, m.type)
    months = kind.months if kind is not None and kind.months > 0 else RENEWAL_MONTHS
    if m.end is not None:
        if m.end >= date.max - timedelta(days=1):
            raise InvalidField("until", Reason.LAST_YEAR,
                               m.end.isoformat())
        start = m.end + timedelta(days=1)
        end = _period_end(start, months, "until")
        if end is not None and end >= today:
            return start, end
    return today, _period_end(today, months, "until")


def renewal_period(vault: Vault, person_id: str, today: date | None = None) -> tuple[date, date | None] | None:
    """The period the person's next dues would cover (None: no membership to renew)."""
    memberships = Memberships(vault).of_person(person_id)
    return next_period(vault, latest(memberships), today) if memberships else None


def dues_proposal(vault: Vault, person_id: str, today: date | None = None
                  ) -> tuple[Decimal | None, str, date, date | None] | None:
    """What the person's next dues would be: (the type's fee, its currency, the period they renew); None when the
    person has no membership."""
    memberships = Memberships(vault).of_person(person_id)
    if not memberships:
        return None
    m = latest(memberships)
    start, end = next_period(vault, m, today)
    kind = _type_or_none(vault, m.type)
    return (kind.fee if kind else None, kind.currency if kind else "EUR", start, end)


def renew(vault: Vault, ident: str, *, until: str | date | None = None, today: date | None = None) -> Membership:
    """Extend a membership (given by its id, or a person's id: their latest membership) and make it active.

    Without ``until`` it runs to the end of its next period (see ``next_period``)."""
    today = today or date.today()
    repo = Memberships(vault)
    with vault.transaction():
        m = _membership_or_latest(vault, ident)
        end = validation.iso_date(until, "until") or next_period(vault, m, today)[1]
        renewed = dataclasses.replace(m, end=end, status=MembershipStatus.ACTIVE.value)
        repo.update(m.id, renewed)
        return repo.get(m.id)


def latest(memberships: Sequence[Membership]) -> Membership:
    """The membership that says a person's current term: the one ending last (an open end last of all)."""
    return max(memberships, key=lambda m: (m.end or date.max, m.start or date.min, m.created))


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
    return latest(memberships)


def status_of(vault: Vault, person_id: str, today: date | None = None) -> tuple[str, list[Membership]]:
    People(vault).get(person_id)
    memberships = Memberships(vault).of_person(person_id)
    return current_status(memberships, today or date.today()), memberships


def add_contribution(vault: Vault, person_id: str, amount: str | Decimal, *, currency: str = "EUR",
                     when: str | date | None = None, method: str = "transfer", kind: str = "dues",
                     period_start: str | date | None = None, period_end: str | date | None = None,
                     notes: str = "", renew: bool = False, today: date | None = None) -> Contribution:
    """Record a contribution. ``renew`` (dues only): the membership is renewed for the period paid, which is the
    membership's next period unless given (see ``record_dues``)."""
    day = validation.iso_date(when, "date") or (today or date.today())
    if isinstance(amount, str) and not amount.strip():
        raise InvalidField("amount", Reason.EMPTY)
    c = Contribution(person_id, amount, currency, day, method, kind,  # type: ignore[arg-type]
                     validation.iso_date(period_start, "period start"), validation.iso_date(period_end, "period end"),
                     notes)
    with vault.transaction():
        if renew:
            ps, pe = c.period_start, c.period_end
            if ps is None and pe is None:
                People(vault).get(person_id)
                found = renewal_period(vault, person_id, today or date.today())
                if found is None:
                    raise NotFound("membership for the person", person_id)
                ps, pe = found
            c = dataclasses.replace(c, period_start=ps, period_end=pe)
        ident = save_contribution(vault, None, c, renew=renew)
        return Contributions(vault).get(ident)


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


def save_contribution(vault: Vault, ident: str | None, c: Contribution, *, renew: bool = False) -> str:
    """Add (``ident`` None) or update a contribution as edited (validated; the person must exist). ``renew``: dues
    renew the person's membership for the period paid, in the same transaction (see ``renew_for``)."""
    repo = Contributions(vault)
    with vault.transaction():
        if ident is None:
            ident = repo.add(c).id
        else:
            repo.update(ident, c)
        if renew:
            renew_for(vault, repo.get(ident))
    return ident


def renew_for(vault: Vault, c: Contribution) -> Membership:
    """Renew the membership that dues ``c`` pay for: the person's latest membership runs at least to the end of
    the period paid and is active. The period must be given (a period without an end pays for no renewal)."""
    if c.kind != ContributionKind.DUES.value:
        raise InvalidField("kind", Reason.ONLY_DUES_RENEW, c.kind)
    if c.period_end is None:
        raise InvalidField("period end", Reason.RENEWAL_NEEDS_END)
    repo = Memberships(vault)
    memberships = repo.of_person(c.person_id)
    if not memberships:
        raise NotFound("membership for the person", c.person_id)
    m = latest(memberships)
    end = m.end if m.end is not None and c.period_end <= m.end else c.period_end
    if m.end is None and m.status == MembershipStatus.ACTIVE.value:
        end = None  # an open-ended membership stays open-ended
    repo.update(m.id, dataclasses.replace(m, end=end, status=MembershipStatus.ACTIVE.value))
    return repo.get(m.id)


def delete_contribution(vault: Vault, ident: str) -> None:
    Contributions(vault).tombstone(ident)


def list_contributions(vault: Vault, *, person_id: str | None = None, limit: int = 1000,
                       offset: int = 0) -> list[Contribution]:
    if person_id:
        People(vault).get(person_id)
    return Contributions(vault).list(person_id=person_id, limit=max(limit, 0), offset=max(offset, 0))
