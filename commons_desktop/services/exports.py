"""Export use-case: resolve the selection (explicit, tag, search, profile), show exactly what will leave,
write the file, and record the disclosure in the vault's log."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from ..core.atomic import write_file
from ..core.errors import InvalidInput
from ..core.text import fold
from ..exchange import csv_export, csv_io, csv_people, json_io, label_sheets, printables, sheet_write
from ..exchange import fields as csv_fields
from ..exchange.collect import Collected, collect
from ..exchange.label_sheets import Sheet
from ..exchange.printables import PrintReport, PrintWords
from ..exchange.selection import ALL_FIELDS, Selection, check_fields, resolve
from ..vault import exchange_log, exchange_read, exchange_store
from ..vault.connection import Vault
from ..vault.documents import Documents
from ..vault.records import collector_paused
from . import members
from .progress import Progress, no_progress

FORMATS = ("ods", "xlsx", "csv", "vcard", "json", "pdf-list", "pdf-cards", "pdf-labels", "bundle")
TABLES = ("ods", "xlsx", "csv")  # people as rows of the same columns: spreadsheets (typed as text) and CSV
PEOPLE_ONLY = (*TABLES, "pdf-list", "pdf-cards", "pdf-labels")
STREAMED = ("json", "vcard")  # records read as they are written (vault.exchange_plain.Records), counted as they are
PLAIN = ("json", "bundle")  # formats written from the records' JSON values (collect(..., plain=True))
MEMBERSHIP_COLUMNS = ("membership_type", "membership_status", "membership_start", "membership_end")
PRINTED = ("pdf-list", "pdf-cards", "pdf-labels")  # drawn by ui/pdf/printer.py from exchange.printables' documents
PdfRenderer = Callable[[str, Path], None]   # (html, target path); provided by ui/pdf through the composition root
Printer = Callable[[object, Path, Progress], PrintReport]  # (document, target, progress): ui/pdf/printer.printer(words)
HeaderWords = Callable[[str], str]          # a column's name (given, email2, address2_city...) -> its header word


@dataclass(frozen=True)
class PrintOptions:
    """How labels and cards are printed: the sheet of labels, the first free position on it (1-based), outlines
    for a trial on plain paper, and cards for everyone selected (not only the members whose membership is
    active or honorary today). ``today``: the day the list and the cards are printed (default: today)."""

    sheet: Sheet = label_sheets.PRESETS[label_sheets.DEFAULT]
    start: int = 1
    outlines: bool = False
    everyone: bool = False
    today: date | None = None

    def checked(self) -> PrintOptions:
        self.sheet.check()
        if not isinstance(self.start, int) or not 1 <= self.start <= self.sheet.per_page:
            raise label_sheets.SheetError("start", f"the start position must be 1 to {self.sheet.per_page} on "
                                          "this sheet")
        return self


@dataclass
class ExportSpec:
    format: str
    selection: Selection = field(default_factory=Selection)
    fields: list[str] | None = None          # domain fields (see selection.ALL_FIELDS) or CSV column names
    profile: str = ""
    delimiter: str = ","
    vcard_version: str = "4.0"
    printing: PrintOptions = field(default_factory=PrintOptions)  # pdf-labels, pdf-cards, pdf-list

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise InvalidInput(f"unknown export format {self.format!r} ({', '.join(FORMATS)})")


@dataclass
class WhatLeaves:
    """The 'what will leave' preview: counts and the field list."""
    selection: str
    people: int
    organisations: int
    memberships: int
    contributions: int
    relationships: int
    documents: int
    fields: list[str]
    left_out: int | None = None       # labels and cards: selected people not printed (no address, not active)
    printed: PrintReport | None = None  # once printed: pages, items, shrunk, cut

    def to_json(self) -> dict:
        out = {k: v for k, v in self.__dict__.items() if k not in ("left_out", "printed")}
        if self.left_out is not None:
            out["left_out"] = self.left_out
        if self.printed is not None:
            out["printed"] = self.printed.to_json()
        return out


def spec_for_profile(vault: Vault, name: str, fmt: str, fields: list[str] | None = None) -> ExportSpec:
    """A profile's selection; ``fields`` may only narrow what the profile allows."""
    prof = exchange_log.get_profile(vault, name)
    allowed = prof.fields or None
    if fields and allowed is not None:
        extra = [f for f in fields if f not in allowed and _domain(f) not in allowed]
        if extra:
            raise InvalidInput(f"profile {name!r} does not allow: {', '.join(extra)}")
    return ExportSpec(fmt, Selection.from_json(prof.selection), fields or allowed, profile=name)


