"""Member numbers travel with people (issue 10 item 5): a column of the CSV export, a key of the JSON export and of
bundles, a vCard property (X-COMMONS-MEMBER-NUMBER), printed on member cards; each comes back on import."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

import pytest

from commons_desktop.cli import print_words
from commons_desktop.exchange import printables
from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.services import exports, imports
from commons_desktop.vault.people import People

from .bundle_helpers import pair, receive, send
from .conftest import snapshot


@pytest.fixture
def numbered(filled):
    vault, ids, org = filled
    people = People(vault)
    for ident, number in zip(ids, ("0042", "A-7"), strict=False):
        people.update(ident, replace(people.get(ident), member_number=number))
    return vault, ids, org


def _import(vault, path, fmt: str):
    return imports.apply(vault, imports.read(vault, path.read_bytes(), fmt=fmt, name=path.name), ImportOptions())


@pytest.mark.parametrize(("fmt", "suffix"), [("csv", "csv"), ("json", "json"), ("vcard", "vcf")])
def test_exports_carry_member_numbers_and_imports_keep_them(numbered, make_vault, tmp_path, fmt, suffix):
    vault, ids, _ = numbered
    out = tmp_path / f"people.{suffix}"
    leaves = exports.export_file(vault, exports.ExportSpec(fmt), out)
    assert "member_number" in leaves.fields
    raw = out.read_bytes()
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
        assert rows[0][:3] == ["id", "member_number", "given"]
        assert {r[1] for r in rows[1:]} == {"0042", "A-7", ""}
    elif fmt == "json":
        assert {p["member_number"] for p in json.loads(raw)["people"]} == {"0042", "A-7", ""}
    else:
        assert b"X-COMMONS-MEMBER-NUMBER:0042\r\n" in raw and b"X-COMMONS-MEMBER-NUMBER:A-7\r\n" in raw
    other = make_vault("other")
    _import(other, out, fmt)
    got = {p.display_name: p.member_number for p in map(People(other).get, People(other).ids())}
    want = {p.display_name: p.member_number for p in map(People(vault).get, People(vault).ids())}
    assert got == want and sorted(got.values()) == ["", "0042", "A-7"]


def test_bundles_carry_member_numbers(numbered, make_vault, tmp_path):
    a, ids, _ = numbered
    b = make_vault("b")
    pair(a, b)
    out = tmp_path / "a.commonsx"
    send(a, out)
    receive(b, out.read_bytes(), mode="create")
    assert snapshot(b) == snapshot(a)
    assert People(b).get(ids[0]).member_number == "0042"


def test_member_cards_print_the_number(numbered):
    vault, ids, _ = numbered
    spec = exports.ExportSpec("pdf-cards", printing=exports.PrintOptions(everyone=True))
    cards = exports.printable(vault, exports.gather(vault, spec), spec)  # what ui/pdf draws on each card
    assert {c.name: c.number for c in cards.cards if c.number} == {
        People(vault).get(ids[0]).display_name: "0042", People(vault).get(ids[1]).display_name: "A-7"}
    # and the access report ("everything we hold about you") says it too, in the words of the language asked
    report = exports.person_report_data(vault, ids[0])
    assert "Member no.: 0042" in printables.person_report(report, print_words.words("en"), "X", date(2026, 12, 7))
    assert "adhérent : 0042" in printables.person_report(report, print_words.words("fr"), "X", date(2026, 12, 7))
