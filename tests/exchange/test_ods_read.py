""".ods files read as they stream (exchange/ods_read.py): the same cells as python-calamine gave, a 100,000-row sheet
read in bounded memory, and hostile files (repeat bombs, DTDs, deep nesting) refused without building anything."""

from __future__ import annotations

import io
import zipfile

import pytest
import python_calamine as calamine

from commons_desktop.exchange import sheet_read
from commons_desktop.exchange.errors import UnreadableFile, UnreadableKind, UnsafeArchive
from commons_desktop.exchange.limits import DEFAULT

from .office import convert, needs_office
from .sheet_child import assert_read_in_bounded_memory, error_in_a_1_gb_process

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>')


def ods(body: str, styles: str = "", head: str = "") -> bytes:
    """An .ods file whose content.xml holds these tables (and automatic styles)."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?>{head}<office:document-content {NS} office:version="1.2">'
               f"<office:automatic-styles>{styles}</office:automatic-styles>"
               f"<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body>"
               "</office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", MANIFEST)
        zf.writestr("content.xml", content)
    return out.getvalue()


def cell(text: str = "", attrs: str = 'office:value-type="string"', inner: str | None = None) -> str:
    return f"<table:table-cell {attrs}>{f'<text:p>{text}</text:p>' if inner is None else inner}</table:table-cell>"


E = "<table:table-cell/>"


def row(*cells: str, attrs: str = "") -> str:
    return f"<table:table-row {attrs}>{''.join(cells)}</table:table-row>"


def table(name: str, *rows: str, attrs: str = "") -> str:
    return f'<table:table table:name="{name}" {attrs}>{"".join(rows)}</table:table>'


def by_calamine(data: bytes, sheet: str | None = None):
    """What main's reader made of a file: python-calamine's sheet, each cell through cell_text, the same rules."""
    book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    names = [m.name for m in book.sheets_metadata]
    if sheet is None:
        sheet = next((m.name for m in book.sheets_metadata if m.visible == calamine.SheetVisibleEnum.Visible),
                     names[0])
    found = book.get_sheet_by_name(sheet)
    first = found.start[0] + 1 if found.start else 1
    table_ = sheet_read._table(((first + n, [sheet_read.cell_text(c) for c in r])
                                for n, r in enumerate(found.iter_rows())), DEFAULT)
    return table_.header, table_.rows, table_.header_line, sheet, names


def streamed(data: bytes, sheet: str | None = None, monkeypatch=None):
    """What sheet_read makes of an .ods file now, calamine forbidden (the file must stream through ods_read)."""
    def refused(*_a, **_k):
        raise AssertionError("an .ods file was given to calamine")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(calamine.CalamineWorkbook, "from_filelike", refused)
        got, name, names = sheet_read.read_sheet(data, sheet)
    return got.header, got.rows, got.header_line, name, names


EVERY_KIND = ods(
    '<table:table table:name="Cachée" table:style-name="ta2">' + row(cell("hidden")) + "</table:table>"
    + table(
        "Types",
        row(cell(attrs='table:number-columns-repeated="2"', inner=""), cell("Kind"), cell("Value"), cell("More")),
        row(cell(attrs='table:number-columns-repeated="1024"', inner=""), attrs='table:number-rows-repeated="2"'),
        row(E, E, cell("string"),
            cell(inner="<text:p>ligne 1</text:p><text:p>ligne <text:span>2</text:span>  a<text:s text:c=\"3\"/>b"
                       "<text:tab/>c<text:line-break/>d <text:a>lien</text:a></text:p>"),
            cell("rep", 'office:value-type="string" table:number-columns-repeated="2"')),
        row(E, E, cell("float"),
            *[cell("x", f'office:value-type="float" office:value="{v}"')
              for v in ("1000", "0.1", "1e-7", "123456789012345678", "-0", "12.50")]),
        row(E, E, cell("percentage, currency"),
            cell("x", 'office:value-type="percentage" office:value="0.125"'),
            cell("x", 'office:value-type="currency" office:currency="EUR" office:value="12.5"')),
        row(E, E, cell("date"),
            *[cell("x", f'office:value-type="date" office:date-value="{v}"')
              for v in ("1962-07-14", "2025-09-01T08:30:00", "2025-09-01T00:00:00", "2025-09-01T08:30:15.5",
                        "2025-09-01T08:30:15.123456789", "1962-07-14Z", "2025-02-30", "0000-01-01", "2025-9-1",
                        "2025-09-01T8:30:15", "2025-09-01T24:00:00", "garbage")]),
        row(E, E, cell("time"),
            *[cell("x", f'office:value-type="time" office:time-value="{v}"')
              for v in ("PT08H30M00S", "PT36H05M01S", "PT08H30M00.25S", "PT8H30M", "PT8H5M3S", "PT08H61M00S",
                        "PT23H59M59.999999999S", "P1DT2H")]),
        row(E, E, cell("boolean"),
            cell("VRAI", 'office:value-type="boolean" office:boolean-value="true"'),
            cell("FAUX", 'office:value-type="boolean" office:boolean-value="false"'),
            cell("?", 'office:value-type="boolean" office:boolean-value="1"')),
        row(E, E, cell("formula"),
            cell("5", 'table:formula="of:=2+3" office:value-type="float" office:value="5"'),
            cell("ab", 'table:formula="of:=&quot;a&quot;&amp;&quot;b&quot;" office:value-type="string" '
                       'office:string-value="ab"'),
            cell("#DIV/0!", 'table:formula="of:=1/0" office:value-type="string" office:string-value=""'),
            cell("", 'table:formula="of:=A1"', inner="")),
        row(E, E, cell("merged"),
            cell("wide", 'office:value-type="string" table:number-columns-spanned="2"'),
            "<table:covered-table-cell/>", cell("after"),
            '<table:covered-table-cell office:value-type="string"><text:p>covered</text:p>'
            "</table:covered-table-cell>"),
        row(E, E, cell("comment"),
            cell(inner="<office:annotation><dc:creator>Ann</dc:creator><text:p>note</text:p></office:annotation>"
                       "<text:p>seen</text:p>")),
        row(E, E, cell("no type"), cell("untyped text", ""),
            cell("", 'office:value="7"', inner="")),
        row(E, E, cell("repeated row"), attrs='table:number-rows-repeated="3"'),
        row(E, E, cell(inner=""), cell("   "), attrs='table:number-rows-repeated="2"'),
        row(E, E, cell("accents &amp; &lt;xml&gt;"), cell("Émilie ☃ 𝄞"), cell(""),
            cell(inner="<text:p><text:s text:c=\"3\"/></text:p>")),
        row(cell(attrs='table:number-columns-repeated="1024"', inner=""), attrs='table:number-rows-repeated="1048000"'),
    )
    + table("Deux", row(cell("b"))),
    styles='<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/>'
           "</style:style>")


@pytest.mark.parametrize("sheet", [None, "Types", "Cachée", "Deux"])
def test_every_kind_of_cell_reads_as_calamine_read_it(sheet):
    """Every value type, text with paragraphs, spaces, spans, tabs and comments, repeats, merged and covered cells,
    a formula's value, leading empty rows and columns, a hidden first sheet: the same table as calamine's."""
    assert streamed(EVERY_KIND, sheet) == by_calamine(EVERY_KIND, sheet)
    header, rows, line, name, names = streamed(EVERY_KIND, sheet)
    assert names == ["Cachée", "Types", "Deux"]
    if sheet in (None, "Types"):
        assert name == "Types" and header == ["Kind", "Value", "More"] and line == 1
        assert rows[0] == (4, ["string", "ligne 1\nligne 2  a   bcd lien", "rep", "rep"])


@needs_office
def test_a_file_libreoffice_wrote_with_every_value_type_reads_as_calamine_read_it(tmp_path):
    """Dates, date-times, times, percentages, booleans, numbers, multi-line text, as a French LibreOffice types them
    from a CSV file; and a sheet it wrote from flat XML (a hidden sheet, merged cells, a comment, currency)."""
    src = tmp_path / "types.csv"
    src.write_text("Nom;Date;Heure;DateHeure;Pourcent;Monnaie;Vrai;Nombre;Texte\n"
                   "A;14/07/1962;08:30:15;01/09/2025 08:30;12,5 %;12,50 €;VRAI;1000;0612\n"
                   'B;29/02/1964;23:59;14/07/1962 00:00;100 %;-3,00 €;FAUX;0,0000001;"deux\nlignes"\n', "utf-8")
    flat = tmp_path / "every.fods"
    content = zipfile.ZipFile(io.BytesIO(EVERY_KIND)).read("content.xml").decode()
    flat.write_text(content.replace("office:document-content ", 'office:document office:mimetype='
                                    '"application/vnd.oasis.opendocument.spreadsheet" ')
                    .replace("</office:document-content>", "</office:document>"), "utf-8")
    [typed] = convert([src], "ods", tmp_path / "typed", infilter="CSV:59,34,76,1,,1036")
    [every] = convert([flat], "ods", tmp_path / "every")
    data = typed.read_bytes()
    assert b'office:value-type="date"' in data or b"date-value" in zipfile.ZipFile(typed).read("content.xml")
    got = streamed(data)
    assert got == by_calamine(data)
    assert got[1] == [(2, ["A", "1962-07-14", "08:30:15", "2025-09-01 08:30:00", "0.125", "12.5", "1", "1000",
                           "612"]),
                      (3, ["B", "1964-02-29", "23:59:00", "1962-07-14", "1", "-3", "0", "0.0000001", "deux\nlignes"])]
    data = every.read_bytes()
    for sheet in (None, "Types", "Cachée", "Deux"):
        assert streamed(data, sheet) == by_calamine(data, sheet)


def _big_ods(path, rows: int) -> None:
    one = row(*[cell(f"{c}{{n}}") for c in ("Prénom", "Nom", "courriel@exemple.org ", "Rue de la Paix ", "75011",
                                            "Paris", "+33 6 12 34 56 ", "notes: une ligne de texte ")],
              cell("x", 'office:value-type="float" office:value="12.5"'),
              cell("x", 'office:value-type="date" office:date-value="1962-07-14"'))
    head = row(*[cell(h) for h in "ABCDEFGHIJ"])
    path.write_bytes(ods(table("Big", head, *(one.replace("{n}", str(n)) for n in range(rows)))))


def test_a_100000_row_sheet_is_read_in_bounded_memory(tmp_path):
    """A 100,000-row, 10-column sheet (1,000,000 cells): the reader's peak memory is the table it gives back and
    little more. calamine (main) held the whole workbook, then a copy of the sheet: its peak grew by some 190 MB
    here for a table of 90 MB; this reader's by the table and ~10 MB."""
    path = tmp_path / "big.ods"
    _big_ods(path, 100_000)
    assert_read_in_bounded_memory(path)


