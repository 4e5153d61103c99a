"""Schema fixtures from every earlier version, backups and restore, passphrase change."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from commons_desktop.core.errors import VaultError, WrongPassphrase
from commons_desktop.core.model import Person
from commons_desktop.vault.backup import backup_dir_beside, backup_to, list_backups, restore, verify_backup
from commons_desktop.vault.connection import Vault, VaultKey
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.integrity import change_passphrase, check
from commons_desktop.vault.migrations import LATEST
from commons_desktop.vault.people import People
from commons_desktop.vault.search import search

FIXTURES = Path(__file__).parent.parent / "fixtures" / "vaults"


def _fixture_versions() -> list[int]:
    return sorted(int(p.stem.split("-v")[1]) for p in FIXTURES.glob("schema-v*.commons"))


def test_there_is_a_fixture_for_every_earlier_version():
    assert _fixture_versions() == list(range(1, LATEST + 1)) or _fixture_versions() == list(range(1, LATEST))


@pytest.mark.parametrize("version", _fixture_versions())
def test_opens_a_vault_from_every_schema_version(tmp_path, version):
    path = tmp_path / f"old-v{version}.commons"
    shutil.copyfile(FIXTURES / f"schema-v{version}.commons", path)
    with Vault.open(path, passphrase=f"fixture passphrase v{version}") as v:
        assert v.schema_version == LATEST
        assert check(v) == []
        people = People(v)
        assert people.count() == 1
        (hit,) = search(v, "emilie dupre")
        emilie = people.get(hit.id)
        assert emilie.tags == ["bureau"] and emilie.addresses[0].city == "Liège"
        if version >= 2:
            assert Documents(v).list()[0].title == "Statuts"
        people.add(Person(given="New", family="Record"))
        docs = Documents(v)  # the tables of later versions work on a migrated vault
        before = docs.count()
        docs.add("After migration", b"new", "new.txt", "text/plain")
        assert docs.count() == before + 1
    folder = backup_dir_beside(path)
    backups = list(folder.glob("*.commons-backup")) if folder.exists() else []
    if version < LATEST:
        assert len(backups) == 1
        key = VaultKey.from_passphrase(f"fixture passphrase v{version}", path.read_bytes()[:16])
        assert verify_backup(backups[0], key) == version
        with Vault.open(backups[0], key=key, migrate_schema=False) as old:
            assert old.schema_version == version
    else:
        assert backups == []


def test_backup_rotation_and_restore(vault, tmp_path):
    people = People(vault)
    people.add(Person(given="First"))
    d = tmp_path / "backups"
    made = []
    for _ in range(4):
        target, removed = backup_to(vault, d, keep=2)
        made.append(target)
    kept = list_backups(d, vault)
    assert kept == made[-2:]
    assert all(b"First" not in p.read_bytes() for p in kept)
    people.add(Person(given="Second"))
    assert people.count() == 2
    path, key = vault.path, vault.key
    vault.close()
    kept_current = restore(kept[-1], path, key)
    assert kept_current is not None and kept_current.exists()
    with Vault.open(path, key=key) as v:
        assert People(v).count() == 1
        assert check(v) == []


def test_restore_refuses_a_damaged_or_foreign_backup(vault, tmp_path):
    target, _ = backup_to(vault, tmp_path / "b")
    key, path = vault.key, vault.path
    vault.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(WrongPassphrase):
        restore(target, path, VaultKey(bytes(32), key.salt))
    data = bytearray(target.read_bytes())
    data[4096 * 2 + 100] ^= 0xFF
    broken = tmp_path / "broken.commons-backup"
    broken.write_bytes(bytes(data))
    with pytest.raises((VaultError, WrongPassphrase)):
        restore(broken, path, key)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_change_passphrase(vault_path, vault_key):
    v = Vault.open(vault_path, key=vault_key)
    People(v).add(Person(given="Kept"))
    backup = change_passphrase(v, "new passphrase")
    v.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, passphrase="correct horse battery staple")
    with Vault.open(vault_path, passphrase="new passphrase") as v2:
        assert People(v2).count() == 1
    with Vault.open(backup, passphrase="correct horse battery staple", migrate_schema=False) as old:
        assert People(old).count() == 1


def test_vault_and_backups_are_owner_only(tmp_path, vault):
    import stat
    fresh = Vault.create(tmp_path / "perm.commons", "pw")
    People(fresh).add(Person(given="Perm"))
    for side in ("", "-wal"):
        path = fresh.path.with_name(fresh.path.name + side)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    target, _ = backup_to(fresh, tmp_path / "b")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "b").stat().st_mode) == 0o700
    fresh.close()
