"""Issue 12: a copy of a team vault's file opened on another laptop becomes a device of its own before it writes
(vault/replication.py bind_device, docs/team.md "A copy of a vault file"): the original and the copy both edit,
sync through a real folder with a third laptop, and every laptop ends with every edit of all three, nothing refused.
Without the rule the copy writes as the original device: the same (device, hlc) space and one index for two files."""

from __future__ import annotations

import shutil

from commons_desktop.core.model import Person
from commons_desktop.services import team
from commons_desktop.vault import replication
from commons_desktop.vault import team as store
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People
from tests.sync.team_helpers import canonical, make_team, sync_vault
from tests.vault.replicas import Clock


def _sync(v: Vault) -> None:
    outcomes = sync_vault(v)
    assert {n: o.error for n, o in outcomes.items() if o.error} == {}


def _open(path, key, install, clock) -> Vault:
    return Vault.open(path, key=key, device="same-computer", install=install, clock=clock)


def _edit_all_and_converge(a, copy, b, clock) -> None:
    """The original, its copy and a third laptop each add people offline, then sync three rounds: the three
    canonical dumps are equal."""
    clock.tick(1)
    People(a).add_many([Person(given="Original", family=f"Orig{i}") for i in range(4)])
    People(copy).add_many([Person(given="Copy", family=f"Copied{i}") for i in range(6)])
    People(b).add_many([Person(given="Third", family=f"Third{i}") for i in range(2)])
    for _ in range(3):
        for v in (copy, a, b):
            _sync(v)
            clock.tick(1)
    dumps = [canonical(v) for v in (a, copy, b)]
    assert dumps[0] == dumps[1] == dumps[2]


def test_a_copied_team_vault_becomes_a_device_of_its_own_and_nothing_is_lost(vault_template, tmp_path):
    key = vault_template[1]
    share = tmp_path / "share"
    clock = Clock()
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [share], {"a": clock, "b": clock})
    a, b = vaults["a"], vaults["b"]
    path_a = a.path
    a.close()
    a = _open(path_a, key, "laptop-1", clock)   # bound to laptop 1 (a vault made before the rule: bound when opened)
    try:
        original = replication.device_id(a)
        People(a).add_many([Person(given="Synced", family=f"Before{i}") for i in range(5)])
        _sync(a)
        clock.tick(1)
        People(a).add_many([Person(given="Unsynced", family=f"Tail{i}") for i in range(3)])  # in both files
        a.close()
        copy_path = tmp_path / "copy.commons"
        shutil.copyfile(path_a, copy_path)   # the file carried to laptop 2
        copy = _open(copy_path, key, "laptop-2", clock)
        a = _open(path_a, key, "laptop-1", clock)
        try:
            assert replication.device_id(a) == original   # the same installation: the same device
            assert replication.device_id(copy) not in ("", original)
            assert copy.device == replication.device_id(copy)
            assert store.get(copy).device_identity != store.get(a).device_identity
            assert all(store.published(copy, s.target_id) == [] for s in team.transports(copy))
            again = _open(copy_path, key, "laptop-2", clock)   # opened again there: it stays that device
            assert replication.device_id(again) == replication.device_id(copy)
            again.close()

            _edit_all_and_converge(a, copy, b, clock)
            for v in (a, copy, b):
                families = sorted(People(v).get(i).family for i in People(v).ids())
                assert len(families) == 5 + 3 + 4 + 6 + 2 == len(set(families))
            devices = {d.id for d in store.devices(b) if d.removed is None}
            assert {original, replication.device_id(copy)} <= devices
        finally:
            copy.close()
    finally:
        a.close()
        b.close()


def test_a_copied_vault_not_in_a_team_keeps_its_id_and_is_bound_to_its_new_installation(vault_path, vault_key):
    v = Vault.open(vault_path, key=vault_key, install="laptop-1")
    ident = replication.device_id(v)
    v.close()
    v = Vault.open(vault_path, key=vault_key, install="laptop-2")
    try:
        assert replication.device_id(v) == ident   # nothing published anywhere: nothing to collide with
        assert v.get_meta("device_install") == "laptop-2"
    finally:
        v.close()


