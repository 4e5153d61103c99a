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

Inside each file: ``CDT2``, the header's length (4 bytes), the header (JSON), the body (zlib), the writing device's
Ed25519 signature (64 bytes) of all that under SIGNING_DOMAIN, zero padding to the Padmé length of the whole. The
signature is INSIDE the encryption (nothing outside says which device wrote a file) and covers the plaintext
header and body, so it holds whichever team key encrypted the file. The marker alone is unsigned (``CDT1``: it
carries no authority). Files written before signatures (``CDT1``) are read only where the caller allows it
(``unsigned``: a segment or snapshot part whose SHA-256 a verified index gives). Every file read is hostile input:
any failure to decrypt or to parse, a header naming another team, device, kind or number, a signature that is not
the pinned key's of the device the header names, is ``TeamError("tampered")`` — never merged.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import struct
import zlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import pyrage
from pyrage import x25519

from ..core import agepass, signing
from ..core.errors import TeamError

MAGIC = b"CDT1"                      # unsigned: the marker, and files written before signatures
SIGNED = b"CDT2"                     # signed by the device the header names
SIGNING_DOMAIN = b"commons-desktop/team/v1\n"
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
Signer = tuple[str, bytes]                           # (this device's id, its Ed25519 seed)
KeyOf = Callable[[dict[str, Any], bytes], str | None]   # (header, body) -> the public key that must have signed


def pinned_keys(keys: Mapping[str, str]) -> KeyOf:
    """The usual check: the file must be signed by the pinned key of the device its header names."""
    return lambda header, _body: keys.get(str(header.get("device")))


def seal(header: dict[str, Any], body: bytes, recipients: Iterable[str], signer: Signer | None = None, *,
         level: int = 6) -> bytes:
    """Encrypt ``header`` and the compressed ``body`` (zlib ``level``; 0 stores what does not compress) to every
    recipient, padded; signed by ``signer`` (whose device the header names) unless None (the marker only)."""
    packed = zlib.compress(body, level)
    if signer is not None:
        header = {**header, "device": signer[0]}
    head = json.dumps({**header, "body": len(packed)}, separators=(",", ":"), sort_keys=True).encode()
    plain = (MAGIC if signer is None else SIGNED) + struct.pack(">I", len(head)) + head + packed
    if signer is not None:
        plain += signing.sign(signer[1], SIGNING_DOMAIN, plain)
    plain += bytes(padded_length(len(plain)) - len(plain))
    try:
        return pyrage.encrypt(plain, [x25519.Recipient.from_str(r) for r in recipients])
    except (pyrage.RecipientError, pyrage.EncryptError, ValueError) as exc:
        raise TeamError("bad-key") from exc


def open_sealed(data: bytes, identities: Iterable[str], *, team_id: str | None, kind: str, key_of: KeyOf | None = None,
                unsigned: bool = False, **expect: Any) -> tuple[dict[str, Any], bytes]:
    """(header, body) of a sealed file; every check failing is TeamError("tampered"). A signed file must verify
    against ``key_of(header, body)`` (None: unknown signer, refused; ``key_of`` None: the marker, never signed); an
    unsigned one is refused unless ``unsigned``."""
    if len(data) > MAX_FILE:
        raise TeamError("tampered", why="size")
    try:
        ids = [x25519.Identity.from_str(i) for i in identities]
        plain = pyrage.decrypt(data, ids)
    except (pyrage.DecryptError, pyrage.IdentityError, ValueError, TypeError) as exc:
        raise TeamError("tampered", why="decrypt") from exc
    try:
        if plain[:4] not in (MAGIC, SIGNED):
            raise ValueError("magic")
        signed = plain[:4] == SIGNED
        (length,) = struct.unpack(">I", plain[4:8])
        header = json.loads(plain[8:8 + length])
        if not isinstance(header, dict):
            raise ValueError("header")
        size = header.get("body")
        end = 8 + length + size if isinstance(size, int) and size >= 0 else -1
        if end < 0 or end + (signing.SIGNATURE_BYTES if signed else 0) > len(plain):
            raise ValueError("body")
        signature = plain[end:end + signing.SIGNATURE_BYTES] if signed else b""
        if any(plain[end + len(signature):]):
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
    if key_of is not None:
        if not signed:
            if not unsigned:
                raise TeamError("tampered", why="unsigned")
        else:
            public = key_of(header, body)
            if not public:
                raise TeamError("tampered", why="unknown-signer")
            if not signing.verify(public, SIGNING_DOMAIN, plain[:end], signature):
                raise TeamError("tampered", why="signature")
    return header, body


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


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


