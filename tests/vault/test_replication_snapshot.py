"""Snapshots (vault/replication.py): a new laptop starts from one and then merges like the others; a snapshot is read
as hostile (anything malformed refused, nothing written)."""

from __future__ import annotations

import copy
import json

import pytest

from commons_desktop.core.errors import BadChange
from commons_desktop.core.model import Email, Person
from commons_desktop.vault import changelog, replication
from commons_desktop.vault.people import People
from tests.vault.replicas import on_the_wire, open_replicas
from tests.vault.workload import Workload


def _items(vault) -> list[dict]:
    return json.loads(json.dumps(list(replication.snapshot(vault))))  # through JSON text, as a file holds it


def test_a_new_laptop_starts_from_a_snapshot_and_then_merges(vault_template, tmp_path):
    (tmp_path / "w").mkdir()
    w = Workload(7, vault_template, tmp_path / "w", count=2, steps=80)
    try:
        w.run()
        a, b = w.vaults.values()
        (new,) = open_replicas(vault_template, tmp_path, ["new"]).values()
        covered = replication.load_snapshot(new, _items(a))
        assert covered == {d: h for d, h in a.conn.execute("SELECT device, max(hlc) FROM change_log GROUP BY device")}
        assert replication.canonical(new) == replication.canonical(a)
        # everyone edits on; the new laptop gets what came after the snapshot, the others get its changes
        people = People(new).ids()
        People(new).update_fields(people[0], {"notes": "from the new laptop"})
        People(a).add(Person(given="After", emails=[Email("after@x.org")]))
        for src in (a, b):
            after = covered.get(replication.device_id(src))
            replication.apply_remote(new, on_the_wire(replication.local_changes(src, after_hlc=after)),
                                     allow_mass_delete=True)
            replication.apply_remote(src, on_the_wire(replication.local_changes(new, after_hlc=None)))
        replication.apply_remote(b, on_the_wire(replication.local_changes(a, after_hlc=None)))
        replication.apply_remote(a, on_the_wire(replication.local_changes(b, after_hlc=None)))
        assert replication.canonical(new) == replication.canonical(a) == replication.canonical(b)
        new.close()
    finally:
        w.close()


@pytest.fixture
def source(vault):
    people = People(vault)
    p = people.add(Person(given="Ada", emails=[Email("ada@x.org")]))
    people.update_fields(p.id, {"family": "King"})
    from commons_desktop.vault.documents import Documents
    Documents(vault).add("Statuts", b"v1", "s.txt", "text/plain", links=[("person", p.id)])
    return vault


def _spoil(items: list[dict], how) -> list[dict]:
    items = copy.deepcopy(items)
    how(items)
    return items


def _record(items):
    return next(i for i in items if i["kind"] == "record" and i["entity"] == "person")


SPOILS = [
    lambda items: items.pop(0),
    lambda items: items[0].update(version=99),
    lambda items: items[0].update(count=items[0]["count"] + 1),  # a record missing: truncated
    lambda items: items[0]["covered"].update({"../x": "1780000000000.00000"}),
    lambda items: _record(items).update(entity="meta"),
    lambda items: _record(items).update(id="x' OR 1=1"),
    lambda items: _record(items)["fields"].update(given=3),
    lambda items: _record(items)["fields"].pop("given"),
    lambda items: _record(items).update(created="yesterday"),
    lambda items: _record(items).update(clocks={"password": "1780000000000.00000"}),
    lambda items: _record(items).update(tags=[""]),
    lambda items: _record(items).update(extra=1),
    lambda items: next(i for i in items if i["kind"] == "version")["fields"].pop("content"),
    lambda items: next(i for i in items if i["kind"] == "version")["fields"].update(sha256="0" * 64),
    lambda items: next(i for i in items if i["kind"] == "change")["change"].update(op="drop"),
    lambda items: items.append({"kind": "surprise"}),
    lambda items: items.append(["not", "an", "object"]),
]


@pytest.mark.parametrize("n", range(len(SPOILS)))
def test_a_malformed_snapshot_is_refused_and_nothing_is_written(source, vault_template, tmp_path, n):
    items = _items(source)
    (new,) = open_replicas(vault_template, tmp_path, ["new"]).values()
    try:
        with pytest.raises(BadChange):
            replication.load_snapshot(new, _spoil(items, SPOILS[n]))
        assert changelog.count(new) == 0 and People(new).count() == 0
        replication.load_snapshot(new, items)  # the good one still loads
        assert replication.canonical(new) == replication.canonical(source)
    finally:
        new.close()


def test_a_snapshot_goes_only_into_an_empty_vault(source):
    with pytest.raises(BadChange) as caught:
        replication.load_snapshot(source, _items(source))
    assert caught.value.code == "not-empty"


def test_a_member_number_of_a_deleted_person_held_again_by_another_loads(vault, vault_template, tmp_path):
    """A member number is unique among LIVE people: a deleted person's number given again to someone else is in the
    snapshot twice, and the new laptop takes it (each record written with its tombstone, not live then deleted)."""
    people = People(vault)
    gone = people.add(Person(given="Ada", member_number="42"))
    people.delete(gone.id)
    people.add(Person(given="Grace", member_number="42"))
    (new,) = open_replicas(vault_template, tmp_path, ["new"]).values()
    replication.load_snapshot(new, _items(vault))
    assert replication.canonical(new) == replication.canonical(vault)
    new.close()


def test_two_live_people_with_one_member_number_is_a_bad_snapshot(vault, vault_template, tmp_path):
    people = People(vault)
    people.add(Person(given="Ada", member_number="1"))
    people.add(Person(given="Grace", member_number="2"))
    items = _items(vault)
    spoilt = _spoil(items, lambda items: [i for i in items if i["kind"] == "record"][1]["fields"].update(
        member_number="1"))
    (new,) = open_replicas(vault_template, tmp_path, ["new"]).values()
    try:
        with pytest.raises(BadChange):
            replication.load_snapshot(new, spoilt)
        assert changelog.count(new) == 0 and People(new).count() == 0
    finally:
        new.close()
