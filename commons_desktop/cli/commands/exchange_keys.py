"""`commons profile|identity|partner|disclosures`."""

from __future__ import annotations

from ...core.errors import UsageError
from ...exchange.selection import Selection
from ...services import partners, profiles


def split_list(text: str | None) -> list[str] | None:
    return [x.strip() for x in text.split(",") if x.strip()] if text else None


def selection_options(p) -> None:
    p.add_argument("--tag", metavar="T", help="records carrying this tag")
    p.add_argument("--search", metavar="Q", help="a saved search's name, or search words")
    p.add_argument("--ids", metavar="ID,...", help="these records")


def selection_of(args) -> Selection:
    given = [x for x in (args.tag, args.search, args.ids) if x]
    if len(given) > 1:
        raise UsageError("choose one of --tag, --search, --ids")
    return Selection(split_list(args.ids) or [], args.tag or "", args.search or "")


def register(sub) -> None:
    group = sub.add_parser("profile", help="export profiles: a named selection and the fields it may carry")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="add a profile")
    p.add_argument("name", metavar="NAME")
    selection_options(p)
    p.add_argument("--fields", metavar="F,...", help="the fields it may carry (default: all)")
    p.set_defaults(func=profile_add)
    actions.add_parser("list", help="list the profiles").set_defaults(func=profile_list)
    p = actions.add_parser("show", help="what a profile selects today and the fields it carries")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=profile_show)
    p = actions.add_parser("remove", help="remove a profile")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=profile_remove)

    group = sub.add_parser("identity", help="this group's exchange identity")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("show", help="the identity card to give partners, and its fingerprint").set_defaults(
        func=identity_show)

    group = sub.add_parser("partner", help="partner groups that bundles are exchanged with")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="add a partner from its identity card (compare the fingerprint first)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("card", metavar="CARD", nargs="?")
    p.add_argument("--from-file", metavar="F", help="read the card from a file")
    p.set_defaults(func=partner_add)
    actions.add_parser("list", help="list the partners").set_defaults(func=partner_list)
    p = actions.add_parser("remove", help="forget a partner")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=partner_remove)

    p = sub.add_parser("disclosures", help="what left the vault, which fields, to whom, when")
    p.add_argument("person", metavar="PERSON_ID", nargs="?", help="only what carried this record")
    p.set_defaults(func=disclosures)


def profile_add(ctx, args) -> None:
    with ctx.vault() as vault:
        prof = profiles.add(vault, args.name, selection_of(args), split_list(args.fields))
    ctx.out.result({"name": prof.name, "selection": prof.selection, "fields": prof.fields},
                   f"profile {prof.name!r} added")


def profile_list(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        found = profiles.list_all(vault)
    rows = [{"name": p.name, "selection": Selection.from_json(p.selection).describe(), "fields": p.fields}
            for p in found]
    if ctx.out.json:
        ctx.out.data(rows)
        return
    ctx.out.table(("name", "selection", "fields"), [(r["name"], r["selection"], ", ".join(r["fields"]) or "(all)")
                                                   for r in rows], empty="no profiles")


def profile_show(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        shown = profiles.show(vault, args.name)
    if ctx.out.json:
        ctx.out.data(shown)
        return
    ctx.out.fields([(k, v) for k, v in shown.items()])


def profile_remove(ctx, args) -> None:
    with ctx.vault() as vault:
        profiles.remove(vault, args.name)
    ctx.out.result({"removed": args.name}, f"profile {args.name!r} removed")


def identity_show(ctx, args) -> None:
    with ctx.vault() as vault:
        shown = partners.show_identity(vault)
    ctx.out.result({k: shown[k] for k in ("card", "recipient", "signing_key", "fingerprint")},
                   [shown["card"], f"fingerprint: {shown['fingerprint']}"])


def partner_add(ctx, args) -> None:
    if not args.card and not args.from_file:
        raise UsageError("give the partner's identity card, or --from-file F")
    with ctx.vault() as vault:
        p = partners.add(vault, args.name, args.card, from_file=args.from_file)
    ctx.out.result({"name": p.name, "fingerprint": p.fingerprint},
                   f"partner {p.name!r} added (fingerprint {p.fingerprint})")


def partner_list(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        found = partners.list_all(vault)
    rows = [{"name": p.name, "fingerprint": p.fingerprint, "recipient": p.recipient, "sent": p.sent_seq,
             "received": max(p.received_seq, p.received_global)} for p in found]
    if ctx.out.json:
        ctx.out.data(rows)
        return
    ctx.out.table(("name", "fingerprint", "sent", "received"),
                  [(r["name"], r["fingerprint"], r["sent"], r["received"]) for r in rows], empty="no partners")


def partner_remove(ctx, args) -> None:
    with ctx.vault() as vault:
        partners.remove(vault, args.name)
    ctx.out.result({"removed": args.name}, f"partner {args.name!r} removed")


def disclosures(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        found = profiles.disclosures(vault, args.person)
    if ctx.out.json:
        ctx.out.data([d.__dict__ for d in found])
        return
    for d in found:
        ctx.out.line(d.text())
    if not found:
        ctx.out.line("nothing was shared" + (" that carried this record" if args.person else ""))
