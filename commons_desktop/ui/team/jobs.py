"""The Team page's long jobs for the worker bridge: each takes the job's own vault connection first and the
``progress`` and ``cancel`` keywords, and calls the SAME services the CLI calls (no SQL, no Qt here)."""

from __future__ import annotations

from pathlib import Path

from ...core.atomic import write_file
from ...services import sync, team
from ...services.progress import NEVER, CancelToken, Progress, no_progress


def sync_team(vault, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> dict[str, sync.Outcome]:
    """``commons sync`` of every team folder of this vault (a folder needs no password: no keyring)."""
    names = [s.name for s in team.transports(vault)]
    if not names:
        return {}
    return sync.run(vault, None, names, progress=progress, cancel=cancel)  # type: ignore[arg-type]


def invite_to_file(vault, path: str, secret: str, *, progress: Progress = no_progress,
                   cancel: CancelToken = NEVER) -> str:
    """An invitation encrypted with ``secret`` (age), written atomically to ``path``."""
    cancel.check()
    progress(0, 1, "")
    data = team.invite(vault, passphrase=secret)
    cancel.check()
    write_file(Path(path), data)
    progress(1, 1, "")
    return path
