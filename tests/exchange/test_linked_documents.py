"""The documents an export carries are read in bulk (vault.exchange_read.linked_documents): the same documents, in
the same order, each as Documents.get makes it, as asking the repository record by record (Documents.list)."""

from __future__ import annotations

import pytest

from commons_desktop.exchange import collect
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.tags import add_tag


def _one_by_one(vault, ids):
    """What an export carried before: each record's documents by Documents.list, each once, links narrowed."""
    chosen, seen, found = set(ids), set(), []
    for i in ids:
        for d in Documents(vault).list(linked_to=i, limit=100_000):
            if d.id not in seen:
                seen.add(d.id)
                d.links = [(e, x) for e, x in d.links if x in chosen]
                found.append(d)
    return found


def test_documents_read_in_bulk_are_those_read_one_by_one(filled):
    vault, ids, org = filled
    docs = Documents(vault)
    # two documents of the same title on one person, one on three records (one of them not exported), two versions
    # of one, a deleted one, tags on one
    a = docs.add("Statuts", b"one", "a.txt", "text/plain", [("person", ids[1])])
    b = docs.add("Statuts", b"two", "b.txt", "text/plain", [("person", ids[1]), ("organisation", org)])
    c = docs.add("Photo", b"\x89PNG", "c.png", "image/png", [("person", ids[0]), ("person", ids[1]),
                                                              ("person", ids[2])])
    docs.add_version(c.id, b"\x89PNG 2", "c2.png", "image/png")
    gone = docs.add("Ancien", b"old", "old.txt", "text/plain", [("person", ids[0])])
    docs.delete(gone.id)
    add_tag(vault, "archives", [a.id, c.id])
    for chosen in ([ids[1], ids[0], org], [org, *ids], [ids[0], ids[1]], [ids[2]], []):
        with vault.transaction():
            bulk = collect.linked_documents(vault, chosen)
            reference = _one_by_one(vault, chosen)
        assert bulk == reference, chosen
    assert {d.id for d in collect.linked_documents(vault, [ids[1], ids[0], org])} == {a.id, b.id, c.id}
    assert [d.current.number for d in collect.linked_documents(vault, [ids[0]])] == [2]
    assert [d.tags for d in collect.linked_documents(vault, [ids[0]])] == [["archives"]]


def test_contents_read_in_bulk_are_those_read_one_by_one(filled):
    from commons_desktop.core.errors import InvalidField
    from commons_desktop.vault import exchange_read
    vault, ids, _ = filled
    docs = Documents(vault)
    a = docs.add("Statuts", b"one", "a.txt", "text/plain", [("person", ids[0])])
    b = docs.add("Photo", b"\x89PNG", "b.png", "image/png", [("person", ids[1])])
    docs.add_version(b.id, b"\x89PNG 2", "b2.png", "image/png")
    assert exchange_read.contents(vault, [b.id, a.id]) == {a.id: docs.content(a.id), b.id: docs.content(b.id)}
    assert exchange_read.contents(vault, [b.id])[b.id] == b"\x89PNG 2"
    with vault.transaction() as c:  # a content that is not what its SHA-256 says: refused, as Documents.content does
        c.execute("UPDATE document_version SET content = ? WHERE document_id = ?", (b"changed", a.id))
    with pytest.raises(InvalidField):
        docs.content(a.id)
    with pytest.raises(InvalidField):
        exchange_read.contents(vault, [a.id])
