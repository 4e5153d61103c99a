"""``python -m bench.run [--small] [--people N] [--out DIR]``: build a seeded synthetic federation, measure each
operation and its floor, print one table and write it to DIR/results.md and DIR/results.json."""

from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import tempfile
from pathlib import Path

from . import federation, machine, report
from .registry import MEASUREMENTS, NEEDS_FEDERATION, Row

# measurement modules, in table order; later issues add theirs before "memory" (which must stay last)
MODULES = ("generate", "open_vault", "search", "people_page", "bulk_insert", "desktop", "cli_touch", "import_rows",
           "export_rows", "export_memory", "vcard_unfold", "replication", "team", "carddav", "memory")
SMALL_PEOPLE = 5_000


def _progress(stream):
    last = {"label": None, "shown": -1}

    def show(done: int, total: int, label: str) -> None:
        percent = done * 100 // max(1, total)
        if label != last["label"] or percent >= last["shown"] + 10 or done == total:
            last.update(label=label, shown=percent)
            print(f"  generating: {percent:3d}% ({label})", file=stream, flush=True)
    return show


def run(people: int, out: Path | None, *, small: bool, keep: bool = False, only: list[str] | None = None,
        log=sys.stderr) -> list[Row]:
    for name in MODULES:
        importlib.import_module(f"bench.{name}")
    chosen = [(n, m) for n, m in MEASUREMENTS if not only or n in only]
    work = Path(tempfile.mkdtemp(prefix="commons-bench-"))
    ctx = federation.Context(work=work, sizes=federation.sizes_for(people), small=small)
    rows: list[Row] = []
    try:
        if any(n in NEEDS_FEDERATION for n, _ in chosen):
            print(f"bench: federation of {people:,} people in {work}", file=log, flush=True)
            federation.build(ctx, progress=_progress(log))
        for name, measure in chosen:
            print(f"bench: measuring {name}", file=log, flush=True)
            rows.extend(measure(ctx))
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    meta = {**machine.describe(), "mode": "small" if small else "full", "sizes": ctx.sizes, "created": ctx.counts}
    if out is not None:
        report.write(out, rows, meta)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--small", action="store_true", help=f"a {SMALL_PEOPLE:,}-person federation (CI)")
    parser.add_argument("--people", type=int, help="federation size (overrides --small)")
    parser.add_argument("--out", type=Path, default=Path("bench/out"), help="folder for results.md/.json")
    parser.add_argument("--keep", action="store_true", help="keep the temporary vaults")
    parser.add_argument("--only", action="append", metavar="NAME",
                        help="run only this measurement (repeatable), e.g. 'bulk insert'")
    args = parser.parse_args(argv)
    people = args.people or (SMALL_PEOPLE if args.small else federation.FULL["people"])
    rows = run(people, args.out, small=args.small or people < federation.FULL["people"], keep=args.keep,
               only=args.only)
    print(report.text_table(rows))
    if args.out:
        print(f"\n(written to {args.out / 'results.md'} and {args.out / 'results.json'})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
