"""history [ID]: the change log of one record, or of the whole vault, newest first."""

from __future__ import annotations

from ...core.model import to_plain
from ...services import history
from ..arguments import positive_int


def register(sub) -> None:
    p = sub.add_parser("history", help="the change log of a record (or of everything), newest first")
    p.add_argument("id", metavar="ID", nargs="?", help="a record's id (default: every record)")
    p.add_argument("--limit", type=positive_int, default=50, help="at most N changes (default 50)")
    p.set_defaults(func=run)


def run(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        found = history.entries(vault, args.id, limit=args.limit)
    if ctx.out.json:
        ctx.out.data([{**to_plain(e), "time": history.hlc_time(e.hlc)} for e in found])
        return
    for e in found:
        ctx.out.line(history.describe(e))

