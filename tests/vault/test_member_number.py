"""Member numbers in the vault (issue 10 item 5, schema 6): unique among live people when set, refused with a typed
error otherwise; searchable; a sortable column of the people list; and every earlier fixture vault upgrades to
schema 6 keeping everything it held."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from commons_desktop.core.errors import MemberNumberTaken
from commons_desktop.core.model import Person
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.migrations import LATEST
from commons_desktop.vault.people import People
from commons_desktop.vault.search import search

FIXTURES = Path(__file__).parent.parent / "fixtures" / "vaults"


def _tables(v: Vault) -> dict[str, list[dict]]:
    """Every row of every table (the search indexes' texts by rowid: their storage was rebuilt by schema 5), as
    dicts, in a stable order."""
    out = {}
    for (table,) in v.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                                   "AND name NOT LIKE '%\\_fts\\_%' ESCAPE '\\'"):
        columns = "rowid, body" if table.endswith("_fts") else "*"
        cur = v.conn.execute(f'SELECT {columns} FROM "{table}"')  # noqa: S608 - the vault's own table names
        names = [d[0] for d in cur.description]
        out[table] = sorted((dict(zip(names, row, strict=True)) for row in cur.fetchall()), key=repr)
    return out


@pytest.mark.parametrize("version", range(1, 6))
def test_earlier_vaults_upgrade_to_member_numbers_keeping_everything(tmp_path, version):
    path = tmp_path / f"v{version}.commons"
    shutil.copyfile(FIXTURES / f"schema-v{version}.commons", path)
    passphrase = f"fixture passphrase v{version}"
    with Vault.open(path, passphrase=passphrase, migrate_schema=False) as old:
        assert old.schema_version == version
        before = _tables(old)
    with Vault.open(path, passphrase=passphrase) as v:
        assert v.schema_version == LATEST
        after = _tables(v)
        assert [r.pop("member_number") for r in after["person"]] == [""] * len(before["person"])
        # (the membership types' step adds a type record, and its 'create' change, for each type the memberships use)
        after["change_log"] = [r for r in after["change_log"] if r["entity"] != "membership_type"]
        # (the change log's step adds two columns, NULL for the changes written before it)
        assert [(r.pop("replaced"), r.pop("elements")) for r in after["change_log"]] == [(None, None)] * len(
            before["change_log"])
        for table, rows in before.items():  # every row of every table as it was (change log, documents...)
            if table == "meta":  # (later migrations add settings and tables: they keep what was there)
                assert [r for r in rows if r not in after[table]] == []
            else:
                assert after[table] == rows, table
        people = People(v)
        (hit,) = search(v, "emilie")
        emilie = people.get(hit.id)
        assert (emilie.member_number, emilie.given, emilie.tags) == ("", "Émilie", ["bureau"])
        people.update(emilie.id, replace(emilie, member_number="0042"))  # the new column works on an old vault
        assert [h.id for h in search(v, "0042")] == [emilie.id]


def test_the_schema_6_fixture_has_a_member_number(tmp_path):
    path = tmp_path / "v6.commons"
    shutil.copyfile(FIXTURES / "schema-v6.commons", path)
    with Vault.open(path, passphrase="fixture passphrase v6") as v:
        (hit,) = search(v, "0042")
        assert People(v).get(hit.id).member_number == "0042"


def test_member_numbers_are_unique_among_live_people(vault):
    people = People(vault)
    ann = people.add(Person(given="Ann", member_number=" 0042 "))
    assert ann.member_number == "0042"  # cleaned as one line of text; leading zeros kept
    with pytest.raises(MemberNumberTaken) as exc:
        people.add(Person(given="Bob", member_number="0042"))
    assert (exc.value.number, exc.value.holder) == ("0042", ann.id)
    bob = people.add(Person(given="Bob", member_number="42"))  # another number
    with pytest.raises(MemberNumberTaken):
        people.update(bob.id, replace(bob, member_number="0042"))
    with pytest.raises(MemberNumberTaken):
        people.insert_many([Person(given="Cy", member_number="42")])  # a bulk write (an import) is held too
    people.add(Person(given="Dee"))
    people.add(Person(given="Eve"))  # no number: as many as wanted
    assert people.count() == 4
    people.update(ann.id, replace(people.get(ann.id), notes="kept her number"))  # her own number is no conflict
    people.delete(ann.id)
    cy = people.add(Person(given="Cy", member_number="0042"))  # a deleted person's number may be given again
    with pytest.raises(MemberNumberTaken):
        people.restore(ann.id)  # ... and she cannot come back with it
    assert people.find_by_member_number("0042") == cy.id and people.find_by_member_number("7") is None


def test_member_numbers_in_the_people_list(vault):
    people = People(vault)
    for n, number in enumerate(["10", "9", "", "A1", "2"]):
        people.add(Person(given=f"P{n}", family="Lee", member_number=number))
    rows = people.page(order="member_number")
    assert [r.member_number for r in rows] == ["", "2", "9", "10", "A1"]  # 9 before 10
    assert [r.member_number for r in people.page(order="member_number", descending=True)][:2] == ["A1", "10"]
    assert [r.member_number for r in people.page(text="A1")] == ["A1"]
    plan = " ".join(str(r) for r in vault.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM person WHERE deleted IS NULL ORDER BY substr("
        "'00000000000000000000000000000000000000000000000000' || member_number, -50), rid LIMIT 10"))
    assert "person_member_number_sort" in plan  # a page by number never sorts the whole table


def test_merging_two_records_keeps_a_member_number(vault):
    from commons_desktop.services import merge
    people = People(vault)
    keep = people.add(Person(given="Ann", family="Lee"))
    drop = people.add(Person(given="Ann", family="LEE", member_number="0042"))
    merge.merge(vault, keep.id, drop.id)
    assert people.get(keep.id).member_number == "0042" and people.find_by_member_number("0042") == keep.id
