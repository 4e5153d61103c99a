"""contribution add|list: dues and donations."""

from __future__ import annotations

from ...core.enums import ContributionKind, PaymentMethod
from ...services import members
from .. import render
from ..arguments import non_negative_int


def register(sub) -> None:
    group = sub.add_parser("contribution", help="contributions (dues, donations): add, list")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("add", help="record a contribution of a person (prints it)")
    p.add_argument("person_id", metavar="PERSON_ID")
    p.add_argument("--amount", required=True, help="amount, e.g. 25 or 12.50")
    p.add_argument("--currency", default="EUR", help="three-letter code (default: EUR)")
    p.add_argument("--date", metavar="DATE", help="day it was paid (default: today)")
    p.add_argument("--method", default="transfer", help="one of " + ", ".join(m.value for m in PaymentMethod))
    p.add_argument("--kind", default="dues", help="one of " + ", ".join(k.value for k in ContributionKind))
    p.add_argument("--period-start", metavar="DATE", help="first day of the period it covers")
    p.add_argument("--period-end", metavar="DATE", help="last day of the period it covers")
    p.add_argument("--notes", default="", help="free notes")
    p.add_argument("--renew", action="store_true",
                   help="dues: renew the membership for the period paid (the membership's next period unless "
                   "--period-start/--period-end say it)")
    p.set_defaults(func=run_add)

    p = actions.add_parser("list", help="contributions, newest first")
    p.add_argument("--person", metavar="ID", help="only this person's")
    p.add_argument("--limit", type=non_negative_int, default=100, help="at most N (default 100)")
    p.add_argument("--offset", type=non_negative_int, default=0, help="skip the first N")
    p.set_defaults(func=run_list)


def run_add(ctx, args) -> None:
    with ctx.vault() as vault:
        c = members.add_contribution(vault, args.person_id, args.amount, currency=args.currency, when=args.date,
                                     method=args.method, kind=args.kind, period_start=args.period_start,
                                     period_end=args.period_end, notes=args.notes, renew=args.renew)
    ctx.out.result(c, f"added contribution {c.id}: {c.amount:.2f} {c.currency} on {c.date} from person {c.person_id}")


def run_list(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        found = members.list_contributions(vault, person_id=args.person, limit=args.limit, offset=args.offset)
    if ctx.out.json:
        ctx.out.data(found)
        return
    ctx.out.table(render.CONTRIBUTION_HEADERS, [render.contribution_row(c) for c in found], empty="no contributions")
