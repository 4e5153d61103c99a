"""Spreadsheets in (.ods, .xlsx, .xls): one sheet read into the same ``Table`` a CSV file gives (csv_io), so that the
same mapping, preview and matching follow (csv_people): there is no second importer. An .ods or .xlsx file is read
as its XML streams by (exchange/ods_read.py, exchange/xlsx_read.py: calamine built the sheet whole first), an .xls
file (or an .xlsb) through python-calamine; all give the same cells (the streaming readers follow calamine's rules),
and a text a sheet repeats is held once (ods_read.SharedText).

Which sheet: the first visible worksheet, or the one named (``sheet``; ``sheet_names`` lists them for the import
dialog and the CLI's message). Rows are numbered as the spreadsheet numbers them (row 1 is the first), so a row
error says the row to look at. Blank rows are skipped, the first other row is the header.

Cells typed by the spreadsheet become the text the CSV pipeline expects, losing nothing the file holds:
- text stays as it is (a phone or postcode typed as text keeps its leading zero; a multi-line cell keeps its
  line breaks);
- a date (or a date and time at midnight) becomes ISO ``1962-07-14``; a date and time ``1962-07-14 08:30:00``; a
  time ``08:30:00``;
- a whole number stored as a float becomes ``12`` (not ``12.0``): a postcode or phone number that the spreadsheet
  turned into a number has already lost its leading zero in the file, and cannot get it back here; other numbers
  are written in full without an exponent (``12.5``, ``0.0000001``);
- a boolean becomes ``1`` or ``0`` (what a membership status column reads as active / lapsed);
- an error cell (``#DIV/0!``) becomes its text.
A formula's cached value is read; nothing is ever evaluated.

Before an .ods or .xlsx (zip) file is read, the declared sizes of its entries are checked against the same
limits as a bundle's archive (a zip bomb is refused unopened), and the extent of every sheet is measured from its
XML: calamine holds a sheet as one dense block from its first to its last used cell, so a tiny file with one cell
at A1 and one at XFD1048576 would make it ask for 550 GB and abort the whole program. A sheet whose used area
is over ``limits.rows`` rows, ``limits.columns`` columns or SHEET_CELLS cells is refused unopened (the sheet an
.ods or .xlsx reader reads is measured in its own pass, kept no further once over, and refused at its end). (An
.xls file cannot be larger than 65,536 x 256 cells.) Rows, columns and cell sizes are then bounded as for CSV.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import partial
from typing import BinaryIO
from xml.etree.ElementTree import ParseError, iterparse

import python_calamine as calamine

from . import ods_read, xlsx_read
from .csv_io import Table
from .errors import NoSuchSheet, UnreadableFile, UnreadableKind, UnsafeArchive
from .limits import DEFAULT, Limits

SHEET_CELLS = 20_000_000  # the used area of one sheet (calamine holds it whole: about 32 bytes a cell)


def sheet_names(data: bytes, limits: Limits = DEFAULT) -> list[str]:
    """The names of the worksheets, in the workbook's order."""
    kind = _kind(data, limits)
    if kind == "ods":
        book = ods_read.read_ods(data, None, limits, SHEET_CELLS, keep=False)
        _refuse_extents(book.extents, limits)
        return [name for name, _visible in book.sheets]
    if kind == "xlsx":
        measure = partial(_check_extent, data, limits)
        return [name for name, _visible in xlsx_read.read_xlsx(data, None, limits, keep=False, measure=measure).sheets]
    return [m.name for m in _worksheets(_open(data, limits))]


def read_table(data: bytes, sheet: str | None = None, limits: Limits = DEFAULT) -> Table:
    """One sheet as a Table (encoding and delimiter ''): the first visible worksheet unless ``sheet`` names one."""
    return read_sheet(data, sheet, limits)[0]


