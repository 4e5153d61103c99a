"""Every write stamps an HLC and the device and appends to the field-grained change log, atomically."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from commons_desktop.core.errors import InvalidField, NotFound
from commons_desktop.core.model import (
    Address,
    Contribution,
    Email,
    Membership,
    Organisation,
    Person,
    Phone,
    Relationship,
)
from commons_desktop.vault import changelog, tags
from commons_desktop.vault.memberships import Contributions, Memberships
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships
from commons_desktop.vault.saved_searches import SavedSearches


def _emilie() -> Person:
    return Person(given="Émilie", family="Dupré", emails=[Email("emilie@exemple.org")],
                  phones=[Phone("+32 470 12 34 56")], addresses=[Address(city="Liège", postcode="4000")],
                  birth_date=date(1980, 5, 17), languages=["fr"], notes="Trésorière", custom={"badge": "42"})


def test_create_logs_every_field_with_device_and_hlc(vault):
    p = People(vault).add(_emilie())
    (entry,) = changelog.history(vault, p.id)
    assert entry.op == "create" and entry.entity == "person" and entry.device == "test-device"
    assert entry.author == "tester" and entry.hlc == p.created
    assert entry.fields["given"] == "Émilie" and entry.fields["emails"] == [{"address": "emilie@exemple.org",
                                                                              "kind": "home"}]
    assert entry.fields["birth_date"] == "1980-05-17"
    assert p.emails[0].address == "emilie@exemple.org" and p.addresses[0].city == "Liège"
    assert p.custom == {"badge": "42"}


def test_update_logs_only_changed_fields_and_remembers_their_clock(vault):
    people = People(vault)
    p = people.add(_emilie())
    p.family = "Dupré-Martin"
    p.notes = "Trésorière\nAG 2026"
    changed = people.update(p.id, p)
    assert set(changed) == {"family", "notes"}
    latest = changelog.history(vault, p.id)[0]
    assert latest.op == "update" and latest.fields == {"family": "Dupré-Martin", "notes": "Trésorière\nAG 2026"}
    assert people.field_clock(p.id, "family") == latest.hlc
    assert people.field_clock(p.id, "given") == p.created
    assert people.update(p.id, people.get(p.id)) == {}  # nothing changed, nothing logged
    assert len(changelog.history(vault, p.id)) == 2


def test_invalid_update_writes_nothing(vault):
    people = People(vault)
    p = people.add(_emilie())
    p.emails = [Email("not-an-email")]
    with pytest.raises(InvalidField):
        people.update(p.id, p)
    assert people.get(p.id).emails[0].address == "emilie@exemple.org"
    assert len(changelog.history(vault, p.id)) == 1


def test_bulk_insert_is_all_or_nothing(vault):
    people = People(vault)
    with pytest.raises(InvalidField):
        people.add_many([Person(given="A"), Person(given="B", emails=[Email("x")])])
    assert people.count() == 0
    ids = people.add_many([Person(given=f"P{i}") for i in range(50)])
    assert len(set(ids)) == 50 and people.count() == 50
    assert changelog.count(vault) == 50


def test_tombstone_and_restore(vault):
    people = People(vault)
    p = people.add(_emilie())
    people.delete(p.id)
    with pytest.raises(NotFound):
        people.get(p.id)
    assert people.get(p.id, include_deleted=True).deleted
    assert people.count() == 0
    assert [e.op for e in changelog.history(vault, p.id)] == ["delete", "create"]
    people.restore(p.id)
    assert people.get(p.id).given == "Émilie"
    with pytest.raises(NotFound):
        people.delete("no-such-id")


def test_hlc_order_follows_writes(vault):
    people = People(vault)
    ids = [people.add(Person(given=f"N{i}")).id for i in range(20)]
    entries = list(reversed(changelog.history(vault)))
    assert [e.entity_id for e in entries] == ids
    stamps = [e.hlc for e in entries]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_memberships_contributions_relationships(vault):
    people, orgs = People(vault), Organisations(vault)
    p = people.add(_emilie())
    o = orgs.add(Organisation(name="Comité des locataires", website="https://comite.example.org"))
    m = Memberships(vault).add(Membership(p.id, start=date(2026, 1, 1), end=date(2026, 12, 31)))
    assert Memberships(vault).of_person(p.id)[0].id == m.id
    c = Contributions(vault).add(Contribution(p.id, Decimal("25.50"), date=date(2026, 1, 3)))
    assert Contributions(vault).get(c.id).amount == Decimal("25.50")
    assert Contributions(vault).total(p.id) == {"EUR": Decimal("25.50")}
    with pytest.raises(NotFound):
        Memberships(vault).add(Membership("nobody"))
    r = Relationships(vault).add(Relationship("member_of", p.id, o.id))
    assert Relationships(vault).of(o.id)[0].id == r.id
    from commons_desktop.vault.search import search
    assert [h.id for h in search(vault, "comite", entities=("person",))] == [p.id]


def test_tags_are_logged_on_the_record(vault):
    p = People(vault).add(_emilie())
    o = Organisations(vault).add(Organisation(name="Coop"))
    assert tags.add_tag(vault, "Bureau", [p.id, o.id]) == 2
    assert tags.add_tag(vault, "bureau", [p.id]) == 0  # same tag, case-insensitive, already there
    assert People(vault).get(p.id).tags == ["Bureau"]
    assert changelog.history(vault, p.id)[0].op == "tag"
    assert tags.list_tags(vault) == [("Bureau", 2)]
    with pytest.raises(NotFound):
        tags.add_tag(vault, "x", [p.id, "missing"])
    assert tags.list_tags(vault) == [("Bureau", 2)]  # the failed call added nothing
    assert tags.remove_tag(vault, "Bureau", [p.id]) == 1
    assert People(vault).get(p.id).tags == []


def test_people_pages_sort_and_filter(vault):
    people = People(vault)
    names = [("Zoé", "Abadie"), ("Émile", "Zola"), ("Anne", "Martin"), ("Éric", "Élan"), ("bob", "martin")]
    ids = people.add_many([Person(given=g, family=f) for g, f in names])
    page = people.page(limit=10)
    assert [r.family for r in page] == ["Abadie", "Élan", "Martin", "martin", "Zola"]
    assert [r.family for r in people.page(limit=2, offset=1)] == ["Élan", "Martin"]
    assert [r.family for r in people.page(limit=10, descending=True)][0] == "Zola"
    assert {r.family for r in people.page(text="martin")} == {"Martin", "martin"}
    tags.add_tag(vault, "bureau", ids[:2])
    assert people.count(tag="bureau") == 2
    assert len(people.ids(text="elan")) == 1


def test_saved_search(vault):
    ss = SavedSearches(vault)
    s = ss.add("Bureau", "dupre", {"tag": "bureau"})
    assert ss.by_name("bureau").filters == {"tag": "bureau"}
    assert ss.all()[0].id == s.id
    row = vault.conn.execute("SELECT fields FROM change_log WHERE entity_id = ?", (s.id,)).fetchone()
    assert json.loads(row[0])["query"] == "dupre"


def test_collector_paused_waits_then_moves_what_was_made_to_the_oldest_generation():
    import gc

    from commons_desktop.vault.records import collector_paused

    assert gc.isenabled()
    with collector_paused(True):
        assert not gc.isenabled()
        with collector_paused(True):  # nested: the outer one decides
            made = [[n] for n in range(1000)]
        assert not gc.isenabled()
    assert gc.isenabled()
    oldest = {id(x) for x in gc.get_objects(generation=2)}
    assert all(id(x) in oldest for x in made)  # not left young, where the next collection would scan them all
    with collector_paused(False):
        assert gc.isenabled()
