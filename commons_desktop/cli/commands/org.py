"""org add|edit|show|list|delete."""

from __future__ import annotations

from ...core.model import to_plain
from ...services import records
from .. import render
from ..arguments import EDIT_EPILOG, edit_from_args, non_negative_int, organisation_options


def register(sub) -> None:
    group = sub.add_parser("org", help="organisations: add, edit, show, list, delete")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("add", help="add an organisation (prints the new record)")
    organisation_options(p)
    p.set_defaults(func=run_add)

    p = actions.add_parser("edit", help="change an organisation's fields", epilog=EDIT_EPILOG)
    p.add_argument("id", metavar="ID")
    organisation_options(p, edit=True)
    p.set_defaults(func=run_edit)

    p = actions.add_parser("show", help="an organisation's record, relationships and documents")
    p.add_argument("id", metavar="ID")
    p.set_defaults(func=run_show)

    p = actions.add_parser("list", help="list organisations by name")
    p.add_argument("--limit", type=non_negative_int, default=100, help="at most N (default 100)")
    p.add_argument("--offset", type=non_negative_int, default=0, help="skip the first N")
    p.add_argument("--search", default="", metavar="TEXT", help="only organisations matching TEXT")
    p.set_defaults(func=run_list)

    p = actions.add_parser("delete", help="delete an organisation (a tombstone)")
    p.add_argument("id", metavar="ID")
    p.set_defaults(func=run_delete)


def run_add(ctx, args) -> None:
    edit = edit_from_args(args, person=False)
    with ctx.vault() as vault:
        org = records.add_organisation(vault, edit)
    ctx.out.result(org, f"added organisation {org.id} ({org.name})")


def run_edit(ctx, args) -> None:
    edit = edit_from_args(args, person=False)
    with ctx.vault() as vault:
        org, changed = records.edit_organisation(vault, args.id, edit)
    text = (f"updated organisation {org.id}: {', '.join(changed)}" if changed
            else f"organisation {org.id}: nothing changed")
    ctx.out.result(org, text)


def run_show(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        d = records.show_organisation(vault, args.id)
    if ctx.out.json:
        data = to_plain(d.organisation)
        data.update(relationships=to_plain(d.relationships), documents=to_plain(d.documents))
        ctx.out.data(data)
        return
    ctx.out.fields(render.organisation_fields(d.organisation))
    if d.relationships:
        ctx.out.line()
        ctx.out.line("relationships:")
        ctx.out.table(render.RELATIONSHIP_HEADERS, [render.relationship_row(r) for r in d.relationships])
    if d.documents:
        ctx.out.line()
        ctx.out.line("documents:")
        ctx.out.table(render.DOCUMENT_HEADERS, [render.document_row(doc) for doc in d.documents])


def run_list(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        orgs, total = records.list_organisations(vault, limit=args.limit, offset=args.offset, text=args.search)
    if ctx.out.json:
        ctx.out.data(orgs)
        return
    ctx.out.table(("id", "name", "kind", "city", "email"),
                  [(o.id, o.name, o.kind, o.addresses[0].city if o.addresses else "",
                    o.emails[0].address if o.emails else "") for o in orgs], empty="no organisations")
    if orgs and not args.search and total > len(orgs):
        ctx.out.line(f"({args.offset + 1}-{args.offset + len(orgs)} of {total:,}; see --limit and --offset)")


def run_delete(ctx, args) -> None:
    with ctx.vault() as vault:
        records.delete_organisation(vault, args.id)
    ctx.out.result({"id": args.id, "deleted": True}, f"deleted organisation {args.id}")