def segment(team_id: str, signer: Signer, number: int, wired: list[dict], recipients: Iterable[str]) -> bytes:
    header = {"kind": "segment", "team": team_id, "device": signer[0], "number": number, "count": len(wired),
              "first": wired[0]["hlc"], "last": wired[-1]["hlc"]}
    return seal(header, json.dumps(wired, separators=(",", ":"), ensure_ascii=False).encode(), recipients, signer)


def read_segment(data: bytes, identities: Iterable[str], team_id: str, device: str, number: int, key_of: KeyOf, *,
                 unsigned: bool = False) -> list[Any]:
    """The wired changes of a segment whose header names this team, device and number (the index said so), signed
    by that device's pinned key (``unsigned``: a segment written before signatures, its SHA-256 given by an index
    this vault verified, is read too)."""
    header, body = open_sealed(data, identities, team_id=team_id, kind="segment", key_of=key_of, unsigned=unsigned,
                               device=device, number=number)
    items = _json(body)
    if not isinstance(items, list) or len(items) != header.get("count"):
        raise TeamError("tampered", why="count")
    return items


def index(team_id: str, signer: Signer, content: dict[str, Any], recipients: Iterable[str]) -> bytes:
    """A device's index; it carries the device's public signing key (``signing``) and is signed with it."""
    content = {**content, "signing": signing.public_of(signer[1])}
    return seal({"kind": "index", "team": team_id, "device": signer[0]},
                json.dumps(content, separators=(",", ":")).encode(), recipients, signer)


def read_index(data: bytes, identities: Iterable[str], team_id: str, device: str | None,
               pins: Mapping[str, str]) -> dict[str, Any]:
    """A device's index (``device`` None: whichever device it is; the header's says, as ``content["device"]``).
    A device whose key is pinned (``pins``) must have signed it with that key (an index naming another key is
    ``key-changed``); a device not pinned yet signs it with the key it carries (``content["trust"]``
    'first-sight': the caller pins it) or, written before signatures, not at all ('unsigned')."""
    expect = {} if device is None else {"device": device}
    seen: dict[str, str] = {}

    def key_of(header: dict[str, Any], body: bytes) -> str | None:
        carried = _dict(_json(body)).get("signing")
        pinned = pins.get(str(header.get("device")))
        if pinned:
            if isinstance(carried, str) and carried != pinned:
                raise TeamError("tampered", why="key-changed")
            seen["trust"] = "pinned"
            return pinned
        seen["trust"] = "first-sight"
        return carried if signing.is_public_key(carried) else None

    known = device is not None and bool(pins.get(device))
    header, body = open_sealed(data, identities, team_id=team_id, kind="index", key_of=key_of,
                               unsigned=not known, **expect)
    content = _json(body)
    if not isinstance(content, dict) or not isinstance(header.get("device"), str):
        raise TeamError("tampered", why="index")
    if "trust" not in seen and pins.get(header["device"]):
        raise TeamError("tampered", why="unsigned")   # (probed: the device turned out to be a pinned one)
    content["device"] = header["device"]
    content["trust"] = seen.get("trust", "unsigned")
    return content


