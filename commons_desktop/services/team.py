"""The team (issue 12): make a vault a team vault, invite, join, remove a device, add folders, the status, and the
``team`` job of ``commons sync`` (services/sync.py) that exchanges segments with each transport.

Layers pass codes: every refusal is a ``TeamError(code, **facts)``; cli/ and ui/ choose the words.
"""

from __future__ import annotations

import glob
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from ..core import signing
from ..core.atomic import PRIVATE, TEMP_SUFFIX, open_temp, temp_name
from ..core.errors import BadChange, InvalidField, MassDelete, TeamError
from ..sync import replicate
from ..sync import segments as seg
from ..sync.errors import DavError, Failure
from ..sync.folder import Folder, Transport
from ..sync.http import Endpoint, Http
from ..sync.teamdav import DavFolder
from ..sync.webdav import WebDav
from ..vault import replication, snapshot_copy
from ..vault import servers as server_store
from ..vault import team as store
from ..vault.connection import Vault
from ..vault.keyring_store import ServerSecrets
from . import servers as server_service
from . import sync as sync_service
from .progress import no_progress
from .servers import HttpFactory

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
    (``commons team server add NAME --url URL``) over ``http``, the session services/sync.py opened for it."""
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


def add_server(vault: Vault, secrets: ServerSecrets, name: str, url: str, user: str, *, password: str | None = None,
               ca_file: str = "", plain_http: bool = False, check: bool = True,
               http_factory: HttpFactory = Http) -> tuple[server_store.Server, DavError | None]:
    """A team server (a WebDAV folder of one of the group's hosters; one per hoster, each gets every segment): the
    same server record as services/servers.add with kind ``team``, its password in the keyring. With ``check``,
    the connection is tested and the folder created when it is missing (services/servers.test); a failure is
    returned with the server, which stays added (the next sync tries again)."""
    server = server_service.add(vault, secrets, name, KIND, url, user, password=password, ca_file=ca_file,
                                plain_http=plain_http)
    if not check:
        return server, None
    try:
        server_service.test(vault, secrets, server.name, create=True, http_factory=http_factory)
    except DavError as exc:
        return server_store.get(vault, server.name), exc
    return server_store.get(vault, server.name), None


def remove_server(vault: Vault, secrets: ServerSecrets, name: str) -> server_store.Server:
    """Forget a team server or folder and its password: nothing is deleted on it (the team's other transports
    carry everything too)."""
    server = server_store.get(vault, name)
    if server.kind != KIND:
        raise TeamError("not-a-team-server", name=server.name)
    return server_service.remove(vault, secrets, server.name)


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
    """An invitation (the team id, every team key, the transports: folders and the team servers' URLs and accounts,
    never a password; the devices known), age-encrypted with ``passphrase`` or to ``recipient``."""
    team = store.require(vault)
    me = replication.device_id(vault)
    signing_public = signing.public_of(store.signing_key(vault))
    removed = store.removed_ids(vault)
    content = {"team": team.id, "keys": [i for i, _ in store.keys(vault)],
               # the trust chain (docs/team.md "Who wrote a file"): the inviter's signing key and those it pinned
               "inviter": {"device": me, "signing": signing_public},
               "introduction": _introduction(vault, me),
               "roster": {d: k for d, k in store.pinned(vault).items() if d != me and d not in removed},
               "transports": [str(folder_path(s.url)) for s in transports(vault) if is_folder(s)],
               "servers": [{"name": s.name, "url": s.url, "user": s.account, "own_ca": bool(s.ca_file),
                            "plain_http": s.plain_http} for s in transports(vault) if not is_folder(s)],
               "devices": [d.id for d in store.devices(vault) if d.removed is None]}
    return seg.invitation(content, passphrase=passphrase, recipient=recipient)


def invited_servers(content: dict[str, Any]) -> list[dict[str, Any]]:
    """The team servers an invitation names (read as hostile: entries of another shape are left out; at most 20):
    ``{"name", "url", "user", "own_ca", "plain_http"}`` each, in the invitation's order, names unique."""
    out: list[dict[str, Any]] = []
    items = content.get("servers")
    seen: set[str] = set()
    for item in items[:20] if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        name, url, user = item.get("name"), item.get("url"), item.get("user", "")
        if not (isinstance(name, str) and 0 < len(name) <= 80 and isinstance(url, str) and 0 < len(url) <= 2000
                and isinstance(user, str) and len(user) <= 200 and name.strip() == name
                and all(x.isprintable() for x in (name, url, user))) or name.lower() in seen:
            continue
        seen.add(name.lower())
        out.append({"name": name, "url": url, "user": user, "own_ca": item.get("own_ca") is True,
                    "plain_http": item.get("plain_http") is True})
    return out


def _introduction(vault: Vault, me: str) -> dict[str, str]:
    """A one-time introduction key for the device joining (its seed in the invitation), vouched for by this
    device's signing key: the joiner signs its own device key with it, and every device that pinned this one's key
    takes the joiner's (docs/team.md "Who wrote a file")."""
    seed, public = signing.new_key()
    return {"by": me, "key": signing.b64url(seed), "signature": signing.certify(store.signing_key(vault), public)}


def _joiner_key(content: dict[str, Any]) -> tuple[bytes | None, dict[str, str] | None]:
    """This joining device's own signing key and the certificate the invitation's introduction gives it (None,
    None: an invitation made before signatures)."""
    intro = content.get("introduction")
    if not (isinstance(intro, dict) and isinstance(intro.get("by"), str) and isinstance(intro.get("key"), str)
            and isinstance(intro.get("signature"), str)):
        return None, None
    try:
        intro_seed = signing.unb64url(intro["key"])
        intro_public = signing.public_of(intro_seed)
    except ValueError as exc:
        raise TeamError("unreadable-invitation") from exc
    seed, public = signing.new_key()
    return seed, {"by": intro["by"], "intro": intro_public, "intro_signature": intro["signature"],
                  "signature": signing.certify(intro_seed, public)}


def invited_keys(content: dict[str, Any]) -> dict[str, str]:
    """The signing keys an invitation gives (read as hostile): the inviter's and those it had pinned, by device."""
    out: dict[str, str] = {}
    roster = content.get("roster")
    for device, public in (roster.items() if isinstance(roster, dict) else ()):
        if isinstance(device, str) and 0 < len(device) <= 64 and signing.is_public_key(public):
            out[device] = public
    inviter = content.get("inviter")
    if isinstance(inviter, dict) and isinstance(inviter.get("device"), str) and len(inviter["device"]) <= 64 \
            and signing.is_public_key(inviter.get("signing")):
        out[inviter["device"]] = inviter["signing"]
    return out


def check_invitation(data: bytes, *, passphrase: str | None = None,
                     identity: str | None = None) -> list[dict[str, Any]]:
    """Whether the invitation opens with this passphrase or identity (before a new vault is created for it): the
    team servers it names (``invited_servers``), whose passwords the person joining is then asked for."""
    return invited_servers(seg.read_invitation(data, passphrase=passphrase, identity=identity))


def discard_new_vault(path: Path) -> None:
    """A vault created for a join that failed: its files go (it never held anything but what the join wrote), and
    a snapshot's temporary file beside it that a killed join left (encrypted, under a key that is gone)."""
    from ..vault.lockfile import lock_path

    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal"), lock_path(path),
              *path.parent.glob(f".{glob.escape(path.name)}.*{TEMP_SUFFIX}")):
        p.unlink(missing_ok=True)


