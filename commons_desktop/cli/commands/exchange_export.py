"""`commons export` and `commons report`."""

from __future__ import annotations

import importlib
from pathlib import Path

from ...core.errors import CommonsError, UsageError
from ...services import bundles, exports
from ...services.exports import ExportSpec
from .. import passphrase, print_words, sheet_words
from ..arguments import non_negative_int
from . import print_options
from .exchange_keys import selection_of, selection_options, split_list

REMINDERS = "pdf-reminders"  # reminder letters of the renewal list (services/letters.py), not a selection of records
PDF_MODULE = "commons_desktop.ui.pdf.render"  # Qt lives in ui/: looked up by name, only for PDF commands
PRINTER_MODULE = "commons_desktop.ui.pdf.printer"


def _module(name: str):
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise CommonsError(f"PDF output needs the desktop part of Commons (PySide6): {exc}") from None


def pdf_renderer():
    """The Qt PDF renderer of HTML pages, when the desktop part (PySide6) is installed."""
    return _module(PDF_MODULE).render_pdf


def pdf_printer(words):
    """The Qt printer of labels, cards and the member list, saying ``words``."""
    return _module(PRINTER_MODULE).printer(words)


def register(sub) -> None:
    p = sub.add_parser("export", help="export records to a spreadsheet (.ods, .xlsx), CSV, vCard, JSON, PDF or an "
                       "encrypted bundle",
                       description="Shows what will leave (counts and fields), writes --to FILE and records "
                       "the disclosure in the vault's log.")
    p.add_argument("--format", required=True, choices=(*exports.FORMATS, REMINDERS))
    p.add_argument("--profile", metavar="NAME", help="an export profile (selection and allowed fields)")
    selection_options(p)
    p.add_argument("--fields", metavar="F,...", help="fields (or CSV columns) to export")
    p.add_argument("--to", required=True, metavar="FILE")
    p.add_argument("--recipient", action="append", default=[], metavar="KEY", help="bundle: an age or SSH key")
    p.add_argument("--partner", action="append", default=[], metavar="NAME", help="bundle: a partner group")
    p.add_argument("--passphrase-file", dest="bundle_passphrase_file", metavar="F",
                   help="bundle: encrypt to the passphrase in F instead")
    p.add_argument("--armor", action="store_true", help="bundle: ASCII-armored age output")
    p.add_argument("--delimiter", default=",", choices=[",", ";", "\t"], help="CSV separator")
    p.add_argument("--language", choices=sheet_words.LANGUAGES,
                   help="ods/xlsx: the language of the header row (default: the locale's, else English); PDF: the "
                   "language of the document (default: the vault's language setting, else the locale's)")
    p.add_argument("--vcard-version", default="4.0", choices=["3.0", "4.0"])
    p.add_argument("--dry-run", action="store_true", help="only show what would leave")
    print_options.add_arguments(p)
    p.add_argument("--renewals-within", type=non_negative_int, metavar="DAYS",
                   help="pdf-reminders: a letter to each member of the renewal list (memberships ending within DAYS "
                   "days, and lapsed members), with the EPC payment QR code when the association's IBAN is set")
    p.set_defaults(func=run_export)

    p = sub.add_parser("report", help="everything held about one person, as a PDF (GDPR access request)")
    p.add_argument("person", metavar="PERSON_ID")
    p.add_argument("--to", required=True, metavar="FILE.pdf")
    p.add_argument("--language", choices=print_words.LANGUAGES,
                   help="the report's language (default: the vault's language setting, else the locale's)")
    p.set_defaults(func=run_report)


def _spec(vault, args) -> ExportSpec:
    fields = split_list(args.fields)
    if args.profile:
        if any((args.tag, args.search, args.ids)):
            raise UsageError("--profile already selects the records: drop --tag/--search/--ids")
        return exports.spec_for_profile(vault, args.profile, args.format, fields)
    return ExportSpec(args.format, selection_of(args), fields, delimiter=args.delimiter,
                      vcard_version=args.vcard_version, printing=print_options.options(args))


