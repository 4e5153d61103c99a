"""Spreadsheets out (.ods, .xlsx): a table of text written as the XML of the format, streamed into the zip a
megabyte at a time (no temporary file, no whole document in memory; no library building a tree of every cell).

Every cell is typed as text: an OpenDocument ``office:value-type="string"`` cell, an Office Open XML inline
string (``t="inlineStr"``), and every column of the sheet carries the text number format ``@``, so a value typed
later in it stays text too. So:
- leading zeros stay (phones ``0612345678``, postcodes ``01000``) and long numbers keep every digit;
- nothing is a formula: ``=1+1``, ``+33 6 12 34 56 78`` or ``@x`` are text, never evaluated, and no apostrophe is
  put in front of them (the CSV export needs one; a typed text cell does not);
- line breaks stay (a multi-line street or note: separate paragraphs in .ods, a line feed in .xlsx); runs of spaces
  and tabs stay (``text:s`` / ``text:tab`` in .ods, ``xml:space="preserve"`` in .xlsx);
- .xlsx: Excel reads ``_x0041_`` in a cell as an escaped character, so a literal ``_xHHHH_`` is written
  ``_x005F_xHHHH_`` (the standard escape of the underscore). A cell holds at most 32,767 characters in Excel:
  a longer value (a very long note) is refused (``CellTooLong``) rather than cut; .ods has no such limit.
Characters that XML 1.0 cannot carry (C0 controls other than tab and line feed) never reach an export: validation
keeps them out of the vault; any left are dropped here.

The header row is bold; header words are the caller's (ui/ or cli/ choose them in the user's language)."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from typing import BinaryIO

from ..core.errors import InvalidInput

FORMATS = ("ods", "xlsx")
XLSX_CELL_LIMIT = 32_767
_CHUNK = 1 << 20
_EPOCH = (1980, 1, 1, 0, 0, 0)
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XLSX_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_SPACES = re.compile(r" +|\t")


class CellTooLong(InvalidInput):
    """A value longer than an .xlsx cell can hold."""

    def __init__(self, column: str, size: int):
        super().__init__(f"a value of column {column!r} has {size:,} characters, over the {XLSX_CELL_LIMIT:,} an "
                         ".xlsx cell holds: export to .ods or CSV instead")
        self.column = column
        self.size = size


def writer(fmt: str, header: Sequence[str], rows: Iterable[Sequence[str]],
           sheet: str = "People") -> Callable[[BinaryIO], None]:
    """A function writing the spreadsheet to a file (for services.exports.write_private)."""
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown spreadsheet format {fmt!r}")
    write = write_ods if fmt == "ods" else write_xlsx
    return lambda out: write(out, header, rows, sheet)


def _xml(text: str) -> str:
    if _INVALID_XML.search(text):
        text = _INVALID_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _entry(zf: zipfile.ZipFile, name: str, compress: bool = True) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, _EPOCH)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    return info


def _stream(zf: zipfile.ZipFile, name: str, parts: Iterable[str]) -> None:
    """Write an entry from pieces of text, a megabyte at a time."""
    with zf.open(_entry(zf, name), "w") as out:
        buffer: list[str] = []
        size = 0
        for piece in parts:
            buffer.append(piece)
            size += len(piece)
            if size >= _CHUNK:
                out.write("".join(buffer).encode("utf-8"))
                buffer, size = [], 0
        out.write("".join(buffer).encode("utf-8"))


# -- OpenDocument (.ods) ----------------------------------------------------------------------------------------
_ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"
_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
_ODS_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                 'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                 f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{_ODS_MIME}" '
                 'manifest:version="1.2"/><manifest:file-entry manifest:full-path="content.xml" '
                 'manifest:media-type="text/xml"/></manifest:manifest>')


def _ods_line(line: str) -> str:
    """One line of a cell as ODF paragraph text: a single space between two characters is written as it is; any
    other run of spaces (leading, trailing, several) as ``text:s``, a tab as ``text:tab`` (ODF collapses them)."""
    def space(m: re.Match) -> str:
        run = m.group(0)
        if run == "\t":
            return "<text:tab/>"
        if run == " " and 0 < m.start() and m.end() < len(line):
            return " "
        return "<text:s/>" if len(run) == 1 else f'<text:s text:c="{len(run)}"/>'
    return _SPACES.sub(space, line)


def _ods_cell(value: str, style: str = "") -> str:
    if not value:
        return "<table:table-cell/>"
    lines = "".join(f"<text:p>{_ods_line(_xml(line))}</text:p>" for line in value.split("\n"))
    return f'<table:table-cell{style} office:value-type="string">{lines}</table:table-cell>'


def write_ods(out: BinaryIO, header: Sequence[str], rows: Iterable[Sequence[str]], sheet: str = "People") -> None:
    width = max(len(header), 1)

    def content() -> Iterable[str]:
        yield (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODS_NS} office:version="1.2">'
               '<office:automatic-styles><number:text-style style:name="N1"><number:text-content/>'
               '</number:text-style><style:style style:name="ce1" style:family="table-cell" '
               'style:data-style-name="N1"/><style:style style:name="ce2" style:family="table-cell" '
               'style:data-style-name="N1"><style:text-properties fo:font-weight="bold"/></style:style>'
               '</office:automatic-styles><office:body><office:spreadsheet>'
               f'<table:table table:name="{_xml(sheet)}"><table:table-column '
               f'table:number-columns-repeated="{width}" table:default-cell-style-name="ce1"/>')
        yield "<table:table-row>" + "".join(_ods_cell(h, ' table:style-name="ce2"') for h in header) + \
            "</table:table-row>"
        for row in rows:
            yield "<table:table-row>" + "".join(map(_ods_cell, row)) + "</table:table-row>"
        yield "</table:table></office:spreadsheet></office:body></office:document-content>"

    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(_entry(zf, "mimetype", compress=False), _ODS_MIME)  # first and stored, as ODF asks
        zf.writestr(_entry(zf, "META-INF/manifest.xml"), _ODS_MANIFEST)
        _stream(zf, "content.xml", content())


# -- Office Open XML (.xlsx) ------------------------------------------------------------------------------------
_XLSX_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_XLSX_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_XLSX_STATIC = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types '
        'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
        f'Type="{_XLSX_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_XLSX_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_XLSX_REL}/styles" Target="styles.xml"/></Relationships>'),
    # cell formats: 0 the default, 1 text ("@", built-in number format 49), 2 text in bold (the header)
    "xl/styles.xml": (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{_XLSX_MAIN}">'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/>'
        '<name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/>'
        '<top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" '
        'fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" '
        'borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" '
        'applyNumberFormat="1"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" '
        'applyNumberFormat="1" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" '
        'xfId="0" builtinId="0"/></cellStyles></styleSheet>'),
}


def _column_names(count: int) -> list[str]:
    names = []
    for n in range(1, count + 1):
        name = ""
        while n:
            n, rest = divmod(n - 1, 26)
            name = chr(65 + rest) + name
        names.append(name)
    return names


def write_xlsx(out: BinaryIO, header: Sequence[str], rows: Iterable[Sequence[str]],
               sheet: str = "People") -> None:
    width = max(len(header), 1)
    letters = _column_names(width)

    def row_xml(number: int, values: Sequence[str], style: str) -> str:
        cells = []
        for n, value in enumerate(values):
            if not value:
                continue
            if len(value) > XLSX_CELL_LIMIT:
                raise CellTooLong(header[n] if n < len(header) else str(n + 1), len(value))
            if "_x" in value:
                value = _XLSX_ESCAPE.sub(r"_x005F_\1", value)
            column = letters[n] if n < width else _column_names(n + 1)[n]
            cells.append(f'<c r="{column}{number}" s="{style}" t="inlineStr"><is><t xml:space="preserve">'
                         f"{_xml(value)}</t></is></c>")
        return f'<row r="{number}">' + "".join(cells) + "</row>"

    def worksheet() -> Iterable[str]:
        yield (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_XLSX_MAIN}" '
               f'xmlns:r="{_XLSX_REL}"><cols><col min="1" max="{width}" width="18" style="1" customWidth="1"/>'
               '</cols><sheetData>')
        yield row_xml(1, header, "2")
        for number, row in enumerate(rows, start=2):
            yield row_xml(number, row, "1")
        yield "</sheetData></worksheet>"

    with zipfile.ZipFile(out, "w") as zf:
        for name, text in _XLSX_STATIC.items():
            zf.writestr(_entry(zf, name), text)
        zf.writestr(_entry(zf, "xl/workbook.xml"), (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_XLSX_MAIN}" '
            f'xmlns:r="{_XLSX_REL}"><sheets><sheet name="{_xml(sheet[:31])}" sheetId="1" r:id="rId1"/>'
            '</sheets></workbook>'))
        _stream(zf, "xl/worksheets/sheet1.xml", worksheet())
