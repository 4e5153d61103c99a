"""The faster import/export paths give exactly what the former ones gave (tests/bench/former holds those, verbatim):
CSV rows to records, records to CSV cells, bulk reads for exports, the JSON text, control-character cleaning,
and tags re-indexed once after several tags."""

from __future__ import annotations

import json
import random
import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commons_desktop.core import text
from commons_desktop.core.model import Email, Membership, Person, to_plain
from commons_desktop.exchange import csv_io, csv_people, fields, json_io
from commons_desktop.exchange.collect import collect
from commons_desktop.services import demo_data
from commons_desktop.vault import exchange_read, tags
from commons_desktop.vault.memberships import Contributions, Memberships
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships
from tests.bench.former import collect as former_collect
from tests.bench.former import csv_people as former_csv
from tests.bench.former import json_io as former_json
from tests.bench.former import text as former_text
from tests.bench.vaults import demo_vault

TODAY = date(2026, 11, 27)
HEADER = ["prénom", "nom", "courriel", "email_type", "email2", "téléphone", "phone_type", "mobile", "adresse",
          "street2", "code postal", "ville", "pays", "address_type", "address2_city", "date de naissance", "langues",
          "notes", "notes", "consents", "tags", "statut", "type d'adhésion", "membership_start", "membership_end",
          "cotisation", "date de paiement", "contribution_currency", "moyen de paiement", "id", "name",
          "organisation", "custom:taille", "inconnue"]
CELLS = st.one_of(
    st.sampled_from(["", " ", "Émilie", "DUPRÉ, Émilie", "a@b.example", "x@y.example; z@w.example", "'+32 470 12",
                     "'=1+1", "''x", "home", "Travail", "portable", "2020-02-03", "2020-2-3", "03/02/2020",
                     "12/31/2020", "0000-00-00", "1901-01-01", "2020-13-01", "31/02/2020", "１２/０１/２０２０",
                     "fr, en", "Français", "fr_BE", "a;b\nc", "newsletter | 2024-01-01 | 2027-01-01", "photos|bad",
                     "actif", "lapsed",
                     "honoraire", "25,00 €", "1.234,50", "abc €", "0", "virement", "cb", "EUR", "x" * 300,
                     "0190a3c2-7a1b-7c3d-8e4f-0123456789ab", "\u202eevil", "tab\there", " padded ",
                     "'\t", "'\r", "'", " '- ", "a@b.example, c@d.example", ",", "x@y.example;", "O'Brien",
                     "news | 2024-01-01 | nope", "a | 2020-01-01\nb|2020-02-30", "x|31/12/2020|", " | |",
                     "0190A3C2-7A1B-7C3D-8E4F-0123456789AB"]),
    st.text(max_size=12))


# each field from one column (the reader takes the cells column by column), with an ignored column
UNIQUE_HEADER = ["login", *(h for h in HEADER if h != "notes"), "notes", "email3", "email3_type", "phone_home",
                 "address2_street", "address2_type", "custom:autre"]


def _batch(module, table, mapping):
    """table_to_batch's batch, or the kind of error it fails with (none is expected: a name cell of only an
    apostrophe and a tab made both fail with an IndexError in split_name until it was fixed in both)."""
    try:
        return module.table_to_batch(table, mapping, today=TODAY)
    except Exception as exc:  # noqa: BLE001 - the failure is what is compared
        return type(exc).__name__


def _table(rows: list[list[str]], header: list[str] = HEADER) -> csv_io.Table:
    return csv_io.Table(list(header), [(n + 2, r) for n, r in enumerate(rows)], "utf-8", ";")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(CELLS, min_size=0, max_size=len(HEADER) + 2), max_size=12))
def test_csv_rows_become_the_same_records(rows):
    table = _table(rows)
    mapping = fields.guess_mapping(table.header, {})
    assert _batch(csv_people, table, mapping) == _batch(former_csv, table, mapping)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(CELLS, min_size=0, max_size=len(UNIQUE_HEADER) + 2), max_size=12),
       st.sampled_from([None, {"email2": "ignore"}, {"prénom": "name", "nom": "custom:x"}]))
def test_csv_rows_with_one_column_per_field_become_the_same_records(rows, saved):
    table = _table(rows, UNIQUE_HEADER)
    mapping = fields.guess_mapping(table.header, saved)
    assert len(set(mapping.values()) - {"ignore"}) == len([f for f in mapping.values() if f != "ignore"])
    assert _batch(csv_people, table, mapping) == _batch(former_csv, table, mapping)