def read_sheet(data: bytes, sheet: str | None = None, limits: Limits = DEFAULT) -> tuple[Table, str, list[str]]:
    """(the sheet as a Table, the sheet's name, the names of every worksheet): see read_table."""
    kind = _kind(data, limits)
    if kind == "ods":
        return _read_ods(data, sheet, limits)
    if kind == "xlsx":
        return _read_xlsx(data, sheet, limits)
    book = _open(data, limits)
    names = [m.name for m in _worksheets(book)]
    if not names:
        raise UnreadableFile("the spreadsheet has no worksheet")
    if sheet is None:
        sheet = next((m.name for m in _worksheets(book) if m.visible == calamine.SheetVisibleEnum.Visible), names[0])
    elif sheet not in names:
        raise NoSuchSheet(sheet, names)
    try:
        found = book.get_sheet_by_name(sheet)
        book.close()  # (an .ods workbook holds every sheet it read: the one taken is a copy)
        del book
        if found.height > limits.rows + 1:
            raise UnreadableFile(f"more than {limits.rows:,} rows")
        if found.width > limits.columns:
            raise UnreadableFile(f"{found.width} columns, over the limit of {limits.columns}")
        first = found.start[0] + 1 if found.start else 1
        shared = ods_read.SharedText()
        lines = ((first + n, shared.row(list(map(cell_text, row)))) for n, row in enumerate(found.iter_rows()))
        return _table(lines, limits), sheet, names
    except calamine.CalamineError as exc:
        raise UnreadableFile(f"not a readable spreadsheet ({exc})") from None


def _kind(data: bytes, limits: Limits) -> str:
    """'ods' for an .ods file (a zip holding content.xml: read by ods_read as it streams), 'xlsx' for an .xlsx file
    (a zip holding xl/workbook.xml: read by xlsx_read as it streams), else '' (calamine reads it: .xls, .xlsb). Its
    size and its zip's declared sizes are checked first (as for any spreadsheet: _open)."""
    _check_size(data, limits)
    if data[:2] != b"PK":
        return ""
    names = _check_zip(data, limits)
    if "content.xml" in names:
        return "ods"
    return "xlsx" if xlsx_read.is_xlsx(names) else ""


def _sheet_names(book, sheet: str | None) -> list[str]:
    """The names of a streamed book's worksheets (ods_read's or xlsx_read's), refused when it has none or not the
    one asked for."""
    names = [name for name, _visible in book.sheets]
    if not names:
        raise UnreadableFile("the spreadsheet has no worksheet")
    if sheet is not None and sheet not in names:
        raise NoSuchSheet(sheet, names)
    return names


def _refuse_size(book, limits: Limits) -> None:
    """A streamed sheet taller or wider than the import reads, refused as calamine's reading refused it."""
    if book.height > limits.rows + 1:
        raise UnreadableFile(f"more than {limits.rows:,} rows")
    if book.width > limits.columns:
        raise UnreadableFile(f"{book.width} columns, over the limit of {limits.columns}")
    if not book.complete:  # (a limit above refused it already: kept for safety)
        raise UnreadableFile(f"more than {limits.rows:,} rows")


def _read_ods(data: bytes, sheet: str | None, limits: Limits) -> tuple[Table, str, list[str]]:
    """An .ods file's sheet in one pass over its content.xml (ods_read), refused as calamine's reading refused it:
    the extent of every sheet first, then the sheet asked for, then its rows and cells."""
    book = ods_read.read_ods(data, sheet, limits, SHEET_CELLS)
    _refuse_extents(book.extents, limits)
    names = _sheet_names(book, sheet)
    if book.name is None:  # no sheet is visible: the first one
        book = ods_read.read_ods(data, names[0], limits, SHEET_CELLS)
    _refuse_size(book, limits)
    name, rows, skip = book.name, book.rows, book.first_column
    del book
    return _table(_drain(rows, skip), limits), name, names


def _read_xlsx(data: bytes, sheet: str | None, limits: Limits) -> tuple[Table, str, list[str]]:
    """An .xlsx file's sheet in one pass over its XML (xlsx_read), refused as calamine's reading refused it: the
    extent of every sheet first (the sheet read: measured as it is read, refused after), then the sheet asked for,
    then its rows and cells."""
    read: list[str | None] = [None]

    def measure(zf: zipfile.ZipFile, member: str | None) -> None:
        read[0] = member
        _check_extent(data, limits, zf, skip=member)

    book = xlsx_read.read_xlsx(data, sheet, limits, sheet_cells=SHEET_CELLS, measure=measure)
    if read[0] is not None and _measured(read[0]):
        _refuse_extents([book.extent], limits)
    names = _sheet_names(book, sheet)
    _refuse_size(book, limits)
    name, rows, first = book.name, book.rows, book.first_column
    del book
    # (each row's number is its number in the sheet: python-calamine's rows began at the sheet's first row while they
    # were counted from its first row holding something, so a sheet starting at row 3 had its header called row 5)
    return _table(xlsx_read.drain(rows, first), limits), name, names


