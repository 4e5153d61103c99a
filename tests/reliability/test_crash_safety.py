"""SIGKILL a writer at random moments, then open the vault: integrity ok and every commit that was
acknowledged before the kill is present."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from commons_desktop.vault.connection import Vault
from commons_desktop.vault.integrity import check

WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]


def _kill_cycle(path: Path, key: str, start: int, rng: random.Random) -> list[int]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, str(WRITER), str(path), key, str(start), str(rng.randrange(1 << 30))],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout.readline().strip() == "ready"
    os.set_blocking(proc.stdout.fileno(), False)
    time.sleep(rng.uniform(0.0, 0.25))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    os.set_blocking(proc.stdout.fileno(), True)
    acked = [int(line) for line in proc.stdout.read().split() if line.strip().isdigit()]
    proc.stdout.close()
    return acked


def _present(vault: Vault) -> set[int]:
    names = {r[0] for r in vault.conn.execute("SELECT given FROM person")}
    names |= {r[0] for r in vault.conn.execute("SELECT title FROM document")}
    return {int(n[5:]) for n in names if n.startswith("acked")}


def _run(vault_path: Path, vault_key: str, cycles: int, seed: int) -> None:
    rng = random.Random(seed)
    acked_all: list[int] = []
    start = 0
    for _ in range(cycles):
        acked = _kill_cycle(vault_path, vault_key, start, rng)
        acked_all += acked
        start = (max(acked_all) + 1 if acked_all else start) + 1000
        with Vault.open(vault_path, key=vault_key, device="checker") as v:
            assert check(v) == []
            missing = set(acked) - _present(v)
            assert not missing, f"acknowledged commits lost after SIGKILL: {sorted(missing)[:10]}"
    assert acked_all, "the writer never got to commit: the test did not exercise anything"


def test_sigkill_during_writes_loses_no_acknowledged_commit(vault_path, vault_key):
    _run(vault_path, vault_key, cycles=30, seed=20261127)


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_sigkill_many_more_times(vault_path, vault_key):
    _run(vault_path, vault_key, cycles=200, seed=7)