def _domain(column: str) -> str:
    """The domain field a CSV column name carries ('email2' -> 'emails', 'custom:x' -> 'custom')."""
    if column in ALL_FIELDS or column == "id":
        return column
    num = csv_fields.split_numbered(column)
    if num:
        return num[0] + "s"
    if csv_fields.split_address(column) or column == "street2":
        return "addresses"
    if column.startswith("custom:"):
        return "custom"
    if column in MEMBERSHIP_COLUMNS or column == "membership":  # (another membership_x was an AttributeError later)
        return "memberships"
    return {"mobile": "phones", "city": "addresses", "name": "family"}.get(column, column)


_PERSON = ("given", "family", "emails", "phones", "addresses", "birth_date", "languages", "notes", "consents",
           "custom", "tags", "member_number")
# what each format can carry: the collected data (and so the disclosure log) never claims more
CARRIES: dict[str, tuple[str, ...] | None] = {
    "json": None, "bundle": None,
    "vcard": (*_PERSON, "name", "kind", "website", "relationships", "documents"),
    "csv": (*_PERSON, "memberships"), "ods": (*_PERSON, "memberships"), "xlsx": (*_PERSON, "memberships"),
    "pdf-list": ("given", "family", "member_number", "emails", "phones", "addresses", "memberships"),
    "pdf-labels": ("given", "family", "addresses"),
    "pdf-cards": ("given", "family", "memberships", "member_number"),
}


def domain_fields(spec: ExportSpec) -> list[str] | None:
    """The domain fields to collect: those asked (all when none) that the format can carry."""
    asked = _asked(spec)
    carried = CARRIES[spec.format]
    if carried is None:
        return asked
    return [f for f in (asked if asked is not None else carried) if f in carried]


def _asked(spec: ExportSpec) -> list[str] | None:
    if spec.fields is None:
        return None
    if spec.format not in TABLES:
        return check_fields(spec.fields)
    bad = [f for f in spec.fields if _domain(f) not in ALL_FIELDS and _domain(f) != "id"]
    if bad:
        raise InvalidInput(f"unknown field(s): {', '.join(bad)}")
    out = [_domain(f) for f in spec.fields]
    if "name" in spec.fields:
        out.append("given")
    return list(dict.fromkeys(f for f in out if f != "id"))


def gather(vault: Vault, spec: ExportSpec, progress: Progress = no_progress) -> Collected:
    people, orgs = resolve(vault, spec.selection)
    if spec.format in PEOPLE_ONLY:
        orgs = []
    # the JSON formats take the records as JSON values, read straight from their rows
    data = collect(vault, people, orgs, domain_fields(spec), progress, plain=spec.format in PLAIN)
    if spec.format == "vcard":  # a vCard carries a photo, not other documents
        data.documents = [d for d in data.documents if d.current and d.current.media_type.startswith("image/")]
    return data


def what_leaves(data: Collected, spec: ExportSpec) -> WhatLeaves:
    left_out = None
    if spec.format in ("pdf-labels", "pdf-cards"):
        data, left_out = printed_only(data, spec)
    return WhatLeaves(described(spec),
                      len(data.people), len(data.organisations), len(data.memberships), len(data.contributions),
                      len(data.relationships), len(data.documents),
                      csv_columns(data, spec) if spec.format in TABLES else data.field_list(), left_out)


def described(spec: ExportSpec) -> str:
    """What was selected, in words (WhatLeaves.selection)."""
    return spec.selection.describe() if not spec.profile else f"profile {spec.profile!r}"


def csv_columns(data: Collected, spec: ExportSpec) -> list[str]:
    """Column names: the domain fields expanded (emails -> email, email_type, email2...), CSV column
    names as given; 'id' first. Fields a CSV cannot carry (documents...) are left out."""
    return csv_people.columns_for(data.people, csv_chosen(spec))


def csv_chosen(spec: ExportSpec) -> list[str]:
    """The fields and CSV column names a CSV export carries, 'id' first (before numbering: 'emails'...)."""
    wanted = csv_people.PERSON_EXPORT_FIELDS if spec.fields is None else spec.fields
    chosen = ["id"]
    for f in wanted:
        f = "membership" if f == "memberships" else f
        if f in csv_people.PERSON_EXPORT_FIELDS or (f not in ALL_FIELDS and f != "membership"):
            chosen.append(f)
    return list(dict.fromkeys(chosen))


