"""Progress reporting and cancellation for long jobs (import, export, sync, backup, bulk edits).

Services take ``progress`` (a callable receiving done, total and a short label) and ``cancel`` (a
CancelToken). The CLI draws a bar on a TTY; the GUI's worker bridge re-emits them as Qt signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from ..core.errors import Cancelled

Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, label: str = "") -> None:
    return None


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise Cancelled if cancellation was asked; call between units of work (inside a transaction,
        so that a cancelled job rolls back and leaves nothing half-written)."""
        if self._event.is_set():
            raise Cancelled()


NEVER = CancelToken()
