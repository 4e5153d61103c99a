"""The team (issue 12): make a vault a team vault, invite, join, remove a device, add folders, the status, and the
``team`` job of ``commons sync`` (services/sync.py) that exchanges segments with each transport.

Layers pass codes: every refusal is a ``TeamError(code, **facts)``; cli/ and ui/ choose the words.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from ..core.errors import BadChange, MassDelete, TeamError
from ..sync import replicate
from ..sync import segments as seg
from ..sync.folder import Folder, Transport
from ..sync.http import Http
from ..sync.teamdav import DavFolder
from ..sync.webdav import WebDav
from ..vault import replication
from ..vault import servers as server_store
from ..vault import team as store
from ..vault.connection import Vault
from .progress import no_progress

KIND = "team"


def init(vault: Vault) -> dict[str, Any]:
    """Make this vault a team vault: a random team id and team key, this device's own key."""
    identity, recipient = seg.new_identity()
    device_identity, _ = seg.new_identity()
    team = store.create(vault, secrets.token_hex(16), device_identity, [(identity, recipient)])
    me = replication.device_id(vault)
    store.note_device(vault, me, recipient=seg.recipient_of(device_identity))
    return {"team": team.id, "device": me}


# -- transports ------------------------------------------------------------------------------------------------
def folder_url(path: str | Path) -> str:
    return Path(path).expanduser().resolve().as_uri()


def folder_path(url: str) -> Path:
    parsed = urlparse(url)
    if parsed.scheme != "file":
        raise TeamError("not-a-folder")
    return Path(unquote(parsed.path))


def is_folder(server: server_store.Server) -> bool:
    return server.url.startswith("file:")


def transport_of(server: server_store.Server, http: Http | None = None) -> Transport:
    """The transport a team server names: a folder (a ``file:`` URL), or a WebDAV folder of the group's servers
    (``commons server add NAME --kind team URL``) over ``http``, the session services/sync.py opened for it."""
    if is_folder(server):
        return Folder(folder_path(server.url))
    if http is None:
        raise TeamError("not-a-folder")
    return DavFolder(WebDav(http))


def location(server: server_store.Server) -> str:
    """Where a transport is, as the user names it: a folder's path, a server's URL."""
    return str(folder_path(server.url)) if is_folder(server) else server.url


def add_folder(vault: Vault, path: str | Path, name: str | None = None) -> server_store.Server:
    store.require(vault)
    p = Path(path).expanduser()
    if not p.is_dir():
        raise TeamError("folder-missing", path=str(p))
    url = folder_url(p)
    for s in server_store.all_servers(vault):
        if s.kind == KIND and s.url == url:
            return s
    taken = {s.name.lower() for s in server_store.all_servers(vault)}
    base = name or f"team-{p.resolve().name or 'folder'}"
    chosen, n = base, 2
    while chosen.lower() in taken:
        chosen, n = f"{base}-{n}", n + 1
    return server_store.add(vault, chosen, KIND, url, "")


def transports(vault: Vault) -> list[server_store.Server]:
    return [s for s in server_store.all_servers(vault) if s.kind == KIND]


# -- status ------------------------------------------------------------------------------------------------------
def status(vault: Vault) -> dict[str, Any]:
    team = store.require(vault)
    me = replication.device_id(vault)
    out_transports = []
    for s in transports(vault):
        _, after = store.last_published(vault, s.target_id)
        pending = store.pending_count(vault, me, after)
        out_transports.append({"name": s.name, "path": location(s), "last_run": s.last_run,
                               "last_success": s.last_success, "last_error": s.last_error,
                               "pending": pending})
    devices = [{"device": d.id, "this": d.id == me, "name": d.name, "last_seen": d.seen, "last_change": d.last_hlc,
                "removed": d.removed is not None} for d in store.devices(vault)]
    return {"team": team.id, "device": me, "keys": len(store.keys(vault)), "devices": devices,
            "transports": out_transports}


# -- invitations and joining -----------------------------------------------------------------------------------
def invite(vault: Vault, *, passphrase: str | None = None, recipient: str | None = None) -> bytes:
    """An invitation (the team id, every team key, the transports' folders, the devices known), age-encrypted with
    ``passphrase`` or to ``recipient``."""
    team = store.require(vault)
    content = {"team": team.id, "keys": [i for i, _ in store.keys(vault)],
               "transports": [str(folder_path(s.url)) for s in transports(vault) if is_folder(s)],
               "devices": [d.id for d in store.devices(vault) if d.removed is None]}
    return seg.invitation(content, passphrase=passphrase, recipient=recipient)


def check_invitation(data: bytes, *, passphrase: str | None = None, identity: str | None = None) -> None:
    """Whether the invitation opens with this passphrase or identity (before a new vault is created for it)."""
    seg.read_invitation(data, passphrase=passphrase, identity=identity)


