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


INVITATION_BYTES = 1024 * 1024   # an invitation is a few KiB (as `commons team join` reads it)
KEY_FILE_BYTES = 64 * 1024


def join_team(vault, invitation: str, secret: str | None, key_file: str | None, folders: list[str] | None,
              secrets=None, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> dict:
    """This NEW, empty vault joins the team an invitation names (services/team.py join, as `commons team join`),
    through its folders and its team servers (``secrets``: the keyring of server passwords; a team server already
    added on the Servers page is read with its password, one the invitation names and this vault has not is added
    and tried without one: its password is then given on the Servers page):
    the invitation and the key file read bounded, the invitation opened before anything is written (a wrong
    passphrase writes nothing). Cancel stops it at any point until the snapshot is in: before the join, once the
    invitation is open, between the snapshot's parts and between the tables it copies (nothing of the team is
    written then: the vault stays empty, the snapshot's temporary file is removed); the first sync, once started, goes
    on to its end (the next sync would resume it)."""
    from ...core.errors import InvalidInput, TeamError
    from ...services import input_files

    cancel.check()
    try:
        data = input_files.read_small(Path(invitation), INVITATION_BYTES, 10.0)
    except input_files.TooLarge:
        raise TeamError("unreadable-invitation") from None
    identity = None
    if key_file is not None:
        try:
            text = input_files.read_small(Path(key_file), KEY_FILE_BYTES, 10.0).decode("utf-8", "replace")
        except InvalidInput:
            raise TeamError("bad-key") from None
        identity = next((ln.strip() for ln in text.splitlines() if ln.strip().startswith("AGE-SECRET-KEY-")), "")
        if not identity:
            raise TeamError("bad-key")
    progress(0, 3, "invitation")   # (join opens it before writing anything: a wrong passphrase writes nothing)

    def step(done: int, total: int, what: str) -> None:   # the invitation opened: the snapshot's parts and tables
        cancel.check()
        progress(total + min(done, total), 3 * total, what)

    report = team.join(vault, data, passphrase=secret, identity=identity, folders=folders, secrets=secrets,
                       progress=step)
    progress(3, 3, "")
    return report
