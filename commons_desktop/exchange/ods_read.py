"""An .ods file's sheet read as its XML streams by (exchange/sheet_read.py's reader for .ods): content.xml is
parsed a chunk at a time by expat, each cell made into its text as its element ends, and only the rows of the
sheet asked for are kept, as text. python-calamine, which read .ods files before, built every sheet whole (some
310 MB for a 100,000-row sheet before a single row was used); this reader holds the rows of one sheet.

The cell values are calamine's (the same text comes out of sheet_read.cell_text for every cell): the first of a
cell's ``office:value`` (a number: float, percentage, currency), ``office:string-value``, ``office:date-value`` (a
date, or a date and time), ``office:time-value`` (a time of day, else its ISO text as written) or
``office:boolean-value`` attributes; a string cell without one is its text: its paragraphs joined by newlines,
``text:s`` as spaces, spans and links as their text, a comment (``office:annotation``) left out; ``text:tab`` and
``text:line-break`` add nothing (calamine's reading). Repeated cells and rows count as many times as they repeat,
but only up to the last one that holds something; the sheet starts at its first row and column holding something,
as calamine's range does. Hidden sheets: a sheet whose table style says ``table:display="false"``.

Hostile input is bounded: no DTD (so no entity expansion, no external entity), an element depth limit, and the
repeats counted, never expanded beyond the limits of an import (sheet_read checks them and refuses the file); the
zip's declared sizes are checked before (sheet_read._check_zip), and a zip entry never reads past its declared size.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from xml.parsers import expat

from .errors import UnreadableFile, UnreadableKind
from .limits import Limits

CHUNK = 1 << 16          # bytes of content.xml given to expat at a time
MAX_DEPTH = 256          # elements nested in content.xml (LibreOffice writes about 10)

_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"

TABLE = f"{_TABLE_NS} table"
ROW = f"{_TABLE_NS} table-row"
CELL = f"{_TABLE_NS} table-cell"
COVERED = f"{_TABLE_NS} covered-table-cell"
NAME = f"{_TABLE_NS} name"
STYLE_NAME = f"{_TABLE_NS} style-name"
DISPLAY = f"{_TABLE_NS} display"
ROWS_REPEATED = f"{_TABLE_NS} number-rows-repeated"
COLUMNS_REPEATED = f"{_TABLE_NS} number-columns-repeated"
ANNOTATION = f"{_OFFICE_NS} annotation"
VALUE = f"{_OFFICE_NS} value"
STRING_VALUE = f"{_OFFICE_NS} string-value"
DATE_VALUE = f"{_OFFICE_NS} date-value"
TIME_VALUE = f"{_OFFICE_NS} time-value"
BOOLEAN_VALUE = f"{_OFFICE_NS} boolean-value"
VALUE_TYPE = f"{_OFFICE_NS} value-type"
PARAGRAPH = f"{_TEXT_NS} p"
SPACES = f"{_TEXT_NS} s"
SPACE_COUNT = f"{_TEXT_NS} c"
STYLE = f"{_STYLE_NS} style"
STYLE_STYLE_NAME = f"{_STYLE_NS} name"
TABLE_PROPERTIES = f"{_STYLE_NS} table-properties"

EMPTY = None  # a cell holding nothing (calamine's Data::Empty); every other value is a str


@dataclass
class OdsBook:
    """What one pass over content.xml found: every sheet (name, visible), the used area of each (rows, columns: as
    sheet_read's extent check counts them), and the rows of the sheet read (``name``; None if none was)."""
    sheets: list[tuple[str, bool]] = field(default_factory=list)
    extents: list[tuple[int, int]] = field(default_factory=list)
    name: str | None = None
    rows: list[tuple[int, list[str]]] = field(default_factory=list)  # (sheet row, cells as text), none blank
    height: int = 0      # calamine's range: from the first row holding something to the last
    width: int = 0       # ... and from the first column holding something to the last
    first_column: int = 0  # the range's first column (0-based): every kept row starts there once trimmed
    complete: bool = True  # False: rows stopped being kept at a limit (sheet_read then refuses the file)


def parse_member(parser, zf: zipfile.ZipFile, member: str) -> None:
    """Give the zip member ``member`` to the expat ``parser`` CHUNK bytes at a time, as it is decompressed."""
    with zf.open(member) as fh:
        while True:
            chunk = fh.read(CHUNK)
            parser.Parse(chunk, not chunk)
            if not chunk:
                break


def read_ods(data: bytes, sheet: str | None, limits: Limits, sheet_cells: int, *, keep: bool = True) -> OdsBook:
    """One pass over an .ods file's content.xml: the sheets, their extents, and (``keep``) the rows of ``sheet``
    (None: the first visible one). Rows stop being kept (``complete`` False) as soon as the sheet read goes past a limit
    (rows, columns, cells of the used area): the caller refuses such a sheet."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        _check_package(zf)
        reader = _Reader(sheet, limits, sheet_cells, keep)
        parse_member(reader.parser, zf, "content.xml")
    except UnreadableFile:
        raise
    except expat.ExpatError as exc:
        raise UnreadableFile(f"not a readable spreadsheet (XML error: {expat.ErrorString(exc.code)}, "
                             f"line {exc.lineno})") from None
    except (KeyError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise UnreadableFile(f"not a readable spreadsheet ({exc})") from None
    return reader.book


MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


_ENCRYPTED = re.compile(rb"<(?:[\w.-]+:)?encryption-data\b")


def _check_package(zf: zipfile.ZipFile) -> None:
    """What calamine checked before reading: the mimetype, and a manifest that encrypts nothing (a password-protected
    file is UnreadableKind 'encrypted-sheet')."""
    try:
        with zf.open("mimetype") as fh:
            head = fh.read(len(MIMETYPE) + 1)
    except KeyError:
        raise UnreadableFile("not a readable spreadsheet ('mimetype' file not found in archive)") from None
    if head != MIMETYPE:
        raise UnreadableFile("not a readable spreadsheet (Invalid MIME type)")
    try:
        manifest = zf.read("META-INF/manifest.xml")  # (its size was checked with the zip's: sheet_read._check_zip)
    except KeyError:
        raise UnreadableFile("not a readable spreadsheet ('META-INF/manifest.xml' file not found in archive)") from None
    if _ENCRYPTED.search(manifest):
        raise UnreadableKind("encrypted-sheet")


class SharedText:
    """One str object for each short text a sheet repeats (a city, a type, a date, an amount): a 100,000-row sheet
    holds some 2,000,000 cells but only about 250,000 different texts, so its table takes a fifth of the memory.
    ``share(text, text)`` (dict.setdefault: no Python call per cell) for texts up to SHORT characters; the texts
    remembered are forgotten every KEPT of them (``row_done``), so the memory they take stays bounded."""

    SHORT = 64
    KEPT = 1 << 16

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}
        self.share = self.seen.setdefault

    def row(self, cells: list[str]) -> list[str]:
        """The row's texts, each short one as the str object seen first."""
        share, short = self.share, self.SHORT
        out = [share(c, c) if len(c) <= short else c for c in cells]
        self.row_done()
        return out

    def row_done(self) -> None:
        if len(self.seen) > self.KEPT:
            self.seen.clear()


class _Reader:
    """expat's handlers: the state of one pass (see read_ods)."""

    def __init__(self, sheet: str | None, limits: Limits, sheet_cells: int, keep: bool):
        self.book = OdsBook()
        self.keep = keep
        self.wanted = sheet
        self.limits, self.sheet_cells = limits, sheet_cells
        self.shared = SharedText()
        self.styles: dict[str, bool] = {}
        self.style_name: str | None = None
        self.depth = 0
        self.in_table = False
        self.keeping = False      # the rows of this table are kept
        # the table being read: extent (sheet_read's measure) and calamine's range
        self.ext_rows = self.ext_width = self.row_at = 0
        self.row_cells = self.row_width = 0
        self.first_row = -1       # calamine's range: first and last row (0-based) and columns holding something
        self.last_row = 0
        self.col_min = 1 << 62
        self.col_max = -1
        # the row being read
        self.row_repeat = 1
        self.cells: list | None = None  # the row's values so far (EMPTY: an empty cell); None: not kept
        self.pending = 0          # empty cells not yet added (added only if something follows them)
        self.row_len = 0          # the row's length up to its last cell holding something
        self.row_first = -1       # first column of the row holding something
        self.row_holds = False
        # the cell being read
        self.in_cell = False
        self.cell_repeat = 1
        self.cell_value = EMPTY
        self.cell_text: list[str] | None = None  # a string cell read from its text
        self.cell_chars = 0       # ... its length so far
        self.cell_dark = False    # ... and something not white was left out past the cell limit
        self.paragraphs = 0
        self.skip = 0             # depth inside a comment (its text is not the cell's)
        self.cell_has_content = False  # (the extent's rule: a value type, or any child element)
        self.cell_depth = 0
        p = expat.ParserCreate(namespace_separator=" ")
        p.buffer_text = True
        p.buffer_size = CHUNK
        p.ordered_attributes = True
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.text
        p.StartDoctypeDeclHandler = self.refuse_dtd
        p.EntityDeclHandler = self.refuse_dtd
        p.ExternalEntityRefHandler = self.refuse_dtd
        self.parser = p

    def refuse_dtd(self, *_args):
        raise UnreadableFile("not a readable spreadsheet (a DTD or an entity declaration in content.xml)")

    # -- elements ---------------------------------------------------------------------------------------------------
    def start(self, tag: str, attrs: list[str]) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise UnreadableFile(f"not a readable spreadsheet (elements nested over {MAX_DEPTH} deep)")
        if self.in_cell:
            self.cell_has_content = True
            if self.skip:
                self.skip += 1
            elif self.cell_text is not None:
                if tag == PARAGRAPH:
                    if self.paragraphs:
                        self.add_text("\n")
                    self.paragraphs += 1
                elif tag == SPACES:
                    self.add_text(" " * _space_count(attrs, self.limits.cell_chars + 1))
                elif tag == ANNOTATION:
                    self.skip = 1
            return
        if tag == CELL or tag == COVERED:
            self.start_cell(attrs)
        elif tag == ROW:
            if self.in_table:
                self.start_row(attrs)
        elif tag == TABLE:
            self.start_table(attrs)
        elif tag == STYLE and not self.in_table:
            self.style_name = _attr(attrs, STYLE_STYLE_NAME)
        elif tag == TABLE_PROPERTIES and not self.in_table and self.style_name is not None:
            display = _attr(attrs, DISPLAY)
            if display not in (None, "true", "false"):
                raise UnreadableFile("not a readable spreadsheet (Parse bool error: provided string was not "
                                     "`true` or `false`)")
            self.styles[self.style_name] = display != "false"

    def end(self, tag: str) -> None:
        self.depth -= 1
        if self.in_cell:
            if self.depth >= self.cell_depth:
                if self.skip:
                    self.skip -= 1
                return
            self.end_cell()
        elif tag == ROW and self.in_table:
            self.end_row()
        elif tag == TABLE and self.in_table:
            self.end_table()

    def text(self, data: str) -> None:
        if self.in_cell and self.cell_text is not None and not self.skip:
            self.add_text(data)

    def add_text(self, text: str) -> None:
        """A piece of a string cell's text; once the cell is longer than a cell may be, nothing more is kept (the
        row is refused for it: a cell over limits.cell_chars characters), so no text grows past that bound."""
        if self.cell_chars <= self.limits.cell_chars:
            self.cell_chars += len(text)
            self.cell_text.append(text)
        elif text and not text.isspace():
            self.cell_dark = True  # (what was left out is not all white space: the cell is no blank cell)

    # -- tables -----------------------------------------------------------------------------------------------------
    def start_table(self, attrs: list[str]) -> None:
        name = _attr(attrs, NAME)
        self.in_table, self.keeping = True, False
        self.ext_rows = self.ext_width = self.row_at = 0
        self.first_row, self.last_row, self.col_min, self.col_max = -1, 0, 1 << 62, -1
        if name is None:  # (measured, as the extent check does, but not a sheet: calamine reads no nameless table)
            return
        style = _attr(attrs, STYLE_NAME)
        visible = self.styles.get(style, True) if style is not None else True
        self.book.sheets.append((name, visible))
        if self.wanted is None and visible:
            self.wanted = name
        if self.keep and name == self.wanted:  # (a later sheet of this name replaces it, as in calamine's map)
            self.keeping = True
            self.book.name, self.book.rows, self.book.complete = name, [], True

    def end_table(self) -> None:
        self.in_table = False
        self.book.extents.append((self.ext_rows, self.ext_width))
        if self.keeping:
            book = self.book
            if self.first_row >= 0:
                book.height = self.last_row - self.first_row + 1
                book.width = self.col_max - self.col_min + 1
                book.first_column = self.col_min
            else:
                book.height = book.width = book.first_column = 0
            self.keeping = False

    def over(self) -> bool:
        """The table read so far is past a limit, and will be refused (sheet_read: by its extent, or by calamine's
        range): its rows are no longer kept."""
        lim = self.limits
        if self.ext_rows > lim.rows + 1 or self.ext_width > lim.columns or \
                self.ext_rows * self.ext_width > self.sheet_cells:
            return True
        return self.first_row >= 0 and (self.last_row - self.first_row + 1 > lim.rows + 1
                                        or self.col_max - self.col_min + 1 > lim.columns)

    # -- rows -------------------------------------------------------------------------------------------------------
    def start_row(self, attrs: list[str]) -> None:
        self.row_repeat = _count(attrs, ROWS_REPEATED)
        self.cells = [] if self.keeping and self.book.complete else None
        self.pending, self.row_len, self.row_first, self.row_holds = 0, 0, -1, False
        self.row_cells = self.row_width = 0

    def end_row(self) -> None:
        repeat = self.row_repeat
        start = self.row_at
        self.row_at += repeat
        if self.row_width:
            self.ext_rows, self.ext_width = self.row_at, max(self.ext_width, self.row_width)
        if self.row_holds and repeat:
            if self.first_row < 0:
                self.first_row = start
            self.last_row = self.row_at - 1
            self.col_min = min(self.col_min, self.row_first)
            self.col_max = max(self.col_max, self.row_len - 1)
        cells = self.cells
        if cells is None or not self.keeping or not self.book.complete:
            return
        self.shared.row_done()
        if self.over():
            self.book.complete, self.book.rows = False, []
            return
        texts = [c or "" for c in cells]
        if not "".join(texts).strip():
            return  # a blank row (nothing, or only empty or white text): sheet_read would skip it
        rows = self.book.rows
        for n in range(repeat):
            rows.append((start + n + 1, texts if n == 0 else list(texts)))

    # -- cells ------------------------------------------------------------------------------------------------------
    def start_cell(self, attrs: list[str]) -> None:
        self.in_cell, self.cell_depth = True, self.depth
        self.cell_repeat = 1
        self.cell_has_content = False
        self.cell_text, self.paragraphs, self.skip, self.cell_chars, self.cell_dark = None, 0, 0, 0, False
        value, is_string, value_set = EMPTY, False, False
        for i in range(0, len(attrs), 2):
            key = attrs[i]
            if key == COLUMNS_REPEATED:
                self.cell_repeat = _repeat(attrs[i + 1])
            elif key == VALUE_TYPE and attrs[i + 1]:
                self.cell_has_content = True  # (the extent's rule)
                if not value_set:
                    is_string = attrs[i + 1] == "string"
            elif value_set:
                continue
            elif key == VALUE:
                value, value_set = _float_text(attrs[i + 1]), True
            elif key == STRING_VALUE:
                value, value_set = attrs[i + 1], True
            elif key == DATE_VALUE:
                value, value_set = _date_text(attrs[i + 1]), True
            elif key == TIME_VALUE:
                value, value_set = _time_text(attrs[i + 1]), True
            elif key == BOOLEAN_VALUE:
                value, value_set = ("1" if attrs[i + 1] in ("TRUE", "true") else "0"), True
        if not value_set and is_string:
            if self.cells is None:  # a row not kept: only whether the cell holds something counts
                value, value_set = "", True
            else:
                self.cell_text = []
        self.cell_value = value

    def end_cell(self) -> None:
        self.in_cell = False
        if self.cell_dark:
            self.cell_text.append("x")  # (a cell too long either way: its row is refused, not skipped as blank)
        value = "".join(self.cell_text) if self.cell_text is not None else self.cell_value
        repeat = self.cell_repeat
        self.row_cells += repeat
        if self.cell_has_content:
            self.row_width = self.row_cells
        if value is EMPTY or not repeat:
            self.pending += repeat
            return
        at = self.row_len + self.pending  # this cell's column (0-based)
        if not self.row_holds:
            self.row_first, self.row_holds = at, True
        self.row_len, self.pending = at + repeat, 0
        cells = self.cells
        if cells is None:
            return
        if self.row_len > self.limits.columns:
            self.cells = None  # too wide to keep: only measured (the sheet will be refused)
            return
        if at > len(cells):
            cells.extend([EMPTY] * (at - len(cells)))
        if len(value) <= SharedText.SHORT:
            value = self.shared.share(value, value)
        cells.extend([value] * repeat)


def _attr(attrs: list[str], key: str) -> str | None:
    for i in range(0, len(attrs), 2):
        if attrs[i] == key:
            return attrs[i + 1]
    return None


def _repeat(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise UnreadableFile(f"not a readable spreadsheet (Parse integer error: {text[:20]!r})") from None
    if n < 0 or not text.isdigit():
        raise UnreadableFile(f"not a readable spreadsheet (Parse integer error: {text[:20]!r})")
    return n


def _count(attrs: list[str], key: str) -> int:
    text = _attr(attrs, key)
    return 1 if text is None else _repeat(text)


def _space_count(attrs: list[str], most: int) -> int:
    text = _attr(attrs, SPACE_COUNT)
    return 1 if text is None else min(_repeat(text), most)  # (more would only be refused as a too long cell)


_RUST_FLOAT = re.compile(r"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)", re.IGNORECASE)


def _float_text(text: str) -> str:
    """A number's text as sheet_read.cell_text writes the float calamine parses."""
    from .sheet_read import cell_text
    if not _RUST_FLOAT.fullmatch(text):
        raise UnreadableFile(f"not a readable spreadsheet (Parse float error: {text[:20]!r})")
    return cell_text(float(text))


_DATE = re.compile(r"\s*\+?(\d{4,})-(\d{1,2})-(\d{1,2})")
_DATE_TIME = re.compile(r"\s*\+?(\d{4,})-(\d{1,2})-(\d{1,2})T(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d+))?")
_TIME = re.compile(r"PT(\d{1,2})H(\d{1,2})M(\d{1,2})(?:\.(\d+))?S")


def _date_text(text: str) -> str:
    """A date value as calamine gives it (a date, or a date and time; else its text), written by cell_text."""
    from .sheet_read import cell_text
    try:
        if "T" in text:
            m = _DATE_TIME.fullmatch(text)
            if m:
                y, mo, d, h, mi, s, frac = m.groups()
                micro = int((frac or "0")[:6].ljust(6, "0"))
                if int(s) == 60:  # a leap second: calamine's datetime drops it
                    s, micro = "59", 0
                return cell_text(datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), micro))
        else:
            m = _DATE.fullmatch(text)
            if m:
                return cell_text(date(*map(int, m.groups())))
    except ValueError:
        pass
    return text


def _time_text(text: str) -> str:
    """A time value as calamine gives it (a time of day; else its ISO text, as for 36 hours)."""
    m = _TIME.fullmatch(text)
    if m:
        h, mi, s, frac = m.groups()
        try:
            return time(int(h), int(mi), int(s), int((frac or "0")[:6].ljust(6, "0"))).isoformat()
        except ValueError:
            pass
    return text
