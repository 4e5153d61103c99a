"""The team's state in the vault (issue 12): the team id, the team keys (the current one, and the older ones kept
after a rotation to read what was written before it), this device's own key, the devices known, and per transport
the segments this device published there and those of others it applied.

The transports themselves are the vault's servers of kind ``team`` (vault/servers.py): a folder today (a
``file:`` URL), a WebDAV folder later. Keys are age X25519 identities (``AGE-SECRET-KEY-1...``); they live only in
this encrypted vault and in invitations encrypted for the person joining.
"""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime

from ..core.errors import TeamError
from ..core.values import Value
from .connection import Vault

# schema step (vault/migrations.py TEAM): one row of team state, its keys, its devices, segments out and in
SCHEMA = """
CREATE TABLE team (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    id TEXT NOT NULL,
    device_identity TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE team_key (
    rid INTEGER PRIMARY KEY,
    identity TEXT NOT NULL UNIQUE,
    recipient TEXT NOT NULL,
    created TEXT NOT NULL,
    retired TEXT
);
CREATE TABLE team_device (
    id TEXT PRIMARY KEY,
    recipient TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    seen TEXT,
    last_hlc TEXT,
    removed TEXT
) WITHOUT ROWID;
CREATE TABLE team_published (
    target_id TEXT NOT NULL REFERENCES sync_target(id),
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    first_hlc TEXT NOT NULL,
    last_hlc TEXT NOT NULL,
    count INTEGER NOT NULL,
    size INTEGER NOT NULL,
    created TEXT NOT NULL,
    PRIMARY KEY (target_id, number)
) WITHOUT ROWID;
CREATE TABLE team_applied (
    target_id TEXT NOT NULL REFERENCES sync_target(id),
    device TEXT NOT NULL,
    number INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    last_hlc TEXT NOT NULL,
    applied TEXT NOT NULL,
    PRIMARY KEY (target_id, device, number)
) WITHOUT ROWID;
"""


# schema step (vault/migrations.py TRUST): this device's Ed25519 signing key (its seed, made at its first sync when
# missing: a team made before this step) and the certificate introducing it (JSON: the device that vouched for the
# key, its signature), each device's PINNED public signing key ('' until known), and for a removed device the
# segments (their SHA-256) written before its removal that are still applied (docs/team.md)
TRUST_SCHEMA = """
ALTER TABLE team ADD COLUMN device_signing BLOB;
ALTER TABLE team ADD COLUMN device_certificate TEXT;
ALTER TABLE team_device ADD COLUMN signing TEXT NOT NULL DEFAULT '';
ALTER TABLE team_device ADD COLUMN accepted TEXT;
"""


class Team(Value):
    """Immutable (core/values.py)."""

    __slots__ = ("id", "device_identity", "created")
    # device_identity: this device's own age identity (the team key after a rotation is sent to it)

    id: str
    device_identity: str
    created: str


class Device(Value):
    """Immutable (core/values.py)."""

    __slots__ = ("id", "recipient", "name", "seen", "last_hlc", "removed")

    id: str
    recipient: str
    name: str
    seen: str | None
    last_hlc: str | None
    removed: str | None


class Published(Value):
    """Immutable (core/values.py)."""

    __slots__ = ("number", "name", "sha256", "first_hlc", "last_hlc", "count", "size")

    number: int
    name: str
    sha256: str
    first_hlc: str
    last_hlc: str
    count: int
    size: int


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def get(vault: Vault) -> Team | None:
    row = vault.conn.execute("SELECT id, device_identity, created FROM team").fetchone()
    return Team(*row) if row else None


def require(vault: Vault) -> Team:
    found = get(vault)
    if found is None:
        raise TeamError("not-team")
    return found


def create(vault: Vault, team_id: str, device_identity: str, keys: list[tuple[str, str]], *,
           signing_seed: bytes | None = None, certificate: dict[str, str] | None = None) -> Team:
    """Make this vault a team vault: ``keys`` (identity, recipient), oldest first, the last one current; the
    signing key an invitation gave with the ``certificate`` of the device that vouched for it (None: a new team,
    a key of its own)."""
    if get(vault) is not None:
        raise TeamError("already-team")
    stamp = now()
    with vault.transaction() as c:
        c.execute("INSERT INTO team(one, id, device_identity, created, device_certificate) VALUES (1, ?, ?, ?, ?)",
                  (team_id, device_identity, stamp, json.dumps(certificate) if certificate else None))
        if signing_seed is not None:
            from ..core import signing
            from .replication import device_id

            c.execute("UPDATE team SET device_signing = ?", (signing_seed,))
            pin(vault, device_id(vault), signing.public_of(signing_seed))
        for identity, recipient in keys:
            add_key(vault, identity, recipient)
        from .replication import device_id
        note_device(vault, device_id(vault), name=default_name())   # this device, named after its host
        signing_key(vault)
    return require(vault)


