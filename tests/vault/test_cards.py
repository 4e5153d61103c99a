"""The contacts sync's state (schema step 13): a vault of schema 13 keeps what it agreed with its address book; an
erasure takes the values kept of the person, not where their card is."""

from __future__ import annotations

import shutil
from pathlib import Path

from commons_desktop.vault import cards, servers
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.erase import erase_person
from commons_desktop.vault.migrations import CARDS_VERSION, LATEST

FIXTURES = Path(__file__).parent.parent / "fixtures" / "vaults"


def _open(tmp_path: Path, version: int) -> Vault:
    path = tmp_path / "v.commons"
    shutil.copyfile(FIXTURES / f"schema-v{version}.commons", path)
    return Vault.open(path, passphrase=f"fixture passphrase v{version}")


def test_a_schema_13_vault_keeps_its_cards_and_an_erasure_takes_their_values(tmp_path):
    with _open(tmp_path, CARDS_VERSION) as v:
        assert v.schema_version == LATEST
        target = servers.get(v, "carnet").target_id
        (ident, item), = cards.items(v, target).items()
        assert item.base == {"given": "Émilie", "family": "Dupré"} and item.etag == '"etag-1"'
        assert item.href.endswith(f"{ident}.vcf")
        erase_person(v, ident)
        kept = cards.items(v, target)[ident]
        assert kept.base == {} and kept.clocks == {} and kept.sha256 == "" and kept.href == item.href


def test_an_older_vault_gets_an_empty_card_state(tmp_path):
    with _open(tmp_path, CARDS_VERSION - 1) as v:
        assert v.schema_version == LATEST
        assert v.conn.execute("SELECT count(*) FROM card_item").fetchone()[0] == 0
