"""The one change writer: typed changes, (device, hlc) unique and idempotent for received changes, each update's
replaced clocks and element changes, the schema step that makes stamps unique, erasure scrubbing, and the
"vault changed" event after each commit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from commons_desktop.core.changes import Change, Element, ElementChange, FieldSet, Op
from commons_desktop.core.model import Consent, Email, Person, Phone
from commons_desktop.vault import changelog, tags
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.erase import erase_person
from commons_desktop.vault.events import MANY, VaultChanged
from commons_desktop.vault.json_text import loads
from commons_desktop.vault.migrations import CHANGES_VERSION, migrate
from commons_desktop.vault.people import People

FIXTURES = Path(__file__).parent.parent / "fixtures" / "vaults"


def _clocks(v: Vault, ident: str) -> dict:
    return loads(v.conn.execute("SELECT clocks FROM person WHERE id = ?", (ident,)).fetchone()[0])


def test_every_operation_is_typed_and_read_back(vault):
    people = People(vault)
    p = people.add(Person(given="Ada", emails=[Email("ada@example.org")]))
    people.update(p.id, Person(given="Ada", family="Lovelace", emails=[Email("ada@example.org")]))
    tags.add_tag(vault, "bureau", [p.id])
    tags.remove_tag(vault, "bureau", [p.id])
    people.delete(p.id)
    people.restore(p.id)
    ops = [c.op for c in reversed(changelog.history(vault, p.id))]
    assert ops == [Op.CREATE, Op.UPDATE, Op.TAG, Op.UNTAG, Op.DELETE, Op.RESTORE]
    assert all(isinstance(o, Op) for o in ops)
    create, update = reversed(changelog.history(vault, p.id)[-2:])
    assert create.fields["given"] == "Ada" and create.replaced is None
    assert update.fields == {"family": "Lovelace"}
    assert update.replaced == {"family": create.hlc}  # the clock of the value it replaced: the creation
    assert update.sets() == {"family": FieldSet("Lovelace", create.hlc)}
    assert {c.device for c in changelog.history(vault, p.id)} == {"test-device"}


def test_an_update_names_the_clock_of_each_value_it_replaced(vault):
    people = People(vault)
    p = people.add(Person(given="A", family="B"))
    first = people.update_fields(p.id, {"given": "A2"})
    h1 = changelog.history(vault, p.id, limit=1)[0].hlc
    assert first == {"given": "A2"} and _clocks(vault, p.id) == {"given": h1}
    people.update_fields(p.id, {"given": "A3", "family": "B2"})
    second = changelog.history(vault, p.id, limit=1)[0]
    assert second.replaced == {"given": h1, "family": p.created}
    assert _clocks(vault, p.id) == {"given": second.hlc, "family": second.hlc}
    assert people.update_fields(p.id, {"given": "A3"}) == {}  # nothing differs: nothing written
    assert len(changelog.history(vault, p.id)) == 3


def test_multi_valued_fields_change_by_element(vault):
    people = People(vault)
    p = people.add(Person(given="E", emails=[Email("a@x.org"), Email("b@x.org", "work")],
                          phones=[Phone("+32 470 11 22 33")], custom={"zone": "nord"},
                          consents=[Consent("newsletter")]))
    # b's kind changes (same element), a is edited in place (a new address: remove + add replacing it), c is new
    people.update_fields(p.id, {
        "emails": [{"address": "a2@x.org", "kind": "home"}, {"address": "B@x.org", "kind": "home"},
                   {"address": "c@x.org", "kind": "other"}],
        "custom": {"zone": "sud", "atelier": "vélo"}})
    change = changelog.history(vault, p.id, limit=1)[0]
    created = p.created
    assert change.elements["emails"] == (
        ElementChange(Element.REMOVE, "a@x.org", created),
        ElementChange(Element.SET, "b@x.org", created),
        ElementChange(Element.ADD, "a2@x.org", None, "a@x.org"),
        ElementChange(Element.ADD, "c@x.org"),
    )
    assert change.elements["custom"] == (ElementChange(Element.SET, "zone", created),
                                         ElementChange(Element.ADD, "atelier"))
    clocks = _clocks(vault, p.id)
    assert clocks["emails[]"] == {"b@x.org": change.hlc, "a2@x.org": change.hlc, "c@x.org": change.hlc}
    # the next change of b names b's own clock; removing c forgets c's
    people.update_fields(p.id, {"emails": [{"address": "a2@x.org", "kind": "home"},
                                           {"address": "b@x.org", "kind": "work"}]})
    again = changelog.history(vault, p.id, limit=1)[0]
    assert again.elements["emails"] == (ElementChange(Element.REMOVE, "c@x.org", change.hlc),
                                        ElementChange(Element.SET, "b@x.org", change.hlc))
    assert again.replaced == {"emails": change.hlc}
    assert set(_clocks(vault, p.id)["emails[]"]) == {"a2@x.org", "b@x.org"}


def test_received_changes_keep_their_stamp_and_are_written_once(vault):
    people = People(vault)
    p = people.add(Person(given="R"))
    row, at = people._stored(p.id)
    remote = Change.update("person", p.id, {"given": FieldSet("R2", p.created)}, hlc="1999999999999.00000",
                           device="other-laptop", author="them")
    with vault.transaction():
        assert people.apply_update(remote, row, at, {}) is True
    twice = Change.update("person", p.id, {"given": FieldSet("R2", p.created)}, hlc="1999999999999.00000",
                          device="other-laptop", author="them")
    with vault.transaction():
        assert changelog.write(vault, twice) is False  # the same (device, hlc): nothing written
    logged = [c for c in changelog.history(vault, p.id) if c.device == "other-laptop"]
    assert len(logged) == 1 and logged[0].hlc == "1999999999999.00000" and logged[0].author == "them"
    assert people.get(p.id).given == "R2"
    assert changelog.seen(vault, [("other-laptop", "1999999999999.00000"), ("x", "1")]) == {
        ("other-laptop", "1999999999999.00000")}
    # a local change after a received one is stamped past it
    people.update_fields(p.id, {"given": "R3"})
    assert changelog.history(vault, p.id, limit=1)[0].hlc > "1999999999999.00000"


def test_two_connections_never_stamp_the_same_change(vault):
    other = vault.reopen()
    try:
        a, b = People(vault), People(other)
        for n in range(30):
            (a if n % 2 else b).add(Person(given=f"P{n}"))
        stamps = [r[0] for r in vault.conn.execute("SELECT hlc FROM change_log")]
        assert len(stamps) == len(set(stamps)) == 30
    finally:
        other.close()


def test_a_second_process_moves_the_clock_past_the_log(vault_path, vault_key):
    """Another process with its own clock (the CLI beside the app): its first write in a transaction reads the log."""
    first = Vault.open(vault_path, key=vault_key, device="d", clock=lambda: 1_000.0)
    second = Vault.open(vault_path, key=vault_key, device="d", clock=lambda: 1_000.0)
    try:
        for n in range(5):
            People(first).add(Person(given=f"F{n}"))
            People(second).add(Person(given=f"S{n}"))
        stamps = [r[0] for r in first.conn.execute("SELECT hlc FROM change_log")]
        assert len(stamps) == len(set(stamps)) == 10
    finally:
        first.close()
        second.close()


def test_changes_are_written_inside_a_transaction_only(vault):
    with pytest.raises(RuntimeError):
        changelog.write(vault, Change(Op.DELETE, "person", "x"))


def test_the_schema_step_makes_earlier_duplicate_stamps_unique(tmp_path):
    """Before it, two connections of one app each had a clock: the same (device, hlc) could be logged twice."""
    path = tmp_path / "v5.commons"
    shutil.copyfile(FIXTURES / "schema-v5.commons", path)
    v = Vault.open(path, passphrase="fixture passphrase v5", migrate_schema=False)
    try:
        before = v.conn.execute("SELECT seq, hlc, entity_id, op, fields FROM change_log ORDER BY seq").fetchall()
        seq, hlc = before[0][0], before[0][1]
        with v.transaction() as c:  # what the two clocks could write: three entries of one stamp
            c.execute("UPDATE change_log SET hlc = ? WHERE seq IN (?, ?)", (hlc, seq + 1, seq + 2))
        migrate(v, backup=False, target=CHANGES_VERSION)  # (later steps may log changes of their own)
        after = v.conn.execute("SELECT seq, hlc, device, entity_id, op, fields FROM change_log ORDER BY seq").fetchall()
        assert len({(r[2], r[1]) for r in after}) == len(after) == len(before)
        assert [(r[0], r[3], r[4], r[5]) for r in after] == [(r[0], r[2], r[3], r[4]) for r in before]
        assert after[0][1] == hlc and after[1][1] > hlc and after[2][1] > after[1][1]
        with v.transaction() as c, pytest.raises(Exception, match="UNIQUE"):
            c.execute("INSERT INTO change_log(hlc, device, entity, entity_id, op) VALUES (?, ?, 'x', 'x', 'delete')",
                      (after[0][1], after[0][2]))
    finally:
        v.close()


def test_erasure_scrubs_every_payload_of_the_person(vault):
    people = People(vault)
    p = people.add(Person(given="Secret", emails=[Email("secret@x.org")]))
    people.update_fields(p.id, {"emails": [{"address": "other-secret@x.org", "kind": "home"}]})
    erase_person(vault, p.id)
    rows = vault.conn.execute("SELECT op, fields, replaced, elements FROM change_log WHERE entity_id = ?",
                              (p.id,)).fetchall()
    assert [r[0] for r in rows] == ["create", "update", "erase"]
    assert all(r[1:] == (None, None, None) for r in rows)


def test_one_event_after_each_commit_and_none_after_a_rollback(vault):
    seen: list[VaultChanged] = []
    unsubscribe = vault.events.subscribe(seen.append)
    people = People(vault)
    with vault.transaction():
        a = people.add(Person(given="A"))
        people.update_fields(a.id, {"given": "A2"})
        assert seen == []  # nothing before the commit
    assert seen == [VaultChanged(frozenset({"person"}), frozenset({a.id}), 2)]
    with pytest.raises(ZeroDivisionError), vault.transaction():
        people.add(Person(given="B"))
        raise ZeroDivisionError
    assert len(seen) == 1
    vault.set_meta("name", "no record changed")
    assert len(seen) == 1
    people.add_many([Person(given=f"P{n}") for n in range(MANY + 1)])
    assert seen[-1].ids is None and seen[-1].entities == {"person"} and seen[-1].touches("person", "any")
    worker = vault.reopen()  # a worker's connection shares the listeners
    try:
        People(worker).add(Person(given="W"))
    finally:
        worker.close()
    assert len(seen) == 3
    unsubscribe()
    people.add(Person(given="C"))
    assert len(seen) == 3


def _columns(v: Vault) -> dict[str, str]:
    tables = [r[0] for r in v.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite%'")]
    return {t: ", ".join(f'"{r[1]}"' for r in v.conn.execute(f"PRAGMA table_info({t})")) for t in tables}


def _every_row(v: Vault, columns: dict[str, str]) -> dict[str, list]:
    """Every row of these tables, the columns named (a later step may add some)."""
    return {t: sorted(map(repr, v.conn.execute(f"SELECT {names} FROM {t}"))) for t, names in columns.items()}  # noqa: S608


@pytest.mark.parametrize("version", sorted(int(p.stem.split("-v")[1]) for p in FIXTURES.glob("schema-v*.commons")))
def test_every_earlier_fixture_upgrades_without_loss(tmp_path, version):
    path = tmp_path / "old.commons"
    shutil.copyfile(FIXTURES / f"schema-v{version}.commons", path)
    with Vault.open(path, passphrase=f"fixture passphrase v{version}", migrate_schema=False) as v:
        columns = _columns(v)
        before = _every_row(v, columns)
        migrate(v, backup=False)
        after = _every_row(v, columns)
        for table, rows in before.items():  # every row kept (later steps may add some: a setting, a column)
            if table == "change_log":  # (as it was; the membership types' step logs the creation of each type it makes)
                kept = set(rows)
                assert [r for r in after[table] if r in kept] == rows
                assert all(", 'membership_type', " in r and ", 'create', " in r for r in after[table] if r not in kept)
            if table == "record_count":  # (the count of changes grows by the types' creates)
                rows = [r for r in rows if not r.startswith("('changes',")]
            assert set(rows) <= set(after[table]), table
        if version < CHANGES_VERSION:  # (two columns more, NULL for the changes written before)
            assert v.conn.execute("SELECT count(*) FROM change_log WHERE replaced IS NOT NULL OR elements IS NOT NULL"
                                  ).fetchone()[0] == 0
        history = changelog.history(v, limit=1000)
        assert history and all(isinstance(c.op, Op) for c in history)
        assert len({c.key for c in history}) == len(history)
