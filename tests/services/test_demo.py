"""The demo generator: seeded and deterministic, valid records, searchable without accents, cancellable."""

from __future__ import annotations

import shutil

import pytest

from commons_desktop.core.errors import Cancelled
from commons_desktop.core.model import Organisation
from commons_desktop.services import demo
from commons_desktop.services.progress import CancelToken
from commons_desktop.vault import search, tags
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.memberships import Contributions, Memberships
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships

SIZES = {"people": 120, "organisations": 15, "memberships": 40, "contributions": 200, "documents": 4}
TABLES = {"people": "person", "organisations": "organisation", "relationships": "relationship",
          "memberships": "membership", "contributions": "contribution", "documents": "document"}


def _copy_vault(vault_path, tmp_path, name, key):
    path = tmp_path / name
    shutil.copyfile(vault_path, path)
    return Vault.open(path, key=key, device="test-device")


def _content(v: Vault) -> dict:
    """Everything generated, with ids replaced by the order records were created in."""
    c = v.conn
    order = {r[0]: f"p{i}" for i, r in enumerate(c.execute("SELECT id FROM person ORDER BY rid"))}
    order |= {r[0]: f"o{i}" for i, r in enumerate(c.execute("SELECT id FROM organisation ORDER BY rid"))}
    people = People(v)
    return {
        "people": [(p.given, p.family, p.emails, p.phones, p.addresses, p.birth_date, p.languages, p.notes, p.consents,
                    p.tags) for p in (people.get(i) for i, o in order.items() if o[0] == "p")],
        "orgs": c.execute("SELECT name, kind, website, emails, phones, addresses, notes FROM organisation "
                          "ORDER BY rid").fetchall(),
        "relationships": [(k, order[f], order[t], e, r, s) for k, f, t, e, r, s in c.execute(
            "SELECT kind, from_id, to_id, to_entity, role, start FROM relationship ORDER BY rid")],
        "memberships": [(order[p], *rest) for p, *rest in c.execute(
            'SELECT person_id, type, status, start, "end", notes FROM membership ORDER BY rid')],
        "contributions": [(order[p], *rest) for p, *rest in c.execute(
            "SELECT person_id, amount_minor, currency, date, method, kind, period_start, period_end, notes "
            "FROM contribution ORDER BY rid")],
        "documents": [(t, n, m, s, h) for t, n, m, s, h in c.execute(
            "SELECT d.title, v.file_name, v.media_type, v.size, v.sha256 FROM document d "
            "JOIN document_version v ON v.document_id = d.id ORDER BY d.rid")],
        "tags": sorted((name, order[i]) for name, (_, i) in
                       ((n, e) for n, _ in tags.list_tags(v) for e in tags.tagged(v, n))),
    }


def test_same_seed_same_content_other_seed_other_content(vault, vault_path, vault_key, tmp_path):
    twin = _copy_vault(vault_path, tmp_path, "twin.commons", vault_key)
    other = _copy_vault(vault_path, tmp_path, "other.commons", vault_key)
    try:
        demo.generate(vault, seed=7, **SIZES)
        demo.generate(twin, seed=7, **SIZES)
        demo.generate(other, seed=8, **SIZES)
        first, second = _content(vault), _content(twin)
        assert first == second
        assert _content(other)["people"] != first["people"]
        ids = {r[0] for r in vault.conn.execute("SELECT id FROM person")}
        assert ids.isdisjoint(r[0] for r in twin.conn.execute("SELECT id FROM person"))  # only ids differ
    finally:
        twin.close()
        other.close()


def test_counts_match_what_is_stored(vault):
    made = demo.generate(vault, seed=3, **SIZES)
    for kind, table in TABLES.items():
        stored = vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
        assert made[kind] == stored, kind
    assert made["people"] == 120 and made["organisations"] == 15 and made["contributions"] == 200
    assert made["relationships"] == 60  # default: half the people


def test_defaults_scale_with_people(vault):
    made = demo.generate(vault, people=250)
    assert made == {"people": 250, "organisations": 50, "relationships": 125, "memberships": 75,
                    "contributions": 750, "documents": 5}


