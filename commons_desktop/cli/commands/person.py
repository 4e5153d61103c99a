"""person add|edit|show|list|delete|erase."""

from __future__ import annotations

from ...core.model import to_plain
from ...services import records
from .. import prompts, render
from ..arguments import EDIT_EPILOG, edit_from_args, non_negative_int, person_options


def register(sub) -> None:
    group = sub.add_parser("person", help="people: add, edit, show, list, delete, erase")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("add", help="add a person (prints the new record)")
    person_options(p)
    p.set_defaults(func=run_add)

    p = actions.add_parser("edit", help="change a person's fields", epilog=EDIT_EPILOG)
    p.add_argument("id", metavar="ID")
    person_options(p, edit=True)
    p.set_defaults(func=run_edit)

    p = actions.add_parser("show", help="a person's whole record, tags, memberships and contributions")
    p.add_argument("id", metavar="ID")
    p.set_defaults(func=run_show)

    p = actions.add_parser("list", help="list people, sorted and filtered")
    p.add_argument("--limit", type=non_negative_int, default=100, help="at most N people (default 100)")
    p.add_argument("--offset", type=non_negative_int, default=0, help="skip the first N")
    p.add_argument("--tag", help="only people with this tag")
    p.add_argument("--search", default="", metavar="TEXT", help="only people matching TEXT")
    p.add_argument("--sort", choices=records.PERSON_SORTS, default="name", help="sort order (default name)")
    p.add_argument("--desc", action="store_true", help="reverse the order")
    p.set_defaults(func=run_list)

    p = actions.add_parser("delete", help="delete a person (a tombstone: sync can carry it)")
    p.add_argument("id", metavar="ID")
    p.set_defaults(func=run_delete)

    p = actions.add_parser("erase", help="erase a person for real (GDPR), change-log payloads included")
    p.add_argument("id", metavar="ID")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=run_erase)


def run_add(ctx, args) -> None:
    edit = edit_from_args(args, person=True)
    with ctx.vault() as vault:
        person = records.add_person(vault, edit)
    ctx.out.result(person, f"added person {person.id} ({person.display_name})")


def run_edit(ctx, args) -> None:
    edit = edit_from_args(args, person=True)
    with ctx.vault() as vault:
        person, changed = records.edit_person(vault, args.id, edit)
    text = f"updated person {person.id}: {', '.join(changed)}" if changed else f"person {person.id}: nothing changed"
    ctx.out.result(person, text)


def run_show(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        d = records.show_person(vault, args.id)
    if ctx.out.json:
        data = to_plain(d.person)
        data.update(status=d.status, memberships=to_plain(d.memberships), contributions=to_plain(d.contributions),
                    contribution_totals=to_plain(d.totals), relationships=to_plain(d.relationships),
                    documents=to_plain(d.documents))
        ctx.out.data(data)
        return
    out = ctx.out
    out.fields(render.person_fields(d.person))
    out.line()
    out.line(f"membership status: {d.status}")
    if d.memberships:
        out.table(render.MEMBERSHIP_HEADERS, [render.membership_row(m) for m in d.memberships])
    totals = ", ".join(f"{amount:.2f} {currency}" for currency, amount in sorted(d.totals.items()))
    out.line(f"contributions: {len(d.contributions)}" + (f" (total {totals})" if totals else ""))
    for c in d.contributions[:5]:
        out.line(f"  {c.date}  {c.amount:.2f} {c.currency}  {c.kind}  {c.method}")
    if d.relationships:
        out.line("relationships:")
        out.table(render.RELATIONSHIP_HEADERS, [render.relationship_row(r) for r in d.relationships])
    if d.documents:
        out.line("documents:")
        out.table(render.DOCUMENT_HEADERS, [render.document_row(doc) for doc in d.documents])


def run_list(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        rows, total = records.list_people(vault, limit=args.limit, offset=args.offset, tag=args.tag,
                                          sort=args.sort, descending=args.desc, text=args.search)
    if ctx.out.json:
        ctx.out.data(rows)
        return
    ctx.out.table(("id", "number", "given", "family", "email", "phone", "city"),
                  [(r.id, r.member_number, r.given, r.family, r.email, r.phone, r.city) for r in rows],
                  empty="no people")
    if rows and total > len(rows):
        ctx.out.line(f"({args.offset + 1}-{args.offset + len(rows)} of {total:,}; see --limit and --offset)")


def run_delete(ctx, args) -> None:
    with ctx.vault() as vault:
        records.delete_person(vault, args.id)
    ctx.out.result({"id": args.id, "deleted": True}, f"deleted person {args.id}")


def run_erase(ctx, args) -> None:
    with ctx.vault() as vault:
        person = records.get_person(vault, args.id, include_deleted=True)
        prompts.confirm(f"Erase {person.display_name} ({args.id}) for good, with their memberships, contributions "
                        "and history details?", assume_yes=args.yes)
        removed = records.erase_person(vault, args.id)
    detail = ", ".join(f"{n} {kind}(s)" for kind, n in removed.items() if n)
    ctx.out.result({"id": args.id, "erased": True, "removed": removed},
                   f"erased person {args.id}" + (f" and {detail}" if detail else ""))
