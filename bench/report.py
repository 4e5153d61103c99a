"""One table of rows: printed, and written as Markdown and JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .registry import Row

HEADER = ("operation", "measured", "floor", "ratio", "target")


def _num(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    digits = 3 if value < 1 else (2 if value < 10 else (1 if value < 100 else 0))
    return f"{value:,.{digits}f} {unit}"


def cells(row: Row) -> tuple[str, ...]:
    ratio = "—" if row.ratio is None else f"{row.ratio:.2f}x"
    target = row.target or "—"
    if row.met is not None:
        target += " ✓" if row.met else " ✗"
    return (row.operation, _num(row.measured, row.unit), _num(row.floor, row.unit), ratio, target)


def text_table(rows: list[Row]) -> str:
    table = [HEADER, *(cells(r) for r in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(HEADER))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths,
                                                                                             strict=True)))
             for line in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(rows: list[Row]) -> str:
    out = ["| " + " | ".join(HEADER) + " |", "|" + "|".join(["---"] + ["---:"] * 4) + "|"]
    out += ["| " + " | ".join(c.replace("|", "\\|") for c in cells(r)) + " |" for r in rows]
    return "\n".join(out)


def floors(rows: list[Row]) -> str:
    return "\n".join(f"- {r.operation}: floor = {r.floor_label}" for r in rows if r.floor_label)


def write(out: Path, rows: list[Row], meta: dict[str, Any]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    head = "\n".join(f"- {k}: {v}" for k, v in meta.items())
    (out / "results.md").write_text(f"# Benchmark results\n\n{head}\n\n{markdown_table(rows)}\n\n"
                                    f"Floors:\n{floors(rows)}\n", "utf-8")
    (out / "results.json").write_text(json.dumps({"meta": meta, "rows": [r.as_dict() for r in rows]},
                                                 ensure_ascii=False, indent=1), "utf-8")