def test_every_record_is_valid_and_varied(vault):
    demo.generate(vault, seed=5, **SIZES)
    people = People(vault)
    ids = people.ids()
    for ident in ids:
        person = people.get(ident)
        assert person.validated() == person
    orgs = Organisations(vault)
    for (ident,) in vault.conn.execute("SELECT id FROM organisation"):
        org = orgs.get(ident)
        assert isinstance(org.validated(), Organisation)
        assert org.kind in ("association", "union", "cooperative", "collective", "federation")
    members, contributions = Memberships(vault), Contributions(vault)
    statuses = set()
    for (ident,) in vault.conn.execute("SELECT id FROM membership"):
        m = members.get(ident)
        assert m.validated() == m
        statuses.add(m.status)
    assert {"active", "lapsed", "resigned"} <= statuses
    for c in contributions.list(limit=10_000):
        assert c.validated() == c
    assert set(contributions.total()) <= {"EUR", "GBP", "CAD"} and "EUR" in contributions.total()
    for (ident,) in vault.conn.execute("SELECT id FROM relationship"):
        Relationships(vault).get(ident).validated()
    docs = Documents(vault).list()
    assert docs and all(d.links for d in docs)
    assert {d.current.media_type for d in docs} <= {"text/markdown", "text/csv", "text/plain"}
    text = " ".join(p.family + p.given for p in (people.get(i) for i in ids))
    assert any(ch in text for ch in "éèêëïç")  # accented names
    emails = [e.address for i in ids for e in people.get(i).emails]
    assert len(emails) == len(set(emails))
    assert all(e.rsplit("@", 1)[1] in demo.demo_data.DOMAINS for e in emails)


def test_demo_people_are_found_without_accents(vault):
    demo.generate(vault, seed=2, **SIZES)
    people = People(vault)
    accented = next(p for p in (people.get(i) for i in people.ids()) if not p.family.isascii())
    folded = search.fold_part(accented.family)
    assert folded != accented.family.lower()
    for query in (folded, accented.family, f"{accented.given} {folded[:3]}"):
        assert accented.id in {h.id for h in search.search(vault, query, limit=500)}, query
    city = next(p.addresses[0].city for p in (people.get(i) for i in people.ids())
                if p.addresses and not p.addresses[0].city.isascii())
    assert search.search(vault, search.fold_part(city)[:4])


def test_progress_is_reported_and_cancel_rolls_back_everything(vault, monkeypatch):
    monkeypatch.setattr(demo, "BATCH", 25)
    seen = []
    token = CancelToken()

    def progress(done, total, label):
        seen.append((done, total, label))
        if label == "people" and done >= 50:
            token.cancel()

    with pytest.raises(Cancelled):
        demo.generate(vault, seed=1, progress=progress, cancel=token, **SIZES)
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    assert seen[0][1] == sum(SIZES.values()) + 60  # + default relationships
    # one transaction: nothing of the demo is left, not even the batches before the cancel
    assert vault.conn.execute("SELECT count(*) FROM person").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM organisation").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM change_log").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM tag").fetchone()[0] == 0


def test_progress_reaches_the_total(vault):
    seen = []
    demo.generate(vault, people=30, progress=lambda d, t, label: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]


def test_cancelled_before_it_starts_writes_nothing(vault):
    token = CancelToken()
    token.cancel()
    before = vault.conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
    with pytest.raises(Cancelled):
        demo.generate(vault, people=50, cancel=token)
    assert vault.conn.execute("SELECT count(*) FROM change_log").fetchone()[0] == before


def test_the_search_index_is_what_indexing_every_record_again_gives(vault):
    """The demo indexes people with their tags as they are inserted and re-indexes them in bulk when relationships
    to organisations are added: the index ends up exactly as indexing every person and organisation afresh."""
    demo.generate(vault, people=400, seed=6)
    c = vault.conn
    index = {t: c.execute(f"SELECT rowid, body FROM {t} ORDER BY rowid").fetchall()  # noqa: S608
             for t in ("person_fts", "organisation_fts")}
    points = sorted(c.execute("SELECT entity, entity_id, kind, value FROM contact_point").fetchall())
    with vault.transaction():
        People(vault).after_write(People(vault).ids())
        Organisations(vault).after_write([r[0] for r in c.execute("SELECT id FROM organisation")])
    again = {t: c.execute(f"SELECT rowid, body FROM {t} ORDER BY rowid").fetchall()  # noqa: S608
             for t in ("person_fts", "organisation_fts")}
    assert again == index and len(index["person_fts"]) == 400
    assert sorted(c.execute("SELECT entity, entity_id, kind, value FROM contact_point").fetchall()) == points
    assert any(" " in body and "benevole" in body for _, body in index["person_fts"])
    related = c.execute("SELECT count(*) FROM relationship WHERE to_entity = 'organisation'").fetchone()[0]
    assert related and any(len(body.split()) > 6 for _, body in index["person_fts"])
