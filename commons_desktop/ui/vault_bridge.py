"""The one bridge from the vault's "vault changed" event (vault/events.py, raised after each commit, on the thread
that committed) to Qt: ``changed`` is emitted on the GUI thread with the ``VaultChanged``.

A commit made on the GUI thread (an editor's save) is delivered at once, before the code that saved goes on, so
the lists it then selects in are already reloaded; one made by a worker (an import, a bulk edit) or, later, by a
sync is queued to the GUI thread and arrives before the job's own "finished" (queued after it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal

from .signals import emit


class VaultBridge(QObject):
    changed = Signal(object)   # VaultChanged, on the GUI thread
    _arrived = Signal(object)  # from another thread, queued to this object's thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = None
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def attach(self, vault) -> None:
        """Listen to this vault (None: to none, when it is locked or closed)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if vault is not None:
            self._unsubscribe = vault.events.subscribe(self._heard)

    def _heard(self, event) -> None:
        if QThread.currentThread() is self.thread():
            emit(self.changed, event)
        else:
            emit(self._arrived, event)

    def _deliver(self, event) -> None:
        if self._unsubscribe is not None:  # not for a vault closed meanwhile
            emit(self.changed, event)
