"""Snapshots (vault/snapshot_copy.py): a copy of the database's replicated tables under a random key. A new laptop
starts from one and then merges like the others; the copy leaves every local thing out; a copy is read as hostile
(anything malformed refused, nothing written)."""

from __future__ import annotations

from pathlib import Path

import pytest

from commons_desktop.core.errors import BadChange
from commons_desktop.core.model import Email, Person
from commons_desktop.vault import changelog, replication, servers, snapshot_copy, tags
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.people import People
from commons_desktop.vault.search import search
from tests.vault.replicas import on_the_wire, open_replicas
from tests.vault.workload import Workload


def _copy(vault, folder: Path) -> tuple[Path, snapshot_copy.Written]:
    path = folder / f"snap-{len(list(folder.glob('snap-*')))}.db"
    return path, snapshot_copy.write(vault, path)


def test_a_new_laptop_starts_from_a_snapshot_and_then_merges(vault_template, tmp_path):
    (tmp_path / "w").mkdir()
    w = Workload(7, vault_template, tmp_path / "w", count=2, steps=80)
    try:
        w.run()
        a, b = w.vaults.values()
        (new,) = open_replicas(vault_template, tmp_path, ["new"]).values()
        path, made = _copy(a, tmp_path)
        covered = snapshot_copy.load(new, path, made.key, covered=made.covered)
        assert covered == {d: h for d, h in a.conn.execute("SELECT device, max(hlc) FROM change_log GROUP BY device")}
        assert replication.canonical(new) == replication.canonical(a)
        # everyone edits on; the new laptop gets what came after the snapshot, the others get its changes
        people = People(new).ids()
        People(new).update_fields(people[0], {"notes": "from the new laptop"})
        People(a).add(Person(given="After", emails=[Email("after@x.org")]))
        for src in (a, b):
            after = covered.get(replication.device_id(src))
            replication.apply_remote(new, on_the_wire(replication.local_changes(src, after_hlc=after)),
                                     allow_mass_delete=True)
            replication.apply_remote(src, on_the_wire(replication.local_changes(new, after_hlc=None)))
        replication.apply_remote(b, on_the_wire(replication.local_changes(a, after_hlc=None)))
        replication.apply_remote(a, on_the_wire(replication.local_changes(b, after_hlc=None)))
        assert replication.canonical(new) == replication.canonical(a) == replication.canonical(b)
        new.close()
    finally:
        w.close()


@pytest.fixture
def source(vault):
    people = People(vault)
    p = people.add(Person(given="Ada", family="Lovelace", emails=[Email("ada@x.org")]))
    people.update_fields(p.id, {"family": "King"})
    tags.add_tag(vault, "Bénévoles", [p.id])
    Documents(vault).add("Statuts", b"v1", "s.txt", "text/plain", links=[("person", p.id)])
    return vault


def test_a_loaded_copy_is_searchable_counted_and_said_once(source, vault_template, tmp_path):
    path, made = _copy(source, tmp_path)
    (new,) = open_replicas(vault_template, tmp_path, ["new"]).values()
    seen = []
    new.events.subscribe(seen.append)
    try:
        snapshot_copy.load(new, path, made.key)
        assert [h.id for h in search(new, "King")] == [h.id for h in search(source, "King")] != []
        assert People(new).count() == 1 and People(new).count(text="lovel") == 0 and People(new).count(text="kin") == 1
        assert tags.tagged(new, "bénévoles") == tags.tagged(source, "bénévoles")
        assert Documents(new).content(Documents(new).list()[0].id) == b"v1"
        assert changelog.count(new) == changelog.count(source)
        assert len(seen) == 1 and seen[0].remote
        assert new.conn.execute("INSERT INTO person_fts(person_fts) VALUES ('integrity-check')").fetchall() == []
        # its own clock runs past every stamp copied: its next change is the latest
        People(new).update_fields(People(new).ids()[0], {"notes": "mine"})
        assert replication.local_changes(new, after_hlc=None)[-1].hlc > max(made.covered.values())
    finally:
        new.close()


