"""The counts `info` shows are kept by the vault (record_count, maintained by triggers), not recounted: after every
kind of write, rollback and migration they equal the tables counted one by one."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from commons_desktop.core.model import Contribution, Membership, Organisation, Person, Relationship
from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.services import demo, imports, lists, maintenance, merge, records
from commons_desktop.vault import counts, tags
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.erase import erase_person
from commons_desktop.vault.memberships import Contributions, Memberships
from commons_desktop.vault.migrations import LATEST, TYPES_VERSION
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships
from commons_desktop.vault.saved_searches import SavedSearches

FIXTURES = Path(__file__).parent.parent / "fixtures" / "vaults"


def kept_equals_real(vault: Vault) -> dict[str, int]:
    kept = counts.kept(vault)
    assert kept == counts.recount(vault)
    return kept


def test_a_new_vault_keeps_zero_of_everything_and_info_reads_the_kept_counts(vault):
    assert vault.schema_version == LATEST >= counts.KEPT_SINCE
    assert kept_equals_real(vault) == dict.fromkeys(counts.KINDS, 0)
    vault.conn.execute("UPDATE record_count SET count = 7 WHERE kind = 'changes'")  # (what a kept count is: read)
    assert maintenance.counts(vault)["changes"] == 7


def test_every_kind_of_write_keeps_the_counts(vault):
    people, orgs = People(vault), Organisations(vault)
    ann = people.add(Person(given="Ann", family="Lee"))
    bob, cat = (people.get(i) for i in people.add_many([Person(given="Bob"), Person(given="Cat")]))
    org = orgs.add(Organisation(name="Union"))
    kept = kept_equals_real(vault)
    assert (kept["people"], kept["organisations"]) == (3, 1)
    people.update(ann.id, Person(given="Ann", family="Leigh"))
    tags.add_tag(vault, "bureau", [ann.id, org.id])
    tags.add_tag(vault, "comité", [bob.id])
    tags.remove_tag(vault, "comité", [bob.id])
    Relationships(vault).add(Relationship("member_of", ann.id, org.id))
    m = Memberships(vault).add(Membership(ann.id, start=date(2025, 1, 1)))
    c = Contributions(vault).add(Contribution(ann.id, Decimal("10"), date=date(2025, 2, 1)))
    Contributions(vault).add(Contribution(bob.id, Decimal("5"), date=date(2025, 2, 1)))
    docs = Documents(vault)
    d = docs.add("Minutes", b"text", "m.txt", "text/plain", [("person", cat.id)])
    docs.add_version(d.id, b"text 2", "m.txt", "text/plain")
    SavedSearches(vault).add("Leeds", "leeds")
    kept = kept_equals_real(vault)
    assert kept["tags"] == 2 and kept["documents"] == 1 and kept["saved_searches"] == 1 and kept["contributions"] == 2

    people.delete(bob.id)  # a tombstone
    Memberships(vault).tombstone(m.id)
    Contributions(vault).tombstone(c.id)
    assert kept_equals_real(vault)["people"] == 2
    people.restore(bob.id)
    assert kept_equals_real(vault)["people"] == 3
    erase_person(vault, cat.id)  # rows deleted for real, with the person's own document
    kept = kept_equals_real(vault)
    assert (kept["people"], kept["documents"]) == (2, 0)
    people.delete(bob.id)
    erase_person(vault, bob.id)  # erasing a tombstone: it was not counted
    assert kept_equals_real(vault)["people"] == 1
    orgs.delete(org.id)
    assert kept_equals_real(vault)["organisations"] == 0


def test_services_writes_merge_and_bulk_actions_keep_the_counts(vault):
    a = records.add_person(vault, records.RecordEdit(fields={"given": "Émilie", "family": "Dupré"},
                                                     emails=["e@example.org"], add_tags=["bureau"]))
    b = records.add_person(vault, records.RecordEdit(fields={"given": "Emilie", "family": "Dupre"},
                                                     emails=["e2@example.org"]))
    records.add_organisation(vault, records.RecordEdit(fields={"name": "Maison"}))
    lists.save_person(vault, None, Person(given="Zoé", tags=["new tag"]))
    merge.merge(vault, a.id, b.id)
    assert kept_equals_real(vault)["people"] == 2
    ids = People(vault).ids()
    lists.bulk_tag(vault, ids, "everyone")
    lists.bulk_delete_people(vault, ids)
    assert kept_equals_real(vault)["people"] == 0
    lists.save_search(vault, "all", lists.PeopleQuery(text="e"))
    lists.delete_saved_search(vault, SavedSearches(vault).all()[0].id)
    assert kept_equals_real(vault)["saved_searches"] == 0


def test_a_rolled_back_write_leaves_the_counts_as_they_were(vault):
    People(vault).add(Person(given="Kept"))
    before = kept_equals_real(vault)
    with pytest.raises(RuntimeError), vault.transaction():
        People(vault).add_many([Person(given=f"Gone {n}") for n in range(50)])
        tags.add_tag(vault, "gone", People(vault).ids())
        raise RuntimeError("cancelled")
    assert kept_equals_real(vault) == before


def test_demo_and_import_keep_the_counts(vault):
    made = demo.generate(vault, people=120, seed=3)
    kept = kept_equals_real(vault)
    assert kept["people"] == made["people"] and kept["contributions"] == made["contributions"]
    text = "given,family,email\nNew,One,new1@example.org\nNew,Two,new2@example.org\n"
    imports.apply(vault, imports.read(vault, text.encode(), name="new.csv"), ImportOptions())
    assert kept_equals_real(vault)["people"] == made["people"] + 2


@pytest.mark.parametrize("version", sorted(int(p.stem.split("-v")[1]) for p in FIXTURES.glob("schema-v*.commons")))
def test_a_migrated_vault_of_every_schema_keeps_counts_equal_to_its_tables(tmp_path, version):
    path = tmp_path / "old.commons"
    shutil.copyfile(FIXTURES / f"schema-v{version}.commons", path)
    with Vault.open(path, passphrase=f"fixture passphrase v{version}", migrate_schema=False) as old:
        before = counts.recount(old)
        assert counts.kept(old) == before  # (an older vault that is not upgraded is counted)
    with Vault.open(path, passphrase=f"fixture passphrase v{version}") as v:
        assert v.schema_version == LATEST
        kept = kept_equals_real(v)
        typed = 0 if version >= TYPES_VERSION else v.conn.execute(  # (the types' step logs a create of each type)
            "SELECT count(*) FROM change_log WHERE entity = 'membership_type'").fetchone()[0]
        assert kept == {**before, "changes": before["changes"] + typed} and kept["people"] == 1 and kept["changes"] > 0
        People(v).add(Person(given="After", family="Upgrade"))
        assert kept_equals_real(v)["people"] == 2
