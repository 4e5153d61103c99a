"""What every per-server sync job shares: its counts, and how it reports progress and is stopped.

A job is one kind of work on one server (the documents mirror of a ``webdav`` server today; the two-way CardDAV
sync of a ``carddav`` server and the team transport of a ``team`` server plug in next, through
services/sync.py's table of jobs). It receives the vault, the server's profile, one HTTP session (whose count
of requests is the run's ``requests``), ``progress(done, total, label)`` and ``stop()`` — which raises
``Cancelled`` when the user asked to stop; a job calls it between steps, each step's outcome already written, so
that a stopped run is resumed by the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Progress = Callable[[int, int, str], None]
Stop = Callable[[], None]


@dataclass
class Counts:
    sent: int = 0
    received: int = 0
    deleted: int = 0
    conflicts: int = 0

    def add(self, other: Counts) -> None:
        self.sent += other.sent
        self.received += other.received
        self.deleted += other.deleted
        self.conflicts += other.conflicts
