"""vault/person_rows.py builds a person's logged fields and JSON columns by hand: exactly what the generic paths
(``records.plain``, ``records.dumps``) give, for any text and for shapes it does not expect (it falls back)."""

from __future__ import annotations

import random
from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from commons_desktop.core.model import Address, Consent, Email, Person, Phone
from commons_desktop.services import demo_data
from commons_desktop.vault.person_rows import addresses_json, emails_json, person_logged, phones_json
from commons_desktop.vault.records import dumps, plain

TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
ODD = st.one_of(TEXT, st.none(), st.integers(), st.just(date(2020, 1, 2)), st.lists(TEXT, max_size=2))
DATES = st.one_of(st.none(), st.dates(), st.just(datetime(2020, 1, 2, 3, 4)), st.just("2020-01-02"))


def _generic(p: Person) -> dict:
    return {f: plain(getattr(p, f)) for f in Person.FIELDS}


people = st.builds(
    Person,
    given=st.one_of(TEXT, ODD), family=TEXT,
    emails=st.one_of(st.lists(st.builds(Email, st.one_of(TEXT, ODD), TEXT), max_size=3), st.none(),
                     st.tuples(st.builds(Email, TEXT, TEXT))),
    phones=st.lists(st.builds(Phone, TEXT, st.one_of(TEXT, ODD)), max_size=3),
    addresses=st.lists(st.builds(Address, TEXT, TEXT, st.one_of(TEXT, ODD), TEXT, TEXT, TEXT), max_size=2),
    birth_date=DATES, languages=st.one_of(st.lists(TEXT, max_size=3), st.lists(ODD, max_size=2)),
    notes=TEXT, consents=st.lists(st.builds(Consent, st.one_of(TEXT, ODD), DATES, DATES), max_size=2),
    custom=st.one_of(st.dictionaries(TEXT, TEXT, max_size=3), st.dictionaries(TEXT, ODD, max_size=2)),
)


@settings(max_examples=400, deadline=None)
@given(people)
def test_person_logged_is_the_generic_one(person):
    logged = person_logged(person)
    assert logged == _generic(person)
    assert dumps(logged) == dumps(_generic(person))


@settings(max_examples=300, deadline=None)
@given(people)
def test_json_columns_are_dumps(person):
    logged = _generic(person)
    assert emails_json(logged["emails"]) == dumps(logged["emails"])
    assert phones_json(logged["phones"]) == dumps(logged["phones"])
    assert addresses_json(logged["addresses"]) == dumps(logged["addresses"])


def test_shapes_it_does_not_expect_fall_back():
    for odd in ([{"address": "a", "kind": "home", "extra": 1}], [{"address": "a"}], ["x"], None, ({"a": 1},),
                [{"address": None, "kind": "home"}], [{"number": "1", "kind": "home", "x": ""}]):
        assert emails_json(odd) == dumps(odd) and phones_json(odd) == dumps(odd) and addresses_json(odd) == dumps(odd)


def test_demo_people_are_the_same():
    rng = random.Random(4)
    for n in range(500):
        p = demo_data.person(rng, n).validated()
        assert person_logged(p) == _generic(p)
