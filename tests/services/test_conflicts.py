"""Resolving what merging queued (services/conflicts.py): keep mine, keep theirs, both (list elements); the
resolution is a change that replicates and closes the other laptop's copy of the conflict."""

from __future__ import annotations

import pytest

from commons_desktop.core.errors import UsageError
from commons_desktop.core.model import Email, Person
from commons_desktop.services import conflicts as service
from commons_desktop.services.conflicts import AlreadyResolved, BothNotPossible
from commons_desktop.vault import conflicts, replication
from commons_desktop.vault.people import People
from tests.vault.replicas import Clock, exchange, open_replicas, send


@pytest.fixture
def ab(vault_template, tmp_path):
    clocks = {"a": Clock(), "b": Clock()}
    vaults = open_replicas(vault_template, tmp_path, ["a", "b"], clocks)
    a, b = vaults["a"], vaults["b"]
    ident = People(a).add(Person(given="Ada", family="Byron", emails=[Email("ada@x.org", "home")])).id
    send(a, b)
    for c in clocks.values():
        c.tick(1)
    yield a, b, ident, clocks
    a.close()
    b.close()


def _field_conflict(a, b, ident, clocks):
    People(a).update_fields(ident, {"family": "King"})
    clocks["b"].tick(1)
    People(b).update_fields(ident, {"family": "Lovelace"})
    exchange([a, b])


def test_keep_local_writes_a_change_that_replicates_and_closes_the_other(ab):
    a, b, ident, clocks = ab
    _field_conflict(a, b, ident, clocks)
    (q,) = service.listed(a)
    assert (q.local, q.remote) == ("King", "Lovelace") and People(a).get(ident).family == "Lovelace"
    done = service.resolve(a, q.id, "local")
    assert (done.resolution, People(a).get(ident).family) == ("local", "King")
    exchange([a, b])
    assert People(b).get(ident).family == "King"
    assert service.listed(b) == [] and service.listed(a) == []
    assert [x.resolution for x in conflicts.listed(b, include_resolved=True)] == ["elsewhere"]
    assert replication.canonical(a) == replication.canonical(b)


def test_keep_remote_and_twice_refused(ab):
    a, b, ident, clocks = ab
    _field_conflict(a, b, ident, clocks)
    (q,) = service.listed(b)
    assert (q.local, q.remote) == ("Lovelace", "King")
    service.resolve(b, q.id, "remote")
    assert People(b).get(ident).family == "King"
    with pytest.raises(AlreadyResolved):
        service.resolve(b, q.id, "local")


def test_both_is_for_list_elements_only(ab):
    a, b, ident, clocks = ab
    _field_conflict(a, b, ident, clocks)
    (q,) = service.listed(a)
    with pytest.raises(BothNotPossible):
        service.resolve(a, q.id, "both")
    with pytest.raises(UsageError):
        service.resolve(a, q.id, "mine")


def test_both_keeps_the_two_values_of_an_element(ab):
    a, b, ident, clocks = ab
    People(a).update_fields(ident, {"emails": [{"address": "ada@x.org", "kind": "work"}]})
    clocks["b"].tick(1)
    People(b).update_fields(ident, {"emails": [{"address": "ada@x.org", "kind": "other"}]})
    exchange([a, b])
    (q,) = service.listed(a)
    assert q.element == "ada@x.org"
    service.resolve(a, q.id, "both")
    assert sorted(e.kind for e in People(a).get(ident).emails) == ["other", "work"]
    exchange([a, b])
    assert replication.canonical(a) == replication.canonical(b)


def test_a_notice_is_acknowledged(ab):
    a, b, ident, clocks = ab
    People(a).delete(ident)
    People(b).update_fields(ident, {"notes": "called"})
    exchange([a, b])
    (q,) = service.listed(a)
    assert q.kind == "notice" and q.code == "restored"
    assert service.resolve(a, q.id, "remote").resolution == "seen"
    assert service.listed(a) == []
