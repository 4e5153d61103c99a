"""Spreadsheets in and out (issue 10 item 8) and dates as LibreOffice writes them (item 7), with REAL files made
and read by LibreOffice headless (tests/exchange/office.py)."""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import date

import pyrage
import pytest

from commons_desktop.cli.main import main
from commons_desktop.cli.sheet_words import header_word
from commons_desktop.exchange import sheet_read, sheet_write
from commons_desktop.exchange.csv_io import read_table as read_csv
from commons_desktop.exchange.errors import UnsafeArchive
from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.services import exports, imports
from commons_desktop.vault import exchange_log
from commons_desktop.vault.people import People

from .office import SOFFICE, TEXT_QUOTED, convert, french_profile, needs_office
from .test_cli import env  # noqa: F401 - the CLI's environment (passphrase, config folders), an autouse fixture

# what a secretary types in LibreOffice (a French LibreOffice reads it from this CSV: dates become date cells,
# the phone and postcode columns are typed as text so that their leading zeros stay)
SOURCE = ("Prénom;Nom;Courriel;Téléphone;Code postal;Ville;Naissance;Adhésion;Cotisation;Notes\n"
          "Émilie;Dupré;emilie@exemple.org;0612345678;01000;Bourg-en-Bresse;14/07/1962;01/09/2025;12;"
          "\"ligne 1\nligne 2\"\n"
          "Jean;Martin;jean@exemple.org;+33 6 12 34 56 78;75011;Paris;03/04/1962;15/09/2025;12,5;\n"
          "Zoé;Lefèvre;zoe@exemple.org;0140000000;06000;Nice;29/02/1964;;;\n")