@settings(max_examples=100, deadline=None)
@pytest.mark.parametrize("header", [["given", "consents"], ["family", "tags", "languages", "notes", "custom:x"],
                                    ["name", "email", "email2", "phone", "mobile"], ["street", "street2", "city"],
                                    ["given", "statut", "membership_end", "cotisation", "contribution_method", "id"]])
@given(st.lists(st.lists(CELLS, max_size=6), max_size=8))
def test_csv_rows_of_a_few_columns_become_the_same_records(header, rows):
    # few columns: most rows hold no error, so the column by column path builds them (not the row by row one)
    table = _table(rows, header)
    mapping = fields.guess_mapping(header, {})
    assert _batch(csv_people, table, mapping) == _batch(former_csv, table, mapping)


@given(st.lists(st.lists(CELLS, max_size=6), max_size=6),
       st.dictionaries(st.integers(0, 7), st.sampled_from(["given", "email", "notes", "ignore", "city", "tags",
                                                            "membership_start", "custom:a", "phone_type", "name",
                                                            "membership_end", "contribution_amount", "street2",
                                                            "contribution_date", "id", "organisation"]),
                       max_size=6))
def test_csv_rows_with_any_mapping_become_the_same_records(rows, mapping):
    table = _table(rows, HEADER[:6])
    assert _batch(csv_people, table, mapping) == _batch(former_csv, table, mapping)


def test_generated_spreadsheet_becomes_the_same_records():
    rng = random.Random(5)
    people = [demo_data.person(rng, n) for n in range(400)]
    for p in people:
        p.tags = demo_data.person_tags(rng)
    cols = csv_people.columns_for(people, csv_people.PERSON_EXPORT_FIELDS)
    member = Membership("", "member", "active", date(2024, 1, 1), date(2025, 1, 1))
    data = csv_io.write_table(cols, (csv_people.person_cells(p, cols, member if n % 3 else None)
                                     for n, p in enumerate(people)), delimiter=";")
    table = csv_io.read_table(data)
    mapping = fields.guess_mapping(table.header, {})
    batch = csv_people.table_to_batch(table, mapping, today=TODAY)
    assert batch == former_csv.table_to_batch(table, mapping, today=TODAY)
    assert len(batch.items) == 400 and not any(i.error for i in batch.items)


def test_person_cells_are_the_same():
    rng = random.Random(8)
    people = [demo_data.person(rng, n) for n in range(300)]
    for n, p in enumerate(people):
        p.tags = demo_data.person_tags(rng)
        p.custom = {"taille": "M", "=x": "+1"} if n % 4 == 0 else {}
        p.id = f"id-{n}"
    cols = csv_people.columns_for(people, csv_people.PERSON_EXPORT_FIELDS) + [
        "name", "city", "mobile", "phone_home", "street2", "custom:nope", "address9_city", "email7_type", "unknown"]
    member = Membership("", "member", "lapsed", date(2020, 1, 1), None, "note")
    for n, p in enumerate(people):
        m = member if n % 2 else None
        assert csv_people.person_cells(p, cols, m) == former_csv.person_cells(p, cols, m)


@pytest.fixture(scope="module")
def federation(tmp_path_factory, vault_template):
    with demo_vault(tmp_path_factory, vault_template, "equivalence", people=600, seed=3) as vault:
        yield vault


def test_bulk_reads_give_what_the_repositories_give(federation):
    v = federation
    people, orgs = People(v), Organisations(v)
    from commons_desktop.vault.exchange_match import organisation_ids
    person_ids, org_ids = people.ids(), organisation_ids(v)
    assert exchange_read.people(v, person_ids) == [people.get(i) for i in person_ids]
    assert exchange_read.people(v, person_ids[:37]) == [people.get(i) for i in person_ids[:37]]  # looked up by id
    assert exchange_read.organisations(v, org_ids) == [orgs.get(i) for i in org_ids]
    held = exchange_read.memberships_of(v, person_ids)
    paid = exchange_read.contributions_of(v, person_ids)
    related = exchange_read.relationships_of(v, person_ids)
    for i in person_ids:
        assert held.get(i, []) == Memberships(v).of_person(i)
        assert paid.get(i, []) == list(reversed(Contributions(v).list(person_id=i, limit=1_000_000)))
        assert related.get(i, []) == Relationships(v).of(i)
    assert sum(map(len, held.values())) and sum(map(len, paid.values())) and sum(map(len, related.values()))


def test_bulk_reads_refuse_missing_and_deleted_records(federation):
    from commons_desktop.core.errors import NotFound
    v = federation
    with pytest.raises(NotFound):
        exchange_read.people(v, ["0190a3c2-7a1b-7c3d-8e4f-0123456789ab"])
    assert exchange_read.people(v, []) == [] and exchange_read.having(v, "membership", []) == set()


