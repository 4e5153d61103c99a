"""commons conflicts list [--json] / resolve ID --keep local|remote|both."""

from __future__ import annotations

import json

import pytest

from commons_desktop.core.model import Person
from commons_desktop.vault import replication
from commons_desktop.vault import team as team_store
from commons_desktop.vault.people import People
from tests.vault.replicas import Clock, exchange, open_replicas, send


@pytest.fixture
def conflicted(vault_template, tmp_path):
    clocks = {"a": Clock(), "b": Clock()}
    vaults = open_replicas(vault_template, tmp_path, ["a", "b"], clocks)
    a, b = vaults["a"], vaults["b"]
    ident = People(a).add(Person(given="Ada", family="Byron")).id
    send(a, b)
    clocks["a"].tick(1)
    People(a).update_fields(ident, {"family": "King"})
    clocks["b"].tick(2)
    People(b).update_fields(ident, {"family": "Lovelace"})
    exchange([a, b])
    team_store.set_name(a, replication.device_id(a), "Laptop A")   # (the names a team's indexes carry)
    team_store.set_name(a, replication.device_id(b), "Laptop B")
    path = a.path
    a.close()
    b.close()
    return path, ident


def test_list_shows_both_values_and_json(cli, conflicted):
    path, ident = conflicted
    r = cli("--vault", path, "conflicts", "list")
    assert r.code == 0
    assert (f"#1 conflict: person {ident} family: here \"King\" (a on Laptop A, 2026-05-28 20:26 UTC) | other "
            f"laptop \"Lovelace\" (b on Laptop B, 2026-05-28 20:26 UTC)") in r.out
    for argv in (("--json", "conflicts", "list"), ("conflicts", "list", "--json")):
        (item,) = json.loads(cli("--vault", path, *argv).out)
        assert (item["field"], item["local"], item["remote"], item["kind"]) == ("family", "King", "Lovelace",
                                                                              "conflict")
        assert item["remote_by"] == {"device": item["remote_device"], "device_name": "Laptop B", "author": "b",
                                     "at": "2026-05-28T20:26:42+00:00", "this_device": False, "server": False}
        assert (item["local_by"]["device_name"], item["local_by"]["author"], item["local_by"]["this_device"],
                item["local_by"]["at"]) == ("Laptop A", "a", True, "2026-05-28T20:26:41+00:00")


def test_resolve_keeps_the_chosen_value(cli, conflicted):
    path, ident = conflicted
    r = cli("--vault", path, "conflicts", "resolve", "1", "--keep", "local")
    assert r.code == 0 and "resolved: kept local" in r.out
    assert json.loads(cli("--vault", path, "--json", "person", "show", ident).out)["family"] == "King"
    assert cli("--vault", path, "conflicts", "list").out.strip() == "no conflicts"
    again = cli("--vault", path, "conflicts", "resolve", "1", "--keep", "remote")
    assert again.code == 1 and "already resolved" in again.one_error_line()


def test_resolve_errors_are_one_line_with_their_code(cli, conflicted):
    path, _ = conflicted
    assert cli("--vault", path, "conflicts", "resolve", "99", "--keep", "local").code == 1
    both = cli("--vault", path, "conflicts", "resolve", "1", "--keep", "both")
    assert both.code == 2 and "keep local or remote" in both.one_error_line()
    assert cli("--vault", path, "conflicts", "resolve", "1", "--keep", "mine").code == 2