def add_key(vault: Vault, identity: str, recipient: str) -> bool:
    """A team key, now the current one (older ones are retired, kept to read what they encrypted). False when known."""
    with vault.transaction() as c:
        if c.execute("SELECT 1 FROM team_key WHERE identity = ?", (identity,)).fetchone():
            return False
        c.execute("UPDATE team_key SET retired = ? WHERE retired IS NULL", (now(),))
        c.execute("INSERT INTO team_key(identity, recipient, created) VALUES (?, ?, ?)", (identity, recipient, now()))
    return True


def keys(vault: Vault) -> list[tuple[str, str]]:
    """Every team key (identity, recipient), oldest first: the last one is current."""
    return [tuple(r) for r in vault.conn.execute("SELECT identity, recipient FROM team_key ORDER BY rid")]


def current_recipient(vault: Vault) -> str:
    row = vault.conn.execute("SELECT recipient FROM team_key ORDER BY rid DESC LIMIT 1").fetchone()
    if row is None:
        raise TeamError("not-team")
    return row[0]


# -- devices ----------------------------------------------------------------------------------------------------
def _device(row) -> Device:
    return Device(*row)


def devices(vault: Vault) -> list[Device]:
    return [_device(r) for r in vault.conn.execute(
        "SELECT id, recipient, name, seen, last_hlc, removed FROM team_device ORDER BY id")]


def device(vault: Vault, ident: str) -> Device | None:
    row = vault.conn.execute("SELECT id, recipient, name, seen, last_hlc, removed FROM team_device WHERE id = ?",
                             (ident,)).fetchone()
    return _device(row) if row else None


def note_device(vault: Vault, ident: str, *, recipient: str = "", name: str = "", seen: str | None = None,
                last_hlc: str | None = None) -> None:
    """A device seen (in its index, or this one): what is given is kept; a later ``last_hlc`` replaces an earlier."""
    with vault.transaction() as c:
        c.execute("INSERT INTO team_device(id, recipient, name, seen, last_hlc) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT(id) DO UPDATE SET "
                  "recipient = CASE WHEN excluded.recipient != '' THEN excluded.recipient ELSE recipient END, "
                  "name = CASE WHEN excluded.name != '' THEN excluded.name ELSE name END, "
                  "seen = coalesce(excluded.seen, seen), "
                  "last_hlc = CASE WHEN last_hlc IS NULL OR excluded.last_hlc > last_hlc THEN "
                  "coalesce(excluded.last_hlc, last_hlc) ELSE last_hlc END",
                  (ident, recipient, name, seen, last_hlc))


MAX_NAME = 64


def clean_name(name: str) -> str:
    """A device's name as kept and shown: one line, printable, spaces collapsed, at most MAX_NAME characters ("" when
    nothing is left: a name another device's index carries is read as hostile)."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in str(name)).split())
    return text[:MAX_NAME].strip()


def default_name() -> str:
    """This computer's host name (without a local domain): what a device is called until someone names it."""
    try:
        host = socket.gethostname()
    except OSError:
        return ""
    return clean_name(host.split(".")[0] if not host.replace(".", "").isdigit() else host)


def set_name(vault: Vault, ident: str, name: str) -> str:
    """Name a device (this one: the others learn it from its index, vault/replication.py and sync/replicate.py).
    Returns the name kept; an empty one is refused (TeamError 'bad-name')."""
    kept = clean_name(name)
    if not kept:
        raise TeamError("bad-name")
    with vault.transaction() as c:
        c.execute("INSERT INTO team_device(id, name) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name",
                  (ident, kept))
    return kept


def names(vault: Vault) -> dict[str, str]:
    """Every known device's name (those never named are absent)."""
    return {i: n for i, n in vault.conn.execute("SELECT id, name FROM team_device WHERE name != ''")}


def mark_removed(vault: Vault, ident: str) -> bool:
    """False when the device was already removed."""
    with vault.transaction() as c:
        c.execute("INSERT OR IGNORE INTO team_device(id) VALUES (?)", (ident,))
        return c.execute("UPDATE team_device SET removed = ? WHERE id = ? AND removed IS NULL",
                         (now(), ident)).rowcount == 1


def removed_ids(vault: Vault) -> set[str]:
    return {r[0] for r in vault.conn.execute("SELECT id FROM team_device WHERE removed IS NOT NULL")}


