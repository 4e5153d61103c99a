"""A checkpoint stopped by a crash is not damage: SQLite's checkpoint copies the WAL's pages into the file in page
order, page 1 (with the database's new size) first, so a kill before the pages that grow the file leaves a file
shorter than its header says while the WAL still holds every missing page. The next open replays them.

(Seen as a random failure of tests/reliability/test_crash_safety.py: "the vault file is cut short: it holds 3,301
pages, its header says 3,654". Made here on purpose: a copy of a vault and its WAL taken while the WAL holds the
growth, then page 1 of the file replaced by the WAL's newest page 1, as that checkpoint would have written it.)"""

from __future__ import annotations

import shutil
import struct

import pytest

from commons_desktop.core.errors import VaultDamaged
from commons_desktop.core.model import Person
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.integrity import check
from commons_desktop.vault.people import People

HEADER, FRAME_HEADER, PAGE = 32, 24, 4096


def _newest_page_one(wal: bytes) -> bytes:
    page = None
    for offset in range(HEADER, len(wal) - FRAME_HEADER - PAGE + 1, FRAME_HEADER + PAGE):
        (pgno,) = struct.unpack(">I", wal[offset:offset + 4])
        if pgno == 1:
            page = wal[offset + FRAME_HEADER:offset + FRAME_HEADER + PAGE]
    assert page is not None, "the WAL holds no page 1"
    return page


def test_a_checkpoint_cut_short_by_a_crash_opens_with_every_row(vault, tmp_path):
    vault.conn.execute("PRAGMA wal_autocheckpoint = 0")  # the growth stays in the WAL
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = vault.path.stat().st_size // PAGE
    People(vault).add_many([Person(given=f"Grown{n}", notes="x" * 500) for n in range(600)])
    wal = vault.path.with_name(vault.path.name + "-wal").read_bytes()
    copy = tmp_path / "crashed.commons"
    shutil.copyfile(vault.path, copy)  # the file as the checkpoint found it: the growth is only in the WAL
    (tmp_path / "crashed.commons-wal").write_bytes(wal)
    with open(copy, "r+b") as fh:  # the checkpoint wrote page 1, with the new size, then was killed
        fh.write(_newest_page_one(wal))
    assert copy.stat().st_size // PAGE == before
    with Vault.open(copy, key=vault.key) as crashed:
        assert check(crashed) == []
        assert People(crashed).count() == 600


def test_a_file_cut_short_with_pages_the_wal_does_not_hold_is_still_damage(vault, tmp_path):
    People(vault).add_many([Person(given=f"P{n}", notes="x" * 500) for n in range(600)])
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "cut.commons"
    shutil.copyfile(vault.path, copy)
    with open(copy, "r+b") as fh:
        fh.truncate(copy.stat().st_size - 3 * PAGE)
    with pytest.raises(VaultDamaged, match="cut short"):
        Vault.open(copy, key=vault.key)
