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
