"""Schema v3 (the exchange tables): an older vault migrates, the identity is created on first use, and the
integrity check knows the new tables."""

from __future__ import annotations

import shutil
from pathlib import Path

from commons_desktop.exchange import identity
from commons_desktop.services import partners
from commons_desktop.vault import integrity
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.exchange_store import get_identity
from commons_desktop.vault.migrations import LATEST

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vaults"


def test_v2_vault_migrates_and_gets_an_identity_lazily(tmp_path):
    path = tmp_path / "old.commons"
    shutil.copyfile(FIXTURES / "schema-v2.commons", path)
    with Vault.open(path, passphrase="fixture passphrase v2") as v:
        assert v.schema_version == LATEST >= 3
        assert integrity.check(v) == []
        assert get_identity(v) is None
        card = partners.show_identity(v)
        assert identity.Card.parse(card["card"]).name == "Fixture v2"
        assert get_identity(v) is not None


def test_integrity_notices_a_missing_exchange_table(vault):
    vault.conn.execute("DROP TABLE disclosure_record")
    assert "schema: table disclosure_record is missing" in integrity.check(vault)
