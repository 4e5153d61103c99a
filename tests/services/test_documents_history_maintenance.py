"""Documents from files, the change log in words, and looking after the vault file."""

from __future__ import annotations

import shutil

import pytest

from commons_desktop.core.changes import Op
from commons_desktop.core.errors import (
    CommonsError,
    DocumentTooLarge,
    InvalidField,
    NotFound,
    VaultDamaged,
    WrongPassphrase,
)
from commons_desktop.core.model import ChangeEntry
from commons_desktop.services import documents, history, maintenance, members, records
from commons_desktop.services.records import RecordEdit
from commons_desktop.vault import changelog, filecheck
from commons_desktop.vault.connection import Vault, VaultKey
from tests.conftest import PASSPHRASE


def test_add_file_version_and_export(vault, tmp_path):
    person = records.add_person(vault, RecordEdit(fields={"given": "Ada"}))
    src = tmp_path / "statuts.odt"
    src.write_bytes(b"v1")
    doc = documents.add_file(vault, src, links=[person.id])
    assert doc.title == "statuts.odt" and doc.current.media_type == "application/vnd.oasis.opendocument.text"
    assert doc.links == [("person", person.id)]
    src.write_bytes(b"version 2")
    assert documents.add_version(vault, doc.id, src).number == 2
    out = tmp_path / "out.odt"
    assert documents.export_to_file(vault, doc.id, out, version=1).number == 1 and out.read_bytes() == b"v1"
    with pytest.raises(CommonsError, match="already exists"):
        documents.export_to_file(vault, doc.id, out)
    documents.export_to_file(vault, doc.id, out, overwrite=True)
    assert out.read_bytes() == b"version 2"
    assert [v.number for v in documents.versions(vault, doc.id)] == [1, 2]
    assert [d.id for d in documents.list_documents(vault, linked_to=person.id)] == [doc.id]


def test_size_limit_is_checked_before_reading_and_nothing_is_written(vault, tmp_path):
    vault.set_meta("document_size_limit", "10")
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * 11)
    before = changelog.count(vault)
    with pytest.raises(DocumentTooLarge):
        documents.add_file(vault, big)
    with pytest.raises(CommonsError, match="cannot read"):
        documents.add_file(vault, tmp_path / "absent.pdf")
    with pytest.raises(CommonsError, match="not a file"):
        documents.add_file(vault, tmp_path)
    small = tmp_path / "s.txt"
    small.write_bytes(b"s")
    with pytest.raises(NotFound):
        documents.add_file(vault, small, links=["nobody"])
    m = records.add_person(vault, RecordEdit(fields={"given": "Ada"}))
    membership = members.join(vault, m.id)
    before = changelog.count(vault)
    with pytest.raises(InvalidField, match="link"):
        documents.add_file(vault, small, links=[membership.id])
    assert changelog.count(vault) == before


def test_history_in_words(vault):
    p = records.add_person(vault, RecordEdit(fields={"given": "Ada"}))
    records.edit_person(vault, p.id, RecordEdit(fields={"family": "L"}, add_tags=["x"]))
    found = history.entries(vault, p.id)
    assert [e.op for e in found] == ["tag", "update", "create"]
    line = history.describe(found[1])
    assert "update  person" in line and line.endswith("family  by tester")
    assert history.describe(found[0]).split("  ")[4] == "x"
    with pytest.raises(NotFound):
        history.entries(vault, "never")
    with pytest.raises(InvalidField):
        history.entries(vault, limit=0)
    assert history.hlc_time("1767225600000.00000") == "2026-01-01T00:00:00Z"
    assert history.hlc_time("garbage") == "garbage"
    erased = ChangeEntry(Op.UPDATE, "person", "id", None, hlc="1767225600000.00000", device="d", seq=1)
    assert history.describe(erased).endswith("(details erased)")


def test_info_counts_every_kind(vault):
    records.add_person(vault, RecordEdit(fields={"given": "Ada"}, add_tags=["t"]))
    info = maintenance.vault_info(vault)
    assert info["counts"]["people"] == 1 and info["counts"]["tags"] == 1 and info["counts"]["changes"] == 2
    assert info["name"] == "Template" and info["schema_version"] >= 2 and info["created"].endswith("Z")


def test_first_page_damage_is_told_apart_from_a_wrong_key(vault_path, vault_key, tmp_path):
    damaged = tmp_path / "damaged.commons"
    shutil.copyfile(vault_path, damaged)
    data = bytearray(damaged.read_bytes())
    data[100] ^= 0x04
    damaged.write_bytes(bytes(data))
    key = VaultKey.from_hex(vault_key)
    wrong = VaultKey(bytes(32), key.salt)
    assert filecheck.diagnose(damaged, key.key, key.salt) == ["HMAC verification failed for page 1"]
    assert filecheck.diagnose(damaged, wrong.key, wrong.salt) is None
    assert filecheck.diagnose(vault_path, wrong.key, wrong.salt) is None
    with pytest.raises(VaultDamaged):  # the key is right (other pages verify): damaged, not a wrong passphrase
        Vault.open(damaged, key=key)

    def opener(path):
        return lambda: Vault.open(path, key=key, readonly=True)
    problems = maintenance.check_vault_file(opener(damaged), damaged, lambda: key).problems
    assert problems[0].startswith("the vault cannot be opened") and "page 1" in problems[1]
    with pytest.raises(WrongPassphrase):
        maintenance.check_vault_file(lambda: Vault.open(damaged, key=wrong), damaged, lambda: wrong)
    assert maintenance.check_vault_file(opener(vault_path), vault_path, lambda: key).problems == []


def test_backup_restore_and_passphrase_change(vault, tmp_path):
    made, removed = maintenance.backup_to(vault, tmp_path / "b", keep=1)
    assert made.is_file() and removed == []
    records.add_person(vault, RecordEdit(fields={"given": "After"}))
    key = vault.key
    target = tmp_path / "restored.commons"
    assert maintenance.restore(made, target, key) is None
    with Vault.open(target, key=key) as restored:
        assert maintenance.counts(restored)["people"] == 0
    assert maintenance.backup_key(made, PASSPHRASE).hex == key.hex
    with pytest.raises(CommonsError, match="no backup"):
        maintenance.restore(tmp_path / "none", target, key)
    backup = maintenance.change_passphrase(vault, "new words")
    assert backup.is_file() and vault.key.hex != key.hex
    with pytest.raises(WrongPassphrase, match="taken before a passphrase change"):
        maintenance.restore(made, target, vault.key)