INFILTER = "CSV:59,34,76,1,4/2/5/2,1036"  # ';', '"', UTF-8, line 1, columns 4 and 5 as text, French


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """The source as CSV, and as .ods, .xlsx and .xls files made by LibreOffice."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (libreoffice-calc-nogui) is not installed")
    folder = tmp_path_factory.mktemp("sheets")
    src = folder / "membres.csv"
    src.write_text(SOURCE, "utf-8")
    out = {"csv": src}
    for kind in ("ods", "xlsx", "xls"):
        [out[kind]] = convert([src], kind, folder / kind, infilter=INFILTER)
    return out


def _people(vault, data, name, **kw):
    source = imports.read(vault, data, name=name, **kw)
    return source, [(i.record.given, i.record.family, [e.address for e in i.record.emails],
                     [p.number for p in i.record.phones], [(a.postcode, a.city) for a in i.record.addresses],
                     i.record.birth_date, i.record.notes,
                     [(m.start, m.end) for m in i.memberships], [str(c.amount) for c in i.contributions])
                    for i in source.batch.items]


@needs_office
@pytest.mark.parametrize("kind", ["ods", "xlsx", "xls"])
def test_a_spreadsheet_imports_exactly_as_its_csv(made, vault, kind):
    """The same mapping, the same rows, the same people: the sheet feeds the CSV pipeline (issue 10 item 8)."""
    csv_source, from_csv = _people(vault, made["csv"].read_bytes(), "membres.csv")
    source, from_sheet = _people(vault, made[kind].read_bytes(), f"membres.{kind}")
    assert source.format == "spreadsheet" and source.sheets == ["membres"] and source.sheet == "membres"
    assert source.columns == csv_source.columns
    assert from_sheet == from_csv
    assert from_sheet[0][:7] == ("Émilie", "Dupré", ["emilie@exemple.org"], ["0612345678"],
                                 [("01000", "Bourg-en-Bresse")], date(1962, 7, 14), "ligne 1\nligne 2")
    assert from_sheet[2][5] == date(1964, 2, 29)
    assert [i.line for i in source.batch.items] == [2, 3, 4]  # rows as the spreadsheet numbers them
    report = imports.apply(vault, source, ImportOptions())
    assert (report.created, report.errors) == (3, [])


@needs_office
def test_libreoffice_in_french_saves_two_digit_years_and_they_import(made, vault, tmp_path):
    """LibreOffice with a French locale saves '14/07/62' by default: refused before (the whole import stopped)."""
    [back] = convert([made["ods"]], "csv:Text - txt - csv (StarCalc):59,34,76,1", tmp_path / "fr",
                     profile=french_profile(tmp_path / "profile"))
    text = back.read_text("utf-8")
    assert "14/07/62" in text and "29/02/64" in text  # as LibreOffice wrote it
    source, people = _people(vault, back.read_bytes(), "membres.csv")
    assert [p[5] for p in people] == [date(1962, 7, 14), date(1962, 4, 3), date(1964, 2, 29)]
    assert [p[7] for p in people][:2] == [[(date(2025, 9, 1), None)], [(date(2025, 9, 15), None)]]
    assert imports.apply(vault, source, ImportOptions()).created == 3


@needs_office
def test_an_english_libreoffice_csv_is_read_month_first_for_the_whole_column(made, vault, tmp_path):
    """An en-US LibreOffice writes 07/14/62: a value only month first can be decides the column."""
    [back] = convert([made["ods"]], "csv:Text - txt - csv (StarCalc):44,34,76,1", tmp_path / "en")
    assert "07/14/62" in back.read_text("utf-8")
    _, people = _people(vault, back.read_bytes(), "membres.csv")
    assert [p[5] for p in people] == [date(1962, 7, 14), date(1962, 4, 3), date(1964, 2, 29)]


def test_typed_cells_become_text_without_loss():
    cell = sheet_read.cell_text
    assert [cell(x) for x in (12.0, 1000.0, 12.5, 0.0000001, 3, True, False, None, "0612")] == \
        ["12", "1000", "12.5", "0.0000001", "3", "1", "0", "", "0612"]
    from datetime import datetime, time
    assert cell(date(1962, 7, 14)) == "1962-07-14" and cell(datetime(1962, 7, 14)) == "1962-07-14"
    assert cell(datetime(2025, 9, 1, 8, 30)) == "2025-09-01 08:30:00" and cell(time(8, 30)) == "08:30:00"


@needs_office
def test_numbers_booleans_and_formulas_of_a_real_sheet(vault, tmp_path):
    """Numbers typed as numbers (a postcode 1000.0 becomes '1000', an amount 12.5 '12.5'), booleans, and a
    formula's value (never evaluated here: LibreOffice stored its result)."""
    src = tmp_path / "typed.csv"
    src.write_text("Prénom;Nom;Code postal;Cotisation;Statut;Notes\nA;B;1000;12,5;VRAI;=2+3\n", "utf-8")
    [ods] = convert([src], "ods", tmp_path / "out", infilter="CSV:59,34,76,1,,1036")
    table = sheet_read.read_table(ods.read_bytes())
    assert table.rows == [(2, ["A", "B", "1000", "12.5", "1", "5"])]
    item = imports.read(vault, ods.read_bytes(), name="typed.ods").batch.items[0]
    assert item.record.addresses[0].postcode == "1000" and item.memberships[0].status == "active"
    assert str(item.contributions[0].amount) == "12.5"


_CELL = '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
_ROW = "<table:table-row>%s</table:table-row>"
FODS = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" '
        'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>'
        '<table:table table:name="Notes">' + _ROW % (_CELL % "Rien") + "</table:table>"
        '<table:table table:name="Adhérents">' + _ROW % (_CELL % "Prénom" + _CELL % "Nom")
        + _ROW % (_CELL % "Léa" + _CELL % "Faure") + "</table:table></office:spreadsheet></office:body>"
        "</office:document>\n")


