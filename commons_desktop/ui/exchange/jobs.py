"""The exchange use-cases as jobs for the worker bridge: each takes the job's own vault connection first and
the ``progress`` and ``cancel`` keywords, and calls the SAME services the CLI calls (no SQL, no Qt here)."""

from __future__ import annotations

from pathlib import Path

from ...exchange.plan import ImportOptions
from ...exchange.printables import PrintWords
from ...services import bundles, exports, imports
from ...services.exports import ExportSpec
from ...services.progress import NEVER, CancelToken, Progress, no_progress


def preview_import(vault, data: bytes, name: str, fmt: str | None, mapping: str | None,
                   columns: dict[str, str], options: ImportOptions, sheet: str | None = None, *,
                   progress: Progress = no_progress, cancel: CancelToken = NEVER):
    """Read the file (``sheet``: a spreadsheet's sheet, default its first) and plan it: (source, report).
    Writes nothing."""
    source = imports.read(vault, data, fmt=fmt, name=name, mapping=mapping, columns=columns, sheet=sheet)
    cancel.check()
    return source, imports.preview(vault, source, options)


def apply_import(vault, source, options: ImportOptions, report, *, progress: Progress = no_progress,
                 cancel: CancelToken = NEVER):
    return imports.apply(vault, source, options, progress=progress, cancel=cancel, preview=report)


def export_preview(vault, spec: ExportSpec, *, progress: Progress = no_progress, cancel: CancelToken = NEVER):
    """What would leave (counts and fields), exactly as the export would compute it."""
    data = exports.gather(vault, spec, progress)
    cancel.check()
    return exports.what_leaves(data, spec)


def export_file(vault, spec: ExportSpec, path: str, sheet: str = "People", words: PrintWords | None = None, *,
                progress: Progress = no_progress, cancel: CancelToken = NEVER):
    """Write the export; a spreadsheet's header row in the interface language (``sheet``: its sheet's name), a
    printed document (labels, cards, the member list) saying ``words`` (print_words.words(), made on the GUI
    thread)."""
    cancel.check()
    printer = None
    if spec.format in exports.PRINTED:
        from ..pdf.printer import printer as pdf_printer
        printer = pdf_printer(words)

    def step(done: int, total: int, label: str = "") -> None:
        cancel.check()  # a cancelled printing stops here: no file, no disclosure logged
        progress(done, total, label)
    from .sheet_words import header_word
    return exports.export_file(vault, spec, path, printer=printer, progress=step, words=header_word, sheet=sheet)


def print_preview(vault, spec: ExportSpec, words: PrintWords, width_px: int, *, progress: Progress = no_progress,
                  cancel: CancelToken = NEVER):
    """What would leave, and the first page of the printed document as an image ``width_px`` wide."""
    from ..pdf.printer import preview

    data = exports.gather(vault, spec, progress)
    cancel.check()
    leaves = exports.what_leaves(data, spec)
    data, _left_out = exports.printed_only(data, spec)
    return leaves, preview(exports.printable(vault, data, spec), words, width_px)


def write_bundle(vault, spec: ExportSpec, path: str, partners: list[str], keys: list[str], passphrase: str | None,
                 *, progress: Progress = no_progress, cancel: CancelToken = NEVER):
    cancel.check()
    return bundles.write(vault, spec, path, partners=partners, keys=keys, passphrase=passphrase, progress=progress)


def open_bundle(vault, data: bytes, passphrase: str | None, accept_sender: str | None, options: ImportOptions,
                *, progress: Progress = no_progress, cancel: CancelToken = NEVER):
    """Decrypt, verify the sender and the sequence, and plan: (received, report). Writes nothing."""
    got = bundles.open_bundle(vault, data, passphrase=passphrase, accept_sender=accept_sender)
    cancel.check()
    return got, bundles.preview(vault, got, options)


def apply_bundle(vault, got, options: ImportOptions, report=None, *, progress: Progress = no_progress,
                 cancel: CancelToken = NEVER):
    """``report``: the preview of ``open_bundle``; its plan is reused when nothing changed in the vault since."""
    return bundles.apply(vault, got, options, progress=progress, cancel=cancel, preview=report)


def person_report(vault, person_id: str, path: str, words: PrintWords, *, progress: Progress = no_progress,
                  cancel: CancelToken = NEVER):
    from ..pdf.render import render_pdf
    return exports.person_report(vault, person_id, Path(path), render_pdf, words)
