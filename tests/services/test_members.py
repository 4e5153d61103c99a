"""Membership status (a pure function of the memberships and today), renewals, contributions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from commons_desktop.core.errors import InvalidField, NotFound
from commons_desktop.core.model import Membership, MembershipType, Person
from commons_desktop.services import members
from commons_desktop.vault import changelog
from commons_desktop.vault.memberships import Contributions
from commons_desktop.vault.people import People

TODAY = date(2026, 6, 15)


def m(status="active", start=None, end=None, created="1"):
    return Membership("p", "member", status, start, end, created=created)


@pytest.mark.parametrize(("memberships", "expected"), [
    ([], "none"),
    ([m(start=date(2026, 1, 1), end=date(2026, 12, 31))], "active"),
    ([m(start=date(2026, 1, 1))], "active"),
    ([m()], "active"),
    ([m("honorary", start=date(2000, 1, 1))], "honorary"),
    ([m("pending", start=date(2026, 6, 1))], "pending"),
    ([m(start=date(2025, 1, 1), end=date(2025, 12, 31))], "lapsed"),
    ([m("lapsed", start=date(2026, 1, 1))], "lapsed"),
    ([m(start=date(2024, 1, 1), end=date(2024, 12, 31)), m("resigned", start=date(2025, 1, 1),
                                                            end=date(2025, 3, 1))], "resigned"),
    ([m("resigned", start=date(2020, 1, 1), end=date(2020, 12, 31)),
      m(start=date(2026, 1, 1), end=date(2026, 12, 31))], "active"),
    ([m(start=date(2025, 1, 1), end=date(2025, 12, 31)), m(start=date(2026, 9, 1))], "pending"),
    ([m("pending", start=date(2026, 1, 1)), m("honorary", start=date(2026, 1, 1)),
      m(start=date(2026, 1, 1), end=TODAY)], "active"),
    ([m("pending", start=date(2026, 1, 1)), m("honorary", start=date(2026, 1, 1))], "honorary"),
])
def test_current_status(memberships, expected):
    assert members.current_status(memberships, TODAY) == expected


def test_current_status_ignores_tombstones():
    gone = m(start=date(2026, 1, 1))
    gone.deleted = True
    assert members.current_status([gone], TODAY) == "none"


def test_add_years_handles_29_february():
    assert members.add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert members.add_years(date(2025, 3, 1), 1) == date(2026, 3, 1)


@pytest.fixture
def person(vault):
    return People(vault).add(Person(given="Ada", family="Lovelace")).id


def test_join_defaults_to_today_and_renew_extends_by_a_year(vault, person):
    joined = members.join(vault, person, end="2026-12-31", today=TODAY)
    assert joined.start == TODAY and joined.status == "active"
    assert members.renew(vault, person, today=TODAY).end == date(2027, 12, 31)
    assert members.renew(vault, joined.id, until="2030-01-31", today=TODAY).end == date(2030, 1, 31)


def test_renew_open_ended_or_long_lapsed_runs_a_period_from_today(vault, person):
    """A period of 12 months from 15 June 2026 ends on 14 June 2027 (its last day)."""
    lifetime = members.add_type(vault, MembershipType("Lifetime", months=0))
    open_ended = members.join(vault, person, type=lifetime.code, start="2020-01-01", today=TODAY)
    assert open_ended.end is None
    assert members.renew(vault, open_ended.id, today=TODAY).end == date(2027, 6, 14)
    old = members.join(vault, person, start="2010-01-01", end="2010-12-31", status="lapsed", today=TODAY)
    renewed = members.renew(vault, old.id, today=TODAY)
    assert (renewed.end, renewed.status) == (date(2027, 6, 14), "active")


def test_renew_unknown_and_without_membership(vault, person):
    with pytest.raises(NotFound):
        members.renew(vault, "nope")
    with pytest.raises(NotFound, match="membership for the person"):
        members.renew(vault, person)


def test_invalid_dates_write_nothing(vault, person):
    before = changelog.count(vault)
    with pytest.raises(InvalidField, match="start"):
        members.join(vault, person, start="2026-02-30")
    with pytest.raises(InvalidField, match="end"):
        members.join(vault, person, start="2026-02-01", end="2026-01-01")
    with pytest.raises(InvalidField, match="amount"):
        members.add_contribution(vault, person, "-3")
    with pytest.raises(InvalidField, match="amount"):
        members.add_contribution(vault, person, " ")
    with pytest.raises(NotFound):
        members.add_contribution(vault, "nobody", "3")
    assert changelog.count(vault) == before


def test_status_of_and_contributions(vault, person):
    members.join(vault, person, start="2026-01-01", today=TODAY)
    assert members.status_of(vault, person, TODAY)[0] == "active"
    c = members.add_contribution(vault, person, "12.50", currency="chf", today=TODAY)
    assert (c.amount, c.currency, c.date) == (Decimal("12.50"), "CHF", TODAY)
    assert [x.id for x in members.list_contributions(vault, person_id=person)] == [c.id]
    with pytest.raises(NotFound):
        members.list_contributions(vault, person_id="nobody")


def test_an_amount_reads_back_as_written_so_a_same_value_update_logs_nothing(vault, person):
    c = members.add_contribution(vault, person, "12.50", today=TODAY)
    assert str(Contributions(vault).get(c.id).amount) == "12.50"
    before = changelog.count(vault)
    assert Contributions(vault).update_fields(c.id, {"amount": "12.50"}) == {}
    assert changelog.count(vault) == before


def test_renewing_a_membership_ending_in_9999_is_invalid_input_not_a_crash(vault, person):
    joined = members.join(vault, person, start="2026-01-01", end="9999-12-31", today=TODAY)
    before = changelog.count(vault)
    with pytest.raises(InvalidField, match="until"):
        members.renew(vault, joined.id, today=TODAY)
    assert changelog.count(vault) == before
