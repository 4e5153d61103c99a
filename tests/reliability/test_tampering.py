"""Flip a byte in a copy of the vault: `commons check` exits 1 and names the damage; the original and
its backups are untouched."""

from __future__ import annotations

import hashlib
import os
import shutil
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


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


@pytest.fixture
def populated(vault_path, vault_key, tmp_path):
    with Vault.open(vault_path, key=vault_key) as v:
        People(v).add_many([Person(given=f"Person{i}", family="Tamper", notes="n" * 300) for i in range(1500)])
        backup, _ = backup_to(v, tmp_path / "backups")
    return vault_path, backup


def _check(path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, COMMONS_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "commons_desktop.cli", "--vault", str(path), "check"],
                          env=env, capture_output=True, text=True, timeout=120)


def test_check_on_a_healthy_vault(populated):
    vault_path, _ = populated
    result = _check(vault_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("page", [2, 7, "middle", "last"])
def test_flipped_byte_is_found_and_named(populated, tmp_path, page):
    vault_path, backup = populated
    before = {p: _digest(p) for p in (vault_path, backup)}
    copy = tmp_path / "copy.commons"
    shutil.copyfile(vault_path, copy)
    data = bytearray(copy.read_bytes())
    pages = len(data) // 4096
    number = {"middle": pages // 2, "last": pages}.get(page, page)
    data[(number - 1) * 4096 + 123] ^= 0x20
    copy.write_bytes(bytes(data))

    result = _check(copy)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    said = (result.stdout + result.stderr).lower()
    assert f"page {number}" in said or "damage" in said or "malformed" in said
    assert {p: _digest(p) for p in (vault_path, backup)} == before
