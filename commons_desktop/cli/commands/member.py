"""member join|renew|status: memberships and a person's current status; member type list|add|edit|remove: the
vault's one list of membership types."""

from __future__ import annotations

from decimal import Decimal

from ...core.enums import MembershipStatus, PaymentMethod
from ...core.model import MembershipType
from ...services import members
from .. import render


def register(sub) -> None:
    group = sub.add_parser("member", help="memberships: join, renew, status; the list of membership types")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("join", help="a new membership for a person (prints it)",
                           epilog="The type is one of the vault's list (commons member type list), named by its "
                           "code or its label; the membership ends after the type's duration unless --end says "
                           "otherwise. --pay records the first dues with it, for the membership's period.")
    p.add_argument("person_id", metavar="PERSON_ID")
    p.add_argument("--type", help="membership type, its code or label (default: the first of the list)")
    p.add_argument("--start", metavar="DATE", help="first day (default: today)")
    p.add_argument("--end", metavar="DATE", help="last day (default: after the type's duration)")
    p.add_argument("--status", default="active", help="one of " + ", ".join(s.value for s in MembershipStatus)
                   + " (default: active)")
    p.add_argument("--notes", default="", help="free notes")
    p.add_argument("--pay", metavar="AMOUNT", help="a first payment of this amount (dues for the period)")
    p.add_argument("--method", default="transfer", help="how it was paid: one of "
                   + ", ".join(m.value for m in PaymentMethod) + " (default: transfer)")
    p.add_argument("--paid-on", metavar="DATE", help="day it was paid (default: the first day)")
    p.set_defaults(func=run_join)

    types = actions.add_parser("type", help="the vault's list of membership types: list, add, edit, remove")
    kinds = types.add_subparsers(dest="type_action", metavar="ACTION", required=True)
    p = kinds.add_parser("list", help="every type: code, label, fee, duration, memberships")
    p.set_defaults(func=run_type_list)
    p = kinds.add_parser("add", help="a new type at the end of the list (prints its code)")
    p.add_argument("label", metavar="LABEL", help="the collective's name for it, e.g. 'Membre de soutien'")
    _type_options(p)
    p.add_argument("--code", help="a stable code (default: made from the label, e.g. membre-de-soutien)")
    p.set_defaults(func=run_type_add)
    p = kinds.add_parser("edit", help="a type's label, fee or duration (its code never changes)")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--label", help="the collective's name for it")
    _type_options(p)
    p.set_defaults(func=run_type_edit)
    p = kinds.add_parser("remove", help="remove a type; --into moves its memberships to another type first")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--into", metavar="CODE", help="the type its memberships take")
    p.set_defaults(func=run_type_remove)

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


def _type_options(p) -> None:
    p.add_argument("--fee", metavar="AMOUNT", help="default fee ('' for none)")
    p.add_argument("--currency", help="three-letter code (default: EUR)")
    p.add_argument("--months", type=int, metavar="N", help="duration in months, 0 for no end (default: 12)")


def run_join(ctx, args) -> None:
    payment = members.Payment(args.pay, args.method, args.paid_on) if args.pay is not None else None
    with ctx.vault() as vault:
        m = members.join(vault, args.person_id, type=args.type, start=args.start, end=args.end, status=args.status,
                         notes=args.notes, payment=payment)
    ctx.out.result(m, f"added {_describe(m)}" + (f", paid {args.pay}" if payment else ""))


TYPE_HEADERS = ("code", "label", "fee", "months", "memberships")


def run_type_list(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        found = [(t, members.type_in_use(vault, t.code)) for t in members.types(vault)]
    if ctx.out.json:
        ctx.out.data([{**_type_json(t), "memberships": n} for t, n in found])
        return
    ctx.out.table(TYPE_HEADERS, [[t.code, t.label, f"{t.fee:.2f} {t.currency}" if t.fee is not None else "",
                                  t.months or "no end", n] for t, n in found], empty="no membership type yet")


def _type_json(t: MembershipType) -> dict:
    return {"code": t.code, "label": t.label, "fee": None if t.fee is None else f"{t.fee:.2f}",
            "currency": t.currency, "months": t.months}


def _fee(text: str | None, default: Decimal | None) -> Decimal | str | None:
    if text is None:
        return default
    return text.strip() or None


def run_type_add(ctx, args) -> None:
    t = MembershipType(args.label, _fee(args.fee, None), args.currency or "EUR",  # type: ignore[arg-type]
                       12 if args.months is None else args.months, args.code or "")
    with ctx.vault() as vault:
        made = members.add_type(vault, t)
    ctx.out.result(_type_json(made), f"added membership type {made.code}: {made.label}")


def run_type_edit(ctx, args) -> None:
    with ctx.vault() as vault:
        t = members.membership_type(vault, args.code)
        changed = MembershipType(args.label if args.label is not None else t.label,
                                 _fee(args.fee, t.fee), args.currency or t.currency,  # type: ignore[arg-type]
                                 t.months if args.months is None else args.months, t.code)
        done = members.update_type(vault, args.code, changed)
    ctx.out.result(_type_json(done), f"changed membership type {done.code}: {done.label}")


def run_type_remove(ctx, args) -> None:
    with ctx.vault() as vault:
        moved = members.remove_type(vault, args.code, args.into)
    ctx.out.result({"removed": args.code, "moved": moved, "into": args.into},
                   f"removed membership type {args.code}" + (f"; {moved} memberships now {args.into}" if moved else ""))


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
