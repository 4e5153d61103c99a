"""Shared fixtures: real SQLCipher vaults in temporary folders, created fast by copying a template."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from commons_desktop.vault.connection import Vault

PASSPHRASE = "correct horse battery staple"


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
