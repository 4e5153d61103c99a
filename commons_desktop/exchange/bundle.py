"""The exchange bundle (.commonsx), documented in docs/bundle-format.md.

Inside: an ordinary zip (manifest.json, manifest.sig, records.json, files/<sha256>, README.txt). The
manifest lists the SHA-256 of every other entry and is signed with the sender's Ed25519 key; the zip is
then encrypted with age to partners' X25519 or SSH keys, or to a passphrase. ``age -d`` therefore gives
a plain zip anyone can open. Everything here works on bytes in memory: nothing plaintext touches disk.
Reading checks the signed manifest against the archive's directory before inflating anything else, then inflates
each entry as a stream capped at its signed size.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

import pyrage

from ..core import agepass
from ..core.errors import NoPassphrase
from . import identity
from .archive import Archive, ZipBuilder
from .errors import BadSignature, BundlePassphraseWrong, NotForUs, OverLimit, UnreadableFile
from .incoming import Batch
from .limits import DEFAULT, Limits
from .textio import lone_surrogate

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
    """The signed zip, in memory (``pack_to``'s)."""
    out = io.BytesIO()
    pack_to(out, manifest, records, files, ident)
    return out.getvalue()


def pack_to(out: BinaryIO, manifest: dict[str, Any], records: bytes | Callable[[BinaryIO], None],
            files: dict[str, bytes], ident) -> None:
    """Write the signed zip into ``out`` as it is made (a file that cannot seek too: see archive.ZipBuilder).
    ``manifest`` gets the hashes of records and files added before signing. ``records``: the bytes of records.json,
    or a function writing them to a file: they are then hashed and deflated as they come, by a thread of its own
    (``_behind``), and never held whole (the records of a whole federation are 170 MB of JSON). The manifest and its
    signature come last, once the records' hash is known (computed as they are written); readers go by entry names."""
    zipped = ZipBuilder(out)
    try:
        with zipped.stream("records.json") as raw:
            sink = _Hashing(raw)
            if callable(records):
                _behind(records, sink)  # (hashed, deflated and passed on in a thread of its own)
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
        zipped.finish()
    except BaseException:
        zipped.abandon()
        raise


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
    """The age file of ``payload`` (``encrypter``'s, into memory)."""
    made = encrypter(payload, recipients=recipients, passphrase=passphrase, armor=armor)
    if isinstance(made, bytes):
        return made
    out = io.BytesIO()
    made(out)
    return out.getvalue()


def encrypter(payload: bytes | Callable[[BinaryIO], None], *, recipients: list[str] | None = None,
              passphrase: str | None = None, armor: bool = False) -> bytes | Callable[[BinaryIO], None]:
    """The age file of ``payload`` (its bytes, or a function writing them to a binary file: ``pack_to``'s signed
    zip): to recipients, a function encrypting it into a binary file as it goes (neither the plaintext made by a
    function nor the ciphertext is ever whole: pyrage.encrypt_io reads the plaintext from a pipe as it is written,
    ``_encrypt_io``); to a passphrase, its bytes (core/agepass: scrypt at a fixed work factor, the plaintext made in
    memory first)."""
    from ..core.errors import InvalidInput
    if passphrase and recipients:
        raise InvalidInput("a bundle is encrypted to recipients or to a passphrase, not both")
    if passphrase:
        if callable(payload):
            made = io.BytesIO()
            payload(made)
            payload = made.getvalue()
        return agepass.encrypt(payload, passphrase, armor=armor)
    if not recipients:
        raise InvalidInput("a bundle needs at least one recipient (a partner or a key) or a passphrase")
    to = [recipient_of(r) for r in recipients]
    if not callable(payload):
        return lambda out: pyrage.encrypt_io(io.BytesIO(payload), out, to, armored=armor)
    return lambda out: _encrypt_io(payload, out, to, armor)


def _encrypt_io(write: Callable[[BinaryIO], None], out: BinaryIO, to: list, armor: bool) -> None:
    """``write``'s plaintext encrypted into ``out`` as it comes: pyrage.encrypt_io runs in a thread of its own,
    reading from a pipe that ``write`` fills in this one (which may be the only thread allowed to read the vault)."""
    _threaded(write, lambda pipe: pyrage.encrypt_io(pipe, out, to, armored=armor), "bundle-encrypt")


def _behind(write: Callable[[BinaryIO], None], out: BinaryIO) -> None:
    """``write``'s bytes written into ``out`` by a thread of its own as they come (``pack_to``: the records' hash,
    CRC and deflate, C code that lets go of the GIL, run on another core while this thread makes their text)."""
    def copy(pipe: _Pipe) -> None:
        while piece := pipe.read():
            out.write(piece)
    _threaded(write, copy, "bundle-deflate")


def _threaded(write: Callable[[BinaryIO], None], read: Callable[[_Pipe], None], name: str) -> None:
    """``write`` fills a pipe in this thread while ``read`` empties it in a thread of its own. An error on either
    side stops both and is raised here (the reader's own error when it stopped first: the disk full...)."""
    pipe = _Pipe()
    failed: list[BaseException] = []

    def run() -> None:
        try:
            read(pipe)
        except BaseException as exc:  # noqa: BLE001 - raised again in the writing thread
            failed.append(exc)
        finally:
            pipe.stop()
    worker = threading.Thread(target=run, name=name, daemon=True)
    worker.start()
    try:
        write(pipe)
        pipe.close()
    except BaseException as exc:
        pipe.fail()
        worker.join()
        if failed and isinstance(exc, _Stopped):  # the reader's own error (the disk full...) says why
            raise failed[0] from None
        raise
    worker.join()
    if failed:
        raise failed[0]


class _Stopped(OSError):
    """The pipe's reader (the encrypter, the deflater) stopped before the plaintext's end."""


class _Pipe:
    """Bytes written in one thread and read in another, at most ``DEPTH`` pieces of about ``PIECE`` bytes waiting.
    The writer's side raises _Stopped once the reader stopped; the reader's raises once the writer failed."""

    DEPTH = 4
    PIECE = 1 << 18

    def __init__(self) -> None:
        self._queue: queue.Queue[bytes | BaseException | None] = queue.Queue(self.DEPTH)
        self._pending: list[bytes] = []
        self._size = 0
        self._held, self._at = b"", 0
        self._stopped = threading.Event()
        self._ended = False

    # -- the writing thread
    def write(self, data) -> int:
        if data:
            self._pending.append(bytes(data))
            self._size += len(data)
            if self._size >= self.PIECE:
                self._send()
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self._send()
        self._put(None)

    def fail(self) -> None:
        self._pending, self._size = [], 0
        self._put(RuntimeError("the bundle was not written to its end"))

    def _send(self) -> None:
        if self._pending:
            piece = b"".join(self._pending)
            self._pending, self._size = [], 0
            self._put(piece)

    def _put(self, item: bytes | BaseException | None) -> None:
        while not self._stopped.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue
        if isinstance(item, bytes):
            raise _Stopped("the bundle's encrypter stopped")

    # -- the reading thread
    def read(self, n: int = -1) -> bytes:
        while self._at >= len(self._held) and not self._ended:
            item = self._queue.get()
            if item is None:
                self._ended = True
            elif isinstance(item, BaseException):
                raise item
            else:
                self._held, self._at = item, 0
        if n is None or n < 0:
            n = len(self._held) - self._at
        data = self._held[self._at:self._at + n]
        self._at += len(data)
        return data

    def stop(self) -> None:
        self._stopped.set()


def _binary(data: bytes) -> bytes:
    """The binary age file of ``data`` (armored input decoded by core/agepass, the one reader of age's armor)."""
    try:
        return agepass.dearmor(data)
    except agepass.NotPassphraseFile:
        raise UnreadableFile("damaged armored age file") from None


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
            return agepass.decrypt(binary, passphrase)
        if age_secret is None:
            raise NotForUs()
        return pyrage.decrypt(binary, [pyrage.x25519.Identity.from_str(age_secret)])
    except agepass.ExcessiveWork as exc:
        raise UnreadableFile(f"bundle refused: {exc}") from None
    except (pyrage.DecryptError, agepass.AgePassError):
        raise (BundlePassphraseWrong() if scrypt else NotForUs()) from None


def unpack(payload: bytes, limits: Limits = DEFAULT) -> Opened:
    """The bundle's signed manifest, checked before anything else is inflated: the archive's directory (archive.
    Archive), the manifest and its signature (read with small caps), then the manifest's list against the
    directory (every entry listed, each declared size equal to the signed size and within the limits). Raises on
    any mismatch. The content is read later, as streams that stop at the signed sizes: ``Opened.verify`` checks
    every entry's hash, ``Opened.batch`` reads the records."""
    arc = Archive(payload, limits)
    if "manifest.json" not in arc.entries or "manifest.sig" not in arc.entries:
        raise BadSignature("the bundle has no signed manifest")
    if arc.size("manifest.json") > limits.manifest_bytes:
        raise OverLimit("manifest_bytes", limits.manifest_bytes)
    if arc.size("manifest.sig") > SIGNATURE_BYTES:
        raise BadSignature("the bundle's signature is damaged")
    body = arc.read("manifest.json", arc.size("manifest.json"))
    try:
        manifest = json.loads(body.decode("utf-8"))
        sig = base64.b64decode(arc.read("manifest.sig", arc.size("manifest.sig")).strip(), validate=True)
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
    if lone_surrogate(manifest):
        raise UnreadableFile("the bundle's manifest holds text that is not valid Unicode (a lone surrogate)")
    return Opened(manifest, arc, _listed(manifest, arc, limits), limits)


SIGNATURE_BYTES = 4096


@dataclass
class Listed:
    """An entry the signed manifest lists: its path, SHA-256 and size."""
    path: str
    sha256: str
    size: int


def _listed(manifest: dict[str, Any], arc: Archive, limits: Limits) -> dict[str, Listed]:
    """The entries the manifest lists (records.json first), each compared with the archive's directory."""
    rec = manifest.get("records")
    if not isinstance(rec, dict) or rec.get("path") != "records.json":
        raise BadSignature("records.json does not match the signed manifest")
    files = manifest.get("files") or []
    if not isinstance(files, list) or len(files) > limits.archive_entries:
        raise BadSignature("the manifest's file list is damaged")
    listed: dict[str, Listed] = {}
    for f in [rec, *files]:
        if not isinstance(f, dict):
            raise BadSignature("the manifest's file list is damaged")
        path, sha, size = f.get("path"), f.get("sha256"), f.get("size")
        ok = (isinstance(path, str) and isinstance(sha, str) and isinstance(size, int) and not isinstance(size, bool)
              and 0 <= size and (f is rec or path == f"files/{sha}") and path not in listed)
        if not ok or path not in arc.entries or arc.size(path) != size:
            raise BadSignature(f"file {str(path)[:80]!r} does not match the signed manifest")
        if size > limits.entry_bytes:
            raise OverLimit("entry_bytes", limits.entry_bytes)
        listed[path] = Listed(path, sha, size)
    extra = set(arc.entries) - set(listed) - {"manifest.json", "manifest.sig", "README.txt"}
    if extra:
        raise BadSignature(f"the bundle holds files its manifest does not list: {sorted(extra)[:3]}")
    return listed


class _Hashed:
    """A stream that hashes what it gives; at its end, BadSignature when the hash is not the signed one."""

    def __init__(self, inner, entry: Listed):
        self.inner, self.entry, self.digest = inner, entry, hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        data = self.inner.read(n)
        self.digest.update(data)
        if not data and n != 0 and self.digest.hexdigest() != self.entry.sha256:
            raise BadSignature(f"{self.entry.path} does not match the signed manifest")
        return data


class Opened:
    """A bundle whose manifest is signed and matches its archive. Its entries are inflated only when read, as
    streams capped at their signed sizes, and believed only once their hash is checked."""

    def __init__(self, manifest: dict[str, Any], archive: Archive, listed: dict[str, Listed], limits: Limits):
        self.manifest, self._archive, self._listed, self._limits = manifest, archive, listed, limits

    @property
    def sender(self) -> identity.Card:
        s = self.manifest["sender"]
        return identity.Card(str(s.get("name", "")), str(s.get("group_id", "")), str(s["recipient"]),
                             str(s["signing_key"]))

    def _stream(self, path: str) -> _Hashed:
        entry = self._listed[path]
        return _Hashed(self._archive.open(path, entry.size), entry)

    def verify(self) -> None:
        """Inflate every listed entry (a chunk at a time, nothing kept) and check its hash: BadSignature."""
        for path in self._listed:
            stream = self._stream(path)
            while stream.read(CHUNK):
                pass

    def file(self, sha: str) -> bytes:
        """A document the bundle carries (its hash checked)."""
        path = f"files/{sha}"
        if path not in self._listed:
            from ..core.errors import InvalidInput
            raise InvalidInput("document refers to a file the bundle does not carry")
        stream = self._stream(path)
        data = stream.read(self._listed[path].size)
        stream.read(1)  # the end: the hash is checked there
        return data

    def batch(self) -> Batch:
        """The records, read from records.json one at a time (json_io.read_batch), documents from their files."""
        from .json_io import read_batch

        def content(raw: dict[str, Any]) -> bytes:
            return self.file(str(raw.get("file", "")).removeprefix("files/"))
        return read_batch(self._stream("records.json"), self._limits, file_content=content)


CHUNK = 1 << 20
