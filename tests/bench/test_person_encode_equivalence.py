"""vault/person_encode.py makes a new person's row, change-log text, index text and contact points in one pass from
the object: exactly what the generic path makes from ``person_logged`` (People.columns_of, People.log_text,
search.person_body, contacts.contact_rows), and ``People.insert_people`` stores exactly what ``insert_many`` of the
logged people stores (stamps aside), for demo, generated and hostile people, and for shapes it hands back."""

from __future__ import annotations

import random
import shutil
from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from commons_desktop.core.model import Address, Consent, Email, Person, Phone
from commons_desktop.services import demo_data
from commons_desktop.vault import search
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.contacts import contact_rows
from commons_desktop.vault.people import People, person_logged
from commons_desktop.vault.person_encode import COLUMNS, encode
from commons_desktop.vault.records import dumps

TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
ACCENTED = st.text(alphabet="aeiouAEIOU éèÉçÇïİıǅﬁ\u0301\u00a0\t\n-'’.@+0123456789\u202e\"\\", max_size=20)
WORDS = st.one_of(TEXT, ACCENTED)
ODD = st.one_of(st.none(), st.integers(), st.just(date(2020, 1, 2)), st.lists(TEXT, max_size=2))
DATES = st.one_of(st.none(), st.dates(), st.just(datetime(2020, 1, 2, 3, 4)))

people = st.builds(
    Person,
    given=st.one_of(WORDS, WORDS, ODD), family=WORDS,
    emails=st.one_of(st.lists(st.builds(Email, st.one_of(WORDS, WORDS, ODD), WORDS), max_size=3),
                     st.tuples(st.builds(Email, WORDS, WORDS))),
    phones=st.lists(st.builds(Phone, WORDS, st.one_of(WORDS, WORDS, ODD)), max_size=3),
    addresses=st.lists(st.builds(Address, WORDS, WORDS, st.one_of(WORDS, WORDS, ODD), WORDS, WORDS, WORDS),
                       max_size=2),
    birth_date=DATES, languages=st.one_of(st.lists(WORDS, max_size=3), st.lists(ODD, max_size=2)),
    notes=WORDS, consents=st.lists(st.builds(Consent, st.one_of(WORDS, WORDS, ODD), DATES, DATES), max_size=2),
    custom=st.one_of(st.dictionaries(WORDS, WORDS, max_size=3), st.dictionaries(TEXT, ODD, max_size=2),
                     st.dictionaries(st.integers(), TEXT, max_size=1)),
)


def _check(p: Person, tags: list[str]) -> bool:
    """True when encode handled the person (and gave what the generic path gives)."""
    done = encode(p)
    if done is None:
        return False
    repo = People.__new__(People)  # columns_of and log_text read no vault
    logged = person_logged(p)
    columns = repo.columns_of(logged)
    values, log, head, notes, points = done
    assert tuple(columns) == COLUMNS
    assert values == tuple(columns.values())
    assert log == repo.log_text(logged, columns) == dumps(logged)
    assert " ".join(x for x in (head, search.fold_joined(tags), notes) if x) == search.person_body(logged, tags)
    assert [("person", "x", k, v) for k, v in points] == contact_rows("person", "x", logged)
    return True


@settings(max_examples=500, deadline=None)
@given(people, st.lists(WORDS, max_size=3))
def test_encode_is_the_generic_path(person, tags):
    _check(person, tags)


def test_encode_handles_demo_people_and_hands_back_odd_shapes():
    rng = random.Random(5)
    assert all(_check(demo_data.person(rng, n).validated(), demo_data.person_tags(rng)) for n in range(500))
    odd = [Person(given=None), Person(emails=[{"address": "a@b.example"}]), Person(phones=({"x": 1},)),
           Person(birth_date=datetime(2020, 1, 2)), Person(custom={1: "x"}), Person(languages=[None]),
           Person(consents=[Consent("x", "2020-01-01")]), Person(addresses=[Address(city=None)])]
    assert not any(_check(p, []) for p in odd)


def _state(v: Vault) -> dict:
    c = v.conn
    person = [d[1] for d in c.execute("PRAGMA table_info(person)")]
    stored = [x for x in person if x not in ("created", "updated")]  # stamps differ
    return {
        "person": c.execute(f"SELECT {', '.join(stored)} FROM person ORDER BY rid").fetchall(),  # noqa: S608
        "fts": c.execute("SELECT rowid, body FROM person_fts ORDER BY rowid").fetchall(),
        "contacts": c.execute("SELECT entity, entity_id, kind, value FROM contact_point ORDER BY rowid").fetchall(),
        "tags": c.execute("SELECT t.name, rt.entity_id FROM record_tag rt JOIN tag t ON t.rid = rt.tag_rid "
                          "ORDER BY 1, 2").fetchall(),
        "log": c.execute("SELECT device, author, entity, entity_id, op, fields FROM change_log "
                         "ORDER BY seq").fetchall(),
    }


def test_insert_people_stores_what_insert_many_of_the_logged_people_stores(vault_template, tmp_path):
    src, key = vault_template
    rng = random.Random(11)
    crowd = [demo_data.person(rng, n).validated() for n in range(150)]
    crowd += [Person(given="Ａnne  Marie", family="ÉLU\u0301", notes=" Lignes\n\tà plier ",
                     emails=[Email("A@B.example")], phones=[Phone("+32 (0)470/12.34.56", "work"), Phone("")],
                     languages=["fr", "nl-BE"],
                     addresses=[Address("", "", "", "", "", "home"), Address(city="Liège")],
                     consents=[Consent("photos", date(2024, 1, 2), None)], custom={"z": "1", "a": "\"q\""}),
              Person(given="Only"), Person(family="Shape", emails=({"address": "x@y.example"},))]  # last: generic
    names = [rng.sample(["bureau", "Bénévole", "comité", "élu"], rng.randrange(0, 3)) for _ in crowd]
    ids = [f"0190a3c2-7a1b-7c3d-8e4f-{n:012d}" for n in range(len(crowd))]
    states = []
    for one_pass in (False, True):
        path = tmp_path / f"encode-{one_pass}.commons"
        shutil.copyfile(src, path)
        with Vault.open(path, key=key, device="d", author="a") as v:
            repo = People(v)
            if one_pass:
                assert repo.insert_people(crowd, ids=ids, tags=names) == ids
            else:
                repo.insert_many([person_logged(p) for p in crowd], ids=ids, tags=names)
            states.append(_state(v))
    former, now = states
    assert len(now["person"]) == len(crowd) and now["tags"] and now["contacts"]
    assert now == former
