"""sync [NAME...]: bring each server up to date (the documents mirror of webdav servers today).

Prints ``{"servers": {NAME: {"sent", "received", "deleted", "conflicts", "requests", "error"}}}`` with --json.
A server failing does not stop the others; the exit code is 5 when one failed for a server or network reason, 1 for
another reason (a mass delete to confirm, no profile), else 0. Ctrl+C stops between two steps; the next sync
resumes.

A contacts (carddav) server's photos over its address book's limit are scaled by Qt (ui/photo_scale.py), looked up
by module name like the PDF renderer, and only when a contacts server syncs: without the desktop part (PySide6)
they are left out of the cards, with a warning.
"""

from __future__ import annotations

import importlib
import sys

from ...services import servers, sync
from ...services.progress import CancelToken
from ...sync.errors import Failure
from .. import errors, server_words, team_words
from .server import secrets_of

NETWORK = {str(f) for f in Failure}
PHOTO_MODULE = "commons_desktop.ui.photo_scale"  # Qt lives in ui/: looked up by name, only for contacts servers


def register(sub) -> None:
    p = sub.add_parser("sync", help="sync with the group's servers (all, or those named)")
    p.add_argument("names", metavar="NAME", nargs="*", help="only these servers")
    p.add_argument("--confirm-deletions", "--allow-deletes", dest="confirm_deletions", action="store_true",
                   help="go on when a sync would delete more than 20%% of the files on a server, or of the records "
                        "in this vault (changes received from the team)")
    p.add_argument("--overwrite-conflicts", action="store_true",
                   help="overwrite files someone else changed on the server (else they are left and counted)")
    p.set_defaults(func=run)


def photo_scaler(ctx, kinds: list[str | None]) -> sync.PhotoScaler | None:
    """Qt's photo scaler when a contacts server is to sync (else nothing of Qt is loaded)."""
    if "carddav" not in kinds:
        return None
    try:
        return importlib.import_module(PHOTO_MODULE).scale_photo
    except ImportError as exc:
        ctx.out.warn(f"photos over an address book's size limit are left out: scaling them needs the desktop part "
                     f"of Commons (PySide6): {exc}")
        return None


def run(ctx, args) -> int:
    options = sync.Options(confirm_deletions=args.confirm_deletions, overwrite_conflicts=args.overwrite_conflicts)
    with ctx.vault() as vault:
        kinds = {s.name: s.kind for s in servers.list_all(vault)}
        scaler = photo_scaler(ctx, [kinds.get(n) for n in args.names or kinds])
        with ctx.out.progress() as progress:
            outcomes = sync.run(vault, secrets_of(ctx), args.names or None, options=options, progress=progress,
                                cancel=CancelToken(), scale_photo=scaler)
    ctx.out.data({"servers": {name: o.to_json() for name, o in outcomes.items()}})
    code = errors.OK
    for name, o in outcomes.items():
        c = o.counts
        ctx.out.line(f"{name}: sent {c.sent}, received {c.received}, deleted {c.deleted}, conflicts {c.conflicts} "
                     f"({o.requests} requests)")
        if o.error is None:
            continue
        if kinds.get(name) == "team":
            text = f"{name}: " + team_words.words(o.error, **o.detail)
        else:
            text = f"{name}: " + server_words.words(o.error, name=name, kind=kinds.get(name, ""), status=o.status,
                                                    **o.detail)
        if o.error == sync.NOT_AVAILABLE:
            ctx.out.warn(text)
            continue
        print(f"commons: error: {text}", file=sys.stderr)
        code = max(code, errors.SERVER if o.error in NETWORK or o.error == "folder-missing" else errors.ERROR)
    if not outcomes:
        ctx.out.line("no servers (add one: commons server add NAME --kind webdav --url URL --user USER)")
    return code
