"""commons tag rename|merge|delete: one transaction each, logged on every record carrying the tag, the search index
following, saved searches and export profiles following a rename or a merge, a delete refused while they select by
the tag."""

from __future__ import annotations

import json

from commons_desktop.services import lists, records
from commons_desktop.vault import changelog, search
from commons_desktop.vault import tags as store
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.saved_searches import SavedSearches

from .conftest import snapshot


def as_json(result):
    assert result.code == 0, result.err
    return json.loads(result.out)


def _tags(club) -> dict[str, int]:
    with Vault.open(club.path, key=club.key) as v:
        return dict(store.list_tags(v))


def test_rename_moves_every_record_logs_it_and_reindexes(cli, club):
    v = ("--vault", club.path)
    assert cli(*v, "tag", "add", "bureau", club.other_person, club.organisation, club.document).code == 0
    with Vault.open(club.path, key=club.key) as vault:
        before = changelog.count(vault)
    r = cli(*v, "tag", "rename", "bureau", "Comité, fêtes")
    assert r.code == 0, r.err
    assert r.out.strip() == "renamed tag 'bureau' to 'Comité, fêtes' on 4 record(s)"
    assert _tags(club) == {"Comité, fêtes": 4}
    with Vault.open(club.path, key=club.key) as vault:
        assert changelog.count(vault) == before + 8  # an untag and a tag on each of the 4 records
        latest = changelog.history(vault, club.person, limit=2)
        assert [(e.op, e.fields) for e in latest] == [("tag", {"tag": "Comité, fêtes"}), ("untag", {"tag": "bureau"})]
        # the search index follows: the new name finds the people and the organisation, the old one nobody
        assert {h.id for h in search.search(vault, "comite fetes")} == {club.person, club.other_person,
                                                                          club.organisation}
        assert search.search(vault, "bureau") == []
        assert lists.person(vault, club.person).tags == ["Comité, fêtes"]
    # a change of case only is a rename too
    assert as_json(cli(*v, "--json", "tag", "rename", "comité, FÊTES", "comité, fêtes"))["new"] == "comité, fêtes"
    assert _tags(club) == {"comité, fêtes": 4}


def test_rename_to_an_existing_tag_is_refused_with_one_line(cli, club):
    v = ("--vault", club.path)
    cli(*v, "tag", "add", "ca", club.other_person)
    before = snapshot(club.path, club.key)
    r = cli(*v, "tag", "rename", "bureau", "CA")
    assert r.code == 1
    assert "a tag named 'CA' exists: merge the two tags instead" in r.one_error_line()
    r = cli(*v, "tag", "rename", "nope", "other")
    assert r.code == 1 and "no tag with id nope" in r.one_error_line()
    r = cli(*v, "tag", "rename", "bureau", " ")
    assert r.code == 4 and "a tag has 1 to 80 characters" in r.one_error_line()
    assert snapshot(club.path, club.key) == before


def test_merge_keeps_one_tag_per_record(cli, club):
    v = ("--vault", club.path)
    cli(*v, "tag", "add", "CA", club.person, club.other_person)  # Émilie carries both
    out = as_json(cli(*v, "--json", "tag", "merge", "bureau", "ca"))
    assert (out["old"], out["new"], out["records"]) == ("bureau", "CA", 1)
    assert _tags(club) == {"CA": 2}
    with Vault.open(club.path, key=club.key) as vault:
        assert [(e.op, e.fields) for e in changelog.history(vault, club.person, limit=1)] == \
            [("untag", {"tag": "bureau"})]  # she already carried CA: no second tag logged
        assert {h.id for h in search.search(vault, "ca")} >= {club.person, club.other_person}
    r = cli(*v, "tag", "merge", "CA", "ca")
    assert r.code == 1 and "cannot be merged into itself" in r.one_error_line()


def test_saved_searches_and_profiles_follow_a_rename_and_block_a_delete(cli, club):
    v = ("--vault", club.path)
    with Vault.open(club.path, key=club.key) as vault:
        saved = lists.save_search(vault, "Le bureau", lists.PeopleQuery(text="", tag="bureau"))
    assert cli(*v, "profile", "add", "fed", "--tag", "bureau", "--fields", "given,family").code == 0
    before = snapshot(club.path, club.key)
    r = cli(*v, "tag", "delete", "bureau")
    assert r.code == 1
    assert ("tag 'bureau' is used by saved search 'Le bureau', export profile 'fed': change or delete them first"
            in r.one_error_line())
    assert snapshot(club.path, club.key) == before

    out = as_json(cli(*v, "--json", "tag", "rename", "bureau", "Bureau 2027"))
    assert out["saved_searches"] == ["Le bureau"] and out["profiles"] == ["fed"]
    with Vault.open(club.path, key=club.key) as vault:
        assert SavedSearches(vault).get(saved.id).filters == {"tag": "Bureau 2027"}
        assert changelog.history(vault, saved.id, limit=1)[0].fields == {"filters": {"tag": "Bureau 2027"}}
        assert lists.people_ids(vault, lists.PeopleQuery(tag="Bureau 2027")) == [club.person]
    assert json.loads(cli(*v, "--json", "profile", "show", "fed").out)["selection"] == "tag 'Bureau 2027'"
    code = cli(*v, "export", "--format", "csv", "--profile", "fed", "--to", club.path.with_name("fed.csv")).code
    assert code == 0


def test_delete_removes_the_tag_from_every_record(cli, club):
    v = ("--vault", club.path)
    cli(*v, "tag", "add", "old", club.person, club.other_person, club.membership)
    with Vault.open(club.path, key=club.key) as vault:
        records.delete_person(vault, club.other_person)  # a deleted record loses the tag too, without an index entry
    r = cli(*v, "tag", "delete", "old")
    assert r.code == 0, r.err
    assert r.out.strip() == "deleted tag 'old' from 3 record(s)"
    assert "old" not in _tags(club)
    with Vault.open(club.path, key=club.key) as vault:
        assert changelog.history(vault, club.membership, limit=1)[0].op == "untag"
        assert search.search(vault, "old") == []
    r = cli(*v, "tag", "delete", "old")
    assert r.code == 1 and "no tag with id old" in r.one_error_line()
