"""member join|renew|status: memberships and a person's current status."""

from __future__ import annotations

from ...core.enums import MembershipStatus
from ...services import members
from .. import render


def register(sub) -> None:
    group = sub.add_parser("member", help="memberships: join, renew, status")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("join", help="a new membership for a person (prints it)")
    p.add_argument("person_id", metavar="PERSON_ID")
    p.add_argument("--type", default="member", help="membership type (default: member)")
    p.add_argument("--start", metavar="DATE", help="first day (default: today)")
    p.add_argument("--end", metavar="DATE", help="last day (default: open-ended)")
    p.add_argument("--status", default="active", help="one of " + ", ".join(s.value for s in MembershipStatus)
                   + " (default: active)")
    p.add_argument("--notes", default="", help="free notes")
    p.set_defaults(func=run_join)

    p = actions.add_parser("renew", help="extend a membership by one year (or --until) and make it active",
                           epilog="ID is a membership id, or a person id (their latest membership). Without "
                           "--until the end moves one year later; an open-ended membership, or one that ended "
                           "over a year ago, then runs one year from today.")
    p.add_argument("id", metavar="MEMBERSHIP_OR_PERSON_ID")
    p.add_argument("--until", metavar="DATE", help="new last day")
    p.set_defaults(func=run_renew)

    p = actions.add_parser("status", help="a person's memberships and current status",
                           epilog="The status is active, honorary or pending when such a membership covers "
                           "today; else resigned (latest membership resigned), pending (one starts later), "
                           "lapsed (the last one ended), or none.")
    p.add_argument("person_id", metavar="PERSON_ID")
    p.set_defaults(func=run_status)


def _describe(m) -> str:
    span = f"from {m.start or '?'}" + (f" to {m.end}" if m.end else " (open-ended)")
    return f"membership {m.id} of person {m.person_id}: {m.type}, {m.status}, {span}"


def run_join(ctx, args) -> None:
    with ctx.vault() as vault:
        m = members.join(vault, args.person_id, type=args.type, start=args.start, end=args.end, status=args.status,
                         notes=args.notes)
    ctx.out.result(m, f"added {_describe(m)}")


def run_renew(ctx, args) -> None:
    with ctx.vault() as vault:
        m = members.renew(vault, args.id, until=args.until)
    ctx.out.result(m, f"renewed {_describe(m)}")


def run_status(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        status, memberships = members.status_of(vault, args.person_id)
    if ctx.out.json:
        ctx.out.data({"person_id": args.person_id, "status": status, "memberships": memberships})
        return
    ctx.out.line(f"status: {status}")
    if memberships:
        ctx.out.table(render.MEMBERSHIP_HEADERS, [render.membership_row(m) for m in memberships])
