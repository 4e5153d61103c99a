"""renewals [--within DAYS]: members whose membership ends within DAYS days, then lapsed members, with what a
reminder needs. receipt CONTRIBUTION_ID --to F, certificate PERSON_ID --to F: documents for a member, as PDF."""

from __future__ import annotations

from pathlib import Path

from ...services import letters, renewals, settings
from .. import letter_words
from ..arguments import non_negative_int
from .exchange_export import pdf_renderer

HEADERS = ("name", "email", "status", "type", "ends", "days", "amount", "due")


def register(sub) -> None:
    p = sub.add_parser("renewals", help="memberships to renew: ending within DAYS days, then lapsed ones",
                       epilog="Soonest first, then the lapsed members (most recently lapsed first). The amount is "
                       "the fee of the membership's type; the renewal is due when the membership ends (a lapsed "
                       f"member: within {renewals.LATE_DUE_DAYS} days). Reminder letters: commons export --format "
                       "pdf-reminders --renewals-within DAYS --to FILE.pdf")
    p.add_argument("--within", type=non_negative_int, default=30, metavar="DAYS",
                   help="memberships ending within DAYS days from today (default 30)")
    p.add_argument("--no-lapsed", action="store_true", help="leave out the lapsed members")
    p.set_defaults(func=run_renewals)

    p = sub.add_parser("receipt", help="a receipt for one contribution, as a PDF",
                       epilog="With the association's name and address (commons settings). In the language of the "
                       "vault's documents (commons settings set language en|fr).")
    p.add_argument("contribution", metavar="CONTRIBUTION_ID")
    p.add_argument("--to", required=True, metavar="FILE.pdf")
    p.set_defaults(func=run_receipt)

    p = sub.add_parser("certificate", help="a membership certificate of a person's latest membership, as a PDF")
    p.add_argument("person", metavar="PERSON_ID")
    p.add_argument("--to", required=True, metavar="FILE.pdf")
    p.set_defaults(func=run_certificate)


def _row(r: renewals.RenewalRow) -> list[str]:
    amount = f"{r.amount:.2f} {r.currency}" if r.amount is not None else ""
    return [r.name, r.email, r.status, r.type_label, r.end.isoformat() if r.end else "",
            "" if r.days_left is None else str(r.days_left), amount, r.due.isoformat() if r.due else ""]


def _json(r: renewals.RenewalRow) -> dict:
    return {"person_id": r.person_id, "name": r.name, "email": r.email, "status": r.status, "type": r.type,
            "type_label": r.type_label, "end": r.end, "days_left": r.days_left,
            "amount": None if r.amount is None else f"{r.amount:.2f}", "currency": r.currency, "due": r.due,
            "address": list(r.address_lines)}


def run_renewals(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        rows = renewals.renewal_list(vault, within_days=args.within, include_lapsed=not args.no_lapsed)
    if ctx.out.json:
        ctx.out.data([_json(r) for r in rows])
        return
    ctx.out.table(HEADERS, [_row(r) for r in rows], empty="no membership to renew")


def words_of(vault):
    return letter_words.words(letter_words.language(settings.language(vault, fallback="")))


def run_receipt(ctx, args) -> None:
    render = pdf_renderer()
    with ctx.vault() as vault:
        letters.write_receipt(vault, args.contribution, Path(args.to), render, words_of(vault))
    ctx.out.result({"to": args.to, "contribution": args.contribution}, f"wrote {args.to}")


def run_certificate(ctx, args) -> None:
    render = pdf_renderer()
    with ctx.vault() as vault:
        letters.write_certificate(vault, args.person, Path(args.to), render, words_of(vault))
    ctx.out.result({"to": args.to, "person": args.person}, f"wrote {args.to}")
