"""People lists filtered by the membership status computed for today, in SQL, refreshed after changes."""

from __future__ import annotations

from datetime import date

from commons_desktop.core.model import Membership, Person
from commons_desktop.services import lists
from commons_desktop.vault.memberships import Memberships
from commons_desktop.vault.people import People

TODAY = date.today()


def _names(vault, **query):
    q = lists.PeopleQuery(**query)
    rows = lists.people_page(vault, q, 0, 100)
    assert lists.people_count(vault, q) == len(rows)
    assert lists.people_ids(vault, q) == [r.id for r in rows]
    return sorted(r.given for r in rows)


def test_status_filter_counts_pages_and_refreshes(vault):
    people = People(vault)
    ids = dict(zip(["Ana", "Bea", "Cyr", "Dan", "Eve"],
                   people.add_many([Person(given=n, family="Test") for n in ["Ana", "Bea", "Cyr", "Dan", "Eve"]]),
                   strict=True))
    m = Memberships(vault)
    m.add(Membership(ids["Ana"], start=date(TODAY.year - 1, 1, 1), end=date(TODAY.year + 1, 1, 1)))
    m.add(Membership(ids["Bea"], start=date(2000, 1, 1), end=date(2001, 1, 1)))  # ended: lapsed
    m.add(Membership(ids["Cyr"], status="resigned", start=date(2000, 1, 1), end=date(2001, 1, 1)))
    dan = m.add(Membership(ids["Dan"], status="honorary", start=date(2000, 1, 1)))
    assert _names(vault, status="active") == ["Ana"]
    assert _names(vault, status="lapsed") == ["Bea"]
    assert _names(vault, status="resigned") == ["Cyr"]
    assert _names(vault, status="honorary") == ["Dan"]
    assert _names(vault, status="none") == ["Eve"]
    assert _names(vault, status="none", text="eve") == ["Eve"]
    assert _names(vault, status="active", text="eve") == []
    # a change is seen at once: Dan's membership ends, Eve joins, Ana is deleted
    dan.end = date(2001, 1, 1)
    m.update(dan.id, dan)
    m.add(Membership(ids["Eve"], start=TODAY))
    people.delete(ids["Ana"])
    assert _names(vault, status="active") == ["Eve"]
    assert _names(vault, status="lapsed") == ["Bea", "Dan"]
    assert _names(vault, status="none") == []