class _Candidate:
    """A transport a joining vault may read the snapshot from: a folder, or a team server (its session closed by
    ``close``)."""

    def __init__(self, label: str, transport: Transport | None, http: Http | None = None):
        self.label, self.transport, self.http = label, transport, http
        self.snapshot: tuple[str, dict[str, Any]] | None = None
        self.error: str | None = None

    def close(self) -> None:
        if self.http is not None:
            self.http.close()


def _servers_to_join(vault: Vault, secrets: ServerSecrets | None, invited: list[dict[str, Any]],
                     passwords: dict[str, str], ca_file: str, plain_http: bool) -> list[tuple[dict, Endpoint]]:
    """The team servers a joining vault reads from and then syncs with: those already added to it (their passwords
    in the keyring), then the invitation's not among them (same URL and account), each with its endpoint. A URL
    the invitation gives that this computer must refuse (plain http to another computer without ``plain_http``)
    refuses the join: ``TeamError("server-url")``."""
    out: list[tuple[dict, Endpoint]] = []
    known = set()
    if secrets is not None:
        for s in transports(vault):
            if not is_folder(s):
                known.add((s.url, s.account))
                out.append(({"name": s.name, "url": s.url, "user": s.account, "added": True},
                            server_service.endpoint(vault, secrets, s)))
    if secrets is None:
        return out
    for item in invited:
        if (item["url"], item["user"]) in known:
            continue
        allow = plain_http
        try:
            server_service.check_url_input(item["url"], allow)
        except InvalidField as exc:
            raise TeamError("server-url", name=item["name"], url=item["url"], why=exc.reason) from None
        ca = ca_file if item["own_ca"] else ""
        out.append(({**item, "added": False, "ca_file": ca, "plain_http": allow},
                    Endpoint(item["url"], item["user"], passwords.get(item["name"], ""), ca, allow)))
    return out