def render(vault: Vault, data: Collected, spec: ExportSpec, words: HeaderWords | None = None,
           sheet: str = "People") -> bytes | Callable[[BinaryIO], None]:
    """The file's bytes, or (JSON, vCard, tables) a function writing them to a file a chunk at a time. ``words``
    and ``sheet``: a spreadsheet's header words and sheet name (ui/ or cli/ choose them; the columns' names
    otherwise)."""
    if spec.format in TABLES:
        cols = csv_columns(data, spec)
        latest: dict[str, object] = {}
        for m in data.memberships:
            latest[m.person_id] = m  # of_person is ordered by start: the last one wins
        rows = (csv_people.person_cells(p, cols, latest.get(p.id)) for p in data.people)  # type: ignore[arg-type]
        return _table_file(spec, cols, rows, words, sheet)
    if spec.format == "json":
        docs = Documents(vault)
        doc = json_io.build(data, source=_source(vault), content=lambda i: docs.content(i))
        return lambda out: json_io.write(doc, out)
    if spec.format == "vcard":
        from ..exchange import vcard
        docs = Documents(vault)
        return lambda out: vcard.write_cards_to(out, data, spec.vcard_version, content=lambda i: docs.content(i))
    raise InvalidInput(f"{spec.format} is not rendered to bytes here")


def _table_file(spec: ExportSpec, header: list[str], rows, words: HeaderWords | None,
                sheet: str) -> bytes | Callable[[BinaryIO], None]:
    """People's rows as a CSV file (cells guarded against formulas) or a spreadsheet (cells typed as text)."""
    if spec.format == "csv":
        return lambda out: csv_io.write_rows(out, header, rows, delimiter=spec.delimiter)
    return sheet_write.writer(spec.format, [words(c) for c in header] if words else header, rows, sheet)


def _source(vault: Vault) -> dict[str, str]:
    ident = exchange_store.get_identity(vault)
    return {"name": vault.get_meta("name", "") or "", **({"group_id": ident.group_id} if ident else {})}


def write_private(path: Path, data: bytes | Callable[[BinaryIO], None]) -> None:
    """Write an export: all or nothing, readable by the owner only (core/atomic.py, the one file writer).
    ``data``: the bytes, or a function writing them to a binary file."""
    write_file(path, data)


def export_file(vault: Vault, spec: ExportSpec, path: str | os.PathLike, *, recipients: list[str] | None = None,
                printer: Printer | None = None, progress: Progress = no_progress, words: HeaderWords | None = None,
                sheet: str = "People") -> WhatLeaves:
    """Write the export and log the disclosure. Bundles go through services.bundles. ``words`` and ``sheet``: the
    header words and sheet name of a spreadsheet, in the user's language (see render). ``printer``: draws the
    PDF formats (labels, cards, the member list) with the words of the user's language (ui/pdf/printer.py); the
    returned WhatLeaves then says what was printed."""
    # the cyclic garbage collector waits: an export holds every record it carries until the file is written, and
    # automatic collections would scan them again and again (reference counting still frees memory)
    with collector_paused(True):
        return _export_file(vault, spec, path, recipients=recipients, printer=printer, progress=progress,
                            words=words, sheet=sheet)


def _export_file(vault: Vault, spec: ExportSpec, path: str | os.PathLike, *, recipients: list[str] | None,
                 printer: Printer | None, progress: Progress, words: HeaderWords | None = None,
                 sheet: str = "People") -> WhatLeaves:
    target = Path(path)
    if spec.format in TABLES and csv_export.serves(csv_chosen(spec)):
        made = _export_csv(vault, spec, target, recipients, progress, words, sheet)
        if made is not None:
            return made
    if spec.format == "bundle":
        raise InvalidInput("bundles are written with services.bundles")
    streamed = spec.format in STREAMED
    with exchange_read.streaming(vault) if streamed else nullcontext():
        data = gather(vault, spec, progress)
    leaves = None if streamed else what_leaves(data, spec)
    if spec.format in PRINTED:
        if printer is None:
            raise InvalidInput("PDF export needs the Qt renderer (not available here)")
        data, _left_out = printed_only(data, spec)  # the disclosure names only the people printed
        document = printable(vault, data, spec)

    def write() -> None:
        if spec.format in PRINTED:
            leaves.printed = printer(document, target, progress)
        elif streamed:
            with exchange_read.streaming(vault):
                write_private(target, render(vault, data, spec, words, sheet))
        else:
            write_private(target, render(vault, data, spec, words, sheet))

    with logged_write(vault, target, write):
        exchange_log.log_disclosure(vault, kind=spec.format, recipients=recipients or ["file"],
                                    destination=target.name, profile=spec.profile, selection=spec.selection.to_json(),
                                    fields=data.field_list() if streamed else leaves.fields, records=data.record_ids)
    return what_leaves(data, spec) if streamed else leaves  # (streamed: the records were counted as written)


