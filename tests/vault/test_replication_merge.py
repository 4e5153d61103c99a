"""The rules of merging (vault/replication.py apply_remote, docs/replication.md), each on two or three real vaults
exchanging their changes through the wire (JSON text)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from commons_desktop.core.changes import Op
from commons_desktop.core.errors import MassDelete, NotFound
from commons_desktop.core.model import Contribution, Email, Membership, Person
from commons_desktop.services.merge import merge
from commons_desktop.vault import changelog, conflicts, replication, tags
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.erase import erase_person
from commons_desktop.vault.memberships import Contributions, Memberships
from commons_desktop.vault.people import People
from commons_desktop.vault.search import search
from tests.vault.replicas import Clock, exchange, open_replicas, send


@pytest.fixture
def clocks():
    return {"a": Clock(1_780_000_000.0), "b": Clock(1_780_000_000.0), "c": Clock(1_780_000_000.0)}


@pytest.fixture
def ab(vault_template, tmp_path, clocks):
    vaults = open_replicas(vault_template, tmp_path, ["a", "b"], clocks)
    yield vaults["a"], vaults["b"]
    for v in vaults.values():
        v.close()


@pytest.fixture
def abc(vault_template, tmp_path, clocks):
    vaults = open_replicas(vault_template, tmp_path, ["a", "b", "c"], clocks)
    yield vaults["a"], vaults["b"], vaults["c"]
    for v in vaults.values():
        v.close()


def _shared(a, b, clocks, person: Person) -> str:
    ident = People(a).add(person).id
    send(a, b)
    for c in clocks.values():
        c.tick(1)
    return ident


def _same(*vaults) -> dict:
    dumps = [replication.canonical(v) for v in vaults]
    for d in dumps[1:]:
        assert d == dumps[0]
    return dumps[0]


def test_creates_arrive_and_a_batch_applied_twice_is_applied_once(ab):
    a, b = ab
    ada = People(a).add(Person(given="Ada", family="Lovelace", emails=[Email("ada@example.org")]))
    tags.add_tag(a, "bureau", [ada.id])
    first = send(a, b)
    again = send(a, b)
    assert (first.received, first.applied, first.duplicates) == (2, 2, 0)
    assert (again.applied, again.duplicates) == (0, 2)
    got = People(b).get(ada.id)
    assert (got.given, got.emails[0].address, got.tags) == ("Ada", "ada@example.org", ["bureau"])
    assert [h.id for h in search(b, "lovelace")] == [ada.id]
    _same(a, b)


def test_the_clock_observes_every_stamp_received(ab, clocks):
    a, b = ab
    clocks["a"].tick(3600)  # a runs an hour ahead
    People(a).add(Person(given="Ada"))
    send(a, b)
    received = changelog.history(b)[0].hlc
    People(b).add(Person(given="Grace"))
    assert changelog.history(b)[0].hlc > received


def test_one_vault_changed_event_remote(ab):
    a, b = ab
    for n in range(3):
        People(a).add(Person(given=f"P{n}"))
    events = []
    b.events.subscribe(events.append)
    send(a, b)
    assert len(events) == 1 and events[0].remote and events[0].entities == {"person"} and events[0].count == 3


def test_different_fields_edited_on_two_laptops_are_both_kept(ab, clocks):
    a, b = ab
    ident = _shared(a, b, clocks, Person(given="Ada", family="Byron"))
    People(a).update_fields(ident, {"family": "King"})
    People(b).update_fields(ident, {"notes": "Countess"})
    exchange([a, b])
    for v in (a, b):
        got = People(v).get(ident)
        assert (got.family, got.notes) == ("King", "Countess")
        assert conflicts.listed(v) == []
    _same(a, b)


def test_the_same_field_edited_differently_is_a_conflict_the_later_value_shows(ab, clocks):
    a, b = ab
    ident = _shared(a, b, clocks, Person(given="Ada", family="Byron"))
    People(a).update_fields(ident, {"family": "King"})
    clocks["b"].tick(1)
    People(b).update_fields(ident, {"family": "Lovelace"})  # later
    exchange([a, b])
    for v in (a, b):
        assert People(v).get(ident).family == "Lovelace"
        (queued,) = conflicts.listed(v)
        assert (queued.kind, queued.code, queued.field) == ("conflict", "field", "family")
        assert {queued.local, queued.remote} == {"King", "Lovelace"}
    _same(a, b)


def test_the_same_value_set_on_both_is_no_conflict(ab, clocks):
    a, b = ab
    ident = _shared(a, b, clocks, Person(given="Ada", family="Byron"))
    People(a).update_fields(ident, {"family": "King"})
    People(b).update_fields(ident, {"family": "King"})
    exchange([a, b])
    assert conflicts.listed(a) == conflicts.listed(b) == []
    _same(a, b)


def test_an_edit_that_saw_the_other_is_no_conflict(ab, clocks):
    a, b = ab
    ident = _shared(a, b, clocks, Person(given="Ada", family="Byron"))
    People(a).update_fields(ident, {"family": "King"})
    send(a, b)
    clocks["b"].tick(1)
    People(b).update_fields(ident, {"family": "Lovelace"})
    send(b, a)
    assert People(a).get(ident).family == "Lovelace"
    assert conflicts.listed(a) == conflicts.listed(b) == []


def test_same_millisecond_edits_converge(ab):
    a, b = ab
    ident = People(a).add(Person(given="Ada")).id
    send(a, b)
    People(a).update_fields(ident, {"family": "King"})
    People(b).update_fields(ident, {"family": "Byron"})  # the same stamp on both clocks
    assert changelog.history(a, ident)[0].hlc == changelog.history(b, ident)[0].hlc
    exchange([a, b])
    _same(a, b)
    assert len(conflicts.listed(a)) == len(conflicts.listed(b)) == 1


def test_different_emails_added_on_two_laptops_are_both_kept(ab, clocks):
    a, b = ab
    ident = _shared(a, b, clocks, Person(given="Ada", emails=[Email("ada@example.org")]))
    People(a).update_fields(ident, {"emails": [{"address": "ada@example.org", "kind": "home"},
                                               {"address": "ada@work.org", "kind": "work"}]})
    People(b).update_fields(ident, {"emails": [{"address": "ada@example.org", "kind": "home"},
                                               {"address": "ada@home.org", "kind": "home"}]})
    exchange([a, b])
    for v in (a, b):
        assert {e.address for e in People(v).get(ident).emails} == {"ada@example.org", "ada@work.org",
                                                                    "ada@home.org"}
        assert conflicts.listed(v) == []
    assert People(a).find_by_contact("email", "ada@home.org") == [ident]
    _same(a, b)


def test_the_same_element_set_differently_is_a_conflict(ab, clocks):
    a, b = ab
    ident = _shared(a, b, clocks, Person(given="Ada", emails=[Email("ada@example.org")]))
    People(a).update_fields(ident, {"emails": [{"address": "ada@example.org", "kind": "work"}]})
    clocks["b"].tick(1)
    People(b).update_fields(ident, {"emails": [{"address": "ada@example.org", "kind": "other"}]})
    exchange([a, b])
    for v in (a, b):
        assert [e.kind for e in People(v).get(ident).emails] == ["other"]
        (queued,) = conflicts.listed(v)
        assert (queued.code, queued.field, queued.element) == ("element", "emails", "ada@example.org")
    _same(a, b)


def test_a_remove_against_a_concurrent_edit_keeps_the_element_with_a_notice(ab, clocks):
    a, b = ab
    ident = _shared(a, b, clocks, Person(given="Ada", emails=[Email("ada@example.org"), Email("ada@x.org")]))
    People(a).update_fields(ident, {"emails": [{"address": "ada@x.org", "kind": "home"}]})
    People(b).update_fields(ident, {"emails": [{"address": "ada@example.org", "kind": "work"},
                                               {"address": "ada@x.org", "kind": "home"}]})
    exchange([a, b])
    for v in (a, b):
        assert {(e.address, e.kind) for e in People(v).get(ident).emails} == {("ada@example.org", "work"),
                                                                             ("ada@x.org", "home")}
    assert [q.code for q in conflicts.listed(b)] == ["kept-element"]
    _same(a, b)


def test_a_removed_element_stays_removed_wherever_the_add_arrives_late(abc, clocks):
    a, b, c = abc
    ident = People(a).add(Person(given="Ada")).id
    send(a, b)
    People(a).update_fields(ident, {"emails": [{"address": "ada@x.org", "kind": "home"}]})
    send(a, b)
    People(b).update_fields(ident, {"emails": []})
    send(b, c)  # c gets the removal before the create and the add: kept until they arrive
    assert replication.canonical(c)["person"] == {}
    send(a, c)
    assert People(c).get(ident).emails == []
    _same(a if send(b, a) else a, b, c)


def test_tags_and_untags_merge_by_tag(ab, clocks):
    a, b = ab
    ident = _shared(a, b, clocks, Person(given="Ada"))
    tags.add_tag(a, "bureau", [ident])
    tags.add_tag(b, "CA", [ident])
    exchange([a, b])
    assert sorted(People(a).get(ident).tags) == sorted(People(b).get(ident).tags) == ["CA", "bureau"]
    tags.remove_tag(b, "bureau", [ident])
    exchange([a, b])
    assert People(a).get(ident).tags == ["CA"]
    _same(a, b)


def test_a_delete_alone_is_a_tombstone_there_too(ab, clocks):
    a, b = ab
    ident = _shared(a, b, clocks, Person(given="Ada"))
    People(a).delete(ident)
    applied = send(a, b)
    assert applied.deleted == 1
    with pytest.raises(NotFound):
        People(b).get(ident)
    assert People(b).get(ident, include_deleted=True).given == "Ada"
    assert search(b, "ada") == []
    People(a).restore(ident)
    send(a, b)
    assert People(b).get(ident).given == "Ada"
    _same(a, b)


def test_an_edit_concurrent_with_a_delete_restores_the_record_with_a_notice(ab, clocks):
    a, b = ab
    ident = _shared(a, b, clocks, Person(given="Ada"))
    People(a).delete(ident)
    People(b).update_fields(ident, {"notes": "called today"})
    exchange([a, b])
    for v in (a, b):
        assert People(v).get(ident).notes == "called today"
    assert [q.code for q in conflicts.listed(a)] == ["restored"]
    assert [q.code for q in conflicts.listed(b)] == ["delete-refused"]
    _same(a, b)


def test_erasure_wins_over_everything(abc, clocks):
    a, b, c = abc
    ident = People(a).add(Person(given="Zoé", family="Canary", emails=[Email("zoe@canary.org")])).id
    exchange([a, b, c])
    Memberships(a).add(Membership(ident, start=date(2026, 1, 1)))
    People(b).update_fields(ident, {"notes": "CANARY-NOTE"})  # concurrent with the erasure
    tags.add_tag(b, "canary-tag", [ident])
    erase_person(a, ident)
    exchange([a, b, c])
    exchange([a, b, c])
    for v in (a, b, c):
        with pytest.raises(NotFound):
            People(v).get(ident, include_deleted=True)
        assert ident in replication.canonical(v)["erased"]
        rows = v.conn.execute("SELECT fields FROM change_log WHERE fields IS NOT NULL").fetchall()
        assert not any("Canary" in r[0] or "CANARY" in r[0] or "canary" in r[0] for r in rows)
        assert replication.canonical(v)["membership"] == {}
    # what b wrote for others is scrubbed too
    assert all(ch.fields is None for ch in replication.local_changes(b, after_hlc=None) if ch.entity_id == ident)
    _same(a, b, c)


def test_concurrent_document_versions_are_both_kept(ab, clocks):
    a, b = ab
    doc = Documents(a).add("Statuts", b"v1", "statuts.txt", "text/plain")
    send(a, b)
    Documents(a).add_version(doc.id, b"v2 from a", "statuts.txt", "text/plain")
    clocks["b"].tick(1)
    Documents(b).add_version(doc.id, b"v2 from b", "statuts.txt", "text/plain")
    exchange([a, b])
    for v in (a, b):
        assert sorted(Documents(v).content(doc.id, n) for n in (1, 2, 3)) == [b"v1", b"v2 from a", b"v2 from b"]
        assert Documents(v).content(doc.id) == b"v2 from b"  # the latest shows
    _same(a, b)


def test_memberships_and_contributions_are_records_of_their_own(ab, clocks):
    a, b = ab
    ident = _shared(a, b, clocks, Person(given="Ada"))
    m = Memberships(a).add(Membership(ident, start=date(2026, 1, 1)))
    Contributions(b).add(Contribution(ident, Decimal("25.00"), date=date(2026, 1, 10)))
    exchange([a, b])
    Memberships(b).update_fields(m.id, {"status": "lapsed"})
    exchange([a, b])
    for v in (a, b):
        assert Memberships(v).get(m.id).status == "lapsed"
        assert Contributions(v).total(ident) == {"EUR": Decimal("25.00")}
    _same(a, b)


def test_a_merge_of_duplicates_replicates(ab, clocks):
    a, b = ab
    keep = People(a).add(Person(given="Ada", family="Lovelace")).id
    drop = People(a).add(Person(given="Ada", family="Lovelace", emails=[Email("ada@x.org")])).id
    send(a, b)
    merge(a, keep, drop)
    send(a, b)
    assert People(b).get(keep).emails[0].address == "ada@x.org"
    with pytest.raises(NotFound):
        People(b).get(drop)
    _same(a, b)


def test_a_change_about_a_record_not_here_yet_waits_for_it(abc, clocks):
    a, b, c = abc
    ident = People(a).add(Person(given="Ada")).id
    send(a, b)
    People(b).update_fields(ident, {"family": "King"})
    send(b, c)
    assert replication.canonical(c)["person"] == {}
    send(a, c)
    assert People(c).get(ident).family == "King"


def test_a_mass_delete_stops_with_nothing_applied(ab, clocks):
    a, b = ab
    ids = People(a).add_many([Person(given=f"P{n}") for n in range(20)])
    send(a, b)
    for ident in ids[:5]:
        People(a).delete(ident)
    People(a).add(Person(given="New"))
    before = changelog.count(b)
    with pytest.raises(MassDelete) as caught:
        send(a, b)
    assert (caught.value.would_delete, caught.value.total) == (5, 20)
    assert changelog.count(b) == before and People(b).count() == 20
    applied = send(a, b, allow_mass_delete=True)
    assert applied.deleted == 5 and People(b).count() == 16


def test_small_vaults_are_exempt_from_the_mass_delete_fail_safe(ab, clocks):
    a, b = ab
    ids = People(a).add_many([Person(given=f"P{n}") for n in range(5)])
    send(a, b)
    for ident in ids:
        People(a).delete(ident)
    assert send(a, b).deleted == 5


def test_received_changes_are_not_sent_back(ab):
    a, b = ab
    People(a).add(Person(given="Ada"))
    send(a, b)
    assert replication.local_changes(b, after_hlc=None) == []
    assert {c.op for c in replication.local_changes(a, after_hlc=None)} == {Op.CREATE}


def test_saved_searches_made_with_one_name_on_two_laptops_are_both_kept(ab, clocks):
    from commons_desktop.vault.saved_searches import SavedSearches
    a, b = ab
    first = SavedSearches(a).add("Bureau", "bureau")
    clocks["b"].tick(1)
    second = SavedSearches(b).add("bureau", "CA")
    exchange([a, b])
    exchange([a, b])
    for v in (a, b):
        assert SavedSearches(v).get(first.id).name == "Bureau"
        assert SavedSearches(v).get(second.id).name == f"bureau ({second.id[-8:]})"
    _same(a, b)


def test_a_local_removal_covers_an_older_add_arriving_later(abc, clocks):
    a, b, c = abc
    ident = People(a).add(Person(given="Ada")).id
    exchange([a, b, c])
    People(b).update_fields(ident, {"emails": [{"address": "d@x.org", "kind": "work"}]})
    clocks["c"].tick(1)
    People(c).update_fields(ident, {"emails": [{"address": "d@x.org", "kind": "home"}]})  # later: it shows
    send(c, a)
    clocks["a"].tick(2)
    People(a).update_fields(ident, {"emails": []})  # a removes what it saw: c's value, later than b's
    send(b, a)  # b's older add arrives after the removal that had seen a later value of the element
    assert People(a).get(ident).emails == []
    exchange([a, b, c])
    _same(a, b, c)


def test_a_record_moved_away_from_an_erased_person_is_erased_everywhere(ab, clocks):
    a, b = ab
    x = People(a).add(Person(given="Xavier")).id
    y = People(a).add(Person(given="Yvonne")).id
    paid = Contributions(a).add(Contribution(x, Decimal("10.00"), date=date(2026, 1, 10)))
    send(a, b)
    erase_person(b, x)  # takes the contribution with the person
    Contributions(a).update_fields(paid.id, {"person_id": y})  # meanwhile moved to another person
    exchange([a, b])
    exchange([a, b])
    for v in (a, b):
        assert Contributions(v).list(person_id=y) == []
    _same(a, b)


def test_a_record_made_elsewhere_for_an_erased_person_is_erased_there_too(ab, clocks):
    a, b = ab
    x = _shared(a, b, clocks, Person(given="Xavier"))
    erase_person(b, x)
    Memberships(a).add(Membership(x, start=date(2026, 1, 1)))  # a does not know yet
    exchange([a, b])
    exchange([a, b])
    for v in (a, b):
        assert Memberships(v).of_person(x) == []
    _same(a, b)


def test_one_member_number_given_to_two_people_on_two_laptops(abc, clocks):
    a, b, c = abc
    first = People(a).add(Person(given="Ada", member_number="42")).id
    clocks["b"].tick(1)
    second = People(b).add(Person(given="Grace", member_number="42")).id  # given it later
    send(a, c)
    send(b, c)
    exchange([a, b, c])
    exchange([a, b, c])
    for v in (a, b, c):
        assert People(v).get(first).member_number == "42"
        assert People(v).get(second).member_number == ""
    assert "member-number-taken" in {q.code for v in (a, b, c) for q in conflicts.listed(v)}
    _same(a, b, c)


def test_one_member_number_set_on_two_people_by_edits(ab, clocks):
    a, b = ab
    ada = People(a).add(Person(given="Ada")).id
    grace = People(a).add(Person(given="Grace")).id
    send(a, b)
    clocks["a"].tick(1)
    clocks["b"].tick(2)
    People(b).update_fields(grace, {"member_number": "7"})  # later
    People(a).update_fields(ada, {"member_number": "7"})
    exchange([a, b])
    exchange([a, b])
    for v in (a, b):
        assert (People(v).get(ada).member_number, People(v).get(grace).member_number) == ("7", "")
    _same(a, b)


def test_a_batch_the_vault_refuses_is_applied_not_at_all(ab):
    from commons_desktop.core.errors import BadChange
    from tests.vault.replicas import on_the_wire
    a, b = ab
    ada = People(a).add(Person(given="Ada")).id
    Memberships(a).add(Membership(ada, start=date(2026, 1, 1)))
    changes = on_the_wire(replication.local_changes(a, after_hlc=None))
    (join,) = [c for c in changes if c.entity == "membership"]
    join.fields["status"] = "emperor"  # well formed on the wire, refused by the vault's own check
    before = changelog.count(b)
    with pytest.raises(BadChange) as caught:
        replication.apply_remote(b, changes)
    assert caught.value.code == "refused-by-vault"
    assert changelog.count(b) == before and People(b).count() == 0
