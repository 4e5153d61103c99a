"""Sync with the group's servers: one job per server, by kind, each with its counts, requests and error code.

``JOBS`` maps a server's kind to its job: ``webdav`` mirrors the documents its profile selects
(services/sync_documents.py); ``team`` exchanges replication segments with a team transport (services/team.py);
``carddav`` keeps the people and organisations its profile selects two-way in an address book, through the merge
engine (services/sync_contacts.py).

Photos: a contact's photo larger than the address book allows is scaled by ``scale_photo`` when one is given (the
desktop's and the CLI's come from ui/photo_scale.py: Qt lives in ui/), else left out of the card.

A server whose last attempt was refused for its credentials is skipped without a request (servers such as
Nextcloud throttle every request from an address after failed logins) until new credentials are given or the
user tests the connection. A server failing does not stop the others. Stopping (the cancel token, Ctrl+C) ends
the run between two steps, each step already recorded: the next run resumes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..core.errors import Cancelled, CommonsError
from ..sync.errors import DavError, Failure
from ..sync.http import Http
from ..sync.jobs import Counts, Progress, Stop
from ..vault import servers as store
from ..vault.connection import Vault
from ..vault.keyring_store import ServerSecrets
from ..vault.servers import Server
from . import servers
from .progress import NEVER, CancelToken, no_progress
from .servers import HttpFactory

PhotoScaler = Callable[[bytes, str, int], tuple[bytes, str] | None]
"""``scale_photo(content, media_type, max_bytes)``: the image re-encoded in at most ``max_bytes`` bytes, as
``(content, media type)``, or None when it cannot be (not an image, hostile, too large to decode)."""


@dataclass
class Options:
    confirm_deletions: bool = False    # go on with a run that would delete more than 20% of what is there
    overwrite_conflicts: bool = False  # overwrite what someone else changed on the server


@dataclass
class JobContext:
    vault: Vault
    server: Server
    http: Http | None                                # None for a team folder (no server)
    options: Options
    progress: Progress
    stop: Stop
    counts: Counts = field(default_factory=Counts)   # the job adds to it as it goes: a failed run says what it did
    scale_photo: PhotoScaler | None = None           # contact photos over the book's limit: scaled, else left out


Job = Callable[[JobContext], None]


def _jobs() -> dict[str, Job]:
    from . import sync_contacts, sync_documents, team
    return {"carddav": sync_contacts.run, "webdav": sync_documents.run, "team": team.run_job}


def syncable(server: Server) -> bool:
    """Whether a sync of this server does anything yet (its kind has a job): the desktop runs only those."""
    return server.kind in _jobs()


NOT_AVAILABLE = "not-available"     # no job for this kind
AUTH_BLOCKED = "auth"               # the same code as a refusal: it is one, remembered


@dataclass
class Outcome:
    counts: Counts = field(default_factory=Counts)
    requests: int = 0
    error: str | None = None          # a code: sync/errors.Failure, mass-delete, damaged-content, not-available...
    status: int | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        c = self.counts
        return {"sent": c.sent, "received": c.received, "deleted": c.deleted, "conflicts": c.conflicts,
                "requests": self.requests, "error": self.error}


def run(vault: Vault, secrets: ServerSecrets, names: list[str] | None = None, *, options: Options | None = None,
        progress: Progress = no_progress, cancel: CancelToken = NEVER, http_factory: HttpFactory = Http,
        jobs: dict[str, Job] | None = None, scale_photo: PhotoScaler | None = None) -> dict[str, Outcome]:
    """Sync the named servers (all when None), one after the other; an outcome per server. ``scale_photo``: how a
    contact photo over an address book's limit is made to fit (None: it is left out)."""
    options = options or Options()
    jobs = _jobs() if jobs is None else jobs
    chosen = [store.get(vault, n) for n in names] if names else store.all_servers(vault)
    out: dict[str, Outcome] = {}
    for server in chosen:
        cancel.check()
        out[server.name] = _one(vault, secrets, server, options, progress, cancel, http_factory, jobs, scale_photo)
    return out


def _one(vault: Vault, secrets: ServerSecrets, server: Server, options: Options, progress: Progress,
         cancel: CancelToken, http_factory: HttpFactory, jobs: dict[str, Job], scale_photo: PhotoScaler | None
         ) -> Outcome:
    outcome = Outcome()
    job = jobs.get(server.kind)
    if job is None:
        outcome.error = NOT_AVAILABLE
        return outcome
    if server.auth_failed:
        outcome.error = AUTH_BLOCKED
        return outcome
    # a team folder (a file: URL) is no server: no HTTP session, no password asked of the keyring
    http = None if server.url.startswith("file:") else http_factory(servers.endpoint(vault, secrets, server))

    def labelled(done: int, total: int, label: str = "") -> None:
        progress(done, total, f"{server.name}: {label}" if label else server.name)

    ctx = JobContext(vault, server, http, options, labelled, cancel.check, scale_photo=scale_photo)
    outcome.counts = ctx.counts
    try:
        job(ctx)
    except DavError as exc:
        outcome.error, outcome.status = exc.code, exc.status
    except (Cancelled, KeyboardInterrupt):
        outcome.requests = http.requests if http else 0
        store.log_run(vault, server.name, error="cancelled")
        raise
    except CommonsError as exc:
        outcome.error = getattr(exc, "code", None) or type(exc).__name__
        outcome.detail = {k: v for k, v in vars(exc).items() if isinstance(v, int | str) and k != "code"}
    finally:
        if http is not None:
            outcome.requests = http.requests
            http.close()
    store.log_run(vault, server.name, error=outcome.error, status=outcome.status,
                  auth_failed=outcome.error == Failure.AUTH)
    return outcome