def test_a_sheet_repeating_a_cell_a_billion_times_is_refused_unbuilt():
    """Repeats are counted, never expanded: a 10 kB file claiming 10^9 cells is refused as main refused it (the
    extent check) and one whose cells carry a value but no type (which main's check missed, and calamine then built:
    20,000 x 20,000 cells, 12 GB) is refused too, in a process limited to 1 GB."""
    typed = ods(table("S", row(cell("Prénom")),
                      row(cell("far", 'office:value-type="string" table:number-columns-repeated="1000000000"'))))
    with pytest.raises(UnsafeArchive, match="larger than the import reads"):
        sheet_read.read_table(typed)
    rows = ods(table("S", row(cell("Prénom")), row(cell("far"), attrs='table:number-rows-repeated="1000000000"')))
    with pytest.raises(UnsafeArchive, match="larger than the import reads"):
        sheet_read.read_table(rows)
    untyped = ods(table("S", row(cell("Prénom")),
                        row(cell(attrs='office:value="1" table:number-columns-repeated="20000"', inner=""),
                            attrs='table:number-rows-repeated="20000"')))
    assert error_in_a_1_gb_process(untyped) == "UnreadableFile 20000 columns, over the limit of 500"


def test_a_cell_of_a_billion_spaces_is_refused_unbuilt():
    """``text:s`` repeats a space: 20,000 of them asking for 100,000 each would be a 2 GB cell (main's calamine built
    it, and failed in a process limited to 1 GB); the text stops being kept past the cell limit, the row is refused."""
    spaces = ods(table("S", row(cell("Prénom")),
                       row(cell(inner="<text:p>" + '<text:s text:c="100000"/>' * 20_000 + "x</text:p>"))))
    assert len(spaces) < 100_000
    assert error_in_a_1_gb_process(spaces) == "UnreadableFile row 2: a cell is over 100,000 characters"
    blank = ods(table("S", row(cell("Prénom")),
                      row(cell(inner="<text:p>" + '<text:s text:c="100000"/>' * 3 + "</text:p>"))))
    assert sheet_read.read_table(blank).rows == []  # (white space only: a blank row, as main read it)


