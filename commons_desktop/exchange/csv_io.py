"""CSV files in and out. Reading: encoding and delimiter are decided from the content, line numbers are kept for
error messages, limits are checked as rows are read (the file itself is never held whole). Writing: chosen
columns, UTF-8 with a BOM (spreadsheets then show accents right), every cell guarded against formula injection."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import BinaryIO

from .cells import guard, guard_rows
from .errors import OverLimit, UnreadableFile
from .limits import DEFAULT, Limits
from .textio import open_text

DELIMITERS = (";", ",", "\t", "|")
SNIFF_CHARS = 65536


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]   # (first line of the row in the file, cells)
    encoding: str
    delimiter: str
    header_line: int = 1


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most columns, most consistently."""
    sample = text[:SNIFF_CHARS]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[:sample.rfind("\n")]
    best, best_score = ",", -1.0
    for d in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(io.StringIO(sample, newline=""), delimiter=d) if any(r)][:50]
        except csv.Error:
            continue
        if not counts:
            continue
        mode, hits = Counter(counts).most_common(1)[0]
        if mode <= 1:
            continue
        score = hits / len(counts) * 1000 + mode
        if score > best_score:
            best, best_score = d, score
    return best


def read_table(source: bytes | BinaryIO, limits: Limits = DEFAULT, delimiter: str | None = None) -> Table:
    """The rows of a CSV file (bytes, or a seekable binary stream read from its position), read a line at a time:
    what is not text is refused before any row is read (textio.open_text), a line, a cell, a row's columns and the
    number of rows are checked as they come (OverLimit), so that a hostile file is refused after bounded work."""
    stream = io.BytesIO(source) if isinstance(source, bytes | bytearray) else source
    text = open_text(stream, limits)
    delim = delimiter or sniff_delimiter(text.head(SNIFF_CHARS))
    old_limit = csv.field_size_limit()
    csv.field_size_limit(limits.cell_chars)
    lines = text.lines(limits.line_chars)
    reader = csv.reader(lines, delimiter=delim)
    header: list[str] | None = None
    header_line = 1
    rows: list[tuple[int, list[str]]] = []
    append = rows.append
    max_columns, max_rows = limits.columns, limits.rows
    last = 0  # the last line of the row read before (csv.reader counts lines, a quoted cell may hold several)
    try:
        for row in reader:
            start, last = last + 1, reader.line_num
            if len(row) > max_columns:  # before the blank row test: a million commas are a row of empty cells
                raise OverLimit("columns", max_columns, start)
            # a blank row (every cell empty or white space) is skipped: its first cell usually says it is not
            if not (row and row[0].strip()) and not "".join(row).strip():
                continue
            if header is None:
                header, header_line = [c.strip() for c in row], start
                continue
            if len(rows) >= max_rows:
                raise OverLimit("rows", max_rows, start)
            append((start, row))
    except csv.Error as exc:
        raise UnreadableFile(f"line {last + 1}: {_csv_error(exc, limits)}") from None
    except OverLimit as exc:
        if exc.what == "line_chars":
            raise OverLimit("line_chars", exc.limit, last + 1) from None
        raise
    finally:
        csv.field_size_limit(old_limit)
    if header is None:
        raise UnreadableFile("the file is empty")
    return Table(header, rows, text.encoding, delim, header_line)


def _csv_error(exc: csv.Error, limits: Limits) -> str:
    if "field larger" in str(exc):
        return f"a cell is over {limits.cell_chars:,} characters"
    return f"not readable as CSV ({exc})"


def write_table(header: Sequence[str], rows: Iterable[Sequence[str]], *, delimiter: str = ",",
                bom: bool = True) -> bytes:
    """The CSV bytes of a table (``write_rows`` into memory)."""
    out = io.BytesIO()
    write_rows(out, header, rows, delimiter=delimiter, bom=bom)
    return out.getvalue()


_BATCH = 1000  # rows made into text, encoded and written at a time


def write_rows(out: BinaryIO, header: Sequence[str], rows: Iterable[Sequence[str]], *, delimiter: str = ",",
               bom: bool = True) -> None:
    """Write a table as CSV to a binary file as its rows come (a batch of rows in memory at a time); every cell
    guarded (see cells.guard), line ends CRLF (RFC 4180), UTF-8 with a BOM unless ``bom`` is False."""
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    if bom:
        out.write(b"\xef\xbb\xbf")
    writer.writerow([guard(h) for h in header])
    rows = iter(rows)
    while True:
        batch = guard_rows(list(islice(rows, _BATCH)))
        writer.writerows(batch)
        out.write(text.getvalue().encode("utf-8"))
        if not batch:
            return
        text.seek(0)
        text.truncate()
