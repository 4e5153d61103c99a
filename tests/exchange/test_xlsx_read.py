""".xlsx files read as they stream (exchange/xlsx_read.py): the same cells as python-calamine gave (hand-made sheets
with every odd case, the app's own export, a LibreOffice-written file), a 100,000-row sheet read in bounded memory,
and hostile files (DTDs, deep nesting, huge references, a huge cell, a bad shared string index) refused."""

from __future__ import annotations

import base64
import io
import os
import random
import zipfile

import pytest
import python_calamine as calamine

from commons_desktop.exchange import sheet_read, sheet_write, xlsx_read
from commons_desktop.exchange.errors import NoSuchSheet, UnreadableFile, UnsafeArchive
from commons_desktop.exchange.limits import DEFAULT

from .office import convert, needs_office
from .sheet_child import assert_read_in_bounded_memory, error_in_a_1_gb_process

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def xlsx(sheets: list[tuple[str, str, str]], shared: list[str] | None = None, styles: str | None = None,
         date1904: bool = False, head: str = "", parts: dict[str, str] | None = None) -> bytes:
    """An .xlsx file: sheets as (name, extra attributes of <sheet>, the XML inside <sheetData>), shared strings (each
    an <si>'s inside), the inside of styles.xml; ``parts`` replace or add zip members."""
    out = io.BytesIO()
    members = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                               '<Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" '
                       'Target="xl/workbook.xml"/></Relationships>',
    }
    listed = "".join(f'<sheet name="{n}" sheetId="{i + 1}" {a} r:id="rId{i + 1}"/>'
                     for i, (n, a, _) in enumerate(sheets))
    pr = '<workbookPr date1904="1"/>' if date1904 else ""
    members["xl/workbook.xml"] = f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">{pr}<sheets>{listed}</sheets></workbook>'
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                   for i in range(len(sheets)))
    if shared is not None:
        rels += f'<Relationship Id="rS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        members["xl/sharedStrings.xml"] = f'<sst xmlns="{MAIN}">{"".join(f"<si>{s}</si>" for s in shared)}</sst>'
    if styles is not None:
        rels += f'<Relationship Id="rT" Type="{REL}/styles" Target="styles.xml"/>'
        members["xl/styles.xml"] = f'<styleSheet xmlns="{MAIN}">{styles}</styleSheet>'
    members["xl/_rels/workbook.xml.rels"] = f'<Relationships xmlns="{PKG}">{rels}</Relationships>'
    for i, (_, _, body) in enumerate(sheets):
        members[f"xl/worksheets/sheet{i + 1}.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?>{head}<worksheet '
                                                     f'xmlns="{MAIN}" xmlns:r="{REL}"><sheetData>{body}'
                                                     "</sheetData></worksheet>")
    members.update(parts or {})
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in members.items():
            zf.writestr(name, text)
    return out.getvalue()


def by_calamine(data: bytes, sheet: str | None = None):
    """What main's reader made of a file: python-calamine's sheet, each cell through cell_text, the same rules."""
    book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    metas = [m for m in book.sheets_metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]
    names = [m.name for m in metas]
    if sheet is None:
        sheet = next((m.name for m in metas if m.visible == calamine.SheetVisibleEnum.Visible), names[0])
    found = book.get_sheet_by_name(sheet)
    # (calamine's rows begin at the sheet's row 1: each row's number in the sheet is 1 + its place; main counted
    # them from the first row holding something, found.start, and said a wrong row when the sheet began lower)
    table_ = sheet_read._table(((1 + n, [sheet_read.cell_text(c) for c in r])
                                for n, r in enumerate(found.iter_rows())), DEFAULT)
    return table_.header, table_.rows, table_.header_line, sheet, names


def streamed(data: bytes, sheet: str | None = None):
    """What sheet_read makes of an .xlsx file now, calamine forbidden (the file must stream through xlsx_read)."""
    def refused(*_a, **_k):
        raise AssertionError("an .xlsx file was given to calamine")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(calamine.CalamineWorkbook, "from_filelike", refused)
        got, name, names = sheet_read.read_sheet(data, sheet)
    return got.header, got.rows, got.header_line, name, names


def row(*cells: str, r: str = "") -> str:
    return f'<row{f" r={chr(34)}{r}{chr(34)}" if r else ""}>{"".join(cells)}</row>'


