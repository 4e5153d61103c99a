"""Exports stream: an export of everyone reads the vault a page of rows at a time (exchange_read.pages, PAGE rows
fetched at once) and writes the same bytes as the committed golden files. Behaviour only: the memory it saves is
measured in bench/ (export_memory), never asserted here."""

from __future__ import annotations

import pytest

from commons_desktop.services import exports
from commons_desktop.vault import exchange_read

from .golden_vault import GOLDEN, build


@pytest.fixture(scope="module")
def golden(tmp_path_factory):
    vault = build(tmp_path_factory.mktemp("golden") / "golden.commons")
    yield vault
    vault.close()


@pytest.fixture
def pages_read(monkeypatch):
    """The size of every page the paged readers fetch, with pages of 2 rows."""
    sizes: list[int] = []
    fetch = exchange_read.pages

    def counted(cursor):
        for page in fetch(cursor):
            sizes.append(len(page))
            yield page
    monkeypatch.setattr(exchange_read, "PAGE", 2)
    monkeypatch.setattr(exchange_read, "pages", counted)
    return sizes


def test_csv_export_of_everyone_reads_pages_and_writes_the_golden_bytes(golden, tmp_path, pages_read):
    target = tmp_path / "people.csv"
    leaves = exports.export_file(golden, exports.ExportSpec("csv"), target)
    assert target.read_bytes() == (GOLDEN / "people.csv").read_bytes()
    assert leaves.people > 2
    assert pages_read and max(pages_read) <= 2
    # every person read twice (counted, then written), never in one query's fetch of all of them
    assert sum(pages_read) == 2 * leaves.people


@pytest.fixture
def cursors(monkeypatch, pages_read):
    """The cursors the paged readers walk (each query an export makes of its records), with pages of 2 rows."""
    seen: list = []  # (the cursors themselves: kept alive, none is taken for another)
    fetch = exchange_read.pages

    def counted(cursor):
        if not any(c is cursor for c in seen):
            seen.append(cursor)
        yield from fetch(cursor)
    monkeypatch.setattr(exchange_read, "pages", counted)
    return seen


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vcard_export_reads_its_records_as_it_writes_them(golden, tmp_path, version, pages_read):
    """The people and organisations of a vCard export are read a page at a time as their cards are written (main
    read every record before writing the first card), and the file is the golden one."""
    target = tmp_path / "people.vcf"
    leaves = exports.export_file(golden, exports.ExportSpec("vcard", vcard_version=version), target)
    assert target.read_bytes() == (GOLDEN / f"people-{version}.vcf").read_bytes()
    assert leaves.people > 2 and leaves.organisations > 0
    assert pages_read and max(pages_read) <= 2
    # each person and organisation read once (their rows, and their tags beside them), counted as they were read
    rows = sum(pages_read)
    assert rows >= leaves.people + leaves.organisations + leaves.relationships


def test_json_export_reads_one_query_per_kind_of_record(golden, tmp_path, cursors, pages_read):
    """A JSON export of everyone reads each kind of record with one query walked a page at a time (never pages of
    ids, each a query: that visits the tables at random and cost twice the CPU at 100,000 people), and its records
    are the golden file's."""
    import json

    target = tmp_path / "records.json"
    leaves = exports.export_file(golden, exports.ExportSpec("json"), target)
    written = json.loads(target.read_bytes())
    golden_doc = json.loads((GOLDEN / "records.json").read_bytes())
    for section in ("people", "organisations", "relationships", "memberships", "contributions"):
        assert written[section] == golden_doc[section], section
    assert leaves.people == len(golden_doc["people"]) > 2 and leaves.contributions == len(golden_doc["contributions"])
    assert leaves.relationships == len(golden_doc["relationships"]) and leaves.memberships > 0
    assert pages_read and max(pages_read) <= 2
    # people with their tags, organisations with theirs, relationships, memberships, contributions: one query each
    # (the tags read beside their records' rows, not by a second query holding its own copy of the selection: 24 MB
    # of SQLite's memory at 100,000 people)
    assert len(cursors) == 5


def test_json_records_read_as_written_are_the_golden_file(golden, pages_read):
    from datetime import UTC, datetime

    from commons_desktop.exchange import json_io
    from commons_desktop.exchange.collect import collect
    from commons_desktop.vault.people import People

    people, orgs = People(golden).ids(), [r[0] for r in golden.conn.execute("SELECT id FROM organisation")]
    doc = json_io.build(collect(golden, people, orgs, None, plain=True), source={"name": "Golden"},
                        now=datetime(2026, 5, 28, 12, 0, tzinfo=UTC), content=lambda _i: b"Article 1.")
    assert json_io.dumps(doc) == (GOLDEN / "records.json").read_bytes()
    assert len(people) > 2 and pages_read and max(pages_read) <= 2


def test_a_chosen_record_missing_when_read_is_not_found(golden):
    from commons_desktop.core.errors import NotFound
    from commons_desktop.exchange import json_io
    from commons_desktop.exchange.collect import collect
    from commons_desktop.vault.people import People

    people = People(golden).ids()
    data = collect(golden, [*people, "00000000-0000-4000-8000-000000000000"], [], None, plain=True)
    with pytest.raises(NotFound):
        json_io.dumps(json_io.build(data, source={}))


def test_csv_export_of_everyone_reads_the_tags_with_the_rows(golden, tmp_path):
    """The tags of a CSV export of everyone come with the people's rows (one query), not from a query of their own
    read into a dictionary of every person's tags beforehand (100,000 people: a second sort, and their lists held
    until the last row is written). The same golden bytes."""
    statements: list[str] = []
    golden.conn.set_trace_callback(statements.append)
    try:
        target = tmp_path / "people.csv"
        exports.export_file(golden, exports.ExportSpec("csv"), target)
    finally:
        golden.conn.set_trace_callback(None)
    assert target.read_bytes() == (GOLDEN / "people.csv").read_bytes()
    tagged = [s for s in statements if "record_tag" in s and "disclosure" not in s]
    assert tagged and all("FROM person AS t" in s for s in tagged)
