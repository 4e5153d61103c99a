"""Reading a JSON export keeps what the CSV and vCard readers keep: the file's repeated values (kinds, names, towns,
countries, languages, tags, dates) once, shared by the records, and people already as their validation makes them
marked so (exchange/as_read.py), so that the planner does not hold a validated copy of each beside them."""

from __future__ import annotations

import json
import tracemalloc
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from commons_desktop.exchange import json_io
from commons_desktop.exchange.plan import ImportOptions, make_plan


def _person(n: int, **extra) -> dict:
    return {"id": f"0190a3c2-7a1b-7c3d-8e4f-{n:012d}", "given": "Émilie", "family": "Dupré",
            "emails": [{"address": f"emilie{n}@example.org", "kind": "home"}],
            "phones": [{"number": f"+32 470 12 {n % 100:02d} 56", "kind": "mobile"}],
            "addresses": [{"street": f"rue Haute {n}", "postcode": "4000", "city": "Liège", "region": "Wallonie",
                           "country": "Belgique", "kind": "home"}],
            "birth_date": "1980-02-03", "languages": ["fr"], "notes": "",
            "consents": [{"what": "newsletter", "given_on": "2024-01-01", "until": None}], "custom": {},
            "member_number": "", "tags": ["bénévole"], **extra}


def _file(people: list[dict], **sections) -> bytes:
    return json_io.dumps({"format": json_io.FORMAT, "version": 1, "people": people, **sections})


def test_records_share_the_files_repeated_values():
    batch = json_io.read_batch(_file([_person(n) for n in range(3)],
                                     memberships=[{"id": "", "person_id": _person(n)["id"], "type": "member",
                                                   "status": "active", "start": "2024-01-01"} for n in range(3)]))
    first, *others = [i.record for i in batch.items]
    for other in others:
        a, b = first.addresses[0], other.addresses[0]
        assert (a.city, a.country, a.region, a.postcode, a.kind) == (b.city, b.country, b.region, b.postcode, b.kind)
        assert a.city is b.city and a.country is b.country and a.region is b.region and a.postcode is b.postcode
        assert a.kind is b.kind and first.emails[0].kind is other.emails[0].kind
        assert first.given is other.given and first.family is other.family
        assert first.languages[0] is other.languages[0] and first.consents[0].what is other.consents[0].what
        assert first.birth_date is other.birth_date and first.consents[0].given_on is other.consents[0].given_on
    tags = [i.tags[0] for i in batch.items]
    assert all(t is tags[0] for t in tags)
    starts = [i.memberships[0].start for i in batch.items]
    assert starts[0] == date(2024, 1, 1) and all(s is starts[0] for s in starts)


def test_valid_people_are_taken_as_read_and_others_validated():
    bad = _person(2, given=" Émilie ")  # trimmed by its validation: not as read
    number = _person(3, member_number="A-12")
    batch = json_io.read_batch(_file([_person(1), bad, number]))
    assert [i.as_read for i in batch.items] == [True, False, True]
    for item in batch.items:
        if item.as_read:
            assert item.record.validated() == item.record


def test_a_read_file_holds_no_copy_per_record(vault):
    """2,000 people read and planned: what the batch and the plan hold together stays under a bound that a decoded
    copy of each record's repeated texts, or a validated copy of each person beside the one read, exceeds."""
    data = _file([_person(n) for n in range(2000)])
    tracemalloc.start()
    try:
        batch = json_io.read_batch(data)
        plan = make_plan(vault, batch, ImportOptions(match=("email",), mode="create"))
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert plan.created == 2000
    # measured: 4.7 MB (main's reader: 8.3 MB)
    assert held < 6_500_000, held


TEXTS = st.one_of(st.sampled_from(["", " ", "Émilie", " padded ", "x" * 300, "\u202eevil", "tab\there", "fr", "FR",
                                   "fr_BE", "home", "Home", "bureau", "2020-02-03", "1800-01-01", "a@b.example",
                                   "a@@b", "+32 470 12 34 56", "12"]), st.text(max_size=8))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.fixed_dictionaries({
    "given": TEXTS, "family": TEXTS, "notes": TEXTS, "member_number": TEXTS,
    "emails": st.lists(st.fixed_dictionaries({"address": TEXTS, "kind": TEXTS}), max_size=2),
    "phones": st.lists(st.fixed_dictionaries({"number": TEXTS, "kind": TEXTS}), max_size=2),
    "addresses": st.lists(st.fixed_dictionaries({k: TEXTS for k in ("street", "postcode", "city", "region",
                                                                     "country", "kind")}), max_size=2),
    "birth_date": st.one_of(st.none(), TEXTS, st.dates().map(date.isoformat)),
    "languages": st.lists(TEXTS, max_size=2),
    "consents": st.lists(st.fixed_dictionaries({"what": TEXTS, "given_on": st.one_of(st.none(), TEXTS)}),
                         max_size=2),
    "custom": st.dictionaries(TEXTS, TEXTS, max_size=2)}), max_size=6))
def test_people_marked_as_read_validate_to_themselves(people):
    batch = json_io.read_batch(json.dumps({"format": json_io.FORMAT, "version": 1, "people": people}).encode())
    for item in batch.items:
        if item.as_read:
            assert item.record.validated() == item.record


def test_new_ids_do_not_read_every_live_persons_id(vault):
    """A file of people new to the vault (their ids unused) is planned without the index of every live person's id
    (~34 MB at 100,000 people); a file id the vault has is still matched by it."""
    from commons_desktop.core.model import Person
    from commons_desktop.exchange.plan import Planner
    from commons_desktop.vault.people import People

    kept = People(vault).add(Person(given="Ada", family="Lovelace"))
    options = ImportOptions(match=("email",), mode="create")
    planner = Planner(vault, options)
    plan = planner.run(json_io.read_batch(_file([_person(n) for n in range(3)])))
    assert plan.created == 3 and "_people" not in vars(planner.idx)  # (a cached_property)
    again = _person(9, id=kept.id, given="Ada", family="Lovelace", emails=[])
    planner = Planner(vault, options)
    plan = planner.run(json_io.read_batch(_file([again, _person(1)])))
    assert (plan.rows[0].outcome, plan.rows[0].rule, plan.rows[0].matched) == ("skipped", "id", kept.id)