def c(value: str = "", t: str = "", s: str = "", r: str = "", inner: str | None = None) -> str:
    attrs = "".join(f' {k}="{v}"' for k, v in (("r", r), ("s", s), ("t", t)) if v)
    return f"<c{attrs}>{f'<v>{value}</v>' if inner is None else inner}</c>"


def inline(text: str, r: str = "") -> str:
    return c(t="inlineStr", r=r, inner=f'<is><t xml:space="preserve">{text}</t></is>')


STYLES = ('<numFmts count="6"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
          '<numFmt numFmtId="165" formatCode="[h]:mm:ss"/>'
          '<numFmt numFmtId="166" formatCode="#,##0.00\\ &quot;€&quot;"/>'
          '<numFmt numFmtId="167" formatCode="h:mm AM/PM"/><numFmt numFmtId="168" formatCode="&quot;Y: &quot;0.00"/>'
          '<numFmt numFmtId="169" formatCode="[Red]0.00;[Blue]-0.00"/></numFmts>'
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
          '<cellXfs count="12"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>'
          '<xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="168"/><xf numFmtId="22"/><xf numFmtId="46"/>'
          '<xf numFmtId="49"/><xf/><xf numFmtId="169"/></cellXfs>')
NUMBERS = ["0", "0.5", "0.99999999", "1", "1.5", "59", "59.5", "60", "60.5", "61", "-1", "-0.5", "2958465",
           "2958466", "2958465.9999999", "36526.00000001", "36526.999999", "44000.3333333333", "1.0000000001",
           "25000.25", "1e10", "-700000", "-700000000", "nan", "inf", "-inf", "12.50", "1e-7", "123456789012345678",
           "-0", "+5", ".5", "5.", "1E3", "INF", "infinity", "NaN"]
# calamine's Python side raised OverflowError or panicked on these as durations (and on -inf as a date): not compared
HUGE = {"1e10", "-700000000", "inf", "-inf", "INF", "infinity", "123456789012345678"}
DATES, DURATIONS = (1, 2, 5, 7), (3, 8)


def numbers(style: int) -> list[str]:
    if style in DURATIONS:
        return [v for v in NUMBERS if v not in HUGE]
    return [v for v in NUMBERS if style not in DATES or v != "-inf"]

EVERY_KIND = xlsx(
    [("Cachée", 'state="hidden"', row(inline("hidden"))),
     ("Types", "",
      row(r="3") + row(inline("Kind", "C4"), inline("Value"), inline("More"), r="4")
      + row(inline("shared", "C5"), c("0", "s"), c("1", "s"), c("2", "s"), c("3", "s"), c("4", "s"), c("x", "s"),
            c("+1", "s"), c("", "s"), r="5")
      + row(inline("inline", "C6"), c(t="inlineStr", inner="<is><r><t>a</t></r><r><rPr><b/></rPr>"
                                                          '<t xml:space="preserve"> b </t></r></is>'),
            c(t="inlineStr", inner="<is><t>x</t><rPh><t>ふり</t></rPh><t>y</t></is>"),
            c(t="inlineStr", inner="<is></is>"), c(t="inlineStr", inner="<is><t/></is>"),
            c(t="inlineStr", inner="<is><t>_x0041__x005F_x0042_ _xD83D_ a_x000D_b</t></is>"),
            c("9", "inlineStr"), r="6")
      + row(inline("str", "C7"), c("ab_x0041_&amp;&lt;", "str"), c("", "str"), c("12", "str"), r="7")
      + row(inline("bool", "C8"), c("1", "b"), c("0", "b"), c("true", "b"), c("", "b"), r="8")
      + row(inline("error", "C9"), c("#DIV/0!", "e"), c("#N/A", "e"), inline("after"), c("#REF!", "e"), r="9")
      + row(inline("no type", "C10"), c("12"), c("xx"), c(" 1"), c("1_0"), c("0x10"), c("1.5e"), c(""), r="10")
      + row(inline("iso", "C11"), *[c(v, "d") for v in ("2024-01-02T03:04:05", "2024-01-02T03:04:05.5",
                                                       "2024-01-02T00:00:00", "2024-01-02", "03:04:05",
                                                       "2024-01-02 03:04", "2024-01-02T03:04:05Z", "PT1H",
                                                       "garbage", "2024-02-30", "")], r="11")
      + row(inline("formula", "C12"), c(inner="<f>1+1</f><v>2</v>"), c(inner="<v>3</v><f>1+2</f>"),
            c("5", "str", inner='<f>"a"</f><v>ab</v>'), c(inner="<f>A1</f>"), r="12")
      + "".join(row(inline(f"style {s}", f"C{13 + n}"), *[c(v, s=str(s)) for v in numbers(s)], r=str(13 + n))
                for n, s in enumerate(range(13)))
      + row(inline("gap", "E30"), inline("far", "H30"), r="30")
      + row(inline("no r"), inline("then"), c("7", r="F31"), inline("next"))
      + row(inline("left", "D32"), inline("back", "C32"), inline("over", "D32"), r="32")
      + row(inline("blank", "C33"), r="33") + row(inline("   ", "C34"), r="34")
      + row(inline("accents &amp; &lt;xml&gt;", "C35"), inline("Émilie ☃ 𝄞"), inline("ligne 1\nligne 2"), r="35")
      + row(inline("lower", "c36"), inline("ref", "d36"), r="36")
      + row(inline("trailing", "C37"), inline(""), c("#N/A", "e"), r="37")
      + row(inline("white", "C38"), c(t="inlineStr", inner="<is><t> 7 </t></is>"),
            c(t="inlineStr", inner='<is><r><t xml:space="preserve"> r </t></r><r><t>\t s\n</t></r></is>'),
            c(t="inlineStr", inner="<is><t>\u00a0x<b/> y </t></is>"), c(" 1.5 "), c(" 0", "b"), c(" 1 ", "b"),
            c(" 03:04:05", "d"), c(" garbage ", "d"), c(" 7 ", "str"), c("1", "s"), r="38")),
     ("Deux", "", row(inline("b")))],
    shared=["<t> hello\n</t>", "<r><t>ri</t></r><r><t>ch</t></r>", "", "<t/>", "<t>d</t><rPh><t>x</t></rPh>",
            '<t xml:space="preserve"> e\n f </t>', "<t>_x0041_</t>"],
    styles=STYLES)