def _drain(rows: list, skip: int):
    """The kept rows, each from the sheet's first used column, each let go of as it is taken (never held twice)."""
    for i in range(len(rows)):
        line, cells = rows[i]
        rows[i] = None
        yield line, cells[skip:] if skip else cells


def _check_size(data: bytes, limits: Limits) -> None:
    if len(data) > limits.file_bytes:
        raise UnreadableFile(f"file is {len(data):,} bytes, over the limit of {limits.file_bytes:,}")


def _open(data: bytes, limits: Limits):
    _check_size(data, limits)
    if data[:2] == b"PK":
        _check_zip(data, limits)
        _check_extent(data, limits)
    try:
        return calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except calamine.PasswordError:
        raise UnreadableKind("encrypted-sheet") from None
    except (calamine.CalamineError, ValueError, OSError) as exc:
        raise UnreadableFile(f"not a readable spreadsheet ({exc})") from None


def _worksheets(book) -> list:
    return [m for m in book.sheets_metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]


def _check_zip(data: bytes, limits: Limits) -> list[str]:
    """The declared sizes of an .ods or .xlsx file's entries, within the limits of any archive we open; their names."""
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise UnreadableFile(f"not a readable spreadsheet ({exc})") from None
    if len(infos) > limits.archive_entries:
        raise UnsafeArchive(f"the spreadsheet has {len(infos):,} parts, over the limit of {limits.archive_entries:,}")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise UnreadableKind("encrypted-sheet")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.entry_bytes or (info.file_size > 1024 * 1024 and ratio > limits.compression_ratio):
            raise UnsafeArchive(f"the spreadsheet part {info.filename[:80]!r} is compressed too much to be safe")
        total += info.file_size
        if total > limits.archive_bytes:
            raise UnsafeArchive(f"the spreadsheet declares more than {limits.archive_bytes:,} bytes in total")
    return [info.filename for info in infos]


def _measured(name: str) -> bool:
    """A part of the zip whose extent is checked: a worksheet's XML."""
    return name.startswith("xl/worksheets/") and name.endswith(".xml")


def _check_extent(data: bytes, limits: Limits, zf: zipfile.ZipFile | None = None, skip: str | None = None) -> None:
    """Refuse a sheet whose used area calamine could not hold (see the module's docstring); ``skip``: a worksheet
    not measured here (xlsx_read measures the one it reads as it reads it)."""
    zf = zf or zipfile.ZipFile(io.BytesIO(data))
    names = zf.namelist()
    try:
        if "content.xml" in names:
            extents = _ods_extents(zf)
        else:
            extents = []
            for n in names:
                if _measured(n) and n != skip:
                    with zf.open(n) as fh:
                        extents.append(_xlsx_extent(fh))
    except (ParseError, ValueError, zipfile.BadZipFile, OSError, EOFError) as exc:
        raise UnreadableFile(f"not a readable spreadsheet ({exc})") from None
    _refuse_extents(extents, limits)


def _refuse_extents(extents: list[tuple[int, int]], limits: Limits) -> None:
    for rows, columns in extents:
        if rows > limits.rows + 1 or columns > limits.columns or rows * columns > SHEET_CELLS:
            raise UnsafeArchive(f"a sheet of {rows:,} rows by {columns:,} columns is larger than the import reads "
                                f"({limits.rows:,} rows, {limits.columns} columns, {SHEET_CELLS:,} cells)")


_XLSX_CELL = re.compile(rb"<(?:\w+:)?c\b[^>]*?\br=\"([A-Z]{1,3})(\d+)\"")
_XLSX_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*?\br=\"(\d+)\"")
_XLSX_ANY = re.compile(rb"<(?:\w+:)?(c|row)\b")


EXTENT_CHUNK = 1 << 20  # bytes of a worksheet's XML measured at a time