@pytest.mark.parametrize("head", [
    '<!DOCTYPE office:document-content [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    '<!DOCTYPE office:document-content SYSTEM "file:///etc/passwd">',
])
def test_a_content_xml_with_a_dtd_is_refused(head):
    data = ods(table("S", row(cell("&b;" if "ENTITY" in head else "Prénom"))), head=head)
    with pytest.raises(UnreadableFile, match="DTD"):
        sheet_read.read_table(data)


def test_deep_nesting_and_broken_files_are_refused_as_unreadable():
    deep = ods(table("S", row(cell(inner="<text:span>" * 5000 + "x" + "</text:span>" * 5000))))
    with pytest.raises(UnreadableFile, match="nested"):
        sheet_read.read_table(deep)
    broken = ods(table("S", row(cell("Prénom")))).replace(b"PK", b"PK", 1)
    cut = zipfile.ZipFile(io.BytesIO(broken))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for n in cut.namelist():
            zf.writestr(n, cut.read(n)[:-30] if n == "content.xml" else cut.read(n))
    with pytest.raises(UnreadableFile, match="not a readable spreadsheet"):
        sheet_read.read_table(out.getvalue())
    bad_number = ods(table("S", row(cell("x", 'office:value-type="float" office:value="douze"'))))
    with pytest.raises(UnreadableFile, match="not a readable spreadsheet"):
        sheet_read.read_table(bad_number)


def test_an_encrypted_ods_is_named_as_such():
    data = ods(table("S", row(cell("Prénom"))))
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for n in src.namelist():
            body = src.read(n)
            if n == "META-INF/manifest.xml":
                body = body.replace(b'manifest:media-type="text/xml"/>', b'manifest:media-type="text/xml">'
                                    b'<manifest:encryption-data manifest:checksum="x"/></manifest:file-entry>')
            zf.writestr(n, body)
    with pytest.raises(UnreadableKind):
        sheet_read.read_table(out.getvalue())


def test_sheet_names_of_an_ods_file_without_reading_its_rows():
    assert sheet_read.sheet_names(EVERY_KIND) == ["Cachée", "Types", "Deux"]