@pytest.mark.parametrize("sheet", [None, "Types", "Cachée", "Deux"])
def test_every_kind_of_cell_reads_as_calamine_read_it(sheet):
    """Shared, inline and rich strings, phonetic runs, escapes, numbers, dates and durations by every kind of number
    format, booleans, errors, ISO dates, formulas, gaps, cells without references, overwritten cells, a hidden
    first sheet: the same table as calamine's."""
    assert streamed(EVERY_KIND, sheet) == by_calamine(EVERY_KIND, sheet)
    header, rows, line, name, names = streamed(EVERY_KIND, sheet)
    assert names == ["Cachée", "Types", "Deux"]
    if sheet in (None, "Types"):  # (row 31's cells start at column A; the rows' numbers are the sheet's)
        assert name == "Types" and header == ["", "", "Kind", "Value", "More"] and line == 4
        assert rows[0] == (5, ["", "", "shared", "hello", "rich", "", "", "d", "hello", "hello"])


@pytest.mark.parametrize("date1904", [False, True])
def test_dates_of_both_date_systems_read_as_calamine_read_them(date1904):
    data = xlsx([("S", "", row(inline("h")) + "".join(row(*[c(v, s=str(s)) for v in numbers(s)]) for s in range(12)))],
                styles=STYLES, date1904=date1904)
    assert streamed(data) == by_calamine(data)


@pytest.mark.parametrize("code", [
    "DD/MM/YY", "H:MM:SS;@", "#,##0\\ [$\\u20bd-46D]", 'm"M"d"D";@', "[h]:mm:ss", '"Y: "0.00"m";"Y: "-0.00"m";@',
    '"$"#,##0_);[Red]("$"#,##0)', '[$-404]e"\\xfc"m"\\xfc"d"\\xfc"', "0_ ;[Red]\\-0\\ ", "\\Y000000",
    '#,##0.0####" YMD"', "[h]", "[ss]", "[s].000", "[m]", "[mm]", "[Blue]\\+[h]:mm;[Red]\\-[h]:mm;[Green][h]:mm",
    "[>=100][Magenta][s].00", "[h]:mm;[=0]\\-", "[>=100][Magenta].00", "[>=100][Magenta]General", "ha/p\\\\m",
    '#,##0.00\\ _M"H"_);[Red]#,##0.00\\ _M"S"_)', "General", "0.00%", "@", "yyyy-mm-dd hh:mm", "mmm", "am/pm",
])
def test_custom_number_formats_read_dates_as_calamine_did(code):
    styles = (f'<numFmts><numFmt numFmtId="200" formatCode="{code.replace("&", "&amp;").replace(chr(34), "&quot;")}"/>'
              '</numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="200"/></cellXfs>')
    data = xlsx([("S", "", row(inline("h")) + row(*[c(v, s="1") for v in ("25000.25", "0.25", "3", "-2")]))],
                styles=styles)
    assert streamed(data) == by_calamine(data)