def _xlsx_extent(xml: BinaryIO) -> tuple[int, int]:
    """(last row, last column) a worksheet's cells reach: their references, or (cells without one) their count. The
    XML is read a chunk at a time (a worksheet of 100,000 rows is some 100 MB of XML: never held whole), each chunk
    measured up to its last ``<`` (a tag holds none), the rest carried into the next."""
    rows = columns = row_count = cells = widest = 0  # (cells without a reference follow each other)
    carry = b""
    while True:
        chunk = xml.read(EXTENT_CHUNK)
        text = carry + chunk
        cut = text.rfind(b"<") if chunk else len(text)
        if cut <= 0 and chunk:
            carry = text
            continue
        text, carry = text[:cut], text[cut:]
        for m in _XLSX_ROW.finditer(text):
            rows = max(rows, int(m.group(1)))
        for m in _XLSX_CELL.finditer(text):
            number = 0
            for ch in m.group(1):
                number = number * 26 + ch - 64
            columns = max(columns, number)
            rows = max(rows, int(m.group(2)))
        for m in _XLSX_ANY.finditer(text):
            if m.group(1) == b"row":
                row_count, cells = row_count + 1, 0
            else:
                cells += 1
                widest = max(widest, cells)
        if not chunk:
            return max(rows, row_count), max(columns, widest)


_ODS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}value-type"


def _ods_extents(zf: zipfile.ZipFile) -> list[tuple[int, int]]:
    """(rows, columns) of each sheet's used area: repeated rows and cells count as many times as they repeat, but
    only up to the last one holding something (LibreOffice repeats empty cells to the end of every sheet)."""
    out: list[tuple[int, int]] = []
    rows = width = row_at = 0
    row_cells = row_width = 0
    with zf.open("content.xml") as fh:
        for event, el in iterparse(fh, events=("start", "end")):
            tag = el.tag
            if event == "start":
                if tag == _ODS + "table":
                    rows = width = row_at = 0
                elif tag == _ODS + "table-row":
                    row_cells = row_width = 0
                continue
            if tag in (_ODS + "table-cell", _ODS + "covered-table-cell"):
                repeat = int(el.get(_ODS + "number-columns-repeated", "1"))
                row_cells += repeat
                if el.get(_OFFICE) or len(el):
                    row_width = row_cells
                el.clear()
            elif tag == _ODS + "table-row":
                repeat = int(el.get(_ODS + "number-rows-repeated", "1"))
                row_at += repeat
                if row_width:
                    rows, width = row_at, max(width, row_width)
                el.clear()
            elif tag == _ODS + "table":
                out.append((rows, width))
                el.clear()
    return out


def _table(lines, limits: Limits) -> Table:
    """The Table of a sheet's rows: (the row's number in the sheet, its cells as text) in order."""
    header: list[str] | None = None
    header_line = 1
    out: list[tuple[int, list[str]]] = []
    for line, cells in lines:
        while cells and not cells[-1]:
            cells.pop()
        if not "".join(cells).strip():
            continue  # a blank row, as in a CSV file
        if len(cells) > limits.columns:
            raise UnreadableFile(f"row {line}: {len(cells)} columns, over the limit of {limits.columns}")
        if any(len(c) > limits.cell_chars for c in cells):
            raise UnreadableFile(f"row {line}: a cell is over {limits.cell_chars:,} characters")
        if header is None:
            header, header_line = [c.strip() for c in cells], line
            continue
        if len(out) >= limits.rows:
            raise UnreadableFile(f"more than {limits.rows:,} rows")
        out.append((line, cells))
    if header is None:
        raise UnreadableFile("the sheet is empty")
    return Table(header, out, "", "", header_line)


def cell_text(value) -> str:
    """A spreadsheet cell as the text a CSV cell would hold (see the module's docstring)."""
    cls = value.__class__
    if cls is str:
        return value
    if value is None:
        return ""
    if cls is bool:
        return "1" if value else "0"
    if cls is int:
        return str(value)
    if cls is float:
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        if value.is_integer():
            return str(int(value))
        text = repr(value)
        return format(Decimal(text), "f") if "e" in text or "E" in text else text
    if cls is datetime:
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if cls is date or cls is time:
        return value.isoformat()
    if cls is timedelta:
        return str(value)
    return str(value)
