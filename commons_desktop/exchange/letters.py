"""The HTML of the documents sent to a member, which ui/pdf turns into PDF pages (QTextDocument's HTML subset): a
receipt for a contribution, a membership certificate, and reminder letters (one page each, with the EPC payment QR
code when the association's IBAN is known). No Qt, no words of its own: the words come from ui/ (tr()) or cli/, in
the language the documents are printed in, as a ``Words`` (templates with %1, %2... and the date and money formats).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape

from . import epc_qr

# every word a caller gives (tests check that ui/ and cli/ give each, in English and French)
WORD_KEYS = (
    "receipt_title", "receipt_number", "received_from", "amount", "paid_on", "method", "for_dues", "for_donation",
    "period", "thanks_receipt", "for_association", "certificate_title", "certifies_current", "certifies_past",
    "certificate_type", "issued_on", "reminder_subject", "greeting", "reminder_ends", "reminder_ended",
    "reminder_pay", "reminder_no_amount", "reminder_transfer", "reminder_scan", "reminder_thanks", "reference",
    "letter_date",
)

STYLE = ("<style>body{font-family:'DejaVu Sans',sans-serif;font-size:11pt} h1{font-size:17pt;margin-bottom:2pt} "
         "td{padding:2pt;vertical-align:top} .small{font-size:9pt;color:#444} .big{font-size:14pt}</style>")


@dataclass(frozen=True)
class Words:
    """What a document says, in its language: templates by key (see WORD_KEYS; %1, %2... are filled in) and how
    dates and amounts are written."""

    text: Mapping[str, str]
    day: Callable[[date], str]
    money: Callable[[Decimal, str], str]
    method: Callable[[str], str]  # a payment method's code -> its words

    def __call__(self, key: str, *values: object) -> str:
        out = self.text[key]
        for n, value in reversed(list(enumerate(values, start=1))):  # %10 before %1
            out = out.replace(f"%{n}", str(value))
        return out


@dataclass(frozen=True)
class Sender:
    """The association, as its settings say it."""

    name: str
    address: str = ""
    iban: str = ""


@dataclass(frozen=True)
class Addressee:
    name: str
    address_lines: Sequence[str] = ()


@dataclass(frozen=True)
class Reminder:
    """One reminder letter: to whom, which membership, what to pay and by when."""

    to: Addressee
    type_label: str
    end: date | None
    ended: bool
    amount: Decimal | None
    currency: str
    due: date


def _e(value: object) -> str:
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def _page(body: str) -> str:
    return f"<html><head><meta charset='utf-8'/>{STYLE}</head><body>{body}</body></html>"


def _header(sender: Sender) -> str:
    lines = [f"<b class='big'>{_e(sender.name)}</b>"] + [_e(x) for x in sender.address.splitlines() if x.strip()]
    return f"<p>{'<br/>'.join(lines)}</p>"


def _addressee(to: Addressee) -> str:
    lines = [_e(to.name), *(_e(x) for x in to.address_lines if x)]
    return ("<table width='100%' cellspacing='0'><tr><td width='55%'></td>"
            f"<td>{'<br/>'.join(lines)}</td></tr></table>")


def _signature(w: Words, sender: Sender) -> str:
    return ("<p>&nbsp;</p><table width='100%' cellspacing='0'><tr><td width='55%'></td>"
            f"<td>{_e(w('for_association', sender.name))}</td></tr></table>")


def receipt(w: Words, sender: Sender, to: Addressee, number: str, amount: Decimal, currency: str, paid: date,
            method: str, kind: str, period: tuple[date | None, date | None], printed: date) -> str:
    """A receipt for one contribution (``kind``: dues or donation)."""
    rows = [(w("received_from"), "<br/>".join([f"<b>{_e(to.name)}</b>", *(_e(x) for x in to.address_lines if x)])),
            (w("amount"), f"<b>{_e(w.money(amount, currency))}</b>"),
            (w("paid_on"), _e(w.day(paid))),
            (w("method"), _e(w.method(method))),
            (w("for_dues") if kind == "dues" else w("for_donation"), "")]
    start, end = period
    if start or end:
        rows[-1] = (rows[-1][0], _e(w("period", w.day(start) if start else "…", w.day(end) if end else "…")))
    table = "".join(f"<tr><td width='30%'>{_e(label)}</td><td>{value}</td></tr>" for label, value in rows)
    return _page(_header(sender) + f"<h1>{_e(w('receipt_title'))}</h1>"
                 + f"<p class='small'>{_e(w('receipt_number', number))} — {_e(w('issued_on', w.day(printed)))}</p>"
                 + f"<table width='100%' cellspacing='0' cellpadding='4'>{table}</table>"
                 + f"<p>{_e(w('thanks_receipt'))}</p>" + _signature(w, sender))


def certificate(w: Words, sender: Sender, to: Addressee, type_label: str, start: date | None, end: date | None,
                current: bool, printed: date) -> str:
    """A membership certificate: the person is (``current``) or was a member, of which type, from when to when."""
    since = w.day(start) if start else "…"
    until = w.day(end) if end else "…"
    says = w("certifies_current" if current else "certifies_past", to.name, sender.name, since, until)
    lines = "<br/>".join(_e(x) for x in to.address_lines if x)
    return _page(_header(sender) + f"<p>&nbsp;</p><h1 align='center'>{_e(w('certificate_title'))}</h1><p>&nbsp;</p>"
                 + f"<p>{_e(says)}</p>" + (f"<p class='small'>{lines}</p>" if lines else "")
                 + f"<p>{_e(w('certificate_type', type_label))}</p>"
                 + f"<p>{_e(w('issued_on', w.day(printed)))}</p>" + _signature(w, sender))


def qr_text(w: Words, sender: Sender, r: Reminder) -> str | None:
    """The EPC QR code's text for a reminder, or None: no IBAN, no name, or an amount not in euro."""
    if not sender.iban or not sender.name.strip() or (r.amount is not None and r.currency != "EUR"):
        return None
    return epc_qr.payload(sender.name, sender.iban, r.amount, reference_text(w, r))