def test_the_apps_own_export_reads_as_calamine_read_it(tmp_path):
    header = ["Prénom", "Nom", "Notes", "Montant"]
    rows = [["Émilie", "Dupré", "ligne 1\nligne 2  et   espaces", "12.5"], ["_x0041_", "", "a & <b>", "0612"],
            ["", "", "", ""], ["Zoé", "O'Neil", "☃ 𝄞\ttab", "-3"]]
    out = io.BytesIO()
    sheet_write.write_xlsx(out, header, rows)
    data = out.getvalue()
    assert streamed(data) == by_calamine(data)
    assert streamed(data)[1][1] == (3, ["_x0041_", "", "a & <b>", "0612"])


@needs_office
def test_a_file_libreoffice_wrote_reads_as_calamine_read_it(tmp_path):
    """Shared strings, dates, date-times, times, percentages, booleans, numbers, multi-line text as a French
    LibreOffice types them from a CSV file, saved as .xlsx."""
    src = tmp_path / "types.csv"
    src.write_text("Nom;Date;Heure;DateHeure;Pourcent;Monnaie;Vrai;Nombre;Texte\n"
                   "A;14/07/1962;08:30:15;01/09/2025 08:30;12,5 %;12,50 €;VRAI;1000;0612\n"
                   'B;29/02/1964;23:59;14/07/1962 00:00;100 %;-3,00 €;FAUX;0,0000001;"deux\nlignes"\n'
                   "A;;;;;;;;A\n", "utf-8")
    [typed] = convert([src], "xlsx", tmp_path / "typed", infilter="CSV:59,34,76,1,,1036")
    data = typed.read_bytes()
    assert b"sharedStrings" in data
    got = streamed(data)
    assert got == by_calamine(data)
    assert got[1][:2] == [(2, ["A", "1962-07-14", "08:30:15", "2025-09-01 08:30:00", "0.125", "12.5", "1", "1000",
                               "612"]),
                          (3, ["B", "1964-02-29", "23:59:00", "1962-07-14", "1", "-3", "0", "0.0000001",
                               "deux\nlignes"])]


def test_sheet_names_and_a_sheet_not_there():
    assert sheet_read.sheet_names(EVERY_KIND) == ["Cachée", "Types", "Deux"]
    with pytest.raises(NoSuchSheet):
        sheet_read.read_sheet(EVERY_KIND, "Trois")
    chart = xlsx([("S", "", row(inline("a")))], parts={
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="C" sheetId="2" r:id="rC"/>'
                           '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/worksheet" '
                                      'Target="/xl/worksheets/sheet1.xml"/>'
                                      f'<Relationship Id="rC" Type="{REL}/chartsheet" '
                                      'Target="chartsheets/sheet1.xml"/></Relationships>',
        "xl/chartsheets/sheet1.xml": f'<chartsheet xmlns="{MAIN}"/>'})
    assert streamed(chart) == by_calamine(chart)
    assert sheet_read.sheet_names(chart) == ["S"]


