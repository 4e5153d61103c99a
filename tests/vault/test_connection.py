"""Opening, keying and the file format of a vault."""

from __future__ import annotations

import hashlib
import sqlite3
import threading

import pytest

from commons_desktop.core.errors import (
    NewerSchema,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from commons_desktop.vault import connection
from commons_desktop.vault.connection import Vault, VaultKey, derive_key
from commons_desktop.vault.migrations import LATEST
from tests.conftest import PASSPHRASE


def _snapshot(folder):
    """Every file of the folder but the lock file (which says who has the vault open, and holds no data)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.endswith(".lock")}


def test_create_then_open_with_passphrase(tmp_path):
    path = tmp_path / "new.commons"
    v = Vault.create(path, "s3cret", name="Les Amis")
    assert v.get_meta("name") == "Les Amis"
    assert v.schema_version == LATEST
    v.close()
    with Vault.open(path, passphrase="s3cret") as v2:
        assert v2.get_meta("name") == "Les Amis"
    with pytest.raises(VaultExists):
        Vault.create(path, "other")


def test_file_is_encrypted_and_not_sqlite(vault_path):
    head = vault_path.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    conn = sqlite3.connect(vault_path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_pragmas(vault):
    c = vault.conn
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA temp_store").fetchone()[0] == 2  # memory
    assert c.execute("PRAGMA cipher_page_size").fetchone()[0] == "4096"
    assert int(c.execute("PRAGMA kdf_iter").fetchone()[0]) >= 256_000


def test_key_matches_sqlcipher_own_derivation(vault_path, vault_key):
    """The raw key we derive is exactly what SQLCipher derives: the passphrase alone opens the file."""
    import sqlcipher3
    conn = sqlcipher3.connect(str(vault_path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert conn.execute("SELECT value FROM meta WHERE key = 'name'").fetchone()[0] == "Template"
    conn.close()
    salt = vault_path.read_bytes()[:16]
    assert derive_key(PASSPHRASE, salt).hex() + salt.hex() == vault_key


def test_wrong_passphrase_is_reported_and_changes_nothing(vault_path):
    folder = vault_path.parent
    before = _snapshot(folder)
    for attempt in ("wrong", "", "correct horse battery stapl"):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_path, passphrase=attempt)
    bad_key = VaultKey(bytes(32), vault_path.read_bytes()[:16])
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, key=bad_key)
    assert _snapshot(folder) == before


def test_not_a_vault(tmp_path):
    junk = tmp_path / "junk.commons"
    junk.write_bytes((b"hello, this is not a database" * 500)[:3 * 4096])  # whole pages, none verifies
    with pytest.raises(WrongPassphrase):
        Vault.open(junk, passphrase="x")
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "missing.commons", passphrase="x")
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path, passphrase="x")
    tiny = tmp_path / "tiny.commons"
    tiny.write_bytes(b"abc")
    with pytest.raises(VaultDamaged):  # shorter than a page: damaged whatever the passphrase
        Vault.open(tiny, passphrase="x")


def test_locked_vault(vault, monkeypatch):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT", 0.2)
    other = vault.reopen()
    try:
        with vault.transaction():
            with pytest.raises(VaultLocked):
                with other.transaction():
                    pass
    finally:
        other.close()


def test_newer_schema_refused(vault_path, vault_key):
    v = Vault.open(vault_path, key=vault_key)
    v.conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    v.close()
    with pytest.raises(NewerSchema):
        Vault.open(vault_path, key=vault_key)


def test_transaction_rolls_back_everything(vault):
    from commons_desktop.core.model import Person
    from commons_desktop.vault.people import People
    people = People(vault)
    with pytest.raises(RuntimeError), vault.transaction():
        people.add(Person(given="Ana"))
        people.add(Person(given="Bo"))
        raise RuntimeError("boom")
    assert people.count() == 0
    assert vault.conn.execute("SELECT count(*) FROM change_log").fetchone()[0] == 0


def test_reopen_gives_an_independent_connection(vault):
    from commons_desktop.core.model import Person
    from commons_desktop.vault.people import People
    People(vault).add(Person(given="Ana"))
    other = vault.reopen()
    result = []
    t = threading.Thread(target=lambda: result.append(People(other).count()))
    t.start()
    t.join()
    other.close()
    assert result == [1]


def test_vault_key_never_printed(vault):
    assert vault.key.hex not in repr(vault.key)
