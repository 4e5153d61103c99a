"""A vault file replaced under an open program by a copy of a backup of the same vault (a file manager, a sync
tool): the WAL beside the path still holds the replaced file's commits, whose frames verify under the same key.
Once the program lets go of the file, that WAL is set aside in ``<vault>.backups/`` (kept, never deleted) so that
the file now at the path opens as it is. Before, SQLite replayed the old frames onto the new file and every open
said "the vault is damaged"."""

from __future__ import annotations

import os
import shutil

import pytest

from commons_desktop.core.errors import VaultReplaced
from commons_desktop.core.model import Person
from commons_desktop.vault.backup import backup_dir_beside, backup_to
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.integrity import check
from commons_desktop.vault.people import People


def test_the_replaced_files_wal_is_set_aside_and_the_new_file_opens(vault_path, vault_key, tmp_path):
    vault = Vault.open(vault_path, key=vault_key)
    People(vault).add_many([Person(given=f"Before{n}", family="Backup") for n in range(20)])
    made, _ = backup_to(vault, tmp_path / "backups")
    People(vault).add_many([Person(given=f"After{n}", family="Backup") for n in range(200)])  # frames in the WAL
    wal = vault_path.with_name(vault_path.name + "-wal")
    assert wal.stat().st_size > 0
    incoming = tmp_path / "incoming.commons"
    shutil.copyfile(made, incoming)
    os.replace(incoming, vault_path)
    with pytest.raises(VaultReplaced):
        People(vault).add(Person(given="Lost", family="Backup"))
    vault.close()

    with Vault.open(vault_path, key=vault_key) as again:  # the backup's content, whole
        assert People(again).count() == 20
        assert check(again) == []
    kept = sorted(backup_dir_beside(vault_path).glob("*.commons-wal"))
    assert [p.name.startswith("club-replaced-") for p in kept] == [True]
    assert kept[0].stat().st_size > 0


def test_nothing_is_set_aside_when_the_file_is_still_ours(vault_path, vault_key):
    vault = Vault.open(vault_path, key=vault_key)
    People(vault).add(Person(given="Kept", family="Here"))
    vault.close()
    assert not backup_dir_beside(vault_path).exists()
    with Vault.open(vault_path, key=vault_key) as again:
        assert People(again).count() == 1