# -- labels, cards and the member list ----------------------------------------------------------------------
CARD_STATUSES = ("active", "honorary")  # a card for the members whose membership covers today with these


def _today(spec: ExportSpec) -> date:
    return spec.printing.today or date.today()


def _sort_key(p) -> tuple[str, str]:
    return fold(p.family), fold(p.given)


def printed_only(data: Collected, spec: ExportSpec) -> tuple[Collected, int]:
    """The collected data narrowed to the people a label or card is printed for (labels: a postal address;
    cards: a membership active or honorary today, unless everyone is asked), and how many were left out."""
    if spec.format == "pdf-labels":
        keep = [p for p in data.people if printables.has_address(p)]
    elif spec.format == "pdf-cards" and not spec.printing.everyone:
        held = _memberships_by_person(data)
        today = _today(spec)
        keep = [p for p in data.people if members.current_status(held.get(p.id, []), today) in CARD_STATUSES]
    else:
        return data, 0
    ids = {p.id for p in keep}
    return replace(data, people=keep, memberships=[m for m in data.memberships if m.person_id in ids]), \
        len(data.people) - len(keep)


def _memberships_by_person(data: Collected) -> dict[str, list]:
    held: dict[str, list] = {}
    for m in data.memberships:
        held.setdefault(m.person_id, []).append(m)
    return held


def _shown_membership(ms: list, today: date):
    """The membership a card or a list line speaks of: the covering one that runs longest, else the latest."""
    live = [m for m in ms if not m.deleted]
    covering = [m for m in live if m.status in members.COVERING and members.covers(m, today)]
    if covering:
        return max(covering, key=lambda m: (m.status in CARD_STATUSES, m.end or date.max))
    return max(live, key=lambda m: (m.start or date.min, m.end or date.max, m.created), default=None)


def selection_code(spec: ExportSpec) -> tuple[str, str]:
    """What was selected, as (kind, value) for the document's title: profile, ids (a count), tag, search or all."""
    sel = spec.selection
    if spec.profile:
        return "profile", spec.profile
    if sel.ids:
        return "ids", str(len(dict.fromkeys(sel.ids)))
    if sel.tag:
        return "tag", sel.tag
    if sel.search:
        return "search", sel.search
    return "all", ""


def printable(vault: Vault, data: Collected, spec: ExportSpec):
    """The document ui/pdf/printer.py draws for a pdf-labels, pdf-cards or pdf-list export of ``data`` (already
    narrowed by printed_only), people in alphabetical order of family then given name."""
    opts = spec.printing.checked()
    people = sorted(data.people, key=_sort_key)
    if spec.format == "pdf-labels":
        return printables.labels(people, opts.sheet, opts.start, opts.outlines)
    held = _memberships_by_person(data)
    today = _today(spec)
    group = vault.get_meta("name", "") or ""
    if spec.format == "pdf-cards":
        cards = []
        for p in people:
            m = _shown_membership(held.get(p.id, []), today)
            if m is None:
                cards.append(printables.Card(p.display_name, p.member_number))
            else:
                cards.append(printables.Card(p.display_name, p.member_number, m.type,
                                             members.current_status(held[p.id], today), m.start, m.end))
        return printables.Cards(group, tuple(cards), opts.outlines)
    columns = ["name"]
    if any(p.member_number for p in people):
        columns.append("number")
    columns += [c for c, f in (("email", "emails"), ("phone", "phones"), ("town", "addresses"),
                               ("membership", "memberships")) if data.allows(f)]
    rows = []
    for p in people:
        ms = held.get(p.id, [])
        m = _shown_membership(ms, today) if data.allows("memberships") else None
        rows.append(printables.ListRow(printables.list_name(p), p.member_number,
                                       p.emails[0].address if p.emails else "",
                                       p.phones[0].number if p.phones else "", printables.town(p),
                                       members.current_status(ms, today) if data.allows("memberships") else "",
                                       m.end if m is not None else None))
    return printables.MemberList(group, selection_code(spec), today, tuple(columns), tuple(rows))