@needs_office
@pytest.mark.parametrize("kind", ["ods", "xlsx", "xls"])
def test_the_cli_reads_the_first_sheet_or_the_one_named(vault_path, tmp_path, capsys, kind):
    src = tmp_path / "classeur.fods"
    src.write_text(FODS, "utf-8")
    [book] = convert([src], kind, tmp_path / "out")
    capsys.readouterr()
    code = main(["--vault", str(vault_path), "import", str(book), "--dry-run"])
    out = capsys.readouterr()
    assert code == 0 and "sheet 'Notes' (sheets: 'Notes', 'Adhérents')" in out.out  # the first: nothing in it
    code = main(["--vault", str(vault_path), "--json", "import", str(book), "--sheet", "Adhérents", "--yes"])
    assert (code, json.loads(capsys.readouterr().out)["created"]) == (0, 1)
    code = main(["--vault", str(vault_path), "import", str(book), "--sheet", "Membres"])
    err = capsys.readouterr().err
    assert code == 4 and "no sheet 'Membres'" in err and "'Adhérents'" in err


def _age_text() -> bytes:
    return pyrage.passphrase.encrypt(b"just a note, not a bundle\n", "correct horse")


KINDS = {
    "rapport.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF document"),
    "photo.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "image"),
    "photo.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(40), "image"),
    "archive.zip": (None, "zip archive"),
    "lettre.odt": (None, "text or presentation document"),
    "liste.csv.gz": (b"\x1f\x8b\x08\x00" + bytes(20), "compressed archive"),
}


