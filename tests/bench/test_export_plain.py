"""The JSON formats read records straight from their rows (vault/exchange_plain.py, ``collect(..., plain=True)``):
the same JSON document, and the same bytes, as reading domain objects and turning them into JSON values."""

from __future__ import annotations

from datetime import datetime

import pytest

from commons_desktop.exchange import json_io
from commons_desktop.exchange.collect import collect
from commons_desktop.vault import exchange_read
from commons_desktop.vault.exchange_match import organisation_ids
from commons_desktop.vault.people import People
from tests.bench.vaults import demo_vault

WHEN = datetime(2026, 1, 2, 3, 4, 5)


@pytest.fixture(scope="module")
def federation(tmp_path_factory, vault_template):
    with demo_vault(tmp_path_factory, vault_template, "plain", people=400, seed=11) as vault:
        _odd_rows(vault)
        yield vault


def _odd_rows(vault) -> None:
    # shapes the fast path does not expect, as a hand-edited or older row could hold: it must fall back
    rows = vault.conn.execute("SELECT rid FROM person ORDER BY rid LIMIT 3").fetchall()
    vault.conn.execute("UPDATE person SET emails = '[{\"address\": \"a@b.example\"}]', birth_date = '2001-02-03', "
                       "consents = '[{\"what\": \"photos\", \"given_on\": \"2024-01-02\"}]' WHERE rid = ?", rows[0])
    vault.conn.execute("UPDATE person SET addresses = '[{\"city\": \"Liège\", \"kind\": \"work\"}]', "
                       "phones = '[{\"number\": \"+32 4\", \"kind\": \"home\"}]' WHERE rid = ?", rows[1])
    vault.conn.execute("UPDATE person SET custom = '{\"taille\": \"M\"}', languages = '[\"fr\", \"nl-BE\"]', "
                       "given = '', family = '' WHERE rid = ?", rows[2])  # no name at all


def _both(v, person_ids, org_ids, fields):
    docs = []
    for plain in (False, True):
        data = collect(v, person_ids, org_ids, fields, plain=plain)
        assert data.plain is plain
        docs.append((data, json_io.build(data, source={"name": "x"}, file_ref=lambda i: f"files/{i}", now=WHEN)))
    return docs


@pytest.mark.parametrize("fields", [None, ["given", "family", "emails", "memberships"],
                                    ["tags", "relationships", "documents", "birth_date", "consents"],
                                    ["contributions", "custom", "languages", "addresses", "phones", "notes", "name",
                                     "kind", "website"]])
def test_plain_records_give_the_same_json(federation, fields):
    v = federation
    person_ids, org_ids = People(v).ids(), organisation_ids(v)
    for p_ids, o_ids in ((person_ids, org_ids), (person_ids[::7], org_ids[::5]), ([], [])):
        (objects, want), (plain, got) = _both(v, p_ids, o_ids, fields)
        assert got == want
        assert json_io.dumps(got) == json_io.dumps(want)
        assert plain.record_ids == objects.record_ids
        assert (len(plain.memberships), len(plain.contributions), len(plain.relationships)) == \
            (len(objects.memberships), len(objects.contributions), len(objects.relationships))


def test_the_whole_table_path_too(federation, monkeypatch):
    """From 2,000 records on, the reads take whole tables: forced on here."""
    v = federation
    person_ids, org_ids = People(v).ids(), organisation_ids(v)
    monkeypatch.setattr(exchange_read, "_broad", lambda *a: True)
    (_, want), (_, got) = _both(v, person_ids[::3], org_ids, None)
    assert got == want and got["contributions"] and got["relationships"]


def test_the_json_text_written_in_small_chunks_is_the_same(federation, monkeypatch):
    v = federation
    (_, want), (_, got) = _both(v, People(v).ids()[::5], organisation_ids(v)[::3], None)
    whole = json_io.dumps(want)
    monkeypatch.setattr(json_io, "CHUNK", 7)  # a chunk boundary inside nearly every record and character run
    pieces: list[bytes] = []

    class Sink:
        def write(self, data: bytes) -> None:
            pieces.append(data)
    json_io.write(got, Sink())
    assert b"".join(pieces) == whole and len(pieces) > 100