def accepted(vault: Vault) -> dict[str, set[str]]:
    """Per removed device, the SHA-256 of its segments written before its removal that are still applied (docs/team.md
    "Removing a device"): what its remover saw of it at its first sync of each transport after the removal."""
    out: dict[str, set[str]] = {}
    for ident, text in vault.conn.execute("SELECT id, accepted FROM team_device WHERE accepted IS NOT NULL"):
        try:
            items = json.loads(text)
        except ValueError:
            continue
        out[ident] = {x for x in items if isinstance(x, str)} if isinstance(items, list) else set()
    return out


def accept(vault: Vault, ident: str, sha256s: set[str]) -> None:
    """Add to a removed device's accepted segments (a union: each remover's view, each transport's)."""
    with vault.transaction() as c:
        row = c.execute("SELECT accepted FROM team_device WHERE id = ?", (ident,)).fetchone()
        known = accepted(vault).get(ident, set()) if row is not None else set()
        merged = sorted(known | {x for x in sha256s if isinstance(x, str) and len(x) == 64})
        c.execute("INSERT INTO team_device(id, accepted) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET "
                  "accepted = excluded.accepted", (ident, json.dumps(merged)))


# -- segments out and in ----------------------------------------------------------------------------------------
def published(vault: Vault, target_id: str) -> list[Published]:
    return [Published(*r) for r in vault.conn.execute(
        "SELECT number, name, sha256, first_hlc, last_hlc, count, size FROM team_published WHERE target_id = ? "
        "ORDER BY number", (target_id,))]


def last_published(vault: Vault, target_id: str) -> tuple[int, str | None]:
    """(the highest segment number published to this transport, its last hlc), or (0, None). Compacted segments
    leave their row's number in the target's state (``compacted``), so numbers never repeat."""
    row = vault.conn.execute("SELECT number, last_hlc FROM team_published WHERE target_id = ? "
                             "ORDER BY number DESC LIMIT 1", (target_id,)).fetchone()
    return (row[0], row[1]) if row else (0, None)


def add_published(vault: Vault, target_id: str, seg: Published) -> None:
    with vault.transaction() as c:
        c.execute("INSERT INTO team_published(target_id, number, name, sha256, first_hlc, last_hlc, count, size, "
                  "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (target_id, seg.number, seg.name, seg.sha256, seg.first_hlc, seg.last_hlc, seg.count, seg.size,
                   now()))


def drop_published(vault: Vault, target_id: str, numbers: list[int]) -> None:
    with vault.transaction() as c:
        c.executemany("DELETE FROM team_published WHERE target_id = ? AND number = ?",
                      [(target_id, n) for n in numbers])


def forget_published(vault: Vault, target_id: str) -> None:
    """The transport's own segments are no longer there (a transport removed and added again starts anew)."""
    with vault.transaction() as c:
        c.execute("DELETE FROM team_published WHERE target_id = ?", (target_id,))


def applied(vault: Vault, target_id: str) -> dict[tuple[str, int], str]:
    """(device, number) -> sha256 of every segment of others applied from this transport."""
    return {(d, n): s for d, n, s in vault.conn.execute(
        "SELECT device, number, sha256 FROM team_applied WHERE target_id = ?", (target_id,))}


def applied_hlc(vault: Vault, target_id: str) -> dict[str, dict[int, str]]:
    """device -> {number: last hlc} of its segments applied from this transport."""
    out: dict[str, dict[int, str]] = {}
    for d, n, h in vault.conn.execute("SELECT device, number, last_hlc FROM team_applied WHERE target_id = ?",
                                      (target_id,)):
        out.setdefault(d, {})[n] = h
    return out


def mark_applied(vault: Vault, target_id: str, dev: str, number: int, sha256: str, last_hlc: str) -> None:
    with vault.transaction() as c:
        c.execute("INSERT OR REPLACE INTO team_applied(target_id, device, number, sha256, last_hlc, applied) "
                  "VALUES (?, ?, ?, ?, ?, ?)", (target_id, dev, number, sha256, last_hlc, now()))


def pending_count(vault: Vault, device: str, after_hlc: str | None) -> int:
    """How many of this device's changes are after ``after_hlc`` (not yet published to a transport)."""
    return vault.conn.execute("SELECT count(*) FROM change_log WHERE device = ? AND hlc > ?",
                              (device, after_hlc or "")).fetchone()[0]


