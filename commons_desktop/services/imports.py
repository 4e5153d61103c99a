"""Import use-case: read a file (CSV, spreadsheet, vCard, JSON; bundles go through services.bundles), show the
preview, then apply it as ONE transaction. Any row error refuses the whole file unless skip_invalid.

A spreadsheet's sheet is read into the same table as a CSV file (exchange/sheet_read.py) and goes through the
same mapping, preview and matching; so do the exports of other address books (exchange/address_books.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..core import validation
from ..core.errors import InvalidField, InvalidInput
from ..exchange import address_books, csv_io, detect, fields, json_io, sheet_read
from ..exchange.apply import apply_plan
from ..exchange.csv_people import table_to_batch
from ..exchange.errors import RowErrors
from ..exchange.incoming import Batch
from ..exchange.notes import Note
from ..exchange.plan import ImportOptions, Plan, RowOutcome, make_plan, still_valid
from ..vault import exchange_store
from ..vault.connection import Vault
from ..vault.records import collector_paused
from .input_files import InputFile
from .progress import NEVER, CancelToken, Progress, no_progress

# From this size on, the cyclic garbage collector waits while a file is read, planned and written: those steps
# build hundreds of thousands of small objects that live until the end, which automatic collections would scan
# again and again (measured: half the time of reading a 100,000-row CSV). Reference counting still frees memory.
BIG_FILE = 256 * 1024
BIG_BATCH = 1000
MAPPING_NAME_LIMIT = 100


def _big(source: Source) -> bool:
    return len(source.batch.items) >= BIG_BATCH


@dataclass
class ImportReport:
    format: str
    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    rows: list[RowOutcome] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)     # CSV: header -> field
    encoding: str = ""
    delimiter: str = ""
    applied: bool = False
    plan: Plan | None = field(default=None, repr=False, compare=False)

    @property
    def flagged(self) -> int:
        """New people flagged as possible duplicates (counted among ``created``)."""
        return sum(1 for r in self.rows if r.flagged)

    @property
    def listed(self) -> list[RowOutcome]:
        """Every skipped, updated or flagged row (and every invalid one), in line order: what a preview lists."""
        return [r for r in self.rows if r.listed]

    def to_json(self) -> dict:
        out = {"created": self.created, "updated": self.updated, "skipped": self.skipped, "flagged": self.flagged,
               "errors": [error_json(line, msg) for line, msg in self.errors],
               "rows": [row_json(r) for r in self.listed if r.outcome != "error"]}
        if self.notes:  # codes and parameters (exchange/notes.py), with the English words
            out["notes"] = [note_json(n) for n in self.notes]
        return out

    @classmethod
    def of(cls, fmt: str, plan: Plan, **extra) -> ImportReport:
        return cls(fmt, plan.created, plan.updated, plan.skipped, list(plan.errors), plan.rows, list(plan.notes),
                   plan=plan, **extra)


def error_json(line: int, message: str) -> dict:
    """A row error as the CLI's --json gives it: its English message and, when it carries them, its codes (the field,
    the reason code of core.errors.Reason and its parameters)."""
    out: dict = {"line": line, "message": str(message)}
    error = getattr(message, "error", None)
    if isinstance(error, InvalidField):
        out.update(field=error.field, reason=error.reason, params=error.params)
    return out


def note_json(note: str) -> dict:
    """A note as the CLI's --json gives it: its code (exchange/notes.py) and parameters when it has them, and its
    English message."""
    out: dict = {"message": str(note)}
    if isinstance(note, Note):
        out.update(code=str(note.code), params=note.params)
    return out


def row_json(r: RowOutcome) -> dict:
    """A listed row as the CLI's --json gives it: codes (exchange/plan.py RULE_CODES, REASONS), ids and names."""
    out = {"line": r.line, "outcome": r.outcome, "entity": r.entity, "label": r.label, "reason": r.reason,
           "rule": r.rule, "matched": {"id": r.matched, "name": r.matched_name, "line": r.matched_line}}
    if r.target and r.target != r.matched:
        out["id"] = r.target
    if r.changed:
        out["changed"] = list(r.changed)
    if r.conflicts:
        out["conflicts"] = list(r.conflicts)
    return out


@dataclass
class Source:
    """A file read into a Batch, with what the reader decided (for the preview)."""
    format: str
    batch: Batch
    columns: dict[str, str] = field(default_factory=dict)
    encoding: str = ""
    delimiter: str = ""
    headers: list[str] = field(default_factory=list)  # CSV: every header of the file, in order
    sheet: str = ""                                   # a spreadsheet: the sheet read
    sheets: list[str] = field(default_factory=list)   # ... and every sheet it has
    tool: str = ""                                    # the address book that wrote the file (google, outlook...)


