"""Issue 11 items 1 and 2: the vault is not changed by looking at it.

- A wrong passphrase after a crash (a WAL left beside the vault) used to checkpoint the WAL into the file and
  delete it: now nothing is written before the key is proven (vault and WAL stay byte-identical).
- `commons check` used to say ok about a WAL with a flipped byte and then checkpoint and truncate it, dropping
  the transactions committed after the damaged frame: now it reads the WAL itself (salts, checksums, commit
  frames, every used page's HMAC), reports the damage (exit 1) and leaves every byte where it was; info and
  the other read-only commands do not checkpoint either; a write command refuses such a vault.
- A vault cut short or emptied is "damaged" (exit 1), not "wrong passphrase" (exit 3).
"""

from __future__ import annotations

import hashlib
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from commons_desktop.vault.connection import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("wal_writer.py")
PAGE = 4096
FRAME = 24 + PAGE
COMMITS = 8


def commons(path: Path, *argv, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), COMMONS_PASSPHRASE=passphrase)
    return subprocess.run([sys.executable, "-m", "commons_desktop.cli", "--vault", str(path), *map(str, argv)],
                          env=env, capture_output=True, text=True, timeout=120)


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def digests(path: Path) -> dict[str, str]:
    """The vault and its WAL (the -shm is an index SQLite may rebuild; the lock file says who has it open)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (path, wal_of(path)) if p.exists()}


@pytest.fixture
def crashed(vault_path, vault_key) -> Path:
    """A vault whose writer died after 8 commits that are all still in the WAL."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, str(WRITER), str(vault_path), vault_key, str(COMMITS)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == [f"Committed{n}" for n in range(COMMITS)], done.stderr
    assert wal_of(vault_path).stat().st_size > 32
    return vault_path