def discard_new_vault(path: Path) -> None:
    """A vault created for a join that failed: its files go (it never held anything but what the join wrote)."""
    from ..vault.lockfile import lock_path

    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal"), lock_path(path)):
        p.unlink(missing_ok=True)


def join(vault: Vault, data: bytes, *, passphrase: str | None = None, identity: str | None = None,
         folders: list[str] | None = None, progress=no_progress) -> dict[str, Any]:
    """Make a NEW, empty vault a device of the team the invitation names: catch up from the newest snapshot found
    in its transports (``folders`` instead of the invitation's, when the folder is elsewhere on this computer),
    then the segments after it (a first sync of every transport)."""
    content = seg.read_invitation(data, passphrase=passphrase, identity=identity)
    if store.get(vault) is not None:
        raise TeamError("already-team")
    if not store.log_is_empty(vault):
        raise TeamError("not-empty")
    replication.device_id(vault)   # made now: what the snapshot brings is other devices' (device_id takes the log)
    team_id, identities = content["team"], content["keys"]
    try:
        keys = [(i, seg.recipient_of(i)) for i in identities]
    except ValueError as exc:
        raise TeamError("unreadable-invitation") from exc
    paths = folders or [str(p) for p in content.get("transports", []) if isinstance(p, str)]
    covered: dict[str, str] = {}
    loaded_from = None
    for path in paths:
        folder = Folder(path)
        try:
            indexes = replicate.join_indexes(folder, identities, team_id,
                                             [d for d in content.get("devices", []) if isinstance(d, str)])
        except TeamError as exc:
            if exc.code == "folder-missing":
                continue
            raise
        best = replicate.best_snapshot(indexes)
        if best is None:
            continue
        dev, snap = best
        progress(0, 1, "snapshot")
        try:
            covered = replication.load_snapshot(vault, replicate.snapshot_items(folder, identities, team_id, dev,
                                                                                 snap))
        except BadChange as exc:
            raise TeamError("tampered", why="snapshot") from exc
        loaded_from = path
        break
    device_identity, device_recipient = seg.new_identity()
    store.create(vault, team_id, device_identity, keys)
    with vault.transaction():
        vault.set_meta("team_covered", _json(covered))
        store.note_device(vault, replication.device_id(vault), recipient=device_recipient)
        for d in content.get("devices", []):
            if isinstance(d, str):
                store.note_device(vault, d)
    added = [add_folder(vault, p) for p in paths if Path(p).is_dir()]
    results = {}
    for s in added:
        results[s.name] = _sync_one(vault, s)
    return {"team": team_id, "device": replication.device_id(vault), "snapshot": loaded_from,
            "transports": {name: r for name, r in results.items()}}


def _json(value: Any) -> str:
    import json
    return json.dumps(value, sort_keys=True)


def _sync_one(vault: Vault, server: server_store.Server, *, allow_deletes: bool = False) -> dict[str, Any]:
    try:
        r = replicate.Session(vault, transport_of(server), server.target_id, allow_deletes=allow_deletes).run()
    except TeamError as exc:
        return {"error": exc.code}
    return {"sent": r.sent, "received": r.received, "conflicts": r.conflicts, "error": None}


# -- removing a device -------------------------------------------------------------------------------------------
def remove(vault: Vault, device: str) -> dict[str, Any]:
    """Remove a device: a new team key for everything written from now on, sent (at the next sync) to every other
    device's own key and never to the removed one. What it has already seen cannot be recalled."""
    store.require(vault)
    me = replication.device_id(vault)
    known = {d.id: d for d in store.devices(vault)}
    matches = [d for d in known if d == device or d.startswith(device)] if device else []
    if device == me or (len(matches) == 1 and matches[0] == me):
        raise TeamError("remove-self")
    if len(matches) != 1:
        raise TeamError("unknown-device", device=device)
    gone = matches[0]
    with vault.transaction():
        store.mark_removed(vault, gone)
        identity, recipient = seg.new_identity()
        store.add_key(vault, identity, recipient)
    return {"device": gone, "keys": len(store.keys(vault))}


# -- the job of `commons sync` -----------------------------------------------------------------------------------
def run_job(ctx) -> None:
    """services/sync.py's job for ``team`` servers (``ctx``: its JobContext)."""
    session = replicate.Session(ctx.vault, transport_of(ctx.server, ctx.http), ctx.server.target_id,
                                allow_deletes=ctx.options.confirm_deletions, stop=ctx.stop)
    ctx.progress(0, 1, "")
    try:
        result = session.run()
    except MassDelete as exc:
        raise TeamError("mass-delete", count=getattr(exc, "would_delete", 0),
                        present=getattr(exc, "total", 0)) from exc
    finally:
        r = session.result
        ctx.counts.sent += r.sent
        ctx.counts.received += r.received
        ctx.counts.conflicts += r.conflicts
        ctx.counts.deleted += r.deleted
    ctx.progress(1, 1, "")
    if result.refused:
        raise TeamError("tampered", count=len(result.refused))