def read(vault: Vault, data: bytes | InputFile, *, fmt: str | None = None, name: str = "",
         mapping: str | None = None, columns: dict[str, str] | None = None, today: date | None = None,
         sheet: str | None = None) -> Source:
    """Parse a file: its bytes, or an opened InputFile (CSV and JSON are then read as streams, never held whole).
    ``mapping`` names a saved column mapping; ``columns`` (header -> field) overrides it; ``sheet``: the sheet of a
    spreadsheet to read (default: its first)."""
    size = data.size if isinstance(data, InputFile) else len(data)
    fmt = fmt or guess_format(data, name)
    with collector_paused(size >= BIG_FILE):
        return _read(vault, data, fmt, mapping, columns, today, sheet)


# zip and OLE2 containers (spreadsheets, bundles): their kind is read from the whole file, which is read whole anyway
_CONTAINERS = (b"PK\x03\x04", b"PK\x05\x06", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def guess_format(data: bytes | InputFile, name: str = "") -> str:
    """detect.guess_format; an opened file is guessed from its first bytes (a container from all of them)."""
    if isinstance(data, InputFile):
        head = data.head(4096)
        return detect.guess_format(data.read() if head.startswith(_CONTAINERS) else head, name)
    return detect.guess_format(data, name)


def _read(vault: Vault, data: bytes | InputFile, fmt: str, mapping: str | None, columns: dict[str, str] | None,
          today: date | None, sheet: str | None = None) -> Source:
    stream = data.stream() if isinstance(data, InputFile) else data
    if fmt in ("csv", "spreadsheet"):
        sheets: list[str] = []
        if fmt == "csv":
            table = csv_io.read_table(stream)
        else:
            table, sheet, sheets = sheet_read.read_sheet(data.read() if isinstance(data, InputFile) else data,
                                                         sheet)
        headers = list(table.header)
        saved = exchange_store.get_mapping(vault, mapping) if mapping else {}
        known = address_books.recognise(headers)
        chosen = fields.guess_mapping(headers, {**saved, **(columns or {})}, known.fields if known else None)
        shown = {headers[i]: f for i, f in chosen.items()}
        table, chosen = address_books.prepare(table, chosen, known)  # (columns added at the end, not shown)
        return Source(fmt, table_to_batch(table, chosen, today=today), shown, table.encoding, table.delimiter,
                      headers, sheet or "", sheets, known.tool if known else "")
    if fmt == "json":
        return Source("json", json_io.read_batch(stream))
    if fmt == "vcard":
        from ..exchange import vcard
        return Source("vcard", vcard.read_batch(data.read() if isinstance(data, InputFile) else data))
    if fmt == "bundle":
        raise InvalidInput("bundles are imported with services.bundles")
    raise InvalidInput(f"unknown import format {fmt!r} ({', '.join(detect.FORMATS)})")


def preview(vault: Vault, source: Source, options: ImportOptions) -> ImportReport:
    """What the import would do. Writes nothing."""
    with collector_paused(_big(source)):
        plan = make_plan(vault, source.batch, options)
    return ImportReport.of(source.format, plan, columns=source.columns, encoding=source.encoding,
                           delimiter=source.delimiter)


def apply(vault: Vault, source: Source, options: ImportOptions, *, progress: Progress = no_progress,
          cancel: CancelToken = NEVER, preview: ImportReport | None = None) -> ImportReport:
    """Plan and write in ONE transaction. Row errors refuse everything (RowErrors) unless skip_invalid.
    ``preview``: the report of ``preview()`` for the same source; its plan is reused when the vault has not
    changed since (checked inside the transaction), else everything is planned again."""
    with vault.transaction(), collector_paused(_big(source)):
        plan = preview.plan if preview is not None and still_valid(vault, preview.plan, options) else None
        plan = plan or make_plan(vault, source.batch, options)
        if plan.errors and not options.skip_invalid:
            raise RowErrors(plan.errors)
        apply_plan(vault, plan, origin=options.origin, progress=progress, cancel=cancel)
    report = ImportReport.of(source.format, plan, columns=source.columns, encoding=source.encoding,
                             delimiter=source.delimiter)
    report.applied = True
    return report


def mappings(vault: Vault) -> list[str]:
    """The names of the saved CSV column mappings."""
    return exchange_store.mappings(vault)


def mapping(vault: Vault, name: str) -> dict[str, str]:
    """A saved CSV column mapping: normalised header -> field. NotFound when no mapping has this name."""
    return exchange_store.get_mapping(vault, name)


def remove_mapping(vault: Vault, name: str) -> None:
    """Forget a saved CSV column mapping. NotFound when no mapping has this name."""
    exchange_store.remove_mapping(vault, name)


def mapping_name(name: str) -> str:
    """A mapping's name as it is saved: one line of text, cleaned as names are, not empty, at most
    MAPPING_NAME_LIMIT characters (InvalidField otherwise)."""
    return validation.text(name, "mapping name", required=True, limit=MAPPING_NAME_LIMIT)


def save_mapping(vault: Vault, name: str, source: Source) -> str:
    """Remember a CSV source's column choices (header -> field) under a name (see mapping_name). Returns the name
    as saved."""
    if source.format not in ("csv", "spreadsheet"):
        raise InvalidInput("only CSV and spreadsheet imports have a column mapping")
    name = mapping_name(name)
    exchange_store.save_mapping(vault, name, {fields.normalise(h): f for h, f in source.columns.items()})
    return name