def join(vault: Vault, data: bytes, *, passphrase: str | None = None, identity: str | None = None,
         folders: list[str] | None = None, secrets: ServerSecrets | None = None,
         passwords: dict[str, str] | None = None, ca_file: str = "", plain_http: bool = False,
         http_factory: HttpFactory = Http, progress=no_progress) -> dict[str, Any]:
    """Make a NEW, empty vault a device of the team the invitation names: catch up from the newest snapshot found
    on whichever of its transports answers — its folders (``folders`` instead of the invitation's, when the folder
    is elsewhere on this computer) and its team servers (with ``secrets``: the passwords given in ``passwords`` by
    server name, ``ca_file`` for those the inviting device trusted with its own CA file) — then the segments after
    it (a first sync of every transport; the servers are added to the vault, their passwords to the keyring).
    A transport that does not answer (or refuses the password, or holds another team's folder) is not read, and
    reported in ``not_read`` ({name or path: code}); the others serve the join. The invitation's word is never
    taken to lower security: plain http to another computer needs ``plain_http`` from the person joining."""
    content = seg.read_invitation(data, passphrase=passphrase, identity=identity)
    if store.get(vault) is not None:
        raise TeamError("already-team")
    if not store.log_is_empty(vault):
        raise TeamError("not-empty")
    team_id, identities = content["team"], content["keys"]
    try:
        keys = [(i, seg.recipient_of(i)) for i in identities]
    except ValueError as exc:
        raise TeamError("unreadable-invitation") from exc
    seed, certificate = _joiner_key(content)
    if ca_file:
        ca_file = server_service.check_ca_file(ca_file)
    to_join = _servers_to_join(vault, secrets, invited_servers(content), passwords or {}, ca_file, plain_http)
    replication.device_id(vault)   # made now: what the snapshot brings is other devices' (device_id takes the log)
    paths = folders or [str(p) for p in content.get("transports", []) if isinstance(p, str)]
    devices = [d for d in content.get("devices", []) if isinstance(d, str)]
    pins = invited_keys(content)
    on_servers = [_server_candidate(item, endpoint, http_factory) for item, endpoint in to_join]
    candidates = [_Candidate(path, Folder(path)) for path in paths] + on_servers
    try:
        covered, loaded_from = _load_newest_snapshot(vault, candidates, identities, team_id, devices, pins,
                                                     progress)
    finally:
        for c in candidates:
            c.close()
    not_read = {c.label: c.error for c in candidates if c.error}
    device_identity, device_recipient = seg.new_identity()
    store.create(vault, team_id, device_identity, keys, signing_seed=seed, certificate=certificate)
    with vault.transaction():
        vault.set_meta("team_covered", _json(covered))
        store.note_device(vault, replication.device_id(vault), recipient=device_recipient)
        for d in devices:
            store.note_device(vault, d)
        for d, public in pins.items():
            store.pin(vault, d, public)
    added = [add_folder(vault, p) for p in paths if Path(p).is_dir()]
    results = {}
    for s in added:
        results[s.name] = _sync_one(vault, s)
    if secrets is not None and to_join:
        names = []
        for (item, endpoint), c in zip(to_join, on_servers, strict=True):
            name = _add_invited(vault, secrets, item, endpoint)
            if c.error is None:
                names.append(name)
                continue
            # not tried again now: a refused password is never sent twice, a server that is down not waited for twice
            server_store.log_run(vault, name, error=c.error, auth_failed=c.error == Failure.AUTH)
            results[name] = {"sent": 0, "received": 0, "deleted": 0, "conflicts": 0, "requests": 0, "error": c.error}
        for name, outcome in sync_service.run(vault, secrets, names, http_factory=http_factory).items():
            results[name] = outcome.to_json()
    return {"team": team_id, "device": replication.device_id(vault), "snapshot": loaded_from,
            "not_read": not_read, "transports": results}


def _server_candidate(item: dict[str, Any], endpoint: Endpoint, http_factory: HttpFactory) -> _Candidate:
    try:
        http = http_factory(endpoint)
    except DavError as exc:
        failed = _Candidate(item["name"], None)
        failed.error = exc.code
        return failed
    return _Candidate(item["name"], DavFolder(WebDav(http)), http)


