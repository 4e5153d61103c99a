"""Documents sent to members, written as PDF: a receipt for a contribution, a membership certificate, and the
reminder letters of the renewal list (one PDF, a page per member, each with the EPC payment QR code when the
association's IBAN is set). The association's name and address come from the vault's settings; the words, in the
language the documents are printed in, from the caller (ui/ or cli/, see exchange.letters.Words). Each file is
recorded in the disclosure log, or not written at all."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from ..core.errors import InvalidInput, NotFound
from ..exchange import letters
from ..exchange.letters import Addressee, Reminder, Sender, Words
from ..exchange.selection import Selection
from ..vault import exchange_log
from ..vault.connection import Vault
from ..vault.memberships import Contributions, Memberships, MembershipTypes
from ..vault.people import People
from . import settings
from .exports import logged_write
from .members import COVERING, current_status, latest
from .renewals import RenewalRow, address_lines

PdfRenderer = Callable[[str, Path], None]  # (html, target path): ui/pdf's renderer, given by ui/ or cli/


def sender(vault: Vault) -> Sender:
    a = settings.association(vault)
    return Sender(a.name or vault.path.stem, a.address, a.iban)


def _write(vault: Vault, html: str, path: str | os.PathLike, pdf: PdfRenderer, kind: str, to: Sequence[str],
           selection: str, fields: Sequence[str], records: Sequence[tuple[str, str]]) -> Path:
    target = Path(path)
    with logged_write(vault, target, lambda: pdf(html, target)):
        exchange_log.log_disclosure(vault, kind=kind, recipients=list(to), destination=target.name, profile="",
                                    selection=selection, fields=list(fields), records=list(records))
    return target


def receipt_html(vault: Vault, contribution_id: str, words: Words, today: date | None = None) -> str:
    c = Contributions(vault).get(contribution_id)
    person = People(vault).get(c.person_id)
    return letters.receipt(words, sender(vault), Addressee(person.display_name, address_lines(person)),
                           c.id[-8:].upper(), c.amount, c.currency, c.date, c.method, c.kind,  # type: ignore[arg-type]
                           (c.period_start, c.period_end), today or date.today())


def write_receipt(vault: Vault, contribution_id: str, path: str | os.PathLike, pdf: PdfRenderer, words: Words,
                  today: date | None = None) -> Path:
    """A receipt for one contribution, as a PDF."""
    html = receipt_html(vault, contribution_id, words, today)
    c = Contributions(vault).get(contribution_id)
    return _write(vault, html, path, pdf, "receipt", ["the person (receipt)"], Selection(ids=[c.person_id]).to_json(),
                  ["given", "family", "addresses", "contributions"], [("person", c.person_id)])


def certificate_html(vault: Vault, person_id: str, words: Words, today: date | None = None) -> str:
    today = today or date.today()
    person = People(vault).get(person_id)
    memberships = Memberships(vault).of_person(person_id)
    if not memberships:
        raise NotFound("membership for the person", person_id)
    m = latest(memberships)
    try:
        label = MembershipTypes(vault).get(m.type).label
    except NotFound:
        label = m.type
    current = current_status(memberships, today) in COVERING and m.status in COVERING
    return letters.certificate(words, sender(vault), Addressee(person.display_name, address_lines(person)), label,
                               m.start, m.end, current, today)


def write_certificate(vault: Vault, person_id: str, path: str | os.PathLike, pdf: PdfRenderer, words: Words,
                      today: date | None = None) -> Path:
    """A membership certificate of the person's latest membership, as a PDF."""
    html = certificate_html(vault, person_id, words, today)
    return _write(vault, html, path, pdf, "certificate", ["the person (certificate)"],
                  Selection(ids=[person_id]).to_json(), ["given", "family", "addresses", "memberships"],
                  [("person", person_id)])


def reminder(row: RenewalRow) -> Reminder:
    return Reminder(Addressee(row.name, row.address_lines), row.type_label, row.end, row.ended, row.amount,
                    row.currency, row.due or date.today())


def reminders_html(vault: Vault, rows: Sequence[RenewalRow], words: Words, today: date | None = None) -> str:
    return letters.reminder_letters(words, sender(vault), [reminder(r) for r in rows], today or date.today())


def write_reminders(vault: Vault, rows: Sequence[RenewalRow], path: str | os.PathLike, pdf: PdfRenderer,
                    words: Words, today: date | None = None) -> Path:
    """The reminder letters of these renewal rows, one PDF (a page each)."""
    if not rows:
        raise InvalidInput("no member to remind: the renewal list is empty")
    html = reminders_html(vault, rows, words, today)
    return _write(vault, html, path, pdf, "pdf-reminders", ["the members (reminder letters)"], "renewals",
                  ["given", "family", "addresses", "memberships"], [("person", r.person_id) for r in rows])
