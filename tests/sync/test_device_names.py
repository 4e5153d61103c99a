"""Issue 12: device names. Each device is called by its computer's host name until someone names it; the name
travels to the other devices in its index (sync/replicate.py), hostile text cleaned; conflicts say who set each value
(the device's name, the author, when)."""

from __future__ import annotations

import socket

from commons_desktop.core.errors import TeamError
from commons_desktop.core.model import Person
from commons_desktop.services import conflicts, devices, team
from commons_desktop.vault import replication
from commons_desktop.vault import team as store
from commons_desktop.vault.people import People
from tests.sync.team_helpers import make_team, sync_vault
from tests.vault.replicas import Clock


def _sync(*vaults):
    for v in vaults:
        assert not {n: o.error for n, o in sync_vault(v).items() if o.error}


def _names(v) -> dict[str, str]:
    return {d["device"]: d["name"] for d in team.status(v)["devices"]}


def test_names_default_to_the_host_and_travel_to_the_other_devices(vault_template, tmp_path):
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [tmp_path / "share"])
    a, b = vaults["a"], vaults["b"]
    try:
        host = socket.gethostname().split(".")[0]
        me_a, me_b = replication.device_id(a), replication.device_id(b)
        assert _names(a)[me_a] == host and _names(b)[me_b] == host
        assert devices.set_name(a, "  Secrétariat\n(bureau)\x07 ") == "Secrétariat (bureau)"
        _sync(a, b)
        assert _names(b)[me_a] == "Secrétariat (bureau)"
        devices.set_name(b, "Trésorerie")
        _sync(b, a)
        assert _names(a)[me_b] == "Trésorerie"
        try:
            devices.set_name(a, " \n\t")
        except TeamError as exc:
            assert exc.code == "bad-name"
        else:
            raise AssertionError("an empty name was kept")
        assert store.clean_name("x" * 500) == "x" * store.MAX_NAME
    finally:
        for v in vaults.values():
            v.close()


def test_a_conflict_says_who_set_each_value_and_when(vault_template, tmp_path):
    clock = Clock()
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [tmp_path / "share"], {"a": clock, "b": clock})
    a, b = vaults["a"], vaults["b"]
    try:
        devices.set_name(a, "Secrétariat")
        devices.set_name(b, "Trésorerie")
        ident = People(a).add(Person(given="Ada", family="Byron")).id
        _sync(a, b)
        clock.tick(1)
        People(a).update_fields(ident, {"family": "King"})
        clock.tick(1)
        People(b).update_fields(ident, {"family": "Lovelace"})
        _sync(a, b, a)
        (q,) = conflicts.listed(a)
        mine, theirs = conflicts.who(a, q)
        assert (mine.name, mine.author, mine.here, mine.at) == ("Secrétariat", "a", True, q.local_hlc)
        assert (theirs.name, theirs.author, theirs.here, theirs.at) == ("Trésorerie", "b", False, q.remote_hlc)
        assert theirs.device == replication.device_id(b)
    finally:
        for v in vaults.values():
            v.close()