@pytest.mark.parametrize("fields_", [None, ["given", "family", "emails", "memberships"], ["tags", "relationships",
                                                                                          "documents"]])
def test_collect_gives_what_it_gave(federation, fields_):
    v = federation
    person_ids = People(v).ids()
    from commons_desktop.vault.exchange_match import organisation_ids
    org_ids = organisation_ids(v)
    for p_ids, o_ids in ((person_ids, org_ids), (person_ids[::7], org_ids[::5])):
        calls: list = []
        former_calls: list = []
        got = collect(v, p_ids, o_ids, fields_, lambda *a, out=calls: out.append(a))
        want = former_collect.collect(v, p_ids, o_ids, fields_, lambda *a, out=former_calls: out.append(a))
        assert {k: x for k, x in vars(got).items() if k != "plain"} == vars(want)  # its own Collected class
        assert not got.plain
        assert calls == former_calls


def test_json_export_text_is_the_same(federation):
    v = federation
    from commons_desktop.vault.exchange_match import organisation_ids
    data = collect(v, People(v).ids(), organisation_ids(v))
    when = datetime(2026, 1, 2, 3, 4, 5)
    doc = json_io.build(data, source={"name": "x"}, file_ref=lambda i: f"files/{i}", now=when)
    assert doc == former_json.build(data, source={"name": "x"}, file_ref=lambda i: f"files/{i}", now=when)
    assert json_io.dumps(doc) == former_json.dumps(doc)


@given(st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(),
                              st.dates(), st.decimals(allow_nan=False, allow_infinity=False)),
                    lambda inner: st.one_of(st.lists(inner, max_size=4),
                                            st.dictionaries(st.text(max_size=5), inner, max_size=4)), max_leaves=12))
def test_one_json_value_is_written_the_same(value):
    assert json_io._one(value) == json.dumps(to_plain(value), ensure_ascii=False, sort_keys=True)


def test_one_json_value_of_records():
    for value in (Person(given="É", emails=[Email("a@b.example")], birth_date=date(2000, 1, 2)), Decimal("1.50"),
                  {"b": [Membership("p", start=date(2020, 1, 1))], "a": (1, 2)}):
        assert json_io._one(value) == json.dumps(to_plain(value), ensure_ascii=False, sort_keys=True)


SPECIAL = [cp for cp in range(0x110000) if unicodedata.category(chr(cp)) in ("Cc", "Cf", "Zs", "Zl", "Zp", "Cs")]


def test_clean_is_the_same_for_every_special_and_low_code_point():
    # (line breaks as the new rule makes them: see test_validation_equivalence.flat)
    from tests.bench.test_validation_equivalence import flat, lines
    for cp in [*range(0x3000), *SPECIAL]:
        for value in (chr(cp), f"a{chr(cp)}b", f" {chr(cp)}\r\n{chr(cp)} "):
            assert text.clean(value) == former_text.clean(flat(value)), hex(cp)
            assert text.clean_multiline(value) == former_text.clean_multiline(lines(value)), hex(cp)


@given(st.text())
def test_clean_is_the_same(value):
    from tests.bench.test_validation_equivalence import flat, lines
    assert text.clean(value) == former_text.clean(flat(value))
    assert text.clean_multiline(value) == former_text.clean_multiline(lines(value))


def test_tags_reindexed_once_index_what_tagging_one_by_one_indexes(vault_template, tmp_path):
    import shutil

    from commons_desktop.vault.connection import Vault
    src, key = vault_template
    bodies = []
    for reindex in (True, False):
        path = tmp_path / f"tags-{reindex}.commons"
        shutil.copyfile(src, path)
        v = Vault.open(path, key=key)
        ids = People(v).add_many([Person(given=f"P{n}", family="Tagged") for n in range(30)])
        with v.transaction():
            for name, chosen in (("bénévole", ids[:20]), ("bureau", ids[10:]), ("comité", ids[::3])):
                tags.add_tag(v, name, chosen, reindex=reindex)
            if not reindex:
                People(v).after_write(ids)
        bodies.append(v.conn.execute("SELECT p.rid, f.body FROM person p JOIN person_fts f ON f.rowid = p.rid "
                                     "ORDER BY p.rid").fetchall())
        v.close()
    assert bodies[0] == bodies[1] and "benevole" in bodies[0][0][1] and len(bodies[0]) == 30


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400))
def test_vcard_lines_fold_the_same(value):
    from commons_desktop.exchange import vcard_write
    from tests.bench.former import vcard_write as former_vcard
    for line in (value, "NOTE:" + value, "X-COMMONS-CONSENT;X-GIVEN=2024-01-01:" + "é" * len(value)):
        assert vcard_write.fold(line) == former_vcard.fold(line)


