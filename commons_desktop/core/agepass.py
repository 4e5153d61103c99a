"""Passphrase-encrypted age files (age v1, the "scrypt" recipient: https://age-encryption.org/v1), written and read
with FIXED work factors: the one helper of bundles encrypted to a passphrase (exchange/bundle.py) and of team
invitations (sync/segments.py).

Why not pyrage.passphrase: the age crate under it times one small scrypt on this machine at each call, writes the
work factor that would take about a second here (``log2 N``: 17 to 20 on one machine within minutes, lower under
load) and, when reading, refuses any file above "this machine's factor, timed now, + 4" ("Excessive work parameter
for passphrase"). A file written on an idle or fast computer was therefore refused on a loaded or slow one, and
pyrage 1.4 exposes neither factor. Here the files are age files any age tool reads (and we read theirs), written
at ``WORK_FACTOR`` (age's own default) and read up to ``MAX_WORK_FACTOR`` whatever the machine's load.

Hostile input is bounded: the header is read within ``HEADER_BYTES``, a work factor above ``MAX_WORK_FACTOR`` is
refused before any scrypt (``ExcessiveWork``), and the payload is authenticated chunk by chunk (age's STREAM).
"""

from __future__ import annotations

import base64
import binascii
import hmac
import os
import re

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

WORK_FACTOR = 18        # log2 N written: age's default (about 1 s and 256 MiB; 2-3 s on a loaded 2-core laptop)
MAX_WORK_FACTOR = 21    # log2 N read: 8x that (2 GiB, 6 s of CPU here). What pyrage wrote before (it picked 17-20
#                         on a 2-core laptop, so 21 on a computer twice as fast) still opens; a hostile file cannot
#                         ask for more (the age tool accepts up to 22: 4 GiB, more than many laptops can give).
HEADER_BYTES = 4096     # a passphrase file's header is ~150 bytes

VERSION = b"age-encryption.org/v1"
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
_SALT_LABEL = b"age-encryption.org/v1/scrypt"
_CHUNK = 64 * 1024
_TAG = 16
_B64_LINE = 64
_DECIMAL = re.compile(rb"[1-9][0-9]?")


class AgePassError(Exception):
    """A passphrase age file that cannot be opened (no secret in the message)."""


class NotPassphraseFile(AgePassError):
    """Not an age file, or an age file not encrypted to a passphrase alone (or its header is damaged)."""


class WrongPassphrase(AgePassError):
    """The passphrase does not open the file, or the file is damaged (tampered header or payload)."""


class ExcessiveWork(AgePassError):
    """The file asks for more scrypt work than ``MAX_WORK_FACTOR``: refused before any of it is done."""

    def __init__(self, work_factor: int, limit: int):
        super().__init__(f"the file's passphrase work factor (log2 N = {work_factor}) is over the limit of {limit}")
        self.work_factor = work_factor
        self.limit = limit


