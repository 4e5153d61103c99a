"""Small timing helpers: a monotonic clock, medians over repetitions, percentiles."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from typing import Any

now = time.perf_counter


def timed(fn: Callable[[], Any]) -> float:
    """Seconds taken by one call."""
    start = now()
    fn()
    return now() - start


def median_of(fn: Callable[[], Any], repeat: int, setup: Callable[[], Any] | None = None) -> float:
    """Median seconds of ``repeat`` calls (``setup`` runs untimed before each)."""
    samples = []
    for _ in range(max(1, repeat)):
        if setup:
            setup()
        samples.append(timed(fn))
    return statistics.median(samples)


def percentile(samples: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), math.ceil(p / 100 * len(ordered))))
    return ordered[rank - 1]


def ms(seconds: float) -> float:
    return seconds * 1000.0
