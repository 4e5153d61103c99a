"""The first page of a broad search (a first letter matching a quarter of the people or more) is found along the sort
order, row by row, within a bounded window: the same rows as collecting every match first, and the every-match way
when the window holds too few (matches bunched late in the order)."""

from __future__ import annotations

import pytest

from commons_desktop.core.model import Address, Email, Person
from commons_desktop.services.lists import PEOPLE_COLUMNS
from commons_desktop.vault import people as people_module
from commons_desktop.vault.people import People

GIVEN = ("Anne", "Bruno", "Chloé", "Denis", "Émile", "Farid", "Gaëlle", "Hugo")
FAMILY = ("Martin", "Dubois", "Nguyen", "Lefèvre", "Moreau", "Tremblay", "Gauthier", "Bélanger", "Zoller")
CITIES = ("Liège", "Namur", "Bruxelles", "Mons")


@pytest.fixture
def crowd(vault):
    """700 people (more than _SELECTIVE), names and cities cycling at different periods, and 300 Zoller at the end
    of the name order (family name 'Zoller', the only ones matching 'zo')."""
    people = [Person(given=GIVEN[i % len(GIVEN)], family=FAMILY[i % (len(FAMILY) - 1)] + ("" if i % 3 else "-Ame"),
                     emails=[Email(f"p{i}@exemple.org")], addresses=[Address(city=CITIES[i % len(CITIES)])],
                     member_number=str(i + 1))
              for i in range(400)]
    people += [Person(given=GIVEN[i % len(GIVEN)], family="Zoller", member_number=str(i + 401)) for i in range(300)]
    People(vault).add_many(people)
    return vault


def every_match_first(monkeypatch, people: People, **kw):
    with monkeypatch.context() as patched:
        patched.setattr(people_module.People, "_dense", lambda self, query: False)
        return people.page(**kw)


def test_broad_first_page_is_the_same_as_every_match_collected(crowd, monkeypatch):
    people = People(crowd)
    for text in ("a", "m", "e", "zo", "li", "ex", "z", "anne m", "q"):
        for order in PEOPLE_COLUMNS:
            for descending in (False, True):
                for limit in (5, 64):
                    kw = dict(offset=0, limit=limit, order=order, descending=descending, text=text)
                    assert people.page(**kw) == every_match_first(monkeypatch, people, **kw), kw


def test_matches_bunched_late_in_the_order_fall_back_to_every_match(crowd, monkeypatch):
    people = People(crowd)
    assert people._dense('"zo"*')  # 300 of 700
    seen: list[str] = []
    crowd.conn.set_trace_callback(seen.append)
    try:
        page = people.page(offset=0, limit=10, text="zo")  # a window of 160 rows, all before the Zollers
    finally:
        crowd.conn.set_trace_callback(None)
    assert [row.family for row in page] == ["Zoller"] * 10
    assert page == every_match_first(monkeypatch, people, offset=0, limit=10, text="zo")
    assert len([s for s in seen if "person_fts MATCH" in s and "FROM person p" in s]) == 2  # the window, then all


def test_broad_first_page_checks_rows_along_the_order_instead_of_collecting_every_match(crowd):
    """The work of a first letter's first page is bounded by the page, not by how many people match."""
    seen: list[str] = []
    crowd.conn.set_trace_callback(seen.append)
    try:
        page = People(crowd).page(offset=0, limit=10, text="e")  # most people: every Émile, every exemple.org...
    finally:
        crowd.conn.set_trace_callback(None)
    assert len(page) == 10
    listed = [s for s in seen if "FROM person p" in s]
    assert listed and all("EXISTS (SELECT 1 FROM person_fts" in s for s in listed)
    assert not any("IN (SELECT rowid FROM person_fts" in s for s in listed)


def test_narrow_and_later_pages_and_other_filters_read_every_match(crowd):
    seen: list[str] = []
    crowd.conn.set_trace_callback(seen.append)
    try:
        People(crowd).page(offset=0, limit=10, text="chloe")  # longer than the prefix index: never row by row
        People(crowd).page(offset=64, limit=64, text="e")
        People(crowd).page(offset=0, limit=10, text="e", tag="bureau")
    finally:
        crowd.conn.set_trace_callback(None)
    assert not any("EXISTS (SELECT 1 FROM person_fts" in s for s in seen)


def every_row_from_the_start(monkeypatch, people: People, **kw):
    with monkeypatch.context() as patched:
        patched.setattr(people_module.People, "_start", lambda self, narrowing: None)
        return people.page(**kw)


def test_a_search_typed_letter_by_letter_shows_the_same_pages(crowd, monkeypatch):
    people = People(crowd)
    for order in PEOPLE_COLUMNS:
        for descending in (False, True):
            for word in ("zoller", "tremblay", "gaelle m", "liege", "p1@exemple", "anne zo", "mons"):
                for end in range(1, len(word) + 1):
                    kw = dict(offset=0, limit=10, order=order, descending=descending, text=word[:end])
                    assert people.page(**kw) == every_row_from_the_start(monkeypatch, people, **kw), kw


def test_a_narrower_search_starts_where_the_wider_one_s_first_row_was(crowd):
    people = People(crowd)
    first = people.page(offset=0, limit=10, text="zoll")[0]
    seen: list[str] = []
    crowd.conn.set_trace_callback(seen.append)
    try:
        page = people.page(offset=0, limit=10, text="zolle")
    finally:
        crowd.conn.set_trace_callback(None)
    assert page[0] == first
    assert any("(sort_key, p.rid) >= (" in s for s in seen)  # an index seek to the Zollers, not a walk from the A's


@pytest.mark.parametrize("writer", ["this connection", "another connection"])
def test_a_person_written_between_two_keystrokes_is_in_the_narrower_search(crowd, writer):
    people = People(crowd)
    assert people.page(offset=0, limit=10, text="zoll")[0].family == "Zoller"
    newcomer = Person(given="Aaron", family="Aardvark", emails=[Email("zollverein@exemple.org")])
    if writer == "this connection":
        ident = people.add(newcomer).id
    else:
        other = crowd.reopen()
        try:
            ident = People(other).add(newcomer).id
        finally:
            other.close()
    assert people.page(offset=0, limit=10, text="zollv")[0].id == ident  # before every Zoller in the order
