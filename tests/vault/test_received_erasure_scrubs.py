"""Issue 12: an erasure received from another laptop scrubs this vault's file as a local one does (vault/erase.py):
once apply_remote has applied it, no page of the file, no freed page and no frame of its WAL holds the erased person
(the pages decrypted with the key, in memory, and searched: tests/vault/raw_pages.py)."""

from __future__ import annotations

from datetime import date

from commons_desktop.core.model import Email, Membership, Person, Phone
from commons_desktop.vault import replication, tags
from commons_desktop.vault.connection import VaultKey
from commons_desktop.vault.erase import erase_person
from commons_desktop.vault.memberships import Memberships
from commons_desktop.vault.people import People
from commons_desktop.vault.wal import wal_path
from tests.vault.raw_pages import find, plaintexts
from tests.vault.replicas import Clock, on_the_wire, open_replicas, send

TRACES = ["Quixotic", "Zébulon", "zebulon.q@exemple.org", "+32 470 99 88 77", "SECRETNOTEMARKER"]


def test_a_received_erasure_leaves_nothing_in_the_file_its_free_pages_or_its_wal(vault_template, tmp_path):
    clocks = {"a": Clock(), "b": Clock()}
    vaults = open_replicas(vault_template, tmp_path, ["a", "b"], clocks)
    a, b = vaults["a"], vaults["b"]
    try:
        People(a).add_many([Person(given=f"Other{i}", family="Neighbour", notes="o" * 300) for i in range(100)])
        him = People(a).add(Person(given="Zébulon", family="Quixotic", emails=[Email("zebulon.q@exemple.org")],
                                   phones=[Phone("+32 470 99 88 77")], notes="SECRETNOTEMARKER " * 300))
        tags.add_tag(a, "bureau", [him.id])
        Memberships(a).add(Membership(him.id, "member", "active", date(2024, 1, 1)))
        send(a, b)
        clocks["a"].tick(1)
        clocks["b"].tick(1)
        People(b).update_fields(him.id, {"notes": "SECRETNOTEMARKER edited on b " * 200})  # b's own change log too
        key = VaultKey.from_hex(vault_template[1])
        seen = " ".join(find(b.path, key, TRACES))
        assert [t for t in TRACES if repr(t) not in seen] == [], "the test did not put every trace in b's pages"

        before = replication.local_changes(a, after_hlc=None)
        erase_person(a, him.id)
        erasure = [c for c in replication.local_changes(a, after_hlc=None) if c not in before]
        done = replication.apply_remote(b, on_the_wire(erasure))
        assert done.erased >= 1

        leftovers = find(b.path, key, TRACES)
        assert leftovers == [], f"received erasure left data on disk: {leftovers[:10]}"
        assert b.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert sum(1 for _ in plaintexts(b.path, key)) > 10  # the scan did read b's pages
        assert b.conn.execute("SELECT count(*) FROM person WHERE id = ?", (him.id,)).fetchone()[0] == 0
        assert b.conn.execute("SELECT count(*) FROM person").fetchone()[0] == 100
    finally:
        for v in vaults.values():
            v.close()


def test_a_received_erasure_nested_in_a_larger_transaction_scrubs_after_its_commit(vault_template, tmp_path):
    """The sync applies segments inside a transaction of its own (sync/replicate.py): the scrub waits for that
    commit, and a rolled-back batch scrubs nothing (nor fails)."""
    vaults = open_replicas(vault_template, tmp_path, ["a", "b"])
    a, b = vaults["a"], vaults["b"]
    try:
        him = People(a).add(Person(given="Zébulon", family="Quixotic", notes="SECRETNOTEMARKER " * 300))
        send(a, b)
        before = replication.local_changes(a, after_hlc=None)
        erase_person(a, him.id)
        erasure = on_the_wire(c for c in replication.local_changes(a, after_hlc=None) if c not in before)
        key = VaultKey.from_hex(vault_template[1])
        try:
            with b.transaction():
                replication.apply_remote(b, erasure)
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
        assert b.conn.execute("SELECT count(*) FROM person WHERE id = ?", (him.id,)).fetchone()[0] == 1
        with b.transaction():
            replication.apply_remote(b, erasure)
            assert b.conn.execute("SELECT count(*) FROM person WHERE id = ?", (him.id,)).fetchone()[0] == 0
        assert find(b.path, key, TRACES) == []
    finally:
        for v in vaults.values():
            v.close()


def test_a_reader_elsewhere_delays_the_wal_until_the_vault_closes(vault_template, tmp_path):
    """Another connection reading (a worker, another program) keeps the WAL's frames busy: the received erasure is
    applied all the same (no error), and the frames go when the vault is closed."""
    vaults = open_replicas(vault_template, tmp_path, ["a", "b"])
    a, b = vaults["a"], vaults["b"]
    reader = None
    try:
        him = People(a).add(Person(given="Zébulon", family="Quixotic", notes="SECRETNOTEMARKER " * 300))
        send(a, b)
        before = replication.local_changes(a, after_hlc=None)
        erase_person(a, him.id)
        erasure = on_the_wire(c for c in replication.local_changes(a, after_hlc=None) if c not in before)
        reader = b.reopen()
        reader.conn.execute("BEGIN")
        reader.conn.execute("SELECT count(*) FROM person").fetchone()   # a read transaction holding a snapshot
        done = replication.apply_remote(b, erasure)
        assert done.erased == 1
        assert b.conn.execute("SELECT count(*) FROM person WHERE id = ?", (him.id,)).fetchone()[0] == 0
        assert wal_path(b.path).stat().st_size > 0   # the reader's snapshot kept the WAL (no wait for it)
        reader.conn.execute("COMMIT")
        reader.close()
        reader = None
        b.close()
        assert find(b.path, VaultKey.from_hex(vault_template[1]), TRACES) == []
    finally:
        if reader is not None:
            reader.close()
        for v in vaults.values():
            v.close()