def _show(ctx, leaves, fmt: str = "") -> None:
    ctx.out.line(f"what will leave ({leaves.selection}): {leaves.people} people, {leaves.organisations} "
                 f"organisations, {leaves.memberships} memberships, {leaves.contributions} contributions, "
                 f"{leaves.relationships} relationships, {leaves.documents} documents")
    ctx.out.line(f"fields: {', '.join(leaves.fields)}")
    if leaves.left_out:
        why = "without a postal address" if fmt == "pdf-labels" else "not active or honorary members today"
        ctx.out.line(f"left out: {leaves.left_out} selected people {why}")
    printed = leaves.printed
    if printed is not None:
        what = {"pdf-labels": "labels", "pdf-cards": "cards"}.get(fmt, "lines")
        ctx.out.line(f"printed: {printed.items} {what} on {printed.pages} page(s)"
                     + (f"; {printed.shrunk} set smaller to fit" if printed.shrunk else "")
                     + (f"; {printed.cut} too long, cut (marked …)" if printed.cut else ""))


def run_reminders(ctx, args) -> None:
    from ...services import letters, renewals
    from .renewals import words_of

    if any((args.profile, args.tag, args.search, args.ids, args.fields)):
        raise UsageError("pdf-reminders writes to the renewal list: drop --profile/--tag/--search/--ids/--fields")
    within = 30 if args.renewals_within is None else args.renewals_within
    render = pdf_renderer()
    with ctx.vault() as vault:
        rows = renewals.renewal_list(vault, within_days=within)
        if args.dry_run:
            ctx.out.result({"dry_run": True, "letters": len(rows)}, f"{len(rows)} reminder letters would be written")
            return
        letters.write_reminders(vault, rows, Path(args.to), render, words_of(vault))
        with_code = bool(letters.sender(vault).iban)
    ctx.out.result({"to": args.to, "letters": len(rows), "payment_code": with_code},
                   f"wrote {args.to}: {len(rows)} reminder letters" + (" with the EPC payment QR code"
                                                                       if with_code else ""))


def run_export(ctx, args) -> None:
    if args.format == REMINDERS:
        return run_reminders(ctx, args)
    if args.renewals_within is not None:
        raise UsageError("--renewals-within is for --format pdf-reminders")
    with ctx.vault() as vault:
        spec = _spec(vault, args)
        spec.delimiter, spec.vcard_version = args.delimiter, args.vcard_version
        if args.format != "bundle" and (args.recipient or args.partner or args.bundle_passphrase_file):
            raise UsageError("--recipient, --partner and --passphrase-file are for --format bundle")
        if args.dry_run:
            leaves = exports.what_leaves(exports.gather(vault, spec), spec)
            _show(ctx, leaves, args.format)
            ctx.out.data({"dry_run": True, **leaves.to_json()})
            return
        if args.format == "bundle":
            secret = passphrase.read_file(args.bundle_passphrase_file) if args.bundle_passphrase_file else None
            with ctx.out.progress() as progress:
                written = bundles.write(vault, spec, args.to, partners=args.partner, keys=args.recipient,
                                        passphrase=secret, armor=args.armor, progress=progress)
            _show(ctx, written.leaves)
            ctx.out.result({"to": args.to, **written.leaves.to_json(), "recipients": written.recipients,
                            "sequences": written.sequences, "tombstones": written.tombstones},
                           f"wrote {args.to} for {', '.join(written.recipients)}")
            return
        printer = None
        if args.format in exports.PRINTED:
            printer = pdf_printer(print_words.words(args.language or print_words.language(vault)))
        with ctx.out.progress() as progress:
            lang = sheet_words.language(args.language)
            leaves = exports.export_file(vault, spec, args.to, printer=printer, progress=progress,
                                         words=lambda c: sheet_words.header_word(c, lang),
                                         sheet=sheet_words.SHEET[lang])
        _show(ctx, leaves, args.format)
    ctx.out.result({"to": args.to, **leaves.to_json()}, f"wrote {args.to}")


def run_report(ctx, args) -> None:
    render = pdf_renderer()
    with ctx.vault() as vault:
        words = print_words.words(args.language or print_words.language(vault))
        summary = exports.person_report(vault, args.person, Path(args.to), render, words)
    ctx.out.result({"to": args.to, **summary}, f"wrote {args.to}")
