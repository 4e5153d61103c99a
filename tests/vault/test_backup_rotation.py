"""Issue 11 items 3 and 4: backup rotation deletes only this vault's backups (by the vault id recorded inside
each backup, never by file name), and two backups started at once into one folder both succeed with unique
names (the second waits for the first)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from commons_desktop.core.model import Person
from commons_desktop.vault.backup import backup_to, verify_backup
from commons_desktop.vault.connection import Vault, VaultKey
from commons_desktop.vault.people import People
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
FIXED = time.mktime((2026, 12, 7, 10, 0, 0, 0, 0, -1))


def test_rotation_never_deletes_another_vaults_backups(tmp_path):
    folder = tmp_path / "backups"
    club = Vault.create(tmp_path / "club.commons", PASSPHRASE, name="Club")
    club2 = Vault.create(tmp_path / "club-2.commons", PASSPHRASE, name="Club 2")
    try:
        People(club).add(Person(given="Club"))
        People(club2).add(Person(given="Club2"))
        theirs = [backup_to(club2, folder, keep=10)[0] for _ in range(3)]
        disguised = folder / "club-20990101-000000.commons-backup"  # named like club's, holds club-2
        theirs[0].rename(disguised)
        theirs[0] = disguised
        ours = [backup_to(club, folder, keep=10)[0] for _ in range(3)]
        renamed = folder / "whatever.commons-backup"  # named like nothing, holds club: rotated with club's
        ours[0].rename(renamed)
        ours[0] = renamed
        newest, removed = backup_to(club, folder, keep=1)
    finally:
        club.close()
        club2.close()
    assert all(p.exists() for p in theirs), "a backup of another vault was deleted"
    assert sorted(removed) == sorted(ours)
    assert sorted(folder.glob("*.commons-backup")) == sorted([*theirs, newest])


def test_two_backups_at_once_in_one_process_both_succeed(vault, tmp_path):
    """Same vault, same second (a fixed clock): the same name is wanted twice."""
    People(vault).add(Person(given="Twice"))
    vault.clock = lambda: FIXED
    other = vault.reopen()
    other.clock = lambda: FIXED
    folder = tmp_path / "backups"
    made, errors = [], []
    start = threading.Barrier(2)

    def run(v):
        start.wait()
        try:
            made.append(backup_to(v, folder, keep=10)[0])
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)
    threads = [threading.Thread(target=run, args=(v,)) for v in (vault, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.close()
    assert errors == []
    assert len(set(made)) == 2 and all(p.exists() for p in made)
    for p in made:
        verify_backup(p, vault.key)
    assert not list(folder.glob("*.part")) and not list(folder.glob(".*.part"))


def test_two_backup_processes_at_once_both_succeed(vault_path, vault_key, tmp_path):
    with Vault.open(vault_path, key=vault_key) as v:
        People(v).add_many([Person(given=f"P{i}", notes="n" * 500) for i in range(500)])
    folder = tmp_path / "backups"
    env = dict(os.environ, PYTHONPATH=str(ROOT), COMMONS_PASSPHRASE=PASSPHRASE)
    argv = [sys.executable, "-m", "commons_desktop.cli", "--vault", str(vault_path), "--json", "backup", "--to",
            str(folder), "--keep", "10"]
    procs = [subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    assert [code for code, _, _ in results] == [0, 0], results
    made = sorted(folder.glob("*.commons-backup"))
    assert len(made) == 2
    for p in made:
        verify_backup(p, VaultKey.from_hex(vault_key))
