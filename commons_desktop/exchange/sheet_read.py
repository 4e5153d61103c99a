"""Spreadsheets in (.ods, .xlsx, .xls): one sheet read through python-calamine into the same ``Table`` a CSV file
gives (csv_io), so that the same mapping, preview and matching follow (csv_people): there is no second importer.

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

Before calamine opens an .ods or .xlsx (zip) file, the declared sizes of its entries are checked against the same
limits as a bundle's archive (a zip bomb is refused unopened); rows, columns and cell sizes are bounded as for CSV.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import python_calamine as calamine

from .csv_io import Table
from .errors import NoSuchSheet, UnreadableFile, UnreadableKind, UnsafeArchive
from .limits import DEFAULT, Limits


def sheet_names(data: bytes, limits: Limits = DEFAULT) -> list[str]:
    """The names of the worksheets, in the workbook's order."""
    return [m.name for m in _worksheets(_open(data, limits))]


def read_table(data: bytes, sheet: str | None = None, limits: Limits = DEFAULT) -> Table:
    """One sheet as a Table (encoding and delimiter ''): the first visible worksheet unless ``sheet`` names one."""
    return read_sheet(data, sheet, limits)[0]


def read_sheet(data: bytes, sheet: str | None = None, limits: Limits = DEFAULT) -> tuple[Table, str, list[str]]:
    """(the sheet as a Table, the sheet's name, the names of every worksheet): see read_table."""
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
        if found.height > limits.rows + 1:
            raise UnreadableFile(f"more than {limits.rows:,} rows")
        if found.width > limits.columns:
            raise UnreadableFile(f"{found.width} columns, over the limit of {limits.columns}")
        first = found.start[0] + 1 if found.start else 1
        return _table(found.iter_rows(), first, limits), sheet, names
    except calamine.CalamineError as exc:
        raise UnreadableFile(f"not a readable spreadsheet ({exc})") from None


def _open(data: bytes, limits: Limits):
    if len(data) > limits.file_bytes:
        raise UnreadableFile(f"file is {len(data):,} bytes, over the limit of {limits.file_bytes:,}")
    if data[:2] == b"PK":
        _check_zip(data, limits)
    try:
        return calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except calamine.PasswordError:
        raise UnreadableKind("encrypted-sheet") from None
    except (calamine.CalamineError, ValueError, OSError) as exc:
        raise UnreadableFile(f"not a readable spreadsheet ({exc})") from None


def _worksheets(book) -> list:
    return [m for m in book.sheets_metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]


def _check_zip(data: bytes, limits: Limits) -> None:
    """The declared sizes of an .ods or .xlsx file's entries, within the limits of any archive we open."""
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


def _table(rows, first_row: int, limits: Limits) -> Table:
    header: list[str] | None = None
    header_line = first_row
    out: list[tuple[int, list[str]]] = []
    for n, row in enumerate(rows):
        cells = [cell_text(c) for c in row]
        while cells and not cells[-1]:
            cells.pop()
        if not "".join(cells).strip():
            continue  # a blank row, as in a CSV file
        line = first_row + n
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
