"""The files a team device writes into a transport (docs/team.md): all age-encrypted, all named by 32 hex digits,
all padded, so that nothing in a name or a size says what is inside.

- the **marker** (name derived from the team id): ``{"kind": "marker", "team": id}``. A folder without it that is
  not empty belongs to someone else and is refused.
- each device's **segments** (random names): append-only and immutable, the ``wire``d changes of one sync,
  compressed, with a header (team id, device, segment number, first and last hlc, count).
- each device's **index** (name derived from the team id and the device): its segments with their SHA-256, its
  snapshot's chunks, its acknowledgements of others' changes, its own public key; replaced atomically.
- **snapshots** (random names): vault/snapshot_copy.py's file (a SQLCipher copy of the replicated tables under a
  random key, which the index carries) in parts of SNAPSHOT_CHUNK bytes.
- **key files** (random names, named in the remover's index): after ``team remove``, the new team key encrypted to
  each remaining device's own key (and never to the removed one).

Inside each file: ``CDT1``, the header's length (4 bytes), the header (JSON), the body (zlib), zero padding to the
Padmé length of the whole. Every file read is hostile input: any failure to decrypt or to parse, a header naming
another team, device, kind or number, is ``TeamError("tampered")`` — never merged.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import struct
import zlib
from collections.abc import Iterable
from typing import Any

import pyrage
from pyrage import x25519

from ..core.errors import TeamError

MAGIC = b"CDT1"
MIN_SIZE = 1024                      # the smallest padded plaintext (one small edit and its header fit)
MAX_FILE = 256 * 1024 * 1024         # a transport file over this is refused unread
MAX_BODY = 1024 * 1024 * 1024        # a body inflating past this is refused
SNAPSHOT_CHUNK = 8 * 1024 * 1024     # bytes of a snapshot's file per part
NAME_LENGTH = 32


def new_identity() -> tuple[str, str]:
    """A new age X25519 key: (identity, recipient)."""
    ident = x25519.Identity.generate()
    return str(ident), str(ident.to_public())


def recipient_of(identity: str) -> str:
    return str(x25519.Identity.from_str(identity).to_public())


def random_name() -> str:
    return secrets.token_hex(NAME_LENGTH // 2)


def is_name(name: str) -> bool:
    return len(name) == NAME_LENGTH and all(ch in "0123456789abcdef" for ch in name)


def derived_name(team_id: str, *parts: str) -> str:
    """A name only members can compute (the team id is secret), looking like every random one."""
    return hashlib.sha256("\0".join(("commons-team", team_id, *parts)).encode()).hexdigest()[:NAME_LENGTH]


def marker_name(team_id: str) -> str:
    return derived_name(team_id, "marker")


def index_name(team_id: str, device: str) -> str:
    return derived_name(team_id, "index", device)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def padded_length(n: int) -> int:
    """Padmé (PURBs, Nikitin et al. 2019): at most ~12% added, and a length leaks O(log log n) bits."""
    n = max(n, MIN_SIZE)
    e = n.bit_length() - 1
    s = e.bit_length()
    mask = (1 << (e - s)) - 1
    return (n + mask) & ~mask


# -- sealing and opening --------------------------------------------------------------------------------------------
def seal(header: dict[str, Any], body: bytes, recipients: Iterable[str], *, level: int = 6) -> bytes:
    """Encrypt ``header`` and the compressed ``body`` (zlib ``level``; 0 stores what does not compress) to every
    recipient, padded."""
    packed = zlib.compress(body, level)
    head = json.dumps({**header, "body": len(packed)}, separators=(",", ":"), sort_keys=True).encode()
    plain = MAGIC + struct.pack(">I", len(head)) + head + packed
    plain += bytes(padded_length(len(plain)) - len(plain))
    try:
        return pyrage.encrypt(plain, [x25519.Recipient.from_str(r) for r in recipients])
    except (pyrage.RecipientError, pyrage.EncryptError, ValueError) as exc:
        raise TeamError("bad-key") from exc


def open_sealed(data: bytes, identities: Iterable[str], *, team_id: str | None, kind: str,
                **expect: Any) -> tuple[dict[str, Any], bytes]:
    """(header, body) of a sealed file; every check failing is TeamError("tampered")."""
    if len(data) > MAX_FILE:
        raise TeamError("tampered", why="size")
    try:
        ids = [x25519.Identity.from_str(i) for i in identities]
        plain = pyrage.decrypt(data, ids)
    except (pyrage.DecryptError, pyrage.IdentityError, ValueError, TypeError) as exc:
        raise TeamError("tampered", why="decrypt") from exc
    try:
        if plain[:4] != MAGIC:
            raise ValueError("magic")
        (length,) = struct.unpack(">I", plain[4:8])
        header = json.loads(plain[8:8 + length])
        if not isinstance(header, dict):
            raise ValueError("header")
        size = header.get("body")
        if not isinstance(size, int) or size < 0 or 8 + length + size > len(plain):
            raise ValueError("body")
        if any(plain[8 + length + size:]):
            raise ValueError("padding")
        inflater = zlib.decompressobj()
        body = inflater.decompress(plain[8 + length:8 + length + size], MAX_BODY)
        if inflater.unconsumed_tail or not inflater.eof:
            raise ValueError("inflation")
    except (ValueError, struct.error, zlib.error, UnicodeDecodeError) as exc:
        raise TeamError("tampered", why="format") from exc
    if header.get("kind") != kind or (team_id is not None and header.get("team") != team_id):
        raise TeamError("tampered", why="header")
    for key, value in expect.items():
        if header.get(key) != value:
            raise TeamError("tampered", why=key)
    return header, body


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise TeamError("tampered", why="json") from exc


# -- each kind of file ------------------------------------------------------------------------------------------
def marker(team_id: str, recipients: Iterable[str]) -> bytes:
    return seal({"kind": "marker", "team": team_id}, b"", recipients)


def check_marker(data: bytes, identities: Iterable[str], team_id: str) -> None:
    try:
        open_sealed(data, identities, team_id=team_id, kind="marker")
    except TeamError as exc:
        raise TeamError("foreign-folder") from exc


def segment(team_id: str, device: str, number: int, wired: list[dict], recipients: Iterable[str]) -> bytes:
    header = {"kind": "segment", "team": team_id, "device": device, "number": number, "count": len(wired),
              "first": wired[0]["hlc"], "last": wired[-1]["hlc"]}
    return seal(header, json.dumps(wired, separators=(",", ":"), ensure_ascii=False).encode(), recipients)


def read_segment(data: bytes, identities: Iterable[str], team_id: str, device: str, number: int) -> list[Any]:
    """The wired changes of a segment whose header names this team, device and number (the index said so)."""
    header, body = open_sealed(data, identities, team_id=team_id, kind="segment", device=device, number=number)
    items = _json(body)
    if not isinstance(items, list) or len(items) != header.get("count"):
        raise TeamError("tampered", why="count")
    return items


def index(team_id: str, device: str, content: dict[str, Any], recipients: Iterable[str]) -> bytes:
    return seal({"kind": "index", "team": team_id, "device": device},
                json.dumps(content, separators=(",", ":")).encode(), recipients)


def read_index(data: bytes, identities: Iterable[str], team_id: str, device: str | None = None) -> dict[str, Any]:
    """A device's index (``device`` None: whichever device it is; the header's says, as ``content["device"]``)."""
    expect = {} if device is None else {"device": device}
    header, body = open_sealed(data, identities, team_id=team_id, kind="index", **expect)
    content = _json(body)
    if not isinstance(content, dict) or not isinstance(header.get("device"), str):
        raise TeamError("tampered", why="index")
    content["device"] = header["device"]
    return content


def snapshot_part(team_id: str, device: str, snap: str, part: int, parts: int, data: bytes,
                  recipients: list[str]) -> bytes:
    """Part ``part`` of ``parts`` of a snapshot (vault/snapshot_copy.py's file, SNAPSHOT_CHUNK bytes a part): already
    encrypted by SQLCipher, so stored rather than compressed (level 0), then sealed and padded like every file."""
    return seal({"kind": "snapshot", "team": team_id, "device": device, "snapshot": snap, "part": part,
                 "parts": parts}, data, recipients, level=0)


def read_snapshot_part(data: bytes, identities: Iterable[str], team_id: str, device: str, snap: str, part: int,
                       parts: int) -> bytes:
    _, body = open_sealed(data, identities, team_id=team_id, kind="snapshot", device=device, snapshot=snap,
                          part=part, parts=parts)
    if len(body) > SNAPSHOT_CHUNK:
        raise TeamError("tampered", why="snapshot")
    return body


def keys_file(team_id: str, keys: list[str], removed: list[str], recipients: Iterable[str]) -> bytes:
    """The team keys after a removal, for the remaining devices' own keys only."""
    return seal({"kind": "keys", "team": team_id}, json.dumps({"keys": keys, "removed": removed}).encode(),
                recipients)


def read_keys_file(data: bytes, identity: str, team_id: str) -> dict[str, Any]:
    _, body = open_sealed(data, [identity], team_id=team_id, kind="keys")
    content = _json(body)
    if not (isinstance(content, dict) and isinstance(content.get("keys"), list)
            and all(isinstance(k, str) for k in content["keys"])):
        raise TeamError("tampered", why="keys")
    return content


# -- invitations ------------------------------------------------------------------------------------------------
def invitation(content: dict[str, Any], *, passphrase: str | None = None, recipient: str | None = None) -> bytes:
    """The invitation: team id, keys, transports; age-encrypted with a passphrase (scrypt) or to a person's key."""
    plain = json.dumps({"kind": "invitation", **content}).encode()
    try:
        if recipient is not None:
            return pyrage.encrypt(plain, [x25519.Recipient.from_str(recipient)])
        return pyrage.passphrase.encrypt(plain, passphrase or "")
    except (pyrage.RecipientError, pyrage.EncryptError, ValueError) as exc:
        raise TeamError("bad-key") from exc


def read_invitation(data: bytes, *, passphrase: str | None = None, identity: str | None = None) -> dict[str, Any]:
    if len(data) > 1024 * 1024:
        raise TeamError("unreadable-invitation")
    try:
        if identity is not None:
            plain = pyrage.decrypt(data, [x25519.Identity.from_str(identity)])
        else:
            plain = pyrage.passphrase.decrypt(data, passphrase or "")
        content = json.loads(plain)
    except (pyrage.DecryptError, pyrage.IdentityError, ValueError, TypeError, UnicodeDecodeError) as exc:
        raise TeamError("unreadable-invitation") from exc
    if not (isinstance(content, dict) and content.get("kind") == "invitation"
            and isinstance(content.get("team"), str) and isinstance(content.get("keys"), list)
            and content["keys"] and all(isinstance(k, str) for k in content["keys"])
            and isinstance(content.get("transports", []), list)):
        raise TeamError("unreadable-invitation")
    return content
