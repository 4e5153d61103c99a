"""Shared fixtures: real SQLCipher vaults in temporary folders, created fast by copying a template."""

from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path

import pytest

from commons_desktop.core import agepass
from commons_desktop.vault import connection
from commons_desktop.vault.connection import Vault

PASSPHRASE = "correct horse battery staple"

# Passphrase age files (bundles, team invitations) written by a test that is not about their work factor: log2 N = 10
# (~1 ms of scrypt) instead of age's 18 (~0.85 s of CPU and 256 MiB here, 2-3 s under load, at each write AND each
# read). What such a file exercises does not depend on N: the same header, stanza, MAC and payload code; the reader
# takes N from the file. Tests of the work factor itself carry ``@pytest.mark.age_work_factor`` and write 18, as
# production does (agepass.WORK_FACTOR is never changed outside this fixture). Subprocesses pay the real cost.
TEST_AGE_WORK_FACTOR = 10
_ORIGINAL_DERIVE = connection.derive_key
_ORIGINAL_SCRYPT = agepass._scrypt


@functools.lru_cache(maxsize=256)
def _derive_once(passphrase: str, salt: bytes) -> bytes:
    return _ORIGINAL_DERIVE(passphrase, salt)


@functools.lru_cache(maxsize=256)
def _scrypt_once(passphrase: str, salt: bytes, log_n: int) -> bytes:
    return _ORIGINAL_SCRYPT(passphrase, salt, log_n)


@pytest.fixture(autouse=True)
def cheap_test_kdfs(request, monkeypatch):
    """The two passphrase KDFs, made cheap for tests that are not about them (in this process only):
    - the vault's (PBKDF2, 256,000 rounds, ~0.15 s): computed once per (passphrase, salt) and remembered — the real
      function, the same key; copies of the template vault share one salt, so a test opening one with the passphrase
      pays nothing after the first;
    - passphrase age files': written at TEST_AGE_WORK_FACTOR unless the test is marked ``age_work_factor``; their
      scrypt also computed once per (passphrase, salt, log2 N) (the age tool's files in tests/fixtures/age are read
      by several tests, each paying ~0.85 s at N = 18)."""
    monkeypatch.setattr(connection, "derive_key", _derive_once)
    monkeypatch.setattr(agepass, "_scrypt", _scrypt_once)
    if request.node.get_closest_marker("age_work_factor") is None:
        monkeypatch.setattr(agepass, "WORK_FACTOR", TEST_AGE_WORK_FACTOR)


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory) -> tuple[Path, str]:
    """An empty, fully migrated vault made once (one KDF); returns (path, key hex)."""
    path = tmp_path_factory.mktemp("template") / "template.commons"
    v = Vault.create(path, PASSPHRASE, name="Template", device="test-device", author="tester")
    key = v.key.hex
    v.close()
    return path, key


@pytest.fixture
def vault_path(tmp_path, vault_template) -> Path:
    src, _ = vault_template
    dst = tmp_path / "club.commons"
    shutil.copyfile(src, dst)
    return dst


@pytest.fixture
def vault_key(vault_template) -> str:
    return vault_template[1]


@pytest.fixture
def vault(vault_path, vault_key):
    v = Vault.open(vault_path, key=vault_key, device="test-device", author="tester")
    yield v
    v.close()


TEST_KEYRING_PASSWORD = b"commons-test-keyring"  # scripts/run-tests-inner.sh unlocks the test session's keyring with it


def _keyring_unlocked() -> bool:
    import secretstorage
    try:
        conn = secretstorage.dbus_init()
        try:
            return not secretstorage.get_default_collection(conn).is_locked()
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 - any failure: the service is not usable as it is
        return False


def ensure_test_keyring() -> None:
    """The test session's Secret Service is up and unlocked, as scripts/run-tests-inner.sh left it: when its daemon
    went away (another program on the machine stopped it) or its keyring was locked, start and unlock it again,
    saying so on stderr, so that the tests after that do not all fail for the test machine's sake."""
    import subprocess
    import sys
    import time
    if _keyring_unlocked():
        return
    print("tests: the test session's keyring was gone or locked: started and unlocked again", file=sys.stderr)
    subprocess.run(["gnome-keyring-daemon", "--unlock", "--replace", "--components=secrets"],
                   input=TEST_KEYRING_PASSWORD, capture_output=True, timeout=20)
    # The command returns before the new daemon has taken the bus name from the one it replaces: a call made
    # meanwhile found no Secret Service (seen once in a full run: a fixture's next keyring call failed). Wait
    # until the service answers, unlocked.
    deadline = time.monotonic() + 20
    while not _keyring_unlocked():
        if time.monotonic() > deadline:
            print("tests: the test session's keyring did not come back unlocked within 20 s", file=sys.stderr)
            return
        time.sleep(0.05)


def real_keyring_available() -> bool:
    if not os.environ.get("COMMONS_TEST_KEYRING"):
        return False
    ensure_test_keyring()
    from commons_desktop.core.errors import KeyringUnavailable
    from commons_desktop.vault.keyring_store import secure_backend
    try:
        secure_backend()
    except KeyringUnavailable:
        return False
    return True