def encrypt(plaintext: bytes, passphrase: str, *, armor: bool = False) -> bytes:
    """The age file of ``plaintext`` for ``passphrase``: scrypt at ``WORK_FACTOR``, armored (PEM-like text) or
    binary."""
    file_key = os.urandom(16)
    salt = os.urandom(16)
    wrapped = ChaCha20Poly1305(_scrypt(passphrase, salt, WORK_FACTOR)).encrypt(bytes(12), file_key, None)
    header = (VERSION + b"\n-> scrypt " + _b64(salt) + b" %d\n" % WORK_FACTOR + _b64(wrapped) + b"\n---")
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, "sha256").digest()
    nonce = os.urandom(16)
    out = bytearray(header + b" " + _b64(mac) + b"\n" + nonce)
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    count = max(1, -(-len(plaintext) // _CHUNK))
    view = memoryview(plaintext)
    for i in range(count):
        out += aead.encrypt(_nonce(i, i == count - 1), view[i * _CHUNK:(i + 1) * _CHUNK], None)
    if not armor:
        return bytes(out)
    text = base64.b64encode(out)
    lines = [text[i:i + _B64_LINE] for i in range(0, len(text), _B64_LINE)]
    return b"\n".join([ARMOR_BEGIN, *lines, ARMOR_END]) + b"\n"


def decrypt(data: bytes, passphrase: str) -> bytes:
    """The plaintext of a passphrase age file (armored or binary). Raises NotPassphraseFile, ExcessiveWork (before
    any scrypt) or WrongPassphrase (wrong passphrase, or a damaged or tampered file)."""
    binary = dearmor(data)
    salt, log_n, wrapped, header, mac, end = _header(binary)
    if log_n > MAX_WORK_FACTOR:
        raise ExcessiveWork(log_n, MAX_WORK_FACTOR)
    try:
        file_key = ChaCha20Poly1305(_scrypt(passphrase, salt, log_n)).decrypt(bytes(12), wrapped, None)
    except InvalidTag:
        raise WrongPassphrase("wrong passphrase (or the file is damaged)") from None
    if not hmac.compare_digest(hmac.new(_hkdf(file_key, b"", b"header"), header, "sha256").digest(), mac):
        raise WrongPassphrase("the file's header is damaged")
    nonce = binary[end:end + 16]
    if len(nonce) != 16:
        raise WrongPassphrase("the file is truncated")
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    body = memoryview(binary)[end + 16:]
    out = bytearray()
    i = 0
    while True:
        last = len(body) <= _CHUNK + _TAG
        chunk = body[:_CHUNK + _TAG]
        try:
            plain = aead.decrypt(_nonce(i, last), chunk, None)
        except InvalidTag:
            raise WrongPassphrase("the file is damaged or truncated") from None
        if last and not plain and i:
            raise WrongPassphrase("the file ends with an empty chunk")
        out += plain
        if last:
            return bytes(out)
        body = body[_CHUNK + _TAG:]
        i += 1


def dearmor(data: bytes) -> bytes:
    """Binary age from armored (tolerating CRLF and surrounding whitespace, as age's readers do) or binary input."""
    if ARMOR_BEGIN not in data[:64]:
        return data      # (binary: not copied)
    text = data.strip()
    if not text.startswith(ARMOR_BEGIN):
        raise NotPassphraseFile("not an age file")
    if not text.endswith(ARMOR_END):
        raise NotPassphraseFile("damaged armored age file")
    try:
        return base64.b64decode(b"".join(text[len(ARMOR_BEGIN):-len(ARMOR_END)].split()), validate=True)
    except (binascii.Error, ValueError):
        raise NotPassphraseFile("damaged armored age file") from None


def _header(binary: bytes) -> tuple[bytes, int, bytes, bytes, bytes, int]:
    """(salt, log2 N, wrapped file key, the header bytes the MAC covers, the MAC, where the payload starts) of a file
    whose only stanza is scrypt's, checked as strictly as age's spec says (canonical base64, decimal, line sizes)."""
    head = binary[:HEADER_BYTES]
    lines = head.split(b"\n")
    if len(lines) < 5 or lines[0] != VERSION:
        raise NotPassphraseFile("not an age file")
    stanza, body, mac_line = lines[1], lines[2], lines[3]
    args = stanza.split(b" ")
    if args[:2] != [b"->", b"scrypt"]:
        raise NotPassphraseFile("not an age file encrypted to a passphrase")
    if len(args) != 4 or not _DECIMAL.fullmatch(args[3]) or not mac_line.startswith(b"--- "):
        raise NotPassphraseFile("damaged age header (the passphrase must be the file's only recipient)")
    salt, wrapped, mac = _unb64(args[2], 16), _unb64(body, 32), _unb64(mac_line[4:], 32)
    end = len(b"\n".join(lines[:4])) + 1
    return salt, int(args[3]), wrapped, b"\n".join(lines[:3]) + b"\n---", mac, end


def _b64(raw: bytes) -> bytes:
    return base64.b64encode(raw).rstrip(b"=")


def _unb64(text: bytes, size: int) -> bytes:
    """Canonical unpadded base64 of exactly ``size`` bytes (age's rule), else NotPassphraseFile."""
    try:
        raw = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != size or _b64(raw) != text:
        raise NotPassphraseFile("damaged age header")
    return raw


def _scrypt(passphrase: str, salt: bytes, log_n: int) -> bytes:
    try:
        return Scrypt(salt=_SALT_LABEL + salt, length=32, n=1 << log_n, r=8, p=1).derive(passphrase.encode("utf-8"))
    except MemoryError:     # (OpenSSL could not have the 128 * 8 * N bytes scrypt needs: same answer as over the limit)
        raise ExcessiveWork(log_n, MAX_WORK_FACTOR) from None


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
