"""`commons mapping list|show|remove`: the CSV column mappings saved by `import --save-mapping`."""

from __future__ import annotations

from ...services import imports


def register(sub) -> None:
    group = sub.add_parser("mapping", help="saved CSV column mappings (import --save-mapping): list, show, remove")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="list the saved mappings").set_defaults(func=mapping_list)
    p = actions.add_parser("show", help="which field each column of a saved mapping fills")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=mapping_show)
    p = actions.add_parser("remove", help="forget a saved mapping")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=mapping_remove)


def _columns_text(columns: dict[str, str]) -> str:
    return ", ".join(f"{header} -> {field}" for header, field in columns.items())


def mapping_list(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        rows = [{"name": name, "columns": imports.mapping(vault, name)} for name in imports.mappings(vault)]
    if ctx.out.json:
        ctx.out.data(rows)
        return
    ctx.out.table(("name", "columns"), [(r["name"], _columns_text(r["columns"])) for r in rows],
                  empty="no saved mappings")


def mapping_show(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        columns = imports.mapping(vault, args.name)
    if ctx.out.json:
        ctx.out.data({"name": args.name, "columns": columns})
        return
    ctx.out.line(f"mapping {args.name!r}: columns are recognised by their header (case, accents and punctuation "
                 "ignored)")
    ctx.out.table(("column", "field"), list(columns.items()), empty="(no columns)")


def mapping_remove(ctx, args) -> None:
    with ctx.vault() as vault:
        imports.remove_mapping(vault, args.name)
    ctx.out.result({"removed": args.name}, f"mapping {args.name!r} removed")
