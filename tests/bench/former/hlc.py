"""Hybrid logical clock: physical milliseconds plus a counter, so stamps stay ordered when clocks drift.

A stamp is a fixed-width string that sorts lexicographically in causal order:
``WWWWWWWWWWWWW.CCCCC`` (13 digits of Unix milliseconds, 5 digits of counter).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

Clock = Callable[[], float]


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}.{self.counter:05d}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, _, counter = text.partition(".")
        if not (wall.isdigit() and counter.isdigit()):
            raise ValueError(f"not an HLC stamp: {text!r}")
        return cls(int(wall), int(counter))


class HybridClock:
    """Thread-safe HLC. ``clock`` is injected (seconds since the epoch) so tests control time."""

    MAX_COUNTER = 99_999

    def __init__(self, clock: Clock = time.time, last: str | None = None):
        self._clock = clock
        self._lock = threading.Lock()
        self._last = Stamp.parse(last) if last else Stamp(0, 0)

    def now(self) -> str:
        with self._lock:
            physical = int(self._clock() * 1000)
            if physical > self._last.wall_ms:
                stamp = Stamp(physical, 0)
            elif self._last.counter < self.MAX_COUNTER:
                stamp = Stamp(self._last.wall_ms, self._last.counter + 1)
            else:
                stamp = Stamp(self._last.wall_ms + 1, 0)
            self._last = stamp
            return str(stamp)

    def observe(self, remote: str) -> None:
        """Advance past a stamp seen from another device (used by sync and merge)."""
        other = Stamp.parse(remote)
        with self._lock:
            if other > self._last:
                self._last = other

    @property
    def last(self) -> str:
        return str(self._last)
