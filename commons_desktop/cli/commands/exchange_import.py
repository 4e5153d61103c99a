"""`commons import FILE`: preview, then one transaction."""

from __future__ import annotations

from ...core.errors import UsageError
from ...exchange import detect
from ...exchange.errors import RowErrors
from ...exchange.limits import DEFAULT, MB
from ...exchange.plan import MATCH_RULES, MODES, ImportOptions
from ...services import bundles, imports, input_files
from .. import passphrase, prompts

SHOWN_ERRORS = 20
# the words of the preview (exchange/plan.py gives codes)
RULE_WORDS = {"id": "same id", "member_number": "same member number", "email": "same email", "phone": "same phone",
              "name-birth": "same name and birth date", "name": "same name"}
FIELD_WORDS = {"given": "given name", "family": "family name", "birth_date": "birth date",
               "member_number": "member number"}


def register(sub) -> None:
    p = sub.add_parser("import", help="import people and organisations from CSV, a spreadsheet (.ods, .xlsx, .xls), "
                       "vCard, JSON or a bundle",
                       description="Reads FILE, shows a preview (new, updated, skipped, row errors with line "
                       "numbers), then imports everything in one transaction. Any row error imports nothing "
                       "(exit 4) unless --skip-invalid.", epilog=_limits())
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=detect.FORMATS, help="the file's format (default: guessed from its content)")
    p.add_argument("--sheet", metavar="NAME", help="the sheet of a spreadsheet to read (default: its first sheet)")
    p.add_argument("--dry-run", action="store_true", help="only show the preview")
    p.add_argument("--match", choices=MATCH_RULES, action="append",
                   help="how existing records are recognised (default: email; repeatable). A member number is always "
                   "tried first; a record whose names or birth date differ is another person (imported, flagged as "
                   "a possible duplicate). 'name' matches on the name alone (Galette's contributions export)")
    p.add_argument("--mode", choices=MODES, default="create",
                   help="create: skip matches; update: overwrite matching fields; fill: only fill empty fields")
    p.add_argument("--mapping", metavar="NAME", help="use a saved CSV column mapping (see 'commons mapping list')")
    p.add_argument("--column", action="append", default=[], metavar="HEADER=FIELD",
                   help="map a CSV column to a field, e.g. 'Zone=custom:zone' or 'Code=ignore' (repeatable)")
    p.add_argument("--save-mapping", metavar="NAME", help="save this CSV file's column mapping under NAME")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows, report the others")
    p.add_argument("--drop-photos", action="store_true", help="do not keep vCard photos as documents")
    p.add_argument("--yes", action="store_true", help="apply after the preview without asking")
    p.add_argument("--accept-sender", metavar="FINGERPRINT", help="accept a bundle from this new sender")
    p.add_argument("--passphrase-file", dest="bundle_passphrase_file", metavar="F",
                   help="the passphrase of a passphrase-encrypted bundle (F holds it on one line)")
    p.set_defaults(func=run)


def _limits() -> str:
    d = DEFAULT
    return (f"Limits (a file past one is refused where it goes past, exit 4): {d.file_bytes // MB:,} MB per file; "
            f"{d.rows:,} rows, vCards or people and organisations; {d.records:,} records of a JSON file or bundle; "
            f"{d.columns:,} columns; {d.cell_chars:,} characters per cell and {d.line_chars:,} per line; "
            f"{d.record_chars // MB:,} MB per JSON record; {d.archive_bytes // MB:,} MB unpacked from a bundle. "
            "CSV must be text in one encoding (UTF-8, UTF-16 or Windows-1252).")


def read_input(path: str) -> input_files.InputFile:
    """The file, opened: a regular file only (never a FIFO or a device), within the size limit; CSV and JSON are
    read from it as streams (exchange/limits.py lists what an import accepts)."""
    return input_files.InputFile(path, DEFAULT.file_bytes)