@pytest.mark.parametrize("name", sorted(KINDS))
def test_a_file_of_a_kind_no_importer_reads_exits_4_naming_it(vault_path, tmp_path, capsys, name):
    """Before: read as CSV, 'nothing to import', exit 0."""
    data, words = KINDS[name]
    if data is None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            if name.endswith(".odt"):
                zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
            zf.writestr("content.txt", "Prénom;Nom\nA;B\n")
        data = buf.getvalue()
    f = tmp_path / name
    f.write_bytes(data)
    capsys.readouterr()
    code = main(["--vault", str(vault_path), "import", str(f)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 4 and len(err) == 1, err
    assert words in err[0] and "spreadsheets (.ods, .xlsx, .xls)" in err[0]


def test_an_age_file_that_is_not_a_bundle_exits_4(vault_path, tmp_path, capsys):
    f, secret = tmp_path / "note.age", tmp_path / "pass"
    f.write_bytes(_age_text())
    secret.write_text("correct horse\n", "utf-8")
    capsys.readouterr()
    code = main(["--vault", str(vault_path), "import", str(f), "--passphrase-file", str(secret)])
    err = capsys.readouterr().err
    assert code == 4 and "age-encrypted file that is not a Commons bundle" in err


# -- export ---------------------------------------------------------------------------------------------------
@needs_office
@pytest.mark.parametrize("kind", ["ods", "xlsx"])
def test_export_cells_are_text_read_back_by_libreoffice(filled, tmp_path, kind):
    """Every cell typed as text: LibreOffice quotes every text cell of its CSV (a number would not be), keeps
    leading zeros, evaluates nothing, shows no apostrophe; headers in the user's language; the disclosure is
    logged as for CSV."""
    vault, ids, _ = filled
    from commons_desktop.core.model import Phone
    p = People(vault).get(ids[1])
    p.phones.append(Phone("0612345678"))
    p.custom["code"] = "007"
    People(vault).update(ids[1], p)
    out = tmp_path / f"liste.{kind}"
    exports.export_file(vault, exports.ExportSpec(kind), out, words=lambda c: header_word(c, "fr"),
                        sheet="Personnes")
    assert not list(tmp_path.glob("*.part"))
    [back] = convert([out], f"csv:Text - txt - csv (StarCalc):{TEXT_QUOTED}", tmp_path / "back")
    raw = back.read_text("utf-8")
    table = read_csv(back.read_bytes())
    assert table.header[:5] == ["Identifiant Commons", "Numéro d'adhérent", "Prénom", "Nom", "Courriel"]
    rows = {r[2]: r for _, r in table.rows}
    emilie = dict(zip(table.header, rows["Émilie"], strict=False))
    assert emilie["Champ : Profession"] == "=cmd|' /C calc'!A0"  # a text, never evaluated, no apostrophe added
    assert emilie["Téléphone"] == "+33 6 12 34 56 78"
    assert emilie["Notes"] == "Line one\nLine two, with \"quotes\"; and = sign"
    paul = dict(zip(table.header, rows["Paul"], strict=False))
    assert "0612345678" in paul.values() and paul["Champ : code"] == "007"
    fields = re.findall(r'"(?:[^"]|"")*"|[^,\r\n]+', raw)  # every cell, quoted or not
    unquoted = [f for f in fields if not f.startswith('"')]
    assert len(fields) > 40 and unquoted == []  # every non-empty cell is a text cell (TEXT_QUOTED quotes them)
    [d] = [d for d in exchange_log.disclosures(vault, ids[0]) if d.kind == kind]
    assert d.destination == out.name and d.fields[:4] == ["id", "member_number", "given", "family"]


def test_a_spreadsheet_export_writes_nothing_partial(filled, tmp_path):
    """A value an .xlsx cell cannot hold (over 32,767 characters) is refused: no file, no temporary file left, no
    disclosure logged; .ods carries it."""
    vault, ids, _ = filled
    p = People(vault).get(ids[0])
    p.notes = "x" * 40_000
    People(vault).update(ids[0], p)
    before = len(exchange_log.disclosures(vault, ids[0]))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(sheet_write.CellTooLong):
        exports.export_file(vault, exports.ExportSpec("xlsx"), out / "big.xlsx")
    assert list(out.iterdir()) == [] and len(exchange_log.disclosures(vault, ids[0])) == before
    exports.export_file(vault, exports.ExportSpec("ods"), out / "big.ods")
    table = sheet_read.read_table((out / "big.ods").read_bytes())
    assert "x" * 40_000 in [c for _, r in table.rows for c in r]


def test_every_cell_of_an_export_is_a_text_cell(filled, tmp_path):
    vault, _, _ = filled
    exports.export_file(vault, exports.ExportSpec("ods"), tmp_path / "a.ods")
    exports.export_file(vault, exports.ExportSpec("xlsx"), tmp_path / "a.xlsx")
    content = zipfile.ZipFile(tmp_path / "a.ods").read("content.xml").decode()
    assert content.count("<table:table-cell ") == content.count('office:value-type="string"') > 20
    assert "table:formula" not in content and "office:value=" not in content
    sheet = zipfile.ZipFile(tmp_path / "a.xlsx").read("xl/worksheets/sheet1.xml").decode()
    assert sheet.count("<c ") == sheet.count('t="inlineStr"') > 20 and "<f>" not in sheet and "<v>" not in sheet


# -- the round trip of the demo federation (issue 10, "Done means": the spreadsheet half) -----------------------
def _person_fields(vault, pid):
    from commons_desktop.vault.memberships import Memberships
    p = People(vault).get(pid)
    ms = Memberships(vault).of_person(pid)
    latest = ms[-1] if ms else None
    return {"given": p.given, "family": p.family, "emails": p.emails, "phones": p.phones, "addresses": p.addresses,
            "birth_date": p.birth_date, "languages": p.languages, "notes": p.notes, "consents": p.consents,
            "custom": p.custom, "tags": sorted(p.tags),
            "membership": (latest.type, latest.status, latest.start, latest.end) if latest else None}


@pytest.mark.parametrize("kind,lang", [("ods", "fr"), ("xlsx", "en")])
def test_the_demo_federation_round_trips_through_a_spreadsheet_field_by_field(vault, make_vault, tmp_path, kind,
                                                                              lang):
    """Every field a spreadsheet of people carries (all but organisations, relationships, contributions and
    documents, and only each person's latest membership) comes back equal, person by person."""
    from commons_desktop.services import demo
    demo.generate(vault, people=300, seed=4)
    from commons_desktop.core.model import Address, Phone
    repo = People(vault)
    for n, pid in enumerate(r[0] for r in vault.conn.execute("SELECT id FROM person ORDER BY rid LIMIT 5")):
        p = repo.get(pid)  # what the demo has not: custom fields, leading zeros, a street on two lines
        p.custom = {"profession": "=SUM(A1:A9)", "Numéro de licence": f"00{n}"}
        p.phones.append(Phone("0612345678", "home"))
        p.addresses.append(Address("Résidence Les Érables, Appartement 12", "01000", "Bourg-en-Bresse"))
        repo.update(pid, p)
    out = tmp_path / f"federation.{kind}"
    leaves = exports.export_file(vault, exports.ExportSpec(kind), out, words=lambda c: header_word(c, lang))
    assert leaves.people == 300
    other = make_vault("other")
    source = imports.read(other, out.read_bytes(), name=out.name)
    assert [n for n in source.batch.notes if "not recognised" in n] == []  # every header word came back
    report = imports.apply(other, source, ImportOptions())
    assert (report.created, report.errors) == (300, [])
    ids = [r[0] for r in vault.conn.execute("SELECT id FROM person WHERE deleted IS NULL")]
    assert len(ids) == 300
    differ = []
    for pid in ids:
        a, b = _person_fields(vault, pid), _person_fields(other, pid)
        differ += [(pid, f, a[f], b[f]) for f in a if a[f] != b[f]]
    assert differ == []
    carried = [_person_fields(vault, i) for i in ids]  # the test compares values, not empty fields
    assert [f for f in carried[0] if not any(c[f] for c in carried)] == []


def _zip_with(base: bytes, name: str, change) -> bytes:
    src, out = zipfile.ZipFile(io.BytesIO(base)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for n in src.namelist():
            zf.writestr(n, change(src.read(n)) if n == name else src.read(n))
    return out.getvalue()


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_a_tiny_sheet_claiming_a_huge_area_is_refused_before_calamine_allocates_it(vault, kind):
    """One cell at A1 and one at XFD1048576: calamine would ask for 550 GB and abort the whole program (seen)."""
    base = io.BytesIO()
    sheet_write.writer(kind, ["Prénom"], [["Ada"]])(base)
    if kind == "xlsx":
        far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row></sheetData>'
        data = _zip_with(base.getvalue(), "xl/worksheets/sheet1.xml", lambda x: x.replace(b"</sheetData>", far))
    else:
        far = (b'<table:table-row table:number-rows-repeated="1048000"><table:table-cell office:value-type="string" '
               b'table:number-columns-repeated="16384"><text:p>far</text:p></table:table-cell></table:table-row>'
               b"</table:table>")
        data = _zip_with(base.getvalue(), "content.xml", lambda x: x.replace(b"</table:table>", far))
    assert len(data) < 10_000
    with pytest.raises(UnsafeArchive, match="larger than the import reads"):
        imports.read(vault, data, name=f"far.{kind}")


def test_an_xlsx_sheet_is_measured_a_chunk_at_a_time_whatever_the_chunk(monkeypatch):
    """The extent check reads a worksheet's XML a chunk at a time (a 100,000-row sheet is ~100 MB of XML, never held
    whole): any chunk size, every tag cut anywhere, finds the same last row and column as the whole text, the far
    cell of the test above included."""
    out = io.BytesIO()
    sheet_write.writer("xlsx", ["a", "b", "c"], [[str(n), "x" * n, "y"] for n in range(60)])(out)
    xml = zipfile.ZipFile(io.BytesIO(out.getvalue())).read("xl/worksheets/sheet1.xml")
    xml = xml.replace(b"</sheetData>", b'<row r="70000"><c r="AB70000" t="inlineStr"><is><t>far</t></is></c></row>'
                                       b"</sheetData>")
    for size in (1, 2, 7, 64, 1000, len(xml), 1 << 20):
        monkeypatch.setattr(sheet_read, "EXTENT_CHUNK", size)
        assert sheet_read._xlsx_extent(io.BytesIO(xml)) == (70_000, 28), size
