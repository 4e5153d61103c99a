"""Full-text search: prefix, accent-insensitive both ways, every searchable field, kept in sync."""

from __future__ import annotations

import pytest
from hypothesis import given as examples
from hypothesis import settings
from hypothesis import strategies as st

from commons_desktop.core.model import Address, Email, Organisation, Person, Phone, Relationship
from commons_desktop.vault import search as index
from commons_desktop.vault import tags
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships
from commons_desktop.vault.search import fts_query, search
from tests.vault.test_codecs import PEOPLE, TEXT


@pytest.fixture
def emilie(vault):
    return People(vault).add(Person(given="Émilie", family="Dupré", emails=[Email("emilie@exemple.org")],
                                    phones=[Phone("+32 470 12 34 56")], addresses=[Address(city="Liège")],
                                    notes="Responsable du potager"))


@pytest.mark.parametrize("query", ["emilie dupre", "Émilie Dupré", "EMILIE", "dup", "émi", "liege", "Liège",
                                   "potag", "exemple.org", "emilie@exemple", "470", "32470123456", "dupre emi"])
def test_finds_by_any_field(vault, emilie, query):
    assert [h.id for h in search(vault, query)] == [emilie.id]


def test_accents_fold_both_ways(vault):
    plain = People(vault).add(Person(given="Helene", family="Leclerc"))
    assert [h.id for h in search(vault, "hélène")] == [plain.id]


@pytest.mark.parametrize("query", ["", "   ", "***", '"', "AND", "NEAR(", "-", "a:b", "')", "\x00"])
def test_hostile_queries_do_not_raise(vault, emilie, query):
    search(vault, query)


def test_no_match(vault, emilie):
    assert search(vault, "zzzz") == []
    assert search(vault, "emilie zzz") == []


def test_index_follows_updates_tags_deletes_and_org_names(vault, emilie):
    people = People(vault)
    emilie.family = "Martin"
    people.update(emilie.id, emilie)
    assert search(vault, "dupre") == []
    assert search(vault, "martin")[0].id == emilie.id
    tags.add_tag(vault, "Bénévoles", [emilie.id])
    assert search(vault, "benevole")[0].id == emilie.id
    org = Organisations(vault).add(Organisation(name="Coopérative du Quartier"))
    Relationships(vault).add(Relationship("member_of", emilie.id, org.id))
    assert {h.id for h in search(vault, "cooperative")} == {emilie.id, org.id}
    org.name = "Épicerie Solidaire"
    Organisations(vault).update(org.id, org)
    assert {h.id for h in search(vault, "epicerie")} == {emilie.id, org.id}
    people.delete(emilie.id)
    assert search(vault, "martin") == []
    people.restore(emilie.id)
    assert search(vault, "martin")[0].id == emilie.id


def test_fts_query_quotes_every_token():
    assert fts_query("Émilie Dupré") == '"emilie"* "dupre"*'
    assert fts_query('a"b OR c') == '"a"* "b"* "or"* "c"*'
    assert fts_query("!!!") is None


def test_ranking_is_exact_below_the_window_and_bounded_above(vault, monkeypatch):
    from commons_desktop.vault import search as search_module
    people = People(vault)
    people.add_many([Person(given="Marc", family=f"Filler{i}", notes="marc " * (i % 3)) for i in range(60)])
    best = people.add(Person(given="Marc", family="Marc", notes="marc marc marc marc"))
    assert search(vault, "marc", limit=5)[0].id == best.id  # exact: 61 matches, all ranked
    monkeypatch.setattr(search_module, "RANK_WINDOW", 10)
    hits = search(vault, "marc", limit=5)
    assert len(hits) == 5 and all(h.label.startswith("Marc") for h in hits)  # broad: ranked within the window


def test_one_letter_prefixes_have_their_own_index_and_find_the_same_records(vault):
    """Schema v5: one-letter prefixes are indexed (search as you type starts at the first letter); the prefix index
    gives exactly what merging every term of that letter gives (the same MATCH on a table without it)."""
    for table in ("person_fts", "organisation_fts"):
        sql = vault.conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        assert "prefix = '1 2 3'" in sql
    people = People(vault)
    for given, family in [("Émilie", "Dupré"), ("Élodie", "Lemaire"), ("Ëlo", "Dumas"), ("Luc", "Martin"),
                          ("Jean", "Lefèvre")]:
        people.add(Person(given=given, family=family))
    vault.conn.execute("CREATE VIRTUAL TABLE temp.plain_fts USING fts5(body, tokenize = 'unicode61 "
                       "remove_diacritics 2')")
    vault.conn.execute("INSERT INTO temp.plain_fts(rowid, body) SELECT rowid, body FROM person_fts")
    for letter in "edlmjxé":
        query = fts_query(letter)
        indexed = vault.conn.execute("SELECT rowid FROM person_fts WHERE person_fts MATCH ? ORDER BY rowid",
                                     (query,)).fetchall()
        merged = vault.conn.execute("SELECT rowid FROM temp.plain_fts WHERE plain_fts MATCH ? ORDER BY rowid",
                                    (query,)).fetchall()
        assert indexed == merged
    assert len(search(vault, "e")) == 3 and len(search(vault, "l")) == 3
    assert people.count(text="é") == 3


@settings(max_examples=300, deadline=None)
@examples(PEOPLE, st.lists(TEXT, max_size=3), st.lists(TEXT, max_size=2))
def test_a_person_s_index_text_is_every_part_folded(p, tags, organisations):
    """person_body's shortcuts (contact words folded in one call, tags once per combination) give the fold of every
    part, in order."""
    want = index.fold_joined((p.given, p.family, p.member_number, *index._contact_words(p), *organisations, *tags,
                              p.notes))
    assert index.person_body(p, tags, organisations) == want