@pytest.mark.parametrize("header", [["membership_start"], ["membership_end", "given"], ["contribution_amount"],
                                    ["contribution_amount", "contribution_date", "membership_status"],
                                    ["street2", "address2_city", "email"]])
def test_columns_of_one_kind_become_the_same_records(header):
    rows = [[v] * len(header) for v in ("2020-01-01", "2099-01-01", "25 €", "", "actif", "x", "0")]
    table = _table(rows, header)
    mapping = fields.guess_mapping(header, {})
    assert _batch(csv_people, table, mapping) == _batch(former_csv, table, mapping)


@pytest.mark.parametrize("count", [1, 2, 99, 100, 101, 150])
def test_a_cell_with_many_emails_becomes_the_same_record(count):
    header = ["given", "email", "email2", "email3_type", "email3", "street2", "address2_city"]
    many = ", ".join(f"a{n}@b.example" for n in range(count))
    rows = [["A", many, "x@y.example", "work", many, "", ""], ["B", "", many, "", "z@y.example", "s2", "Liège"],
            ["C", many, "", "", "", "rue", ""]]
    table = _table(rows, header)
    mapping = fields.guess_mapping(header, {})
    assert _batch(csv_people, table, mapping) == _batch(former_csv, table, mapping)


def _read(module, data, limits):
    try:
        return vars(module.read_table(data, limits))
    except Exception as exc:  # noqa: BLE001 - the failure is what is compared
        return type(exc).__name__, str(exc)


CSV_TEXT = st.lists(st.lists(st.one_of(st.sampled_from(["", " ", "a", "é", '"q""x"', '"multi\nline"', "\t", "x" * 12,
                                                        '"unclosed', "a\rb", "\x00", ";", ","]),
                                       st.text(max_size=5)), max_size=5), max_size=8)


@settings(max_examples=300, deadline=None)
@given(CSV_TEXT, st.sampled_from(["\n", "\r\n", "\r"]), st.sampled_from([";", ",", "\t"]),
       st.sampled_from([csv_io.DEFAULT, csv_io.Limits(columns=3, rows=2, cell_chars=10)]))
def test_csv_files_read_into_the_same_tables(rows, newline, delimiter, limits):
    """The same tables, except where issue 11 refuses what the former reader took: files that are not text in one
    encoding (NUL, control characters, UTF-8 mixed with Windows-1252) and rows over the columns limit even when
    blank (the limits' words changed too)."""
    from tests.bench.former import csv_io as former_io
    data = newline.join(delimiter.join(r) for r in rows).encode("utf-8")
    for raw in (data, b"\xef\xbb\xbf" + data, data.replace(b"\xc3\xa9", b"\xe9")):
        new, old = _read(csv_io, raw, limits), _read(former_io, raw, limits)
        if isinstance(new, tuple) and new[0] == "NotText":
            assert re.search(rb"[\x00-\x08\x0e-\x19\x1b-\x1f]", raw) or not _utf8(raw), raw
        elif isinstance(new, tuple) and new[0] == "OverLimit":
            assert isinstance(old, tuple) or any(len(r) > limits.columns for r in rows), (new, old)
        else:
            assert new == old


def _utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_id_columns_become_the_same_records():
    header = ["id", "given", "email"]
    rows = [["0190A3C2-7A1B-7C3D-8E4F-0123456789AB", "A", "a@b.example"], ["not-an-id", "B", ""],
            ["0190a3c2-7a1b-7c3d-8e4f-0123456789ac", "", "c@d.example"], ["", "D", ""], ["'-1", "E", ""]]
    table = _table(rows, header)
    mapping = fields.guess_mapping(header, {})
    batch = _batch(csv_people, table, mapping)
    assert batch == _batch(former_csv, table, mapping)
    assert batch.items[0].source_id == "0190a3c2-7a1b-7c3d-8e4f-0123456789ab"


@pytest.mark.parametrize("mapping", [{0: "given"}, {5: "email"}, {1: "family", 7: "email", 3: "birth_date"},
                                     {9: "given", 2: "phone", 4: "city"}])
def test_wide_files_with_a_few_mapped_columns_become_the_same_records(mapping):
    header = [f"col{n}" for n in range(10)]
    rows = [[f"{c}{n}" if (n + c) % 3 else "" for c in range(10)] for n in range(6)]
    rows[2][2] = rows[3][4] = "'+32 470"
    rows[4] = rows[4][:3]  # a short row
    rows[5][3] = "2001-02-03"
    table = _table(rows, header)
    assert _batch(csv_people, table, mapping) == _batch(former_csv, table, mapping)
