"""The registry of measurements. A module adds rows by decorating a function ``fn(ctx) -> list[Row]``
with ``@measurement(name)``; bench.run imports the modules listed in MODULES and runs them in order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Row:
    operation: str
    measured: float
    unit: str  # "ms", "s" or "MB"
    floor: float | None = None
    floor_label: str = ""
    target: str = ""
    met: bool | None = None  # whether the target is met (None: no target)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        return self.measured / self.floor if self.floor else None

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}


Measure = Callable[[Any], list[Row]]
MEASUREMENTS: list[tuple[str, Measure]] = []
NEEDS_FEDERATION: set[str] = set()


def measurement(name: str, *, federation: bool = True) -> Callable[[Measure], Measure]:
    """Register ``fn(ctx) -> list[Row]``; ``federation=False`` when it does not read the generated federation."""
    def register(fn: Measure) -> Measure:
        if all(n != name for n, _ in MEASUREMENTS):
            MEASUREMENTS.append((name, fn))
            if federation:
                NEEDS_FEDERATION.add(name)
        return fn
    return register
