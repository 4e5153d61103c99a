"""An .xlsx file's sheet read as its XML streams by (exchange/sheet_read.py's reader for .xlsx): the worksheet is
parsed a chunk at a time by expat straight from the zip member, each cell made into its text as its element ends,
and only the rows of the sheet asked for are kept, as text. python-calamine, which read .xlsx files before, built
the whole sheet as one dense block of values (and the Python rows from it) before a single row was used; this
reader holds the rows of one sheet, and the workbook's shared strings.

The cell values are calamine's (the same text comes out as sheet_read.cell_text gave for every cell):
- ``t="s"``: a shared string (its index as calamine reads it: not a number is 0; out of range refuses the file);
  ``t="inlineStr"``: the ``<is>`` text; ``t="str"``: the ``<v>`` text (a formula's string). A string is every
  ``<t>`` of it joined (rich text runs), phonetic runs (``<rPh>``) left out, Excel's ``_xHHHH_`` escapes undone;
- ``t="n"`` or no type: a number; with a date or time number format (styles.xml: built-in ids 14-22, 45, 47, a
  custom format read as calamine reads it) a date, a date and time or a time of day (1900 or 1904 date system,
  Excel's 1900 leap-year bug included), ``[h]:mm`` formats a duration; no type and not a number: its text;
- ``t="b"``: 1 or 0; ``t="e"``: an error (``#DIV/0!``...) is an empty cell that still counts in the sheet's extent;
  ``t="d"``: an ISO date, date and time or time, else its text;
- the value is the cell's last child element (``<f>`` after ``<v>`` empties it, as in calamine).
Rows and columns come from ``r="C5"`` references, or follow each other without one; the sheet starts at its first
row and column holding something (calamine's range).

Hostile input is bounded: no DTD (so no entity expansion, no external entity), an element depth limit, a cell's text
kept to just over the cell limit, rows stored from their own first cell (a reference like XFD1048576 allocates
nothing), and the rows no longer kept once the sheet is past a limit (sheet_read refuses it); the zip's declared
sizes are checked before (sheet_read._check_zip), and a zip entry never reads past its declared size.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from xml.parsers import expat

from .errors import UnreadableFile
from .limits import Limits
from .ods_read import SharedText, parse_member

CHUNK = 1 << 16          # bytes of an XML part given to expat at a time
MAX_DEPTH = 256          # elements nested in an XML part (Excel writes about 6)

WORKBOOK = "xl/workbook.xml"
RELS = "xl/_rels/workbook.xml.rels"
SHARED = "xl/sharedStrings.xml"
STYLES = "xl/styles.xml"

EMPTY = None  # a cell holding nothing (calamine's Data::Empty)
_ERROR = ""   # an error cell: shown empty, but part of the sheet's extent

OTHER, DATE, DURATION = 0, 1, 2  # what a cell's number format makes of a number
_ERRORS = frozenset(("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"))


def is_xlsx(names: list[str]) -> bool:
    """A zip holding an Excel workbook (xl/workbook.xml, as calamine finds it: any case)."""
    return any(n.lower() == WORKBOOK for n in names)


@dataclass
class XlsxBook:
    """The workbook's worksheets (name, visible) and the rows of the sheet read (``name``; None if none was)."""
    sheets: list[tuple[str, bool]] = field(default_factory=list)
    name: str | None = None
    rows: list = field(default_factory=list)  # (sheet row, first column, cells from that column), in order
    height: int = 0        # calamine's range: from the first row holding something to the last
    width: int = 0         # ... and from the first column holding something to the last
    first_column: int = 0  # the range's first column (0-based)
    first_row: int = 0     # the range's first row (0-based)
    complete: bool = True  # False: rows stopped being kept at a limit (sheet_read then refuses the file)
    extent: tuple[int, int] = (0, 0)  # (rows, columns) the sheet read reaches, measured as sheet_read measures it


class _Stop(Exception):
    """The end of what calamine reads of a part (``</sheetData>``): the rest is not parsed."""


def _unreadable(what: str) -> UnreadableFile:
    return UnreadableFile(f"not a readable spreadsheet ({what})")


