"""Members' documents and lists as jobs for the worker bridge: each takes the job's own vault connection first and
the ``progress`` and ``cancel`` keywords, and calls the SAME services the CLI calls (no SQL here). Words and
formats are made on the GUI thread and handed in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ...exchange.letters import Words
from ...services import dues, letters, renewals
from ...services.progress import NEVER, CancelToken, Progress, no_progress


def _pdf():
    from ..pdf.render import render_pdf
    return render_pdf


def reminders(vault, rows, path: str, words: Words, today: date, *, progress: Progress = no_progress,
              cancel: CancelToken = NEVER):
    cancel.check()
    return letters.write_reminders(vault, rows, Path(path), _pdf(), words, today)


def receipt(vault, contribution_id: str, path: str, words: Words, today: date, *, progress: Progress = no_progress,
            cancel: CancelToken = NEVER):
    cancel.check()
    return letters.write_receipt(vault, contribution_id, Path(path), _pdf(), words, today)


def certificate(vault, person_id: str, path: str, words: Words, today: date, *, progress: Progress = no_progress,
                cancel: CancelToken = NEVER):
    cancel.check()
    return letters.write_certificate(vault, person_id, Path(path), _pdf(), words, today)


def export_renewals(vault, rows, fmt: str, path: str, header: list[str], sheet: str, status_word=str, day=None, *,
                    progress: Progress = no_progress, cancel: CancelToken = NEVER):
    cancel.check()
    return renewals.export_list(vault, rows, fmt, path, header=header, sheet=sheet, status_word=status_word,
                                **({"day": day} if day else {}))


def export_contributions(vault, chosen: dues.Filter, fmt: str, path: str, header: list[str], sheet: str,
                         method_word=str, kind_word=str, day=None, *, progress: Progress = no_progress,
                         cancel: CancelToken = NEVER):
    cancel.check()
    return dues.export(vault, chosen, fmt, path, header=header, sheet=sheet, method_word=method_word,
                       kind_word=kind_word, **({"day": day} if day else {}))
