"""The process's peak memory: imported last, so it covers every other row."""

from __future__ import annotations

import resource

from .registry import Row, measurement


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


@measurement("peak rss", federation=False)
def measure_rss(ctx) -> list[Row]:
    rows = [Row("peak RSS of the whole bench process", peak_rss_mb(), "MB")]
    if ctx.generate_rss_mb:
        rows.insert(0, Row("peak RSS after generating the federation", ctx.generate_rss_mb, "MB"))
    return rows
