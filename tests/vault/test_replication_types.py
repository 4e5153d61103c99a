"""The vault's list of membership types under merging (vault/replication.py, docs/replication.md): a type is a record
whose id is a code people choose, so two laptops can make the same one; each rule on real vaults exchanging their
changes through the wire (JSON text)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from commons_desktop.core.errors import BadChange
from commons_desktop.core.model import Membership, MembershipType, Person
from commons_desktop.vault import changelog, conflicts, replication, snapshot_copy
from commons_desktop.vault.memberships import Memberships, MembershipTypes
from commons_desktop.vault.people import People
from tests.vault.replicas import Clock, exchange, on_the_wire, open_replicas, send


@pytest.fixture
def clocks():
    return {"a": Clock(1_780_000_000.0), "b": Clock(1_780_000_000.0), "c": Clock(1_780_000_000.0)}


@pytest.fixture
def abc(vault_template, tmp_path, clocks):
    vaults = open_replicas(vault_template, tmp_path, ["a", "b", "c"], clocks)
    yield vaults["a"], vaults["b"], vaults["c"]
    for v in vaults.values():
        v.close()


def _same(*vaults) -> dict:
    dumps = [replication.canonical(v) for v in vaults]
    for d in dumps[1:]:
        assert d == dumps[0]
    return dumps[0]


def _types(v) -> list[tuple]:
    return [(t.code, t.label, t.fee, t.currency, t.months) for t in MembershipTypes(v).all()]


def test_membership_types_travel_on_the_wire_with_their_fields(abc):
    a, b, _ = abc
    kinds = MembershipTypes(a)
    kinds.add(MembershipType("Membre de soutien", Decimal("50.00"), "EUR", 12))
    kinds.add(MembershipType("Honoraire", None, "EUR", 0, "honoraire"))  # no default fee
    kinds.ensure(["Membre actif"])  # a code as an older vault's free text made it (spaces, capitals)
    wired = [replication.wire(c) for c in replication.local_changes(a, after_hlc=None)]
    assert {w["entity"] for w in wired} == {"membership_type"}
    assert {w["id"] for w in wired} == {"membre-de-soutien", "honoraire", "Membre actif"}
    send(a, b)
    assert _types(b) == _types(a) == [("membre-de-soutien", "Membre de soutien", Decimal("50.00"), "EUR", 12),
                                      ("honoraire", "Honoraire", None, "EUR", 0),
                                      ("Membre actif", "Membre actif", None, "EUR", 12)]
    # an edit, a move and a removal follow
    kinds.update("honoraire", MembershipType("Membre d'honneur", None, "EUR", 0))
    kinds.move(["Membre actif"])
    kinds.remove("membre-de-soutien")
    send(a, b)
    assert _types(b) == _types(a) == [("Membre actif", "Membre actif", None, "EUR", 12),
                                      ("honoraire", "Membre d'honneur", None, "EUR", 0)]
    _same(a, b)


@pytest.mark.parametrize(("change", "code"), [
    ({"id": "bad\ncode"}, "bad-id"), ({"id": " member"}, "bad-id"), ({"id": "x" * 201}, "bad-id"),
    ({"fields": {"label": "Member", "fee": "-1.00", "currency": "EUR", "months": 12, "position": 0}}, "bad-value"),
    ({"fields": {"label": "Member", "fee": 20, "currency": "EUR", "months": 12, "position": 0}}, "bad-value"),
    ({"fields": {"label": "Member", "rate": "20.00"}}, "unknown-field"),
])
def test_a_malformed_membership_type_on_the_wire_is_refused(change, code):
    good = {"hlc": "1780000000000.00000", "device": "dev-a", "author": "a", "entity": "membership_type",
            "id": "member", "op": "create", "replaced": None, "elements": None,
            "fields": {"label": "Member", "fee": None, "currency": "EUR", "months": 12, "position": 0}}
    assert replication.unwire(good).fields["fee"] is None
    with pytest.raises(BadChange) as caught:
        replication.unwire({**good, **change})
    assert caught.value.code == code


def test_two_laptops_making_the_code_member_converge(abc, clocks):
    a, b, c = abc
    MembershipTypes(a).add(MembershipType("Member", Decimal("20.00"), "EUR", 12, "member"))
    clocks["b"].tick(5)
    MembershipTypes(b).add(MembershipType("Member", Decimal("20.00"), "EUR", 12, "member"))
    exchange([a, b, c])
    for v in (a, b, c):
        assert _types(v) == [("member", "Member", Decimal("20.00"), "EUR", 12)]
        assert conflicts.listed(v) == []
    # both creates are in every log (each laptop's own and the other's), each once
    for v in (a, b, c):
        creates = [ch for ch in changelog.history(v) if ch.entity == "membership_type" and ch.op.value == "create"]
        assert len(creates) == 2
    exchange([a, b, c])  # nothing new
    _same(a, b, c)


def test_one_code_made_with_different_fields_on_two_laptops_is_a_conflict_of_those_fields(abc, clocks):
    a, b, c = abc
    MembershipTypes(a).add(MembershipType("Membre", Decimal("20.00"), "EUR", 12, "member"))
    clocks["b"].tick(5)  # b's is the later
    MembershipTypes(b).add(MembershipType("Membre", Decimal("25.00"), "EUR", 12, "member"))
    send(a, c)
    send(b, c)  # c receives both creates (in two batches)
    send(b, a)
    send(a, b)
    for v in (a, b, c):
        assert _types(v) == [("member", "Membre", Decimal("25.00"), "EUR", 12)]  # the later fee, the same label
        (queued,) = conflicts.listed(v)
        assert (queued.entity, queued.entity_id, queued.field) == ("membership_type", "member", "fee")
        assert {queued.local, queued.remote} == {"20.00", "25.00"}
    _same(a, b, c)


def test_a_laptop_receiving_both_creates_of_one_code_in_one_batch_merges_them(abc, clocks):
    a, b, c = abc
    MembershipTypes(a).add(MembershipType("Membre", Decimal("20.00"), "EUR", 12, "member"))
    clocks["b"].tick(5)
    MembershipTypes(b).add(MembershipType("Membre actif", Decimal("20.00"), "EUR", 6, "member"))
    both = on_the_wire(replication.local_changes(a, after_hlc=None) + replication.local_changes(b, after_hlc=None))
    replication.apply_remote(c, both)
    exchange([a, b])
    assert _types(a) == _types(b) == _types(c) == [("member", "Membre actif", Decimal("20.00"), "EUR", 6)]
    assert sorted(q.field for q in conflicts.listed(c)) == ["label", "months"]
    assert replication.apply_remote(c, both).applied == 0  # (nothing kept for later: both are in c's log)
    _same(a, b, c)


def test_a_membership_received_without_its_type_adds_the_type_through_the_one_writer(abc):
    a, b, _ = abc
    ada = People(a).add(Person(given="Ada"))
    Memberships(a).add(Membership(ada.id, "soutien", start=date(2026, 1, 1), end=date(2026, 12, 31)))
    assert _types(a) == [("soutien", "soutien", None, "EUR", 12)]
    # b gets the person and the membership, not a's create of the type
    changes = [ch for ch in replication.local_changes(a, after_hlc=None) if ch.entity != "membership_type"]
    replication.apply_remote(b, on_the_wire(changes))
    assert _types(b) == [("soutien", "soutien", None, "EUR", 12)]
    made = [ch for ch in changelog.history(b) if ch.entity == "membership_type"]
    assert [(ch.op.value, ch.entity_id, ch.device) for ch in made] == [("create", "soutien", b.device)]
    # then everything, both ways: one type, no conflict (the same values)
    send(a, b)
    send(b, a)
    assert _types(a) == _types(b) == [("soutien", "soutien", None, "EUR", 12)]
    assert conflicts.listed(a) == conflicts.listed(b) == []
    _same(a, b)


def test_a_snapshot_carries_the_membership_types(abc, vault_template, tmp_path):
    a, b, _ = abc
    MembershipTypes(a).add(MembershipType("Membre", Decimal("20.00"), "EUR", 12, "member"))
    MembershipTypes(a).add(MembershipType("Soutien", None, "EUR", 24, "soutien"))
    MembershipTypes(a).remove("soutien")
    # a code as the demo and the wizard make them, with spaces (what a membership's type holds): a snapshot carries it
    MembershipTypes(a).add(MembershipType("Membre de soutien", Decimal("50.00"), "EUR", 12, "membre de soutien"))
    MembershipTypes(a).remove("membre de soutien")
    ada = People(a).add(Person(given="Ada"))
    Memberships(a).add(Membership(ada.id, "member", start=date(2026, 1, 1)))
    made = snapshot_copy.write(a, tmp_path / "snap.db")
    (new,) = open_replicas(vault_template, tmp_path, ["new"]).values()
    try:
        snapshot_copy.load(new, tmp_path / "snap.db", made.key)
        assert {r[0] for r in new.conn.execute("SELECT id FROM membership_type")} == {
            "member", "soutien", "membre de soutien"}
        assert _types(new) == [("member", "Membre", Decimal("20.00"), "EUR", 12)]
        assert replication.canonical(new)["membership_type"] == replication.canonical(a)["membership_type"]
        _same(new, a)
        MembershipTypes(new).update("member", MembershipType("Membre", Decimal("22.00"), "EUR", 12))
        send(new, a)
        send(new, b)
        send(a, b)
        assert _types(a) == _types(b) == [("member", "Membre", Decimal("22.00"), "EUR", 12)]
    finally:
        new.close()


def test_a_conflict_of_a_types_fee_is_resolved_like_any_other_and_the_resolution_replicates(abc, clocks):
    from commons_desktop.services import conflicts as resolving

    a, b, _ = abc
    MembershipTypes(a).add(MembershipType("Membre", Decimal("20.00"), "EUR", 12, "member"))
    clocks["b"].tick(5)
    MembershipTypes(b).add(MembershipType("Membre", Decimal("25.00"), "EUR", 12, "member"))
    send(a, b)
    send(b, a)
    (queued,) = conflicts.listed(a)
    assert (queued.local, queued.remote) == ("20.00", "25.00")  # a held 20.00; b's later 25.00 shows
    clocks["a"].tick(10)
    resolving.resolve(a, queued.id, "local")
    send(a, b)
    assert _types(a) == _types(b) == [("member", "Membre", Decimal("20.00"), "EUR", 12)]
    assert conflicts.listed(a) == conflicts.listed(b) == []  # b's copy closed: the resolution had seen both values
    _same(a, b)