def read_xlsx(data: bytes, sheet: str | None, limits: Limits, *, keep: bool = True, sheet_cells: int = 1 << 62,
              measure: Callable[[zipfile.ZipFile, str | None], None] | None = None) -> XlsxBook:
    """The worksheets of an .xlsx file and (``keep``) the rows of ``sheet`` (None: the first visible one, else the
    first). Rows stop being kept (``complete`` False) as soon as the sheet goes past a limit (its range, or its
    extent: as sheet_read measures it, over ``limits`` or ``sheet_cells`` cells): the caller refuses it.
    ``measure(zip, part)``, called once the workbook is read and before anything else is, measures every other
    worksheet (``part`` is the one this pass reads and measures itself: ``extent``; None if none)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        parts = {n.lower(): n for n in reversed(zf.namelist())}  # (the first of a name, any case: calamine's)
        book = XlsxBook()
        rels = _relationships(zf, parts)
        entries, date1904 = _workbook(zf, parts, rels)
        book.sheets = [(name, visible) for name, visible, kind, _path in entries if kind == "worksheets"]
        member = None
        if keep and book.sheets:
            names = [name for name, _v in book.sheets]
            if sheet is None:
                sheet = next((name for name, visible in book.sheets if visible), names[0])
            if sheet in names:
                path = next(p for name, _v, _k, p in entries if name == sheet)  # (the first of that name)
                member = parts.get(path.lower())
                if member is None:
                    raise _unreadable(f"Worksheet '{sheet}' not found")
        if measure is not None:
            measure(zf, member)
        strings = _shared_strings(zf, parts, limits)  # (read whatever is asked, as calamine did: a broken part
        formats = _formats(zf, parts)                 # refuses the file)
        if member is None:
            return book
        book.name = sheet
        reader = _SheetReader(book, strings, formats, date1904, limits, sheet_cells)
        try:
            _parse(zf, member, reader.start, reader.end, reader.text, counted=True)
        except expat.ExpatError:
            if not reader.done:
                raise
        reader.finish()
        return book
    except UnreadableFile:
        raise
    except expat.ExpatError as exc:
        raise _unreadable(f"XML error: {expat.ErrorString(exc.code)}, line {exc.lineno}") from None
    except (KeyError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise _unreadable(str(exc)) from None


# -- parsing ---------------------------------------------------------------------------------------------------------
def _refuse_dtd(*_args):
    raise _unreadable("a DTD or an entity declaration in an XML part")


def _parse(zf: zipfile.ZipFile, member: str, start, end, text=None, counted: bool = False) -> None:
    """One XML part of the zip through expat, a chunk at a time (names as written, prefixes kept: calamine compares
    local names, and a few attributes by their written name). Handlers may raise _Stop to end early. The depth of
    elements is limited here, or by the handlers themselves (``counted``: the sheet reader's, which also take their
    attributes as a dict)."""
    p = expat.ParserCreate()
    p.buffer_text = True
    p.buffer_size = CHUNK
    p.ordered_attributes = not counted  # (the sheet reader takes its attributes as a dict)
    depth = [0]

    def started(tag, attrs):
        depth[0] += 1
        if depth[0] > MAX_DEPTH:
            raise _unreadable(f"elements nested over {MAX_DEPTH} deep")
        start(tag, attrs)

    def ended(tag):
        depth[0] -= 1
        end(tag)

    p.StartElementHandler = start if counted else started
    p.EndElementHandler = end if counted else ended
    if text is not None:
        p.CharacterDataHandler = text
    p.StartDoctypeDeclHandler = _refuse_dtd
    p.EntityDeclHandler = _refuse_dtd
    p.ExternalEntityRefHandler = _refuse_dtd
    try:
        parse_member(p, zf, member)
    except _Stop:
        pass


def _local(tag: str) -> str:
    return tag[tag.find(":") + 1:]


def _attr(attrs: list[str], key: str) -> str | None:
    for i in range(0, len(attrs), 2):
        if attrs[i] == key:
            return attrs[i + 1]
    return None


_X_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescape(text: str) -> str:
    """Excel's escapes of characters XML cannot hold (``_x000D_``; ``_x005F_`` a literal underscore): undone, but a
    lone surrogate kept as written (calamine's reading)."""
    if "_x" not in text:
        return text

    def one(m):
        code = int(m.group(1), 16)
        return m.group(0) if 0xD800 <= code <= 0xDFFF else chr(code)
    return _X_ESCAPE.sub(one, text)


_WHITE = " \t\r\n"  # XML's white space


def _t_text(parts: list[str], preserve: bool) -> str:
    """The text of one ``<t>``: without the white space around it unless it says ``xml:space="preserve"``
    (calamine's reading)."""
    text = "".join(parts)
    return text if preserve else text.strip(_WHITE)


class _StringReader:
    """The text of a string (``<si>`` or ``<is>``): every ``<t>`` not inside ``<rPh>``, kept to just over the cell
    limit (``dark``: something not white was left out past it). None when it has no ``<t>``."""

    __slots__ = ("parts", "size", "most", "dark", "in_t", "phonetic", "found", "t_parts", "preserve")

    def __init__(self, most: int):
        self.most = most
        self.reset()

    def reset(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.dark = False
        self.in_t = 0
        self.phonetic = 0
        self.found = False
        self.t_parts: list[str] = []
        self.preserve = False

    def start(self, local: str, attrs: list[str]) -> None:
        if self.in_t:
            self.in_t += 1
        elif self.phonetic:
            self.phonetic += 1
        elif local == "t":
            self.in_t, self.found, self.t_parts = 1, True, []
            self.preserve = _attr(attrs, "xml:space") == "preserve"
        elif local == "rPh":
            self.phonetic = 1

    def end(self, _local: str) -> None:
        if self.in_t:
            self.in_t -= 1
            if not self.in_t:
                self.parts.append(_t_text(self.t_parts, self.preserve))
        elif self.phonetic:
            self.phonetic -= 1

    def text(self, data: str) -> None:
        if self.in_t:
            if self.size <= self.most:
                self.size += len(data)
                self.t_parts.append(data)
            elif not data.isspace():
                self.dark = True

    def value(self) -> str | None:
        if not self.found:
            return None
        text = _unescape("".join(self.parts))
        if self.dark:
            text += "x"  # (a cell too long either way: its row is refused, not skipped as blank)
        return text


# -- the workbook's parts --------------------------------------------------------------------------------------------
def _shared_strings(zf: zipfile.ZipFile, parts: dict[str, str], limits: Limits) -> list[str]:
    """Every shared string, in order (an ``<si>`` without text is an empty one), each short text held once
    (SharedText)."""
    member = parts.get(SHARED.lower())
    if member is None:
        return []
    out: list[str] = []
    shared = SharedText()
    string = _StringReader(limits.cell_chars)
    state = {"in_si": 0, "ended": False}

    def start(tag, attrs):
        local = _local(tag)
        if state["in_si"]:
            state["in_si"] += 1
            string.start(local, attrs)
        elif local == "si":
            state["in_si"] = 1
            string.reset()

    def end(tag):
        local = _local(tag)
        if state["in_si"]:
            state["in_si"] -= 1
            if state["in_si"]:
                string.end(local)
                return
            value = string.value() or ""
            out.append(shared.share(value, value) if len(value) <= SharedText.SHORT else value)
            shared.row_done()
        elif local == "sst":
            state["ended"] = True
            raise _Stop

    _parse(zf, member, start, end, string.text)
    if not state["ended"]:
        raise _unreadable("Unexpected end of xml, expecting '</sst>'")
    return out


def _formats(zf: zipfile.ZipFile, parts: dict[str, str]) -> list[int]:
    """What each cell style (``s``: an index into ``<cellXfs>``) makes of a number: OTHER, DATE or DURATION."""
    member = parts.get(STYLES.lower())
    if member is None:
        return []
    custom: dict[str, str] = {}
    out: list[int] = []
    state = {"where": ""}

    def start(tag, attrs):
        local = _local(tag)
        where = state["where"]
        if where == "numFmts":
            if local == "numFmt":
                code = _attr(attrs, "formatCode") or ""
                if code:
                    custom[_attr(attrs, "numFmtId") or ""] = code
        elif where == "cellXfs":
            if local == "xf":
                fid = _attr(attrs, "numFmtId")
                out.append(OTHER if fid is None else
                           number_format(custom[fid]) if fid in custom else _builtin(fid))
        elif local in ("numFmts", "cellXfs"):
            state["where"] = local

    def end(tag):
        local = _local(tag)
        if local == state["where"]:
            state["where"] = ""
        elif local == "styleSheet" and not state["where"]:
            raise _Stop

    _parse(zf, member, start, end)
    return out


def _builtin(fid: str) -> int:
    if fid in ("14", "15", "16", "17", "18", "19", "20", "21", "22", "45", "47"):
        return DATE
    return DURATION if fid == "46" else OTHER


def number_format(code: str) -> int:
    """A custom number format as calamine reads it: the first section's first date, time or ``[h]`` token."""
    escaped = quoted = ampm = hms = False
    brackets = 0
    prev = " "
    for ch in code:
        if escaped:
            escaped = False
        elif ch in "_\\*":
            escaped = True
        elif quoted:
            if ch == '"':
                quoted = False
        elif ch == '"':
            quoted = True
        elif ch == ";":
            return OTHER
        elif ch == "[":
            brackets += 1
        elif ch == "]" and brackets == 1 and hms:
            return DURATION
        elif ch == "]":
            brackets = max(brackets - 1, 0)
        elif ch in "aA" and not ampm and brackets == 0:
            ampm = True
        elif ch in "pm/PM" and ampm and brackets == 0:
            return DATE
        elif ch in "dmhysDMHYS" and not ampm and brackets == 0:
            return DATE
        elif hms and ch.lower() == prev.lower():
            pass
        else:
            hms = prev == "[" and ch in "mhsMHS"
        prev = ch
    return OTHER


_SHEET_KINDS = {"worksheet": "worksheets", "chartsheet": "chartsheets", "dialogsheet": "dialogsheets"}


def _relationships(zf: zipfile.ZipFile, parts: dict[str, str]) -> dict[str, tuple[str, str]]:
    """The workbook's relationships: Id -> (target, the kind of sheet its Type names, '' if none)."""
    member = parts.get(RELS.lower())
    if member is None:
        raise _unreadable(f"File not found '{RELS}'")
    out: dict[str, tuple[str, str]] = {}

    def start(tag, attrs):
        if _local(tag) == "Relationship":
            kind = (_attr(attrs, "Type") or "").rpartition("/")[2]
            out[_attr(attrs, "Id") or ""] = (_attr(attrs, "Target") or "", _SHEET_KINDS.get(kind, ""))

    def end(tag):
        if _local(tag) == "Relationships":
            raise _Stop

    _parse(zf, member, start, end)
    return out


_STATES = {"visible": True, "hidden": False, "veryHidden": False}


def _workbook(zf: zipfile.ZipFile, parts: dict[str, str],
              rels: dict[str, tuple[str, str]]) -> tuple[list[tuple[str, bool, str, str]], bool]:
    """Every sheet (name, visible, kind: 'worksheets', 'chartsheets' or 'dialogsheets' as its relationship's Type
    says, its part), and whether the workbook counts dates from 1904."""
    sheets: list[tuple[str, bool, str, str]] = []
    date1904 = [False]

    def start(tag, attrs):
        local = _local(tag)
        if local == "sheet":
            name, visible, path, kind = "", True, "", ""
            for i in range(0, len(attrs), 2):
                key, value = attrs[i], attrs[i + 1]
                if key == "name":
                    name = value
                elif key == "state":
                    if value not in _STATES:
                        raise _unreadable(f"Unrecognized sheet:state: {value[:40]}")
                    visible = _STATES[value]
                elif key in ("r:id", "relationships:id"):
                    target, kind = rels.get(value, ("", ""))
                    if not kind:
                        raise _unreadable("Relationship not found")
                    path = target[1:] if target.startswith("/xl/") else \
                        target if target.startswith("xl/") else "xl/" + target
            if not kind:
                raise _unreadable("Relationship not found")
            sheets.append((name, visible, kind, path))
        elif tag == "workbookPr":
            date1904[0] = _attr(attrs, "date1904") in ("1", "true")

    def end(tag):
        if _local(tag) == "workbook":
            raise _Stop

    _parse(zf, parts[WORKBOOK], start, end)
    return sheets, date1904[0]


# -- cells -----------------------------------------------------------------------------------------------------------
def reference(text: str) -> tuple[int, int | None]:
    """(row, column) 0-based of a reference like ``C5`` (column None when it has none), as calamine reads it."""
    row = col = 0
    pow_ = 1
    reading_row = True
    for ch in reversed(text):
        if "0" <= ch <= "9":
            if not reading_row:
                raise _unreadable(f"Numeric character is not allowed for column name, got {ch}")
            row += (ord(ch) - 48) * pow_
            pow_ *= 10
        elif "A" <= ch <= "Z" or "a" <= ch <= "z":
            if reading_row:
                if row == 0:
                    raise _unreadable("Range is missing the expected row component.")
                pow_, reading_row = 1, False
            col += ((ord(ch) & ~32) - 64) * pow_
            pow_ *= 26
        else:
            raise _unreadable(f"Expecting alphanumeric character, got {ord(ch):X}")
    if row == 0:
        raise _unreadable("Range is missing the expected row component.")
    return row - 1, (col - 1 if col else None)


_FLOAT = re.compile(r"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)", re.IGNORECASE | re.ASCII)
_ISO_DATE_TIME = re.compile(r"([+-]?\d{4,})-(\d{1,2})-(\d{1,2})T(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d+))?", re.ASCII)
_ISO_DATE = re.compile(r"([+-]?\d{4,})-(\d{1,2})-(\d{1,2})", re.ASCII)
_ISO_TIME = re.compile(r"(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d+))?", re.ASCII)
_MS_DAY = 86_400_000
_EPOCH = date(1899, 12, 30).toordinal()
_MIN_DAY = date(1, 1, 1).toordinal() - _EPOCH - 262_144 * 366  # (chrono's dates reach back some 262,000 years)


def _round(x: float) -> int:
    """Rust's f64::round then ``as i64``: halves away from zero, saturating."""
    if x != x:
        return 0
    if abs(x) > 9.2e18:
        return 9_223_372_036_854_775_807 if x > 0 else -9_223_372_036_854_775_808
    r = int(math.floor(abs(x) + 0.5))
    return r if x >= 0 else -r


def number_text(value: float, fmt: int, date1904: bool) -> str:
    """A number read with its cell's format, as calamine gives it to cell_text."""
    from .sheet_read import cell_text
    if fmt == OTHER:
        return cell_text(value)
    if fmt == DURATION:
        ms = _round(value * _MS_DAY)
        try:
            return cell_text(timedelta(milliseconds=ms))
        except OverflowError:
            raise _unreadable(f"a duration of {value!r} days") from None
    f = value + 1462.0 if date1904 else value
    if f < 60.0:
        f += 1.0
    ms = _round(f * _MS_DAY)
    days, rest = divmod(ms, _MS_DAY)
    if value < 1.0:  # a time of day (if chrono could place the date)
        if days < _MIN_DAY or days > 100_000_000:
            return cell_text(value)
        return cell_text(time(rest // 3_600_000, rest // 60_000 % 60, rest // 1000 % 60, rest % 1000 * 1000))
    ordinal = _EPOCH + days
    if ordinal < 1 or ordinal > date.max.toordinal():
        return cell_text(value)
    day = date.fromordinal(ordinal)
    if value.is_integer():
        return day.isoformat()
    return cell_text(datetime(day.year, day.month, day.day, rest // 3_600_000, rest // 60_000 % 60,
                              rest // 1000 % 60, rest % 1000 * 1000))


def iso_text(text: str) -> str:
    """A ``t="d"`` cell: an ISO date and time, date or time as calamine parses it, else its text."""
    from .sheet_read import cell_text
    written, text = text, text.strip(_WHITE)
    try:
        m = _ISO_DATE_TIME.fullmatch(text)
        if m:
            y, mo, d, h, mi, s, frac = m.groups()
            return cell_text(datetime(int(y), int(mo), int(d), int(h), int(mi), int(s),
                                      int((frac or "0")[:6].ljust(6, "0"))))
        m = _ISO_DATE.fullmatch(text)
        if m:
            return date(*map(int, m.groups())).isoformat()
        m = _ISO_TIME.fullmatch(text)
        if m:
            h, mi, s, frac = m.groups()
            return time(int(h), int(mi), int(s), int((frac or "0")[:6].ljust(6, "0"))).isoformat()
    except ValueError:
        pass
    return written


_V, _IS, _F = 1, 2, 3  # the cell's child being read
_REFERENCE = re.compile(r"([A-Z]{1,3})([1-9][0-9]{0,8})").fullmatch
_EXTENT_REFERENCE = re.compile(r"[A-Z]{1,3}[0-9]+").fullmatch  # (the references sheet_read's extent check sees)
_COLUMNS: dict[str, int] = {}  # column letters -> 0-based column (at most 18,278 of them)


class _SheetReader:
    """expat's handlers for one worksheet: the cells of each row kept as text from the row's first cell. (Called
    for every element and text of a sheet of millions of cells: the state is kept in plain attributes, and the
    common case (a cell referenced as ``C5``, in order, in its row) takes the fewest steps.)"""

    def __init__(self, book: XlsxBook, strings: list[str], formats: list[int], date1904: bool, limits: Limits,
                 sheet_cells: int):
        self.book, self.strings, self.formats, self.date1904 = book, strings, formats, date1904
        self.limits, self.sheet_cells = limits, sheet_cells
        self.most = limits.cell_chars
        # the sheet's extent as sheet_read._xlsx_extent measures it: the rows and columns its references reach,
        # its count of rows, and the most cells a row holds (cells without a reference follow each other)
        self.ext_rows = self.ext_columns = self.ext_row_count = self.ext_cells = self.ext_widest = 0
        self.shared = SharedText()
        self.share = self.shared.share
        self.depth = 0
        self.data = False         # inside <sheetData>
        self.kind: str | None = None  # the first element before <sheetData> that is none of those calamine skips
        self.done = False
        self.row_index = self.col_index = 0
        # the cell being read
        self.in_cell = 0          # depth inside <c> (1: the cell itself)
        self.row = self.col = 0   # its place
        self.style: str | None = None
        self.type: str | None = None
        self.value: str | None = EMPTY
        self.child = 0            # _V, _IS or _F
        self.parts: list[str] = []
        self.sink: list[str] | None = None  # where text goes now (a <v>, or a <t> of an <is>)
        self.size = 0             # ... its length so far
        self.dark = False         # ... and something not white was left out past the cell limit
        self.found = False        # an <is> holds a <t>
        self.t_depth = 0          # depth inside a <t> of an <is>
        self.preserve = False     # ... which keeps the white space around its text
        self.t_mark = 0           # ... and whose text starts there in parts
        self.phonetic = 0         # depth inside an <rPh> of an <is>
        # the sheet's rows: {row: [first column, cells...]}, the row being filled, and calamine's range
        self.rows: dict[int, list] = {}
        self.ordered = True
        self.last_row = -1
        self.cur_row = -1
        self.cur: list = []
        self.first_row = -1
        self.max_row = -1
        self.col_min = 1 << 62
        self.col_max = -1

    # -- elements ---------------------------------------------------------------------------------------------------
    def start(self, tag: str, attrs: dict[str, str]) -> None:
        in_cell = self.in_cell
        if in_cell:
            self.in_cell = in_cell + 1
            if in_cell == 1:  # a child of the cell
                local = tag if tag == "is" or tag == "v" else tag[tag.find(":") + 1:]
                if local == "is":
                    self.child, self.parts, self.size, self.dark = _IS, [], 0, False
                    self.found, self.t_depth, self.phonetic = False, 0, 0
                elif local == "v":
                    self.child, self.parts, self.size, self.dark = _V, [], 0, False
                    self.sink = self.parts
                elif local == "f":
                    self.child = _F
                else:
                    raise _unreadable("Expecting 'v, f, or is' node")
            elif in_cell >= MAX_DEPTH:
                raise _unreadable(f"elements nested over {MAX_DEPTH} deep")
            elif self.child == _IS:
                if self.t_depth:
                    self.t_depth += 1
                elif self.phonetic:
                    self.phonetic += 1
                else:
                    local = tag if tag == "t" else tag[tag.find(":") + 1:]
                    if local == "t":
                        self.t_depth, self.found, self.sink = 1, True, self.parts
                        self.preserve = attrs.get("xml:space") == "preserve"
                        self.t_mark = len(self.parts)
                    elif local == "rPh":
                        self.phonetic = 1
            return
        if tag == "c" or tag[tag.find(":") + 1:] == "c":
            if not self.data:
                self.measure_cell(attrs)
                self.outside(tag, attrs)
                return
            self.in_cell = 1
            cells = self.ext_cells = self.ext_cells + 1
            if cells > self.ext_widest:
                self.ext_widest = cells
            get = attrs.get
            r, style, kind = get("r"), get("s"), get("t")
            if r is None:
                self.row, self.col = self.row_index, self.col_index
            else:
                m = _REFERENCE(r)
                if m is not None:
                    letters, digits = m.groups()
                    col = _COLUMNS.get(letters)
                    if col is None:
                        col = _COLUMNS[letters] = reference(r)[1]
                    row = int(digits)
                    self.row, self.col = row - 1, col
                    if row > self.ext_rows:
                        self.ext_rows = row
                    if col >= self.ext_columns:
                        self.ext_columns = col + 1
                else:
                    row, col = reference(r)
                    if col is None:
                        raise _unreadable("Range is missing the expected column component.")
                    self.row, self.col = row, col
                    if _EXTENT_REFERENCE(r):
                        self.ext_rows, self.ext_columns = max(self.ext_rows, row + 1), max(self.ext_columns, col + 1)
                self.col_index = self.col
            self.style, self.type, self.value = style, kind, EMPTY
            return
        self.outside(tag, attrs)

    def measure_cell(self, attrs: dict[str, str]) -> None:
        """A cell outside <sheetData>: calamine reads none, the extent counts it."""
        cells = self.ext_cells = self.ext_cells + 1
        self.ext_widest = max(self.ext_widest, cells)
        r = attrs.get("r")
        if r is not None and _EXTENT_REFERENCE(r):
            row, col = reference(r)
            self.ext_rows, self.ext_columns = max(self.ext_rows, row + 1), max(self.ext_columns, col + 1)

    def outside(self, tag: str, attrs: dict[str, str]) -> None:
        """An element outside any cell."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _unreadable(f"elements nested over {MAX_DEPTH} deep")
        local = tag[tag.find(":") + 1:]
        if local == "row":
            self.start_row(attrs)
        elif self.data or self.done:
            pass
        elif local == "sheetData":
            self.data = True
        elif local == "dimension":
            if attrs.get("ref") is None:
                raise _unreadable("Expecting 'dimension' node")
        elif self.kind is None:
            self.kind = local

    def start_row(self, attrs: dict[str, str]) -> None:
        self.ext_row_count += 1
        self.ext_cells = 0
        r = attrs.get("r")
        if r is not None:
            if r.isdigit() and r.isascii():
                self.ext_rows = max(self.ext_rows, int(r))
            if self.data and not self.done:
                self.row_index = reference(r)[0]
        lim = self.limits
        rows, columns = max(self.ext_rows, self.ext_row_count), max(self.ext_columns, self.ext_widest)
        if self.book.complete and (rows > lim.rows + 1 or columns > lim.columns or rows * columns > self.sheet_cells):
            self.stop_keeping()  # (sheet_read refuses the sheet by its extent)

    def end(self, tag: str) -> None:
        in_cell = self.in_cell
        if in_cell:
            in_cell = self.in_cell = in_cell - 1
            if in_cell == 0:
                self.end_cell()
            elif in_cell == 1:
                if self.child == _IS:
                    self.child, self.sink = 0, None
                    if self.found:
                        text = "".join(self.parts)
                        if "_x" in text:
                            text = _unescape(text)
                        self.value = text + "x" if self.dark else text  # (too long either way: refused)
                    else:
                        self.value = EMPTY
                else:
                    self.end_child()
            elif self.t_depth:
                self.t_depth -= 1
                if not self.t_depth:
                    self.sink = None
                    if not self.preserve:  # (its text is parts[t_mark:])
                        parts, mark = self.parts, self.t_mark
                        parts[mark:] = [_t_text(parts[mark:], False)]
            elif self.phonetic:
                self.phonetic -= 1
            return
        self.depth -= 1
        if not self.data:
            return
        local = tag if tag == "row" else tag[tag.find(":") + 1:]
        if local == "row":
            self.row_index += 1
            self.col_index = 0
        elif local == "sheetData":
            self.done, self.data = True, False  # (calamine reads no further; the extent is measured to the end)

    def text(self, data: str) -> None:
        sink = self.sink
        if sink is not None:
            if self.size <= self.most:
                self.size += len(data)
                sink.append(data)
            elif not data.isspace():
                self.dark = True  # (what was left out is not all white space: the cell is no blank cell)

    def end_child(self) -> None:
        """The end of a cell's <v> or <f> (an <is>: see end)."""
        child, self.child, self.sink = self.child, 0, None
        if child == _F:
            self.value = EMPTY
        else:
            text = "".join(self.parts)
            self.value = self.read_v(text + "x" if self.dark else text)

    def read_v(self, v: str) -> str | None:
        kind = self.type
        if kind in ("inlineStr", "is"):
            return EMPTY
        if kind is None or kind == "n":
            if not v:
                return EMPTY
            if not _FLOAT.fullmatch(v):
                if kind is None:
                    return v
                raise _unreadable("Parse float error: invalid float literal")
            style = self.style
            if style is None:
                fmt = OTHER
            else:
                index = int(style) if style.isdigit() and style.isascii() and len(style) < 19 else 0
                fmt = self.formats[index] if index < len(self.formats) else OTHER
            return number_text(float(v), fmt, self.date1904)
        if kind == "s":
            if not v:
                return EMPTY
            index = int(v) if v.isdigit() and v.isascii() and len(v) < 19 else 0
            if index >= len(self.strings):
                raise _unreadable("Cell string index not found in shared strings table")
            return self.strings[index]
        if kind == "b":
            return (EMPTY if not v else "0" if v.strip(_WHITE) == "0" else "1")
        if kind == "e":
            if not v:
                return EMPTY
            if v not in _ERRORS:
                raise _unreadable(f"Unsupported cell error value '{v[:40]}'")
            return _ERROR
        if kind == "str":
            return _unescape(v)
        if kind == "d":
            return iso_text(v)
        raise _unreadable(f"Unknown cell 't' attribute: {kind[:40]!r}")

    def end_cell(self) -> None:
        self.col_index += 1
        value = self.value
        if value is EMPTY:
            return
        row, col = self.row, self.col
        if row != self.cur_row:
            if row > self.max_row:
                self.max_row = row
            if self.first_row < 0 or row < self.first_row:
                self.first_row = row
            self.range_grew()
        if col < self.col_min or col > self.col_max:
            if col < self.col_min:
                self.col_min = col
            if col > self.col_max:
                self.col_max = col
            self.range_grew()
        if not self.book.complete:
            return
        if len(value) <= 64:  # (SharedText.SHORT)
            value = self.share(value, value)
        if row != self.cur_row:
            cells = self.rows.get(row)
            if cells is None:
                if row < self.last_row:
                    self.ordered = False
                self.last_row = row
                self.shared.row_done()
                cells = self.rows[row] = [col, value]
                self.cur_row, self.cur = row, cells
                return
            self.cur_row, self.cur = row, cells
        cells = self.cur
        at = col - cells[0] + 1
        size = len(cells)
        if at == size:
            cells.append(value)
        elif at > size:
            cells.extend([EMPTY] * (at - size))
            cells.append(value)
        elif at >= 1:
            cells[at] = value
        else:  # (a cell left of the row's first one: the row starts further left)
            cells[1:1] = [value] + [EMPTY] * -at
            cells[0] = col

    def range_grew(self) -> None:
        """The sheet's range grew: past a limit, sheet_read refuses the sheet, and nothing more is kept."""
        lim = self.limits
        if self.book.complete and (self.max_row - self.first_row + 1 > lim.rows + 1
                                   or self.col_max - self.col_min + 1 > lim.columns):
            self.stop_keeping()

    def stop_keeping(self) -> None:
        self.book.complete = False
        self.rows, self.cur, self.cur_row = {}, [], -1

    def finish(self) -> None:
        if not self.done:
            if self.data or self.kind is None:
                raise _unreadable("Unexpected end of xml, expecting '</sheetData>'")
            self.rows = {}  # not a worksheet: calamine reads it as an empty sheet
        book = self.book
        book.extent = (max(self.ext_rows, self.ext_row_count), max(self.ext_columns, self.ext_widest))
        if self.first_row >= 0:
            book.height = self.max_row - self.first_row + 1
            book.width = self.col_max - self.col_min + 1
            book.first_column = self.col_min
            book.first_row = self.first_row
        rows = self.rows
        self.rows, self.cur = {}, []
        book.rows = [(row + 1, cells[0], cells) for row, cells in (rows.items() if self.ordered
                                                                   else sorted(rows.items()))]
        rows.clear()


def drain(rows: list, first_column: int):
    """The kept rows as (their number in the sheet, cells as text from the sheet's first column), each let go of as
    it is taken."""
    for i in range(len(rows)):
        line, start, cells = rows[i]
        rows[i] = None
        cells[0] = None  # (the row's first column: its place now holds an empty cell, then is cut off)
        texts = [c if c is not None else "" for c in cells]
        del cells
        lead = start - first_column
        yield line, ([""] * lead + texts[1:]) if lead else texts[1:]
