"""The vault's fast write-path helpers give exactly what the slower originals give (so the bench's
optimisations cannot change what is stored or indexed)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from commons_desktop.core.model import Address, Consent, Email, Person, Phone, to_plain
from commons_desktop.core.text import fold, sort_key
from commons_desktop.vault import search
from commons_desktop.vault.records import dumps, plain

WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
ACCENTED = st.text(alphabet="aeiouAEIOU éèêëÉÈçÇïîÏôöœŒßẞİıǅﬁ\u0301\u0308\u00a0\t\n-'’.@+0123456789", max_size=30)


@given(st.lists(st.one_of(WORDS, ACCENTED), max_size=8))
def test_fold_joined_is_fold_of_the_joined_text(parts):
    assert search.fold_joined(parts) == fold(" ".join(p for p in parts if p))


@given(st.one_of(WORDS, ACCENTED), st.one_of(WORDS, ACCENTED))
def test_sort_key_unchanged(family, given_name):
    assert search.fold_joined((family, given_name)) == sort_key(family, given_name)


def _person() -> Person:
    return Person(given="Émilie", family="Dupré", emails=[Email("emilie@exemple.org")],
                  phones=[Phone("+32 470 12 34 56")], addresses=[Address("rue X 1", "4000", "Liège", "", "Belgique")],
                  birth_date=date(1980, 2, 3), languages=["fr-BE"], notes="Note\navec retour",
                  consents=[Consent("newsletter", date(2024, 1, 1), None)], custom={"t-shirt": "M"},
                  tags=["bureau"])


def test_plain_and_dumps_match_to_plain():
    values = [_person(), [_person(), (1, 2)], {"a": Decimal("1.50"), "b": [date(2020, 1, 1)], "c": None},
              ("x", True, 1.5), Decimal("3.00"), "é", None, {"nested": {"z": 1, "a": [Email("a@b.example")]}}]
    for value in values:
        assert plain(value) == to_plain(value)
        assert dumps(value) == json.dumps(to_plain(value), ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _log_text_matches(person: Person) -> None:
    from commons_desktop.vault.people import People, person_logged
    repo = People.__new__(People)  # columns_of and log_text read no vault
    logged = person_logged(person)
    assert repo.log_text(logged, repo.columns_of(logged)) == dumps(logged)


def test_people_log_text_is_dumps_of_the_record():
    import random

    from commons_desktop.services import demo_data
    rng = random.Random(9)
    for n in range(300):
        _log_text_matches(demo_data.person(rng, n))
    _log_text_matches(_person())
    _log_text_matches(Person(given="x"))
    from commons_desktop.vault.people import People
    odd = {"given": "x", "emails": None, "extra": 1}  # not a person_logged shape: the plain dumps is used
    assert People.__new__(People).log_text(odd, {}) == dumps(odd)


@given(WORDS, ACCENTED, WORDS)
def test_people_log_text_with_any_text(given_name, family, notes):
    _log_text_matches(Person(given=given_name, family=family, notes=notes, custom={family: notes}, languages=[notes]))
