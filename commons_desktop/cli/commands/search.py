"""search QUERY: ranked full-text search over people and organisations.

A one-shot lookup should answer in a blink: this command needs the search index only, so it imports the vault's
search (not the services of records, with the model and every repository)."""

from __future__ import annotations

from ...vault import search
from ..arguments import positive_int


def register(sub) -> None:
    p = sub.add_parser("search", help="find people and organisations (every word a prefix, accents ignored)")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--limit", type=positive_int, default=50, help="at most N results (default 50)")
    p.set_defaults(func=run)


def run(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        hits = search.search(vault, args.query, limit=args.limit)
    if ctx.out.json:
        ctx.out.data([{"id": h.id, "entity": h.entity, "label": h.label, "detail": h.detail, "rank": h.rank}
                      for h in hits])
        return
    ctx.out.table(("id", "kind", "name", "city"), [(h.id, h.entity, h.label, h.detail) for h in hits],
                  empty="nothing found")
