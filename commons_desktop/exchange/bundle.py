"""The exchange bundle (.commonsx), documented in docs/bundle-format.md.

Inside: an ordinary zip (manifest.json, manifest.sig, records.json, files/<sha256>, README.txt). The
manifest lists the SHA-256 of every other entry and is signed with the sender's Ed25519 key; the zip is
then encrypted with age to partners' X25519 or SSH keys, or to a passphrase. ``age -d`` therefore gives
a plain zip anyone can open. Everything here works on bytes in memory: nothing plaintext touches disk.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import pyrage

from ..core.errors import NoPassphrase
from . import identity
from .archive import ZipBuilder, read_zip
from .errors import BadSignature, BundlePassphraseWrong, NotForUs, UnreadableFile
from .limits import DEFAULT, Limits

FORMAT = "commons-desktop/bundle"
VERSION = 1
README = """This is a Commons Desktop exchange bundle, decrypted.

manifest.json  what the bundle carries: sender, sequence numbers, selection, fields, tombstones, and the
               SHA-256 of every other file here
manifest.sig   the sender's Ed25519 signature (base64) of "commons-desktop/bundle/v1\\n" + manifest.json
records.json   the records, in the Commons Desktop JSON format (commons-desktop/records, version 1)
files/<sha256> documents, named by the SHA-256 of their content

Format description: docs/bundle-format.md in the Commons Desktop sources.
"""


@dataclass
class Opened:
    """A decrypted, unpacked and signature-checked bundle."""
    manifest: dict[str, Any]
    records: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)   # sha256 -> content

    @property
    def sender(self) -> identity.Card:
        s = self.manifest["sender"]
        return identity.Card(str(s.get("name", "")), str(s.get("group_id", "")), str(s["recipient"]),
                             str(s["signing_key"]))


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class _Hashing:
    """A file that hashes and counts what goes through it."""

    def __init__(self, out: BinaryIO):
        self.out, self.digest, self.size = out, hashlib.sha256(), 0

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.size += len(data)
        return self.out.write(data)


def pack(manifest: dict[str, Any], records: bytes | Callable[[BinaryIO], None], files: dict[str, bytes],
         ident) -> bytes:
    """The signed zip. ``manifest`` gets the hashes of records and files added before signing. ``records``: the
    bytes of records.json, or a function writing them to a file: they are then deflated as they come and never held
    whole (the records of a whole federation are 170 MB of JSON). The manifest and its signature come last, once
    the records' hash is known; readers go by entry names."""
    zipped = ZipBuilder()
    with zipped.stream("records.json") as raw:
        sink = _Hashing(raw)
        if callable(records):
            records(sink)
        else:
            sink.write(records)
    for sha, data in files.items():
        zipped.add(f"files/{sha}", data)
    manifest = dict(manifest)
    manifest["records"] = {"path": "records.json", "sha256": sink.digest.hexdigest(), "size": sink.size}
    manifest["files"] = [{"path": f"files/{sha}", "sha256": sha, "size": len(data)} for sha, data in files.items()]
    body = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    sig = base64.b64encode(identity.sign(ident, body)) + b"\n"
    for name, data in (("README.txt", README.encode()), ("manifest.json", body), ("manifest.sig", sig)):
        zipped.add(name, data)
    return zipped.finish()


def recipient_of(key: str):
    key = key.strip()
    try:
        if key.startswith("age1"):
            return pyrage.x25519.Recipient.from_str(key)
        if key.startswith(("ssh-", "ecdsa-")):
            return pyrage.ssh.Recipient.from_str(key)
    except Exception:  # noqa: BLE001 - pyrage raises its own RecipientError or ValueError
        pass
    from ..core.errors import InvalidInput
    raise InvalidInput(f"not an age or SSH public key: {key[:40]!r}")


def encrypt(payload: bytes, *, recipients: list[str] | None = None, passphrase: str | None = None,
            armor: bool = False) -> bytes:
    from ..core.errors import InvalidInput
    if passphrase and recipients:
        raise InvalidInput("a bundle is encrypted to recipients or to a passphrase, not both")
    if passphrase:
        return pyrage.passphrase.encrypt(payload, passphrase, armored=armor)
    if not recipients:
        raise InvalidInput("a bundle needs at least one recipient (a partner or a key) or a passphrase")
    return pyrage.encrypt(payload, [recipient_of(r) for r in recipients], armored=armor)