def test_the_copy_leaves_out_what_is_local_to_the_laptop(source, vault_template, tmp_path):
    """meta (device id, installation, name, settings), servers and their state, team state, the disclosure log,
    export profiles, partners, conflicts: none of it is in the file, and the new vault keeps its own."""
    source.set_meta("a-local-setting", "LocalCanary")
    servers.add(source, "hoster", "webdav", "https://dav.example.org/ServerCanary/", "ServerUser")
    p = People(source).ids()[0]
    source.conn.execute("INSERT INTO conflict(kind, code, entity, entity_id, field, local, remote, local_hlc, "
                        "remote_hlc, remote_device, created) VALUES ('conflict', 'field', 'person', ?, 'notes', "
                        "'x', 'y', '1780000000000.00000', '1780000000000.00001', 'other', '1780000000000.00002')",
                        (p,))
    path, made = _copy(source, tmp_path)
    (new,) = open_replicas(vault_template, tmp_path, ["new"]).values()
    try:
        mine = replication.device_id(new)
        c = new.conn
        c.execute("ATTACH DATABASE ? AS peek KEY ?", (str(path), f"x'{made.key}'"))
        tables = {r[0] for r in c.execute("SELECT name FROM peek.sqlite_master WHERE type = 'table'")}
        c.execute("DETACH DATABASE peek")
        assert tables == {*snapshot_copy.TABLES, *snapshot_copy.SEARCH, "snapshot_info"}
        for local in ("meta", "sync_server", "sync_target", "sync_item", "card_item", "team", "team_key",
                      "team_device", "team_published", "team_applied", "disclosure", "disclosure_record",
                      "export_profile", "partner", "group_identity", "import_mapping", "record_origin", "conflict"):
            assert local not in tables
        data = path.read_bytes()
        for word in (b"LocalCanary", b"ServerCanary", b"ServerUser", b"Lovelace", b"King", b"SQLite format"):
            assert word not in data
        snapshot_copy.load(new, path, made.key)
        assert replication.device_id(new) == mine != replication.device_id(source)
        assert new.get_meta("a-local-setting") is None and servers.all_servers(new) == []
        assert c.execute("SELECT count(*) FROM conflict").fetchone()[0] == 0
    finally:
        new.close()


def test_parked_changes_travel_with_the_copy(source, vault_template, tmp_path):
    """A change received before its record (parked) is covered by the snapshot's stamps: the copy carries it."""
    source.conn.execute("INSERT INTO parked_change(device, hlc, entity_id, change) VALUES "
                        "('other', '1780000000000.00000', 'x', '{}')")
    path, made = _copy(source, tmp_path)
    (new,) = open_replicas(vault_template, tmp_path, ["new"]).values()
    try:
        snapshot_copy.load(new, path, made.key)
        assert new.conn.execute("SELECT device, entity_id FROM parked_change").fetchall() == [("other", "x")]
    finally:
        new.close()


def _spoil_sql(path: Path, key: str, *statements: str) -> None:
    """What a hostile holder of the team key could write: the file opened with its own key and changed."""
    import sqlcipher3
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    for s in statements:
        conn.execute(s)
    conn.commit()
    conn.close()


