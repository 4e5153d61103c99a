"""Sync and "test connection" as jobs for the worker bridge: each takes the job's own vault connection first and
the ``progress`` and ``cancel`` keywords, and calls the SAME services the CLI calls (no SQL, no Qt here)."""

from __future__ import annotations

from collections.abc import Collection

from ...core.errors import NotFound
from ...services import servers, sync
from ...services.progress import NEVER, CancelToken, Progress, no_progress
from ...services.servers import ServerSecrets


def sync_servers(vault, secrets: ServerSecrets, names: list[str], confirmed: Collection[str] = (), *,
                 scale_photo: sync.PhotoScaler | None = None, progress: Progress = no_progress,
                 cancel: CancelToken = NEVER) -> dict[str, sync.Outcome]:
    """services/sync.run for each server named, one after the other; progress labelled with the server's name.
    ``confirmed``: the servers whose deletions the user confirmed (a mass delete that stopped them before).
    ``scale_photo``: how a contact photo over an address book's limit is made to fit (ui/photo_scale.py).
    A server removed meanwhile is skipped."""
    outcomes: dict[str, sync.Outcome] = {}
    for name in names:
        cancel.check()
        progress(0, 0, name)

        def step(done: int, total: int, _label: str = "", name: str = name) -> None:
            progress(done, total, name)

        options = sync.Options(confirm_deletions=name in confirmed)
        try:
            outcomes.update(sync.run(vault, secrets, [name], options=options, progress=step, cancel=cancel,
                                     scale_photo=scale_photo))
        except NotFound:
            continue
    return outcomes


def check_connection(vault, secrets: ServerSecrets, name: str, create: bool = False, *,
                     progress: Progress = no_progress, cancel: CancelToken = NEVER) -> servers.TestReport:
    """Test the connection (reach, log in, find the collection — create it when asked —, write permission)."""
    cancel.check()
    progress(0, 0, name)
    return servers.test(vault, secrets, name, create=create)
