"""The "vault changed" event: raised once after every commit that wrote changes (a local edit, an import, changes
received from another laptop), on the thread that committed. Every connection to one vault (``Vault.reopen``)
shares the listeners, so a worker's import reaches the window. The GUI's one bridge (ui/vault_bridge.py) re-emits it
as a Qt signal on the GUI thread."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterable

from ..core.values import Value

MANY = 1000  # past this many records in one commit, the event gives their kinds only


class VaultChanged(Value):
    """What one commit changed. ``ids``: the records changed, or None when there were more than MANY (a bulk
    import): a listener then reloads whatever shows records of those ``entities``. ``remote``: some of the changes
    came from another laptop (an editor with unsaved edits of such a record says so)."""

    __slots__ = ("entities", "ids", "count", "remote")

    entities: frozenset[str]
    ids: frozenset[str] | None
    count: int
    remote: bool
    _defaults = {"remote": False}

    def touches(self, entity: str, ident: str | None = None) -> bool:
        """Whether records of this kind (this one, when given) may have changed."""
        if entity not in self.entities:
            return False
        return ident is None or self.ids is None or ident in self.ids


class Pending:
    """What the current transaction has written so far (kept by the change writer)."""

    def __init__(self) -> None:
        self.entities: set[str] = set()
        self.ids: set[str] | None = set()
        self.count = 0
        self.remote = False

    def room(self, count: int) -> bool:
        """Whether ``count`` more records are still listed one by one."""
        return self.ids is not None and len(self.ids) + count <= MANY

    def add(self, entity: str, ids: Iterable[str] | None, *, count: int | None = None, remote: bool = False) -> None:
        """``ids`` None: too many to list (``count`` of them)."""
        ids = None if ids is None else list(ids)
        self.entities.add(entity)
        self.count += len(ids) if ids is not None else (count or 0)
        self.remote = self.remote or remote
        if ids is None:
            self.ids = None
        elif self.ids is not None:
            self.ids.update(ids)
            if len(self.ids) > MANY:
                self.ids = None

    def event(self) -> VaultChanged:
        return VaultChanged(frozenset(self.entities), None if self.ids is None else frozenset(self.ids), self.count,
                            self.remote)


Listener = Callable[[VaultChanged], None]


class VaultEvents:
    """The listeners of one vault. ``subscribe`` returns the function that unsubscribes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)
        return unsubscribe

    def publish(self, event: VaultChanged) -> None:
        """Tell every listener. The commit has happened: a listener's failure is reported (its kind only: the
        message may quote a record) and does not stop the others."""
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(event)
            except Exception as exc:  # noqa: BLE001
                print(f"commons: a 'vault changed' listener failed: {type(exc).__name__}", file=sys.stderr)