def reference_text(w: Words, r: Reminder) -> str:
    """What the transfer says it pays for (the SEPA basic characters, as the QR code carries it)."""
    return epc_qr.sepa_text(w("reference", r.to.name, r.type_label))[:140]


def reminder_letters(w: Words, sender: Sender, reminders: Sequence[Reminder], printed: date) -> str:
    """One letter per member, each on its own page (one PDF to print and post)."""
    pages = []
    for n, r in enumerate(reminders):
        ended = w("reminder_ended" if r.ended else "reminder_ends", r.type_label, w.day(r.end) if r.end else "…")
        pay = (w("reminder_pay", w.money(r.amount, r.currency), w.day(r.due)) if r.amount is not None
               else w("reminder_no_amount", w.day(r.due)))
        parts = [_header(sender), "<p>&nbsp;</p>", _addressee(r.to),
                 f"<p>&nbsp;</p><p>{_e(w('letter_date', w.day(printed)))}</p>",
                 f"<p><b>{_e(w('reminder_subject'))}</b></p>", f"<p>{_e(w('greeting', r.to.name))}</p>",
                 f"<p>{_e(ended)} {_e(pay)}</p>"]
        code = qr_text(w, sender, r)
        if sender.iban:
            reference = reference_text(w, r)
            parts.append(f"<p>{_e(w('reminder_transfer', epc_qr_iban(sender.iban), reference))}</p>")
        if code is not None:
            parts.append("<table cellspacing='0' cellpadding='4'><tr>"
                         f"<td><img src='{epc_qr.data_uri(code)}' width='160' height='160'/></td>"
                         f"<td valign='middle'>{_e(w('reminder_scan'))}</td></tr></table>")
        parts.append(f"<p>{_e(w('reminder_thanks'))}</p>" + _signature(w, sender))
        style = " style='page-break-before:always'" if n else ""
        pages.append(f"<div{style}>{''.join(parts)}</div>")
    return _page("".join(pages))


def epc_qr_iban(iban: str) -> str:
    """An IBAN in groups of four characters."""
    compact = "".join(iban.split())
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
