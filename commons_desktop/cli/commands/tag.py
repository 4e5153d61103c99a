"""tag add|remove|list: tags on any record, by id."""

from __future__ import annotations

from ...services import records


def register(sub) -> None:
    group = sub.add_parser("tag", help="tags on any record: add, remove, list")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("add", help="tag records (people, organisations, documents, ...) by id")
    p.add_argument("tag", metavar="TAG")
    p.add_argument("ids", metavar="ID", nargs="+")
    p.set_defaults(func=run_add)

    p = actions.add_parser("remove", help="remove a tag from records")
    p.add_argument("tag", metavar="TAG")
    p.add_argument("ids", metavar="ID", nargs="+")
    p.set_defaults(func=run_remove)

    p = actions.add_parser("list", help="every tag and how many records carry it")
    p.set_defaults(func=run_list)


def run_add(ctx, args) -> None:
    with ctx.vault() as vault:
        n = records.tag_records(vault, args.tag, args.ids)
    ctx.out.result({"tag": args.tag, "tagged": n, "ids": args.ids}, f"tagged {n} record(s) with {args.tag!r}")


def run_remove(ctx, args) -> None:
    with ctx.vault() as vault:
        n = records.untag_records(vault, args.tag, args.ids)
    ctx.out.result({"tag": args.tag, "untagged": n, "ids": args.ids}, f"removed {args.tag!r} from {n} record(s)")


def run_list(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        found = records.list_tags(vault)
    if ctx.out.json:
        ctx.out.data(found)
        return
    ctx.out.table(("tag", "records"), [(t["name"], t["count"]) for t in found], empty="no tags")