def test_a_team_vault_restored_from_a_backup_becomes_a_device_of_its_own(vault_template, tmp_path):
    """The device may have published more since the backup than the restored file knows of: writing on as that
    device would reuse its segment numbers (the others, having applied them, would skip what it writes next), and it
    would never take back its own later changes. Restored, it is a new device: nothing is lost either way."""
    from commons_desktop.vault.backup import backup_to, restore

    key = vault_template[1]
    clock = Clock()
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [tmp_path / "share"], {"a": clock, "b": clock})
    a, b = vaults["a"], vaults["b"]
    path_a = a.path
    a.close()
    a = _open(path_a, key, "laptop-1", clock)
    try:
        before = replication.device_id(a)
        People(a).add_many([Person(given="Kept", family=f"Backed{i}") for i in range(3)])
        _sync(a)
        saved, _ = backup_to(a, tmp_path / "backups")
        clock.tick(1)
        People(a).add_many([Person(given="Later", family=f"AfterBackup{i}") for i in range(4)])
        _sync(a)
        vault_key = a.key
        a.close()
        restore(saved, path_a, vault_key)
        a = _open(path_a, key, "laptop-1", clock)
        assert replication.device_id(a) not in ("", before)
        clock.tick(1)
        People(a).add_many([Person(given="New", family=f"AfterRestore{i}") for i in range(2)])
        for _ in range(2):
            for v in (a, b):
                _sync(v)
                clock.tick(1)
        assert canonical(a) == canonical(b)
        families = sorted(People(b).get(i).family for i in People(b).ids())
        assert len(families) == 3 + 4 + 2 and any(f.startswith("AfterRestore") for f in families)
    finally:
        a.close()
        b.close()


def test_two_copies_on_the_same_installation_become_two_devices_and_nothing_is_lost(vault_template, tmp_path):
    """Issue 12: a copy made on the SAME computer (the same installation) is detected by the file it is: another
    file than the one the device id is bound to, while that one is still where it was. The copy becomes a device of
    its own before it writes; both files edit and sync through a real folder with a third laptop; every canonical
    dump ends equal with every edit."""
    key = vault_template[1]
    share = tmp_path / "share"
    clock = Clock()
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [share], {"a": clock, "b": clock})
    a, b = vaults["a"], vaults["b"]
    path_a = a.path
    a.close()
    a = _open(path_a, key, "laptop-1", clock)
    try:
        original = replication.device_id(a)
        People(a).add_many([Person(given="Synced", family=f"Before{i}") for i in range(5)])
        _sync(a)
        clock.tick(1)
        People(a).add_many([Person(given="Unsynced", family=f"Tail{i}") for i in range(3)])
        a.close()
        copy_path = tmp_path / "copy.commons"
        shutil.copyfile(path_a, copy_path)   # a second file on the same computer
        copy = _open(copy_path, key, "laptop-1", clock)
        a = _open(path_a, key, "laptop-1", clock)
        try:
            assert replication.device_id(a) == original
            assert replication.device_id(copy) not in ("", original)
            again = _open(copy_path, key, "laptop-1", clock)   # opened again: it stays that device
            assert replication.device_id(again) == replication.device_id(copy)
            again.close()
            _edit_all_and_converge(a, copy, b, clock)
            families = sorted(People(b).get(i).family for i in People(b).ids())
            assert len(families) == 5 + 3 + 4 + 6 + 2 == len(set(families))
        finally:
            copy.close()
    finally:
        a.close()
        b.close()


def test_a_moved_or_renamed_vault_stays_the_same_device(vault_template, tmp_path):
    """A file renamed (the same file) or moved to another place (the bound one is gone) is not a copy."""
    key = vault_template[1]
    clock = Clock()
    vaults = make_team(vault_template, tmp_path, ["a"], [tmp_path / "share"], {"a": clock})
    a = vaults["a"]
    path = a.path
    a.close()
    a = _open(path, key, "laptop-1", clock)
    ident = replication.device_id(a)
    a.close()
    renamed = tmp_path / "renamed.commons"
    path.rename(renamed)
    a = _open(renamed, key, "laptop-1", clock)
    assert replication.device_id(a) == ident
    a.close()
    moved = tmp_path / "elsewhere" / "moved.commons"
    moved.parent.mkdir()
    shutil.copyfile(renamed, moved)   # a move across file systems: a new file, the old one deleted
    renamed.unlink()
    a = _open(moved, key, "laptop-1", clock)
    try:
        assert replication.device_id(a) == ident
        People(a).add(Person(given="Still", family="Same"))
        assert not {n: o.error for n, o in sync_vault(a).items() if o.error}
    finally:
        a.close()
