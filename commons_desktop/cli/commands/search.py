"""search QUERY: ranked full-text search over people and organisations."""

from __future__ import annotations

from ...services import records
from ..arguments import positive_int


def register(sub) -> None:
    p = sub.add_parser("search", help="find people and organisations (every word a prefix, accents ignored)")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--limit", type=positive_int, default=50, help="at most N results (default 50)")
    p.set_defaults(func=run)


def run(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        hits = records.search_records(vault, args.query, limit=args.limit)
    if ctx.out.json:
        ctx.out.data([{"id": h.id, "entity": h.entity, "label": h.label, "detail": h.detail, "rank": h.rank}
                      for h in hits])
        return
    ctx.out.table(("id", "kind", "name", "city"), [(h.id, h.entity, h.label, h.detail) for h in hits],
                  empty="nothing found")