def _export_csv(vault: Vault, spec: ExportSpec, target: Path, recipients: list[str] | None,
                progress: Progress, words: HeaderWords | None = None, sheet: str = "People") -> WhatLeaves | None:
    """A CSV or spreadsheet export made from the people's rows (exchange.csv_export): the same file, the same
    disclosure, as
    ``render`` of what ``gather`` collects. None (nothing written, nothing logged) when a stored value has another
    shape than the vault writes: the caller goes through the objects."""
    sel = spec.selection
    people = None if not (sel.ids or sel.tag or sel.search) else resolve(vault, sel)[0]  # None: everyone
    made: list[csv_export.Table] = []

    def write() -> None:
        table = made[0]
        write_private(target, _table_file(spec, table.header, table.rows, words, sheet))

    try:
        with logged_write(vault, target, write):
            # read in the transaction the file is written in: the rows counted are the rows written (in pages)
            made.append(csv_export.table(vault, people, csv_chosen(spec)))
            table = made[0]
            for n in range(1000, len(table.ids) + 1, 1000):  # as collect reports it
                progress(n, len(table.ids), "reading people")
            exchange_log.log_disclosure(vault, kind=spec.format, recipients=recipients or ["file"],
                                        destination=target.name, profile=spec.profile, selection=sel.to_json(),
                                        fields=table.header, records=[("person", i) for i in table.ids])
    except csv_export.OtherShape:  # the log entry was rolled back, no file was written
        return None
    table = made[0]
    return WhatLeaves(sel.describe() if not spec.profile else f"profile {spec.profile!r}", len(table.ids), 0,
                      table.memberships, 0, 0, 0, table.header)


@contextmanager
def logged_write(vault: Vault, target: Path, write) -> Iterator[None]:
    """Write a file and log its disclosure as one: the log entry is made (in the body) in the same transaction
    as the file is written (all or nothing, core/atomic.py: a failed or incomplete write leaves no file and
    rolls the entry back); if the log or its commit fails, the file just written is removed again, so no
    file ever leaves without its entry in the disclosure log, and no entry is kept for a file not written."""
    written = False
    try:
        with vault.transaction():
            yield
            write()
            written = True
    except BaseException:
        if written:
            target.unlink(missing_ok=True)
        raise


def person_report_data(vault: Vault, person_id: str) -> dict:
    """Everything held about one person (GDPR access request), ready for exchange.printables."""
    from ..vault import changelog
    from ..vault.memberships import Contributions, Memberships
    from ..vault.organisations import Organisations
    from ..vault.people import People
    from ..vault.relationships import Relationships

    person = People(vault).get(person_id)
    people, orgs = People(vault), Organisations(vault)
    rels = []
    for r in Relationships(vault).of(person_id):
        other = r.to_id if r.from_id == person_id else r.from_id
        try:
            name = (orgs.get(other).name if r.to_entity == "organisation" and other == r.to_id
                    else people.get(other).display_name)
        except Exception:  # noqa: BLE001 - a deleted counterpart is still worth listing by id
            name = other
        rels.append(f"{r.kind} {name}" + (f" ({r.role})" if r.role else ""))
    return {
        "person": person,
        "memberships": Memberships(vault).of_person(person_id),
        "contributions": list(reversed(Contributions(vault).list(person_id=person_id, limit=100_000))),
        "relationships": rels,
        "documents": Documents(vault).list(linked_to=person_id),
        "disclosures": [f"{d.at}: {d.kind} -> {', '.join(d.recipients)} ({', '.join(d.fields)})"
                        for d in exchange_log.disclosures(vault, person_id)],
        "changes": len(changelog.history(vault, person_id, limit=100_000)),
    }


def person_report(vault: Vault, person_id: str, path: Path, pdf: PdfRenderer, words: PrintWords,
                  today: date | None = None) -> dict:
    """Write the report PDF (``words``: in the language the user works in) and log it as a disclosure to the
    person."""
    data = person_report_data(vault, person_id)
    html = printables.person_report(data, words, vault.get_meta("name", "") or "", today or date.today())
    with logged_write(vault, Path(path), lambda: pdf(html, path)):
        exchange_log.log_disclosure(vault, kind="report", recipients=["the person (access request)"],
                                    destination=Path(path).name, profile="", selection=json_ids([person_id]),
                                    fields=["everything"], records=[("person", person_id)])
    return {"person": person_id, "memberships": len(data["memberships"]),
            "contributions": len(data["contributions"]), "documents": len(data["documents"])}


def json_ids(ids: list[str]) -> str:
    return Selection(ids=ids).to_json()