def _add_invited(vault: Vault, secrets: ServerSecrets, item: dict[str, Any], endpoint: Endpoint) -> str:
    """A server of the invitation added to the joined vault (a name of its own when the name is taken)."""
    if item["added"]:
        return item["name"]
    taken = {s.name.lower() for s in server_store.all_servers(vault)}
    chosen, n = item["name"], 2
    while chosen.lower() in taken:
        chosen, n = f"{item['name']}-{n}", n + 1
    server_service.add(vault, secrets, chosen, KIND, item["url"], item["user"], password=endpoint.password or None,
                       ca_file=item["ca_file"], plain_http=item["plain_http"])
    return chosen


def _load_newest_snapshot(vault: Vault, candidates: list[_Candidate], identities: list[str], team_id: str,
                          devices: list[str], pins: dict[str, str], progress) -> tuple[dict[str, str], str | None]:
    """Every transport that answers is asked for its devices' indexes; the newest snapshot among them is loaded
    (another one when that transport fails or its snapshot fails its checks). Returns what it covered and where
    it came from (a folder's path, a server's name), or ({}, None) when no transport had one."""
    for c in candidates:
        if c.transport is None:
            continue
        try:
            c.snapshot = replicate.best_snapshot(replicate.join_indexes(c.transport, identities, team_id, devices,
                                                                        pins))
        except DavError as exc:
            c.error = exc.code
        except TeamError as exc:   # a folder not mounted, or not this team's (its sync reports it): not read
            if exc.code not in ("folder-missing", "foreign-folder"):
                raise
            c.error = exc.code
    ordered = sorted((c for c in candidates if c.snapshot is not None),
                     key=lambda c: (str(c.snapshot[1].get("written", "")), c.snapshot[0]), reverse=True)
    tampered: TeamError | None = None
    for c in ordered:
        dev, snap = c.snapshot
        progress(0, 1, "snapshot")
        try:
            return _load_snapshot(vault, c.transport, identities, team_id, dev, snap, pins, progress), c.label
        except DavError as exc:
            c.error = exc.code
        except BadChange as exc:
            tampered = TeamError("tampered", why="snapshot")
            tampered.__cause__ = exc
        except TeamError as exc:
            if exc.code == "folder-missing":
                c.error = exc.code
            elif exc.code in ("tampered", "missing-file"):
                tampered = exc
            else:
                raise
    if tampered is not None:
        raise tampered
    return {}, None


def _load_snapshot(vault: Vault, transport: Transport, identities: list[str], team_id: str, dev: str,
                   snap: dict[str, Any], pins: dict[str, str], progress) -> dict[str, str]:
    """One snapshot into this empty vault: its parts decrypted (age) into a hidden file beside the vault, which
    SQLCipher keeps encrypted under the snapshot's key (never plaintext on disk), then copied into the vault in one
    transaction (vault/snapshot_copy.py); the file is removed whatever happens. ``progress`` is called after each
    part and between tables: raising there (Cancel) leaves the vault as it was."""
    parts = len(snap["parts"])
    total = parts + 1

    def read(done: int, _of: int) -> None:
        progress(done, total, "snapshot")

    def load(done: int, of: int) -> None:
        progress(parts, total, "snapshot")

    temp = temp_name(vault.path)
    open_temp(temp, PRIVATE).close()
    try:
        replicate.snapshot_file(transport, identities, team_id, dev, snap, pins, temp, read)
        covered = snapshot_copy.load(vault, temp, snap["key"], covered=snap["covered"], step=load)
    finally:
        temp.unlink(missing_ok=True)
    progress(total, total, "snapshot")
    return covered


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
    device's own key and never to the removed one. What it has already seen cannot be recalled. What it wrote before
    is still applied: the segments its signed index lists at this device's next sync of each transport (their
    SHA-256, published in this device's index for the others); anything it writes later is refused."""
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
        store.accept(vault, gone, set())
        for s in transports(vault):   # its changes there before now are kept: taken at the next sync of each
            state = server_store.target_state(vault, s.target_id)
            state["take_accepted"] = sorted(set(state.get("take_accepted") or []) | {gone})
            server_store.set_target_state(vault, s.target_id, state)
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
    gaps = [r for r in result.refused if r.get("why") == "gap"]
    if gaps:
        raise TeamError("gap-behind", device=gaps[0]["device"], count=len(gaps))
    refused = [r for r in result.refused if r.get("why") != "removed"]   # a removed device writing on: expected
    if refused:
        raise TeamError("tampered", count=len(refused))
