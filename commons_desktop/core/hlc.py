"""Hybrid logical clock: physical milliseconds plus a counter, so stamps stay ordered when clocks drift.

A stamp is a fixed-width string that sorts lexicographically in causal order:
``WWWWWWWWWWWWW.CCCCC`` (13 digits of Unix milliseconds, 5 digits of counter).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from functools import total_ordering

from .values import Value

Clock = Callable[[], float]


@total_ordering
class Stamp(Value):
    """Immutable (core/values.py)."""

    __slots__ = ("wall_ms", "counter")

    wall_ms: int
    counter: int

    def __lt__(self, other):
        return self._fields() < other._fields() if type(other) is type(self) else NotImplemented

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
        last_stamp = Stamp.parse(last) if last else Stamp(0, 0)
        # the last stamp as two ints (no Stamp object per stamp: a bulk import takes one per record)
        self._wall, self._counter = last_stamp.wall_ms, last_stamp.counter

    def now(self) -> str:
        with self._lock:
            physical = int(self._clock() * 1000)
            if physical > self._wall:
                self._wall, self._counter = physical, 0
            elif self._counter < self.MAX_COUNTER:
                self._counter += 1
            else:
                self._wall, self._counter = self._wall + 1, 0
            return f"{self._wall:013d}.{self._counter:05d}"

    def stamps(self, count: int) -> list[str]:
        """``count`` stamps at once: what ``count`` calls of ``now()`` give while the physical clock reads the same
        millisecond (a bulk write stamps each of its records; the clock is read once, the strings are made from
        one prefix per millisecond)."""
        out: list[str] = []
        if count <= 0:
            return out
        with self._lock:
            physical = int(self._clock() * 1000)
            if physical > self._wall:
                wall, counter = physical, 0
            else:
                wall, counter = self._wall, self._counter + 1
            while len(out) < count:
                if counter > self.MAX_COUNTER:
                    wall, counter = wall + 1, 0
                end = min(self.MAX_COUNTER + 1, counter + count - len(out))
                prefix = f"{wall:013d}."
                out += [f"{prefix}{c:05d}" for c in range(counter, end)]
                counter = end
            self._wall, self._counter = wall, counter - 1
        return out

    def observe(self, remote: str) -> None:
        """Advance past a stamp seen from another device (used by sync and merge)."""
        other = Stamp.parse(remote)
        with self._lock:
            if (other.wall_ms, other.counter) > (self._wall, self._counter):
                self._wall, self._counter = other.wall_ms, other.counter

    @property
    def last(self) -> str:
        return str(Stamp(self._wall, self._counter))