def become_new_device(vault: Vault, former: str, new: str) -> None:
    """This team vault is a copy of device ``former``'s file and is now device ``new`` (vault/replication.py
    bind_device), in the caller's transaction. What the copy had published as ``former`` is, for it, now segments of
    another device already applied (it holds their changes); its transports' states forget its own index, snapshot
    and compaction (``former`` keeps its own), and acknowledge ``former`` up to what it published; it gets an age
    identity of its own (the former one stays ``former``'s: a removal of either reaches only that one)."""
    from pyrage import x25519

    team = get(vault)
    if team is None:
        return
    from .servers import set_target_state, target_state

    c = vault.conn
    stamp = now()
    targets = [r[0] for r in c.execute("SELECT DISTINCT target_id FROM team_published")]
    targets += [r[0] for r in c.execute("SELECT id FROM sync_target WHERE kind = 'team'") if r[0] not in targets]
    for target in targets:
        rows = published(vault, target)
        c.executemany("INSERT OR REPLACE INTO team_applied(target_id, device, number, sha256, last_hlc, applied) "
                      "VALUES (?, ?, ?, ?, ?, ?)", [(target, former, r.number, r.sha256, r.last_hlc, stamp)
                                                    for r in rows])
        c.execute("DELETE FROM team_published WHERE target_id = ?", (target,))
        state = target_state(vault, target)
        for key in ("indexed", "snapshot", "old_snapshot", "compacted", "compacted_last"):
            state.pop(key, None)
        if rows:
            acks = dict(state.get("acks") or {})
            acks[former] = max(acks.get(former, ""), rows[-1].last_hlc)
            state["acks"] = acks
        state["devices"] = sorted(set(state.get("devices") or []) | {former})
        set_target_state(vault, target, state)
    former_recipient = str(x25519.Identity.from_str(team.device_identity).to_public())
    identity = x25519.Identity.generate()
    from ..core import signing

    seed, public = signing.new_key()   # a signing key of its own too (the former one stays pinned as former's),
    row = c.execute("SELECT device_signing FROM team").fetchone()   # introduced by the former device's key
    vouched = {"by": former, "signature": signing.certify(bytes(row[0]), public)} if row and row[0] else None
    c.execute("UPDATE team SET device_identity = ?, device_signing = ?, device_certificate = ?",
              (str(identity), seed, json.dumps(vouched) if vouched else None))
    c.execute("INSERT INTO team_device(id, signing) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET "
              "signing = excluded.signing", (new, public))
    note_device(vault, former, recipient=former_recipient)
    note_device(vault, new, recipient=str(identity.to_public()), name=default_name())


# -- signing keys (docs/team.md "Who wrote a file") -----------------------------------------------------------------
def signing_key(vault: Vault) -> bytes:
    """This device's Ed25519 seed, made on first use (a team vault made before signatures gets it at its next sync;
    its public key is then published in its index and pinned by the others on first sight)."""
    row = vault.conn.execute("SELECT device_signing FROM team").fetchone()
    if row is None:
        raise TeamError("not-team")
    if row[0]:
        return bytes(row[0])
    from ..core import signing
    from .replication import device_id

    seed, public = signing.new_key()
    with vault.transaction() as c:
        c.execute("UPDATE team SET device_signing = ?", (seed,))
        c.execute("INSERT INTO team_device(id, signing) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET "
                  "signing = excluded.signing", (device_id(vault), public))
    return seed


def certificate(vault: Vault) -> dict[str, str] | None:
    """The certificate introducing this device's signing key to the team (None: the team's first device, or one
    made before signatures, pinned on first sight)."""
    row = vault.conn.execute("SELECT device_certificate FROM team").fetchone()
    return json.loads(row[0]) if row and row[0] else None


def pinned(vault: Vault) -> dict[str, str]:
    """Every device's pinned public signing key (devices whose key is not known yet are absent)."""
    return {i: k for i, k in vault.conn.execute("SELECT id, signing FROM team_device WHERE signing != ''")}


def pin(vault: Vault, ident: str, public: str) -> str:
    """Pin a device's public signing key: 'new' (pinned now), 'same', or 'changed' (another key is pinned: it is
    kept, never silently replaced; the caller refuses and reports)."""
    with vault.transaction() as c:
        row = c.execute("SELECT signing FROM team_device WHERE id = ?", (ident,)).fetchone()
        if row is not None and row[0]:
            return "same" if row[0] == public else "changed"
        c.execute("INSERT INTO team_device(id, signing) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET "
                  "signing = excluded.signing", (ident, public))
    return "new"


def log_is_empty(vault: Vault) -> bool:
    """Whether the vault's change log holds nothing (a vault may join a team only then)."""
    return vault.conn.execute("SELECT 1 FROM change_log LIMIT 1").fetchone() is None


def republished(vault: Vault, target_id: str, number: int, sha256: str, size: int) -> None:
    """A segment written again (its row was committed, its file never written): its new checksum and size."""
    with vault.transaction() as c:
        c.execute("UPDATE team_published SET sha256 = ?, size = ? WHERE target_id = ? AND number = ?",
                  (sha256, size, target_id, number))