def _flip(path: Path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 1
    path.write_bytes(bytes(data))


SPOILS = {
    "bit flipped": lambda p, k: _flip(p, p.stat().st_size // 2),
    "truncated": lambda p, k: p.write_bytes(p.read_bytes()[:p.stat().st_size // 2]),
    "not a database": lambda p, k: p.write_bytes(b"hello" * 1000),
    "version": lambda p, k: _spoil_sql(p, k, "UPDATE snapshot_info SET value = '99' WHERE key = 'version'"),
    "schema": lambda p, k: _spoil_sql(p, k, "UPDATE snapshot_info SET value = '3' WHERE key = 'schema'"),
    "count": lambda p, k: _spoil_sql(p, k, "UPDATE snapshot_info SET value = '7' WHERE key = 'count'"),
    "covered": lambda p, k: _spoil_sql(p, k, "UPDATE snapshot_info SET value = '{\"../x\": \"1\"}' "
                                       "WHERE key = 'covered'"),
    "extra table": lambda p, k: _spoil_sql(p, k, "CREATE TABLE meta (key TEXT, value TEXT)",
                                           "INSERT INTO meta VALUES ('device_id', 'stolen')"),
    "column missing": lambda p, k: _spoil_sql(p, k, "ALTER TABLE person DROP COLUMN notes"),
    "column added": lambda p, k: _spoil_sql(p, k, "ALTER TABLE person ADD COLUMN password TEXT"),
    "dangling link": lambda p, k: _spoil_sql(p, k, "UPDATE document_version SET document_id = 'nowhere'"),
    "null where none may be": lambda p, k: _spoil_sql(p, k, "UPDATE person SET id = NULL"),
    "check refused": lambda p, k: _spoil_sql(p, k, "UPDATE contact_point SET kind = 'fax'"),
    "one id twice": lambda p, k: _spoil_sql(p, k, "INSERT INTO person SELECT * FROM person"),
}


@pytest.mark.parametrize("how", sorted(SPOILS))
def test_a_malformed_copy_is_refused_and_nothing_is_written(source, vault_template, tmp_path, how):
    good, made = _copy(source, tmp_path)
    bad, spoilt = _copy(source, tmp_path)
    SPOILS[how](bad, spoilt.key)
    (new,) = open_replicas(vault_template, tmp_path, ["new"]).values()
    try:
        with pytest.raises(BadChange) as caught:
            snapshot_copy.load(new, bad, spoilt.key, covered=spoilt.covered)
        assert caught.value.code == "bad-snapshot"
        assert changelog.count(new) == 0 and People(new).count() == 0 and not new.conn.in_transaction
        snapshot_copy.load(new, good, made.key, covered=made.covered)  # the good one still loads
        assert replication.canonical(new) == replication.canonical(source)
    finally:
        new.close()


def test_a_wrong_key_or_other_cover_is_refused(source, vault_template, tmp_path):
    path, made = _copy(source, tmp_path)
    (new,) = open_replicas(vault_template, tmp_path, ["new"]).values()
    try:
        for key, covered in ((made.key[::-1], None), ("x' OR 1", None), (made.key, {"someone": made.covered})):
            with pytest.raises(BadChange):
                snapshot_copy.load(new, path, key, covered=covered)
        assert People(new).count() == 0
    finally:
        new.close()


def test_a_snapshot_goes_only_into_an_empty_vault(source, tmp_path):
    path, made = _copy(source, tmp_path)
    with pytest.raises(BadChange) as caught:
        snapshot_copy.load(source, path, made.key)
    assert caught.value.code == "not-empty"


def test_stopping_between_tables_writes_nothing(source, vault_template, tmp_path):
    path, made = _copy(source, tmp_path)
    (new,) = open_replicas(vault_template, tmp_path, ["new"]).values()

    def stop(done: int, total: int) -> None:
        if done == total // 2:
            raise KeyboardInterrupt

    try:
        with pytest.raises(KeyboardInterrupt):
            snapshot_copy.load(new, path, made.key, step=stop)
        assert changelog.count(new) == 0 and People(new).count() == 0 and not new.conn.in_transaction
        assert new.conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index'").fetchone()[0] == \
            source.conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index'").fetchone()[0]
        snapshot_copy.load(new, path, made.key)
        assert replication.canonical(new) == replication.canonical(source)
    finally:
        new.close()


def test_a_member_number_of_a_deleted_person_held_again_by_another_loads(vault, vault_template, tmp_path):
    """A member number is unique among LIVE people: a deleted person's number given again to someone else is in the
    snapshot twice, and the new laptop takes it."""
    people = People(vault)
    gone = people.add(Person(given="Ada", member_number="42"))
    people.delete(gone.id)
    people.add(Person(given="Grace", member_number="42"))
    path, made = _copy(vault, tmp_path)
    (new,) = open_replicas(vault_template, tmp_path, ["new"]).values()
    snapshot_copy.load(new, path, made.key)
    assert replication.canonical(new) == replication.canonical(vault)
    new.close()


def test_two_live_people_with_one_member_number_is_a_bad_snapshot(vault, vault_template, tmp_path):
    people = People(vault)
    people.add(Person(given="Ada", member_number="1"))
    people.add(Person(given="Grace", member_number="2"))
    path, made = _copy(vault, tmp_path)
    _spoil_sql(path, made.key, "UPDATE person SET member_number = '1'")
    (new,) = open_replicas(vault_template, tmp_path, ["new"]).values()
    try:
        with pytest.raises(BadChange):
            snapshot_copy.load(new, path, made.key)
        assert changelog.count(new) == 0 and People(new).count() == 0
    finally:
        new.close()