def test_broken_files_are_refused_as_calamine_refused_them():
    """Each of these made calamine fail: the same error (UnreadableFile), never a half-read table."""
    cases = [
        xlsx([("S", "", row(c("3", "s")))], shared=["<t>a</t>"]),                       # index out of range
        xlsx([("S", "", row(c("1", "x")))]),                                           # unknown type
        xlsx([("S", "", row(c("#FOO", "e")))]),                                        # unknown error
        xlsx([("S", "", row(c("douze", "n")))]),                                       # typed number, not one
        xlsx([("S", "", row(c(inner="<x/>")))]),                                       # unknown child
        xlsx([("S", "", row(c("1", r="1A")))]),                                        # reference
        xlsx([("S", "", row(c("1", r="A0")))]),
        xlsx([("S", 'state="gone"', row(c("1")))]),                                    # sheet state
        xlsx([("S", "", row(c("1")))], parts={"xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG}"/>'}),
        xlsx([("S", "", row(c("1")))], parts={"xl/sharedStrings.xml": f'<sst xmlns="{MAIN}"><si><t>a</t></si>'}),
        xlsx([("S", "", row(c("1")))]).replace(b"sheet1.xml", b"sheet9.xml"),
    ]
    for n, data in enumerate(cases):
        with pytest.raises(calamine.CalamineError):
            by_calamine(data)
        with pytest.raises(UnreadableFile, match="not a readable spreadsheet"):
            streamed(data)
        assert n >= 0


def _big_xlsx(path, rows: int) -> None:
    """The app's own export of a 100,000-row, 10-column table (inline strings, as the bench's file)."""
    header = list("ABCDEFGHIJ")
    body = ([f"Prénom{n}", f"Nom{n}", f"courriel@exemple.org {n}", f"Rue de la Paix {n}", "75011", "Paris",
             f"+33 6 12 34 56 {n}", f"notes: une ligne de texte {n}", "12.5", "1962-07-14"] for n in range(rows))
    with open(path, "wb") as fh:
        sheet_write.write_xlsx(fh, header, body)


def test_a_100000_row_sheet_is_read_in_bounded_memory(tmp_path):
    """A 100,000-row, 10-column sheet (1,000,000 cells): the reader's peak memory is the table it gives back and
    little more. calamine (main) held the whole sheet as values, then as Python rows: its peak grew by some 170 MB
    here for a table of 60 MB; this reader's by the table and a few MB."""
    path = tmp_path / "big.xlsx"
    _big_xlsx(path, 100_000)
    assert_read_in_bounded_memory(path)


def test_huge_references_allocate_nothing():
    """A cell at XFD1048576 beside one at A1 (calamine's dense range would be 17 billion cells): refused by the
    extent check as before; written in lower case (which that check does not see) it is measured, never allocated."""
    upper = xlsx([("S", "", row(inline("a", "A1")) + row(inline("b", "XFD1048576")))])
    with pytest.raises(UnsafeArchive, match="larger than the import reads"):
        sheet_read.read_table(upper)
    lower = xlsx([("S", "", row(inline("a", "a1")) + row(inline("b", "xfd1048576")))])
    assert error_in_a_1_gb_process(lower) == "UnreadableFile more than 250,000 rows"
    wide = xlsx([("S", "", row(inline("a", "a1")) + row(inline("b", "xfd2")))])
    assert error_in_a_1_gb_process(wide) == "UnreadableFile 16384 columns, over the limit of 500"
    far = xlsx([("S", "", row(inline("a", "xfa1"), inline("b", "xfd1")) + row(inline("c", "xfb2")))])
    header, rows, line, _name, _names = streamed(far)
    assert (header, rows, line) == (["a", "", "", "b"], [(2, ["", "c"])], 1)


def test_a_huge_cell_is_refused_without_being_held():
    """A 40 MB cell: its text stops being kept past the cell limit, the row is refused (calamine held all of it);
    a cell of white space only is a blank row, as calamine's reading skipped it."""
    big = xlsx([("S", "", row(inline("Prénom")) + row(inline("x" * 150_000_000)))])
    assert len(big) < 1_000_000  # (compressed 1,000 times: refused by the zip's check before anything is read)
    with pytest.raises(UnsafeArchive):
        sheet_read.read_table(big)
    big = xlsx([("S", "", row(inline("Prénom")) + row(inline(base64.b64encode(os.urandom(30_000_000)).decode())))])
    assert error_in_a_1_gb_process(big) == "UnreadableFile row 2: a cell is over 100,000 characters"
    blank = xlsx([("S", "", row(inline("Prénom")) + row(inline(" " * 300_000)))])
    assert sheet_read.read_table(blank).rows == []
    shared = xlsx([("S", "", row(inline("Prénom")) + row(c("0", "s")))], shared=["<t>" + "y" * 300_000 + "</t>"])
    with pytest.raises(UnreadableFile, match="a cell is over 100,000 characters"):
        sheet_read.read_table(shared)


@pytest.mark.parametrize("head", [
    '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    '<!DOCTYPE worksheet SYSTEM "file:///etc/passwd">',
])
def test_a_part_with_a_dtd_is_refused(head):
    data = xlsx([("S", "", row(inline("&b;" if "ENTITY" in head else "Prénom")))], head=head)
    with pytest.raises(UnreadableFile, match="DTD"):
        sheet_read.read_table(data)


def test_deep_nesting_is_refused():
    deep = xlsx([("S", "", row(c(t="inlineStr", inner="<is>" + "<x>" * 5000 + "</x>" * 5000 + "<t>a</t></is>")))])
    with pytest.raises(UnreadableFile, match="nested"):
        sheet_read.read_table(deep)


def test_a_reference_reads_as_calamine_reads_it():
    assert xlsx_read.reference("C5") == (4, 2)
    assert xlsx_read.reference("xfd1048576") == (1048575, 16383)
    assert xlsx_read.reference("7") == (6, None)
    for bad in ("", "A", "A0", "1A", "A-1"):
        with pytest.raises(UnreadableFile):
            xlsx_read.reference(bad)


def test_the_sheet_read_is_measured_as_the_extent_check_measures_it():
    """The sheet read is measured in the same pass (not by a second one over its XML): the same extent as
    sheet_read._xlsx_extent gives, and a sheet over the limits refused by it (UnsafeArchive) as before."""
    out = io.BytesIO()
    sheet_write.write_xlsx(out, ["a", "b"], [["1", "2"], ["", "x"]])
    odd = xlsx([("S", "", row(inline("a")) + row(r="9") + row(c("1"), c("2"), c("3")) + row(inline("b", "AB7"))
                 + row(c("1", r="c40")))])
    measured = 0
    for data in (EVERY_KIND, out.getvalue(), odd):
        zf = zipfile.ZipFile(io.BytesIO(data))
        for sheet, _visible in xlsx_read.read_xlsx(data, None, DEFAULT).sheets:
            seen: list[str] = []
            book = xlsx_read.read_xlsx(data, sheet, DEFAULT, measure=lambda _zf, member, seen=seen: seen.append(member))
            with zf.open(seen[0]) as fh:
                assert book.extent == sheet_read._xlsx_extent(fh), (sheet, seen)
            measured += 1
    assert measured == 5
    wide = xlsx([("S", "", row(*[c("1")] * 600))])
    with pytest.raises(UnsafeArchive, match="larger than the import reads"):
        sheet_read.read_table(wide)
    other = xlsx([("S", "", row(inline("a"))), ("T", "", row(inline("b", "XFD1")))])
    with pytest.raises(UnsafeArchive, match="larger than the import reads"):
        sheet_read.read_table(other)


def test_random_sheets_read_as_calamine_read_them():
    """Some hundreds of sheets of random cells (every type, style, reference or none, rows numbered or not, in any
    order, both date systems): the same table as calamine's, or both refuse the file."""
    rng = random.Random(16)
    values = ["0", "1", "1.5", "-2", "44000.5", "abc", "", " 7", "1e3", "#N/A", "2024-01-02", "12:30:00", "0.25",
              "60", "true", " x "]
    for _ in range(300):
        rows = []
        for number in range(rng.randint(1, 6)):
            cells = []
            for _ in range(rng.randint(0, 6)):
                kind, value = rng.choice(["", "n", "s", "b", "e", "str", "inlineStr", "d"]), rng.choice(values)
                ref = rng.choice(["", "", f"{'ABCDEFGH'[rng.randint(0, 7)]}{rng.randint(1, 9)}"])
                style = rng.choice(["", "", "1", "2", "3", "7"])
                if kind == "inlineStr":
                    cells.append(c(t="inlineStr", r=ref, s=style, inner=f"<is><t>{value}</t></is>"))
                elif kind == "s":
                    cells.append(c(str(rng.randint(0, 3)), "s", s=style, r=ref))
                elif kind == "e":
                    cells.append(c(rng.choice(["#REF!", "#N/A", ""]), "e", r=ref))
                elif kind == "b":
                    cells.append(c(rng.choice(["0", "1", ""]), "b", r=ref))
                elif kind == "n":
                    cells.append(c(rng.choice(["0", "1.5", "44000.5", "-1", "0.5"]), "n", s=style, r=ref))
                else:
                    cells.append(c(value, kind, s=style, r=ref))
            rows.append(row(*cells, r=rng.choice(["", str(number + rng.randint(1, 3))])))
        data = xlsx([("S", "", "".join(rows))], shared=["<t>a</t>", "<t> b </t>", "", "<t>d</t>"], styles=STYLES,
                    date1904=rng.random() < 0.3)
        try:
            want = by_calamine(data)
        except (calamine.CalamineError, UnreadableFile):
            with pytest.raises(UnreadableFile):
                streamed(data)
        else:
            assert streamed(data) == want, "".join(rows)
