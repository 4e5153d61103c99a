"""Issue 11 item 0: nothing acknowledged is lost when the vault is restored, re-keyed or erased while another
program has it open. Before the lock, `commons restore --yes` replaced the file under a running program, whose
later saves were acknowledged and went into the replaced, deleted file (5 of 5 lost). Now every opener holds
a share of the vault's lock file; restore, passwd and erase refuse (exit 3, one line naming the holder) while
anyone else has it open; a program whose file was replaced anyway (by a tool that ignores the lock) refuses
every later save; a crashed holder leaves no stale lock."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from commons_desktop.core.model import Person
from commons_desktop.vault.backup import backup_to
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
HOLDER = Path(__file__).with_name("vault_holder.py")


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), COMMONS_PASSPHRASE=PASSPHRASE)


def commons(*argv) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "commons_desktop.cli", *map(str, argv)], env=_env(),
                          capture_output=True, text=True, timeout=120)


class Holder:
    """A real second process with the vault open."""

    def __init__(self, path: Path, key: str):
        self.proc = subprocess.Popen([sys.executable, str(HOLDER), str(path), key], env=_env(), text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert self.proc.stdout.readline().strip() == "ready", self.proc.stderr.read()

    def ask(self, line: str) -> str:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.ask("close")
        self.proc.wait(timeout=30)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            stream.close()

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            stream.close()


def _digest(*paths: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths if p.exists()}


@pytest.fixture
def with_backup(vault_path, vault_key, tmp_path):
    with Vault.open(vault_path, key=vault_key) as v:
        People(v).add(Person(given="Before", family="Backup"))
        backup, _ = backup_to(v, tmp_path / "backups")
    return vault_path, vault_key, backup


def _names(path: Path, key: str) -> set[str]:
    with Vault.open(path, key=key, readonly=True) as v:
        return {r[0] for r in v.conn.execute("SELECT given FROM person")}


def test_restore_while_open_elsewhere_is_refused_and_no_save_is_lost(with_backup):
    vault_path, key, backup = with_backup
    holder = Holder(vault_path, key)
    try:
        r = commons("--vault", vault_path, "restore", "--yes", backup)
        assert r.returncode == 3, (r.stdout, r.stderr)
        assert len(r.stderr.splitlines()) == 1 and "Traceback" not in r.stderr
        assert "vault-holder" in r.stderr and f"pid {holder.proc.pid}" in r.stderr, r.stderr
        acked = [holder.ask(f"add Saved{i}") for i in range(5)]
        assert acked == [f"saved Saved{i}" for i in range(5)]
    finally:
        holder.close()
    assert {f"Saved{i}" for i in range(5)} <= _names(vault_path, key), "acknowledged saves were lost"


def test_passwd_and_erase_are_refused_while_open_elsewhere(with_backup, tmp_path):
    vault_path, key, _ = with_backup
    with Vault.open(vault_path, key=key) as v:
        person = People(v).add(Person(given="Erasable"))
    new = tmp_path / "new.txt"
    new.write_text("another passphrase entirely\n")
    holder = Holder(vault_path, key)
    try:
        wal = vault_path.with_name(vault_path.name + "-wal")
        before = _digest(vault_path, wal)
        for argv in (("passwd", "--new-passphrase-file", new), ("person", "erase", person.id, "--yes")):
            r = commons("--vault", vault_path, *argv)
            assert r.returncode == 3, (argv, r.stdout, r.stderr)
            assert len(r.stderr.splitlines()) == 1 and "vault-holder" in r.stderr, r.stderr
        assert _digest(vault_path, wal) == before  # refused before writing anything
        assert holder.ask("add StillSaving") == "saved StillSaving"
    finally:
        holder.close()
    assert "Erasable" in _names(vault_path, key) and "StillSaving" in _names(vault_path, key)
    r = commons("--vault", vault_path, "person", "erase", person.id, "--yes")  # alone now: it goes ahead
    assert r.returncode == 0, r.stderr
    assert "Erasable" not in _names(vault_path, key)


def test_a_crashed_holder_leaves_no_stale_lock(with_backup):
    vault_path, key, backup = with_backup
    holder = Holder(vault_path, key)
    holder.kill()
    r = commons("--vault", vault_path, "restore", "--yes", backup)
    assert r.returncode == 0, r.stderr
    assert _names(vault_path, key) == {"Before"}


def test_a_replaced_file_refuses_every_later_save(with_backup):
    """A tool that ignores the lock (a file manager, a sync client, an old version) puts another file at the
    path: the program that had the vault open refuses every later save instead of acknowledging it."""
    vault_path, key, backup = with_backup
    holder = Holder(vault_path, key)
    try:
        assert holder.ask("add BeforeReplace") == "saved BeforeReplace"
        aside = vault_path.with_name("incoming.commons")
        shutil.copyfile(backup, aside)
        for side in ("-wal", "-shm"):
            vault_path.with_name(vault_path.name + side).unlink(missing_ok=True)
        os.replace(aside, vault_path)
        answers = [holder.ask(f"add After{i}") for i in range(5)]
    finally:
        holder.close()
    assert answers == ["refused VaultReplaced"] * 5
    assert _names(vault_path, key) == {"Before"}  # what stands at the path now; nothing claimed saved is missing


def test_in_process_the_open_vault_blocks_its_own_restore(with_backup):
    from commons_desktop.core.errors import VaultInUse
    from commons_desktop.vault.backup import restore
    vault_path, key, backup = with_backup
    v = Vault.open(vault_path, key=key)
    try:
        with pytest.raises(VaultInUse):
            restore(backup, vault_path, v.key)
        People(v).add(Person(given="Kept"))
    finally:
        v.close()
    assert "Kept" in _names(vault_path, key)


def test_looking_and_writing_beside_a_busy_writer_sees_no_false_damage(vault_path, vault_key):
    """Another program commits without pause (its WAL grows, is checkpointed and restarts under our feet):
    check, info and a write command beside it never take that live WAL for damage."""
    writer = subprocess.Popen([sys.executable, str(Path(__file__).with_name("crash_writer.py")), str(vault_path),
                               vault_key, "0", "7"], env=_env(), stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        for argv in (("check",), ("info",), ("person", "add", "--given", "Beside"), ("check",)):
            r = commons("--vault", vault_path, *argv)
            assert r.returncode == 0, (argv, r.stdout, r.stderr)
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        writer.stdout.close()
    assert "Beside" in _names(vault_path, vault_key)