def frames(path: Path) -> list[tuple[int, int]]:
    """(page number, commit size) of every frame of the WAL."""
    data = wal_of(path).read_bytes()
    return [struct.unpack(">II", data[32 + i * FRAME:32 + i * FRAME + 8]) for i in range((len(data) - 32) // FRAME)]


def flip(path: Path, offset: int, mask: int = 0x10) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)[0]
        fh.seek(offset)
        fh.write(bytes([byte ^ mask]))


def committed_names(path: Path, key: str) -> set[str]:
    with Vault.open(path, key=key, readonly=True) as v:
        return {r[0] for r in v.conn.execute("SELECT given FROM person")}


@pytest.mark.parametrize("argv", [("info",), ("check",), ("person", "list"), ("search", "wal"),
                                  ("person", "add", "--given", "Never")])
def test_a_wrong_passphrase_after_a_crash_changes_nothing(crashed, argv):
    before = digests(crashed)
    r = commons(crashed, *argv, passphrase="not the passphrase")
    assert r.returncode == 3, (r.stdout, r.stderr)
    assert "wrong passphrase" in r.stderr and len(r.stderr.splitlines()) == 1
    assert digests(crashed) == before


@pytest.mark.parametrize("argv", [("info",), ("check",), ("person", "list"), ("search", "wal"), ("tag", "list"),
                                  ("doc", "list"), ("history",), ("disclosures",)])
def test_read_only_commands_leave_the_vault_and_its_wal_as_they_were(crashed, argv):
    before = digests(crashed)
    r = commons(crashed, *argv)
    assert r.returncode == 0, (r.stdout, r.stderr)
    assert digests(crashed) == before


def _middle_frame(path: Path) -> int:
    """A frame with several commits after it."""
    commits = [i for i, (_, size) in enumerate(frames(path)) if size]
    assert len(commits) == COMMITS
    return commits[2] - 1 if commits[2] - 1 > commits[1] else commits[2]


@pytest.mark.parametrize("where", ["page", "header"])
def test_check_reports_a_damaged_wal_frame_and_keeps_what_follows(crashed, vault_key, where):
    n = _middle_frame(crashed)
    flip(wal_of(crashed), 32 + n * FRAME + (24 + 1000 if where == "page" else 2))
    before = digests(crashed)
    r = commons(crashed, "check")
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert f"frame {n + 1}" in r.stdout and "committed transaction" in r.stdout, r.stdout
    assert digests(crashed) == before, "check changed the vault or its WAL"
    r = commons(crashed, "info")
    assert digests(crashed) == before, "info changed the vault or its WAL"
    r = commons(crashed, "person", "add", "--given", "Later")
    assert r.returncode == 1 and "damaged" in r.stderr, r.stderr  # writing would drop the later commits
    assert digests(crashed) == before
    flip(wal_of(crashed), 32 + n * FRAME + (24 + 1000 if where == "page" else 2))  # repaired: all 8 are there
    assert {f"Committed{i}" for i in range(COMMITS)} <= committed_names(crashed, vault_key)


def _checksums(data: bytearray, start: int) -> None:
    """Recompute the cumulative checksums of the frames from ``start`` on (a forger's consistent WAL)."""
    from commons_desktop.vault.wal import checksum
    big = struct.unpack(">I", data[:4])[0] & 1
    s = struct.unpack(">II", data[32 + (start - 1) * FRAME + 16:32 + (start - 1) * FRAME + 24]) if start else \
        struct.unpack(">II", data[24:32])
    for i in range(start, (len(data) - 32) // FRAME):
        off = 32 + i * FRAME
        s = checksum(bytes(data[off + 24:off + FRAME]), bool(big), *checksum(bytes(data[off:off + 8]), bool(big), *s))
        data[off + 16:off + 24] = struct.pack(">II", *s)


def test_check_verifies_every_used_wal_page_hmac(crashed):
    n = _middle_frame(crashed)
    data = bytearray(wal_of(crashed).read_bytes())
    data[32 + n * FRAME + 24 + 777] ^= 0x01
    _checksums(data, n)  # SQLite now takes the frame as good: only its HMAC tells
    wal_of(crashed).write_bytes(bytes(data))
    before = digests(crashed)
    r = commons(crashed, "check")
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert f"frame {n + 1}" in r.stdout and "HMAC" in r.stdout, r.stdout
    assert digests(crashed) == before


def test_frames_past_the_last_commit_are_a_note(crashed):
    """An interrupted transaction at the end of the WAL: reported, not damage (it was never acknowledged)."""
    commits = [i for i, (_, size) in enumerate(frames(crashed)) if size]
    last, previous = commits[-1], commits[-2]
    assert last - previous > 1
    with open(wal_of(crashed), "r+b") as fh:
        fh.truncate(32 + last * FRAME)
    before = digests(crashed)
    r = commons(crashed, "check")
    assert r.returncode == 0, (r.stdout, r.stderr)
    assert "past the last valid commit" in r.stdout and "note:" in r.stdout
    assert digests(crashed) == before


@pytest.mark.parametrize("cut", ["one page", "emptied", "half a page", "all but 100 bytes"])
def test_a_vault_cut_short_is_damaged_not_a_wrong_passphrase(vault_path, vault_key, cut):
    from commons_desktop.core.model import Person
    from commons_desktop.vault.people import People
    with Vault.open(vault_path, key=vault_key) as v:
        People(v).add_many([Person(given=f"P{i}", notes="n" * 800) for i in range(300)])
    size = vault_path.stat().st_size
    keep = {"one page": size - PAGE, "emptied": 0, "half a page": size - PAGE // 2, "all but 100 bytes": 100}[cut]
    with open(vault_path, "r+b") as fh:
        fh.truncate(keep)
    for argv in (("check",), ("info",), ("person", "list")):
        r = commons(vault_path, *argv)
        assert r.returncode == 1, (cut, argv, r.stdout, r.stderr)
        said = r.stdout + r.stderr
        assert "damaged" in said and "wrong passphrase" not in said and "Traceback" not in said, said
    assert vault_path.stat().st_size == keep
    if keep >= PAGE and keep % PAGE == 0:  # a whole number of pages: a wrong key cannot tell, and says so
        r = commons(vault_path, "info", passphrase="not it")
        assert r.returncode == 3 and "wrong passphrase" in r.stderr
