"""The time the demo generator took to build the federation (measured while building it)."""

from __future__ import annotations

from .registry import Row, measurement


@measurement("generate")
def measure_generate(ctx) -> list[Row]:
    people = ctx.sizes["people"]
    target = "≤ 60 s" if people >= 100_000 else ""
    extra = {**ctx.counts, "CPU s": round(ctx.generate_cpu_seconds, 1)}
    return [Row(f"demo federation generate ({people:,} people, all entities)", ctx.generate_seconds, "s",
                target=target, met=(ctx.generate_seconds <= 60) if target else None, extra=extra)]