def _columns(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        header, sep, field = item.rpartition("=")
        if not sep or not header.strip():
            raise UsageError(f"--column expects HEADER=FIELD, got {item!r}")
        out[header.strip()] = field.strip()
    return out


def run(ctx, args) -> int:
    with read_input(args.file) as data:
        return _run(ctx, args, data)


def _run(ctx, args, data: input_files.InputFile) -> int:
    fmt = args.format or imports.guess_format(data, args.file)
    if args.sheet is not None and fmt != "spreadsheet":
        raise UsageError("--sheet is for spreadsheets (.ods, .xlsx, .xls)")
    options = ImportOptions(tuple(args.match or ["email"]), args.mode, args.skip_invalid, not args.drop_photos)
    if args.save_mapping:  # a name that cannot be saved is refused before anything is read or written
        args.save_mapping = imports.mapping_name(args.save_mapping)
    with ctx.vault() as vault:
        if fmt == "bundle":
            secret = passphrase.read_file(args.bundle_passphrase_file) if args.bundle_passphrase_file else None
            got = bundles.open_bundle(vault, data.read(), passphrase=secret, accept_sender=args.accept_sender)
            report = bundles.preview(vault, got, options)
        else:
            source = imports.read(vault, data, fmt=fmt, name=args.file, mapping=args.mapping,
                                  columns=_columns(args.column), sheet=args.sheet)
            if source.sheets:
                ctx.out.line(f"sheet {source.sheet!r} (sheets: {', '.join(map(repr, source.sheets))})")
            report = imports.preview(vault, source, options)
        show(ctx, report, final=args.dry_run or (report.errors and not args.skip_invalid))
        if report.errors and not args.skip_invalid:
            raise RowErrors(report.errors)
        if args.dry_run:
            return 0
        save = fmt != "bundle" and args.save_mapping
        if not (report.created or report.updated or (fmt == "bundle" and report.notes)):
            if save:  # the mapping was asked for, and it is what the file's next version will need
                imports.save_mapping(vault, args.save_mapping, source)
            ctx.out.result(report.to_json(), "nothing to import")
            return 0
        # asked first: an import declined at the prompt writes nothing, its mapping included
        prompts.confirm(f"import: {report.created} new, {report.updated} updated?", assume_yes=args.yes)
        with ctx.out.progress() as progress:
            if fmt == "bundle":
                done = bundles.apply(vault, got, options, progress=progress, preview=report)
            else:
                done = imports.apply(vault, source, options, progress=progress, preview=report)
                if save:  # after the import: saving it first would have made the preview's plan stale
                    imports.save_mapping(vault, args.save_mapping, source)
    ctx.out.result(done.to_json(), f"imported: {done.created} new, {done.updated} updated, {done.skipped} skipped"
                   + (f", {done.flagged} flagged as possible duplicates" if done.flagged else "")
                   + (f", {len(done.errors)} invalid row(s) left out" if done.errors else ""))
    return 0


def show(ctx, report, *, final: bool) -> None:
    """The preview. With --json only the final object is printed (the preview's when nothing is applied)."""
    out = ctx.out
    if out.json:
        if final:
            out.data(report.to_json())
        return
    if report.columns:
        out.line("columns: " + ", ".join(f"{h!r} -> {f}" for h, f in report.columns.items()))
    if report.encoding:
        out.line(f"read as {report.encoding}, separator {report.delimiter!r}")
    for note in report.notes[:20]:
        out.line(f"note: {note}")
    flagged = f" ({report.flagged} flagged as possible duplicates)" if report.flagged else ""
    out.line(f"preview: {report.created} new{flagged}, {report.updated} updated, {report.skipped} skipped, "
             f"{len(report.errors)} invalid")
    for row in report.listed:  # every skipped, updated or flagged row
        if row.outcome != "error":
            out.line("  " + row_words(row))
    for line, message in report.errors[:SHOWN_ERRORS]:
        out.line(f"  line {line}: {message}")
    if len(report.errors) > SHOWN_ERRORS:
        out.line(f"  ... and {len(report.errors) - SHOWN_ERRORS} more")


def row_words(row) -> str:
    """One listed row of the preview: its line, what happens, the record it matched (id and name, or the earlier
    line of the file) and the rule that matched it."""
    what = row.label or row.entity
    rule = RULE_WORDS.get(row.rule, row.rule)
    other = f"line {row.matched_line} ({row.matched_name})" if row.matched_line else \
        f"{row.matched_name or '?'} ({row.matched})"
    changed = ", ".join(FIELD_WORDS.get(f, f.replace("_", " ")) for f in row.changed)
    if row.reason == "possible-duplicate":
        differ = ", ".join(FIELD_WORDS.get(f, f) for f in row.conflicts)
        return (f"line {row.line}: new: {what}, flagged as a possible duplicate of {other} ({rule}; different "
                f"{differ})")
    if row.reason == "exists":
        return f"line {row.line}: skipped: {what} is already in the vault as {other} ({rule})"
    if row.reason == "duplicate-row":
        return f"line {row.line}: skipped: {what} is the person of {other} ({rule})"
    if row.reason == "merged":
        return f"line {row.line}: merged into {other}" + (f", adds {changed}" if changed else "") + f" ({rule})"
    if row.reason == "no-change":
        return f"line {row.line}: skipped: {what} = {other}, nothing new ({rule})"
    if row.outcome == "updated":
        return f"line {row.line}: updated: {other}: {changed} ({rule})"
    return f"line {row.line}: {row.outcome}: {what}"
