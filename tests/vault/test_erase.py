"""GDPR erasure removes the person for real: rows, index, contact points, change-log payloads."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from commons_desktop.core.model import Contribution, Email, Membership, Person, Relationship
from commons_desktop.vault import changelog, tags
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.memberships import Contributions, Memberships
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships
from commons_desktop.vault.search import search

CANARY = "Zqxjvarnkle"


def _all_text(vault) -> str:
    """Every value of every table, as text (what a forensic dump of the decrypted file would show)."""
    out = []
    tables = [r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for t in tables:
        for row in vault.conn.execute(f'SELECT * FROM "{t}"'):  # noqa: S608
            out.append(" ".join(str(x) for x in row))
    return "\n".join(out)


def test_erase_person_removes_everything(vault):
    people = People(vault)
    victim = people.add(Person(given=CANARY, family="Secret", emails=[Email(f"{CANARY.lower()}@exemple.org")],
                               notes=f"{CANARY} notes"))
    keeper = people.add(Person(given="Keeper", family="Stays"))
    Memberships(vault).add(Membership(victim.id, start=date(2026, 1, 1)))
    Contributions(vault).add(Contribution(victim.id, Decimal("10"), date=date(2026, 1, 2), notes=CANARY))
    Relationships(vault).add(Relationship("household", keeper.id, victim.id, to_entity="person"))
    tags.add_tag(vault, "bureau", [victim.id, keeper.id])
    own = Documents(vault).add(f"{CANARY} id scan", f"scan of {CANARY}".encode(), "scan.txt", "text/plain",
                               [("person", victim.id)])
    doc = Documents(vault).add("kept document", b"content", "a.txt", "text/plain",
                               [("person", victim.id), ("person", keeper.id)])
    people.update(victim.id, Person(given=CANARY, family="Secret2"))
    assert CANARY in _all_text(vault)

    from commons_desktop.vault.erase import erase_person
    counts = erase_person(vault, victim.id)
    assert counts == {"membership": 1, "contribution": 1, "relationship": 1, "document": 1}
    assert CANARY not in _all_text(vault)
    assert CANARY.lower() not in _all_text(vault)
    assert search(vault, CANARY) == []
    assert [e.op for e in changelog.history(vault, victim.id)][0] == "erase"
    assert all(e.fields is None for e in changelog.history(vault, victim.id))
    assert people.get(keeper.id).tags == ["bureau"]
    assert Documents(vault).get(doc.id).links == [("person", keeper.id)]
    assert Documents(vault).count() == 1 and [e.op for e in changelog.history(vault, own.id)][0] == "erase"
    assert vault.conn.execute("SELECT count(*) FROM document_version WHERE document_id = ?", (own.id,)
                              ).fetchone()[0] == 0
    assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    wal = vault.path.with_name(vault.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # no frame of the erased rows left in the WAL
