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


def real_keyring_available() -> bool:
    if not os.environ.get("COMMONS_TEST_KEYRING"):
        return False
    from commons_desktop.core.errors import KeyringUnavailable
    from commons_desktop.vault.keyring_store import secure_backend
    try:
        secure_backend()
    except KeyringUnavailable:
        return False
    return True
