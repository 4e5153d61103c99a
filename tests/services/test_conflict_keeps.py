"""services.conflicts.keeps: what a person may choose for each conflict (the Conflicts page enables its buttons by
it), and resolve refuses anything else: both values only for an element of a list, never for a single value nor for
a named value of the custom fields (one value per name)."""

from __future__ import annotations

import pytest

from commons_desktop.core.model import Person
from commons_desktop.services import conflicts as service
from commons_desktop.services.conflicts import BothNotPossible
from commons_desktop.vault.people import People
from tests.vault.replicas import Clock, exchange, open_replicas, send


@pytest.fixture
def ab(vault_template, tmp_path):
    clocks = {"a": Clock(), "b": Clock()}
    vaults = open_replicas(vault_template, tmp_path, ["a", "b"], clocks)
    yield vaults["a"], vaults["b"], clocks
    for v in vaults.values():
        v.close()


def test_what_each_conflict_allows(ab):
    a, b, clocks = ab
    ident = People(a).add(Person(given="Ada", custom={"floor": "2"}, languages=["fr"])).id
    send(a, b)
    clocks["a"].tick(1)
    People(a).update_fields(ident, {"given": "Augusta", "custom": {"floor": "3"},
                                    "emails": [{"address": "ada@x.org", "kind": "work"}]})
    clocks["b"].tick(2)
    People(b).update_fields(ident, {"given": "Ada A.", "custom": {"floor": "4"},
                                    "emails": [{"address": "ada@x.org", "kind": "home"}]})
    exchange([a, b])
    found = {q.field: q for q in service.listed(a)}
    assert set(found) == {"given", "custom", "emails"}
    assert service.keeps(found["given"]) == ("local", "remote")
    assert service.keeps(found["custom"]) == ("local", "remote")
    assert service.keeps(found["emails"]) == ("local", "remote", "both")
    for field in ("given", "custom"):
        with pytest.raises(BothNotPossible):
            service.resolve(a, found[field].id, "both")
    service.resolve(a, found["emails"].id, "both")
    assert sorted(e.kind for e in People(a).get(ident).emails) == ["home", "work"]
