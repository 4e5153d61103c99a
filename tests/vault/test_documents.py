from __future__ import annotations

import hashlib

import pytest

from commons_desktop.core.errors import DocumentTooLarge, InvalidField, NotFound
from commons_desktop.core.model import Person
from commons_desktop.vault import changelog
from commons_desktop.vault.documents import DEFAULT_LIMIT, Documents, size_limit
from commons_desktop.vault.people import People


def test_add_version_and_read_back(vault):
    docs = Documents(vault)
    p = People(vault).add(Person(given="Ana"))
    d = docs.add("AG 2026", b"%PDF-1.4 minutes", "minutes.pdf", "application/pdf", [("person", p.id)])
    assert d.current.number == 1 and d.current.size == 16
    assert d.current.sha256 == hashlib.sha256(b"%PDF-1.4 minutes").hexdigest()
    assert d.links == [("person", p.id)]
    v2 = docs.add_version(d.id, b"%PDF-1.4 minutes, corrected", "minutes-v2.pdf", "application/pdf")
    assert v2.number == 2
    assert docs.content(d.id) == b"%PDF-1.4 minutes, corrected"
    assert docs.content(d.id, 1) == b"%PDF-1.4 minutes"
    assert [v.number for v in docs.versions(d.id)] == [1, 2]
    assert docs.list(linked_to=p.id)[0].id == d.id
    ops = [e.op for e in changelog.history(vault, d.id)]
    assert ops == ["version", "link", "version", "create"]
    assert all("content" not in (e.fields or {}) for e in changelog.history(vault, d.id))


def test_size_limit_is_configurable_and_clear(vault):
    docs = Documents(vault)
    assert size_limit(vault) == DEFAULT_LIMIT
    vault.set_meta("document_size_limit", "100")
    with pytest.raises(DocumentTooLarge) as err:
        docs.add("big", b"x" * 101, "big.bin", "application/octet-stream")
    assert "101" in str(err.value) and "100" in str(err.value)
    assert docs.count() == 0
    d = docs.add("ok", b"x" * 100, "ok.bin", "application/octet-stream")
    with pytest.raises(DocumentTooLarge):
        docs.add_version(d.id, b"y" * 200, "ok.bin", "application/octet-stream")
    assert [v.number for v in docs.versions(d.id)] == [1]


def test_bad_inputs(vault):
    docs = Documents(vault)
    with pytest.raises(InvalidField):
        docs.add("t", b"x", "", "text/plain")
    with pytest.raises(InvalidField):
        docs.add("t", b"x", "a.txt", "nonsense")
    with pytest.raises(NotFound):
        docs.add("t", b"x", "a.txt", "text/plain", [("person", "missing")])
    assert docs.count() == 0
    assert docs.add("t", b"x", "../../etc/passwd", "text/plain").current.file_name == ".._.._etc_passwd"


def test_tampered_content_is_detected(vault):
    docs = Documents(vault)
    d = docs.add("t", b"original", "a.txt", "text/plain")
    vault.conn.execute("UPDATE document_version SET content = ? WHERE document_id = ?", (b"changed!", d.id))
    with pytest.raises(InvalidField):
        docs.content(d.id)