def snapshot_part(team_id: str, signer: Signer, snap: str, part: int, parts: int, data: bytes,
                  recipients: list[str]) -> bytes:
    """Part ``part`` of ``parts`` of a snapshot (vault/snapshot_copy.py's file, SNAPSHOT_CHUNK bytes a part): already
    encrypted by SQLCipher, so stored rather than compressed (level 0), then sealed, signed and padded like every
    file."""
    return seal({"kind": "snapshot", "team": team_id, "device": signer[0], "snapshot": snap, "part": part,
                 "parts": parts}, data, recipients, signer, level=0)


def read_snapshot_part(data: bytes, identities: Iterable[str], team_id: str, device: str, snap: str, part: int,
                       parts: int, key_of: KeyOf) -> bytes:
    """A snapshot part signed by its device's pinned key (its SHA-256 is checked by the caller against the
    device's verified index: one written before signatures is read too)."""
    _, body = open_sealed(data, identities, team_id=team_id, kind="snapshot", key_of=key_of, unsigned=True,
                          device=device, snapshot=snap, part=part, parts=parts)
    if len(body) > SNAPSHOT_CHUNK:
        raise TeamError("tampered", why="snapshot")
    return body


def keys_file(team_id: str, signer: Signer, keys: list[str], removed: list[str], recipients: Iterable[str]) -> bytes:
    """The team keys after a removal, for the remaining devices' own keys only, signed by the device writing it."""
    return seal({"kind": "keys", "team": team_id}, json.dumps({"keys": keys, "removed": removed}).encode(),
                recipients, signer)


def read_keys_file(data: bytes, identity: str, team_id: str, key_of: KeyOf | None) -> dict[str, Any]:
    """A key file signed by a device whose key is pinned here (``key_of`` None: a team not upgraded yet, read
    unchecked as before signatures)."""
    header, body = open_sealed(data, [identity], team_id=team_id, kind="keys", key_of=key_of)
    content = _json(body)
    if not (isinstance(content, dict) and isinstance(content.get("keys"), list)
            and all(isinstance(k, str) for k in content["keys"])):
        raise TeamError("tampered", why="keys")
    content["device"] = header.get("device")   # who signed it (None: unsigned)
    return content


# -- invitations ------------------------------------------------------------------------------------------------
def invitation(content: dict[str, Any], *, passphrase: str | None = None, recipient: str | None = None) -> bytes:
    """The invitation: team id, keys, transports; age-encrypted with a passphrase (scrypt) or to a person's key."""
    plain = json.dumps({"kind": "invitation", **content}).encode()
    try:
        if recipient is not None:
            return pyrage.encrypt(plain, [x25519.Recipient.from_str(recipient)])
        return agepass.encrypt(plain, passphrase or "")
    except (pyrage.RecipientError, pyrage.EncryptError, ValueError) as exc:
        raise TeamError("bad-key") from exc


def read_invitation(data: bytes, *, passphrase: str | None = None, identity: str | None = None) -> dict[str, Any]:
    if len(data) > 1024 * 1024:
        raise TeamError("unreadable-invitation")
    try:
        if identity is not None:
            plain = pyrage.decrypt(data, [x25519.Identity.from_str(identity)])
        else:
            plain = agepass.decrypt(data, passphrase or "")   # a work factor over its limit: refused, no scrypt
        content = json.loads(plain)
    except (pyrage.DecryptError, pyrage.IdentityError, agepass.AgePassError, ValueError, TypeError,
            UnicodeDecodeError) as exc:
        raise TeamError("unreadable-invitation") from exc
    if not (isinstance(content, dict) and content.get("kind") == "invitation"
            and isinstance(content.get("team"), str) and isinstance(content.get("keys"), list)
            and content["keys"] and all(isinstance(k, str) for k in content["keys"])
            and isinstance(content.get("transports", []), list)):
        raise TeamError("unreadable-invitation")
    return content
