"""The Team page's job for the worker bridge (its sync is the sync scheduler's, ui/servers/jobs.py): it takes the
job's own vault connection first and the ``progress`` and ``cancel`` keywords, and calls the SAME services the CLI
calls (no SQL, no Qt here)."""

from __future__ import annotations

from pathlib import Path

from ...core.atomic import write_file
from ...services import team
from ...services.progress import NEVER, CancelToken, Progress, no_progress


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
