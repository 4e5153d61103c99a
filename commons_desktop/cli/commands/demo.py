"""demo: fill a vault with a realistic, seeded demo collective (creating the vault when it does not exist)."""

from __future__ import annotations

from ...core.model import to_plain
from ...services import maintenance
from ...services.progress import CancelToken
from ..arguments import non_negative_int


def register(sub) -> None:
    p = sub.add_parser("demo", help="add a realistic demo collective (French and English names, seeded)")
    p.add_argument("--people", type=non_negative_int, default=1000, help="how many people (default 1000)")
    p.add_argument("--seed", type=int, default=1, help="same seed, same collective (default 1)")
    p.set_defaults(func=run)


def run(ctx, args) -> None:
    from ...services import demo

    vault = ctx.open_vault() if ctx.vault_path.exists() else ctx.create_vault()
    try:
        with ctx.out.progress() as progress:
            made = demo.generate(vault, people=args.people, seed=args.seed, progress=progress, cancel=CancelToken())
        counts = maintenance.counts(vault)
    finally:
        vault.close()
    ctx.out.result({"path": str(vault.path), "added": to_plain(made), "counts": counts},
                   [f"demo collective written to {vault.path}:"]
                   + [f"  {n:,} {kind.replace('_', ' ')}" for kind, n in counts.items() if n])
