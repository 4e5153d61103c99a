"""tag add|remove|list|rename|merge|delete: tags on any record, by id; a tag as a whole renamed, merged into
another or deleted."""

from __future__ import annotations

from ...services import records
from ...services import tags as tag_service


def register(sub) -> None:
    group = sub.add_parser("tag", help="tags on any record: add, remove, list, rename, merge, delete")
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

    p = actions.add_parser("rename", help="rename a tag on every record carrying it (saved searches and export "
                                          "profiles selecting it follow)")
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW")
    p.set_defaults(func=run_rename)

    p = actions.add_parser("merge", help="merge tag A into tag B: A's records carry B, A is gone")
    p.add_argument("source", metavar="A")
    p.add_argument("target", metavar="B")
    p.set_defaults(func=run_merge)

    p = actions.add_parser("delete", help="remove a tag from every record and delete it (refused while a saved "
                                          "search or an export profile selects by it)")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=run_delete)


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


def _outcome(ctx, done, text: str) -> None:
    ctx.out.result({"old": done.old, "new": done.new or None, "records": done.records,
                    "saved_searches": [name for _id, name in done.uses.searches],
                    "profiles": list(done.uses.profiles)}, text)


def run_rename(ctx, args) -> None:
    with ctx.vault() as vault:
        done = tag_service.rename(vault, args.old, args.new)
    _outcome(ctx, done, f"renamed tag {done.old!r} to {done.new!r} on {done.records} record(s)")


def run_merge(ctx, args) -> None:
    with ctx.vault() as vault:
        done = tag_service.merge(vault, args.source, args.target)
    _outcome(ctx, done, f"merged tag {done.old!r} into {done.new!r} ({done.records} record(s) carried it)")


def run_delete(ctx, args) -> None:
    with ctx.vault() as vault:
        done = tag_service.delete(vault, args.name)
    _outcome(ctx, done, f"deleted tag {done.old!r} from {done.records} record(s)")