def _binary(data: bytes) -> bytes:
    """The binary age file of ``data`` (armored input decoded)."""
    text = data.strip()
    if text.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----"):
        body = text.partition(b"\n")[2].rsplit(b"-----END AGE ENCRYPTED FILE-----", 1)[0]
        try:
            return base64.b64decode(b"".join(body.split()), validate=True)
        except (binascii.Error, ValueError):
            raise UnreadableFile("damaged armored age file") from None
    return data


def _is_passphrase(binary: bytes) -> bool:
    header = binary[:4096]
    if not header.startswith(b"age-encryption.org/v1\n"):
        raise UnreadableFile("not an age-encrypted bundle")
    return b"\n-> scrypt " in header


def decrypt(data: bytes, *, age_secret: str | None = None, passphrase: str | None = None,
            limits: Limits = DEFAULT) -> bytes:
    """The plaintext zip, in memory. Armored or binary age input."""
    if len(data) > limits.file_bytes:
        raise UnreadableFile(f"bundle is {len(data):,} bytes, over the limit of {limits.file_bytes:,}")
    binary = _binary(data)
    scrypt = _is_passphrase(binary)
    try:
        if scrypt:
            if passphrase is None:
                raise NoPassphrase("this bundle is encrypted with a passphrase: give it with --passphrase-file")
            return pyrage.passphrase.decrypt(binary, passphrase)
        if age_secret is None:
            raise NotForUs()
        return pyrage.decrypt(binary, [pyrage.x25519.Identity.from_str(age_secret)])
    except pyrage.DecryptError:
        raise (BundlePassphraseWrong() if scrypt else NotForUs()) from None


def unpack(payload: bytes, limits: Limits = DEFAULT) -> Opened:
    """Check everything a bundle claims before anything is believed. Raises on any mismatch."""
    entries = read_zip(payload, limits)
    if "manifest.json" not in entries or "manifest.sig" not in entries:
        raise BadSignature("the bundle has no signed manifest")
    body = entries["manifest.json"]
    try:
        manifest = json.loads(body.decode("utf-8"))
        sig = base64.b64decode(entries["manifest.sig"].strip(), validate=True)
        sender = manifest["sender"]
        key, recipient = str(sender["signing_key"]), str(sender["recipient"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error, RecursionError):
        raise BadSignature("the bundle's manifest is damaged") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise UnreadableFile("not a Commons Desktop bundle")
    if not isinstance(manifest.get("version"), int) or manifest["version"] > VERSION:
        raise UnreadableFile(f"bundle format version {manifest.get('version')!r} is newer than this program reads")
    if not identity.verify(key, body, sig):
        raise BadSignature()
    if sender.get("fingerprint") != identity.fingerprint(recipient, key):
        raise BadSignature("the sender's fingerprint does not match its keys")
    return _contents(manifest, entries, limits)


def _contents(manifest: dict[str, Any], entries: dict[str, bytes], limits: Limits) -> Opened:
    listed = {"manifest.json", "manifest.sig", "README.txt"}
    rec = manifest.get("records") or {}
    records = entries.get("records.json")
    if records is None or not isinstance(rec, dict) or rec.get("sha256") != _sha(records):
        raise BadSignature("records.json does not match the signed manifest")
    listed.add("records.json")
    files: dict[str, bytes] = {}
    for f in manifest.get("files") or []:
        if not isinstance(f, dict):
            raise BadSignature("the manifest's file list is damaged")
        path, sha = f.get("path"), f.get("sha256")
        data = entries.get(path) if isinstance(path, str) else None
        if data is None or path != f"files/{sha}" or _sha(data) != sha:
            raise BadSignature(f"file {str(path)[:80]!r} does not match the signed manifest")
        files[sha] = data
        listed.add(path)
    extra = set(entries) - listed
    if extra:
        raise BadSignature(f"the bundle holds files its manifest does not list: {sorted(extra)[:3]}")
    from .json_io import loads
    return Opened(manifest, loads(records, limits), files)
