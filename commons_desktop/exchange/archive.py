"""The bundle's inner archive: an ordinary zip, written and read in memory only. Reading (``Archive``) refuses
dangerous entries (``..``, absolute paths, links, duplicates, encryption, overlapping entries) and checks entry
count, declared sizes and compression ratios BEFORE inflating anything; then each entry is inflated as a stream
that stops at its expected size."""

from __future__ import annotations

import io
import re
import stat
import struct
import zipfile
import zlib
from typing import BinaryIO

from .errors import OverLimit, UnsafeArchive
from .limits import DEFAULT, Limits

ALLOWED = re.compile(r"^(manifest\.json|manifest\.sig|records\.json|README\.txt|files/[0-9a-f]{64})$")
_EPOCH = (1980, 1, 1, 0, 0, 0)


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, _EPOCH)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (stat.S_IFREG | 0o600) << 16
    return info


def write_zip(entries: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, data in entries:
            zf.writestr(_info(name), data)
    return buf.getvalue()


class ZipBuilder:
    """A zip made entry by entry, with the same entry attributes as ``write_zip``, in memory or (``out``) into a
    binary file as it goes: a file that cannot seek (a pipe to the encrypter) gets each entry's sizes and CRC in a
    data descriptor after its bytes, as zip allows. ``stream(name)`` gives a file to write one entry in pieces
    (deflated as it comes: its uncompressed text is never whole)."""

    def __init__(self, out: BinaryIO | None = None) -> None:
        self._buf = io.BytesIO() if out is None else out
        self._zf = zipfile.ZipFile(self._buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6)

    def add(self, name: str, data: bytes) -> None:
        self._zf.writestr(_info(name), data)

    def stream(self, name: str):
        return self._zf.open(_info(name), "w")

    def abandon(self) -> None:
        """Drop the zip an error stopped: nothing more is written into ``out`` (not even its directory when the
        ZipFile is collected later, into a file its owner closed)."""
        self._zf.fp = None

    def finish(self) -> bytes:
        """The zip's bytes (made in memory; b"" when written into ``out``)."""
        self._zf.close()
        return self._buf.getvalue() if isinstance(self._buf, io.BytesIO) else b""


def check_name(name: str) -> None:
    if (not name or "\x00" in name or "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name)
            or any(part in ("..", ".") for part in name.split("/"))):
        raise UnsafeArchive(f"archive entry with an unsafe path refused: {name[:80]!r}")
    if not ALLOWED.match(name):
        raise UnsafeArchive(f"unexpected archive entry refused: {name[:80]!r}")


class Archive:
    """A zip held in memory whose directory was checked before anything is inflated: entry count, names, kinds
    (plain files only), no encryption, no duplicates, declared sizes within the limits (total included), compression
    ratios, and every entry's compressed bytes inside the file without overlapping another's (a zip bomb of
    overlapping entries). ``open`` then inflates one entry as a stream with a running cap."""

    def __init__(self, data: bytes, limits: Limits = DEFAULT):
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
            raise UnsafeArchive(f"not a readable archive ({exc})") from None
        if len(infos) > limits.archive_entries:
            raise UnsafeArchive(f"archive has {len(infos):,} entries, over the limit of {limits.archive_entries:,}")
        self.entries: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            _check_entry(info, limits)
            if info.filename in self.entries:
                raise UnsafeArchive(f"duplicate archive entry refused: {info.filename!r}")
            self.entries[info.filename] = info
            total += info.file_size
            if total > limits.archive_bytes:
                raise OverLimit("archive_bytes", limits.archive_bytes)
        _check_spans(data, infos, self._zip.start_dir)

    def size(self, name: str) -> int:
        """The uncompressed size the directory declares for ``name``."""
        return self.entries[name].file_size

    def open(self, name: str, size: int) -> _Inflating:
        """The entry's bytes as a stream that refuses (UnsafeArchive) to give more or fewer than ``size``."""
        try:
            return _Inflating(self._zip.open(self.entries[name]), name, size)
        except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, NotImplementedError) as exc:
            raise UnsafeArchive(f"archive entry {name!r} is damaged ({exc})") from None

    def read(self, name: str, size: int) -> bytes:
        """The entry's bytes, exactly ``size`` of them (UnsafeArchive otherwise)."""
        with self.open(name, size) as fh:
            return fh.read()


class _Inflating:
    """Reads of one entry, inflated as they are asked for; never more than ``size`` bytes in all."""

    def __init__(self, fh, name: str, size: int):
        self._fh, self.name, self.size, self.got = fh, name, size, 0

    def read(self, n: int = -1) -> bytes:
        want = self.size - self.got + 1 if n is None or n < 0 else min(n, self.size - self.got + 1)
        try:
            data = self._fh.read(want) if want else b""
        except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError) as exc:
            raise UnsafeArchive(f"archive entry {self.name!r} is damaged ({exc})") from None
        self.got += len(data)
        if self.got > self.size:
            raise UnsafeArchive(f"archive entry {self.name!r} inflates to more than its {self.size:,} bytes")
        if not data and (n is None or n != 0) and self.got < self.size:
            raise UnsafeArchive(f"archive entry {self.name!r} holds fewer than its {self.size:,} bytes")
        if n is None or n < 0:
            rest = self.read(1)
            return data + rest
        return data

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> _Inflating:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _check_entry(info: zipfile.ZipInfo, limits: Limits) -> None:
    check_name(info.filename)
    kind = stat.S_IFMT(info.external_attr >> 16)
    if (kind and kind != stat.S_IFREG) or info.is_dir():
        raise UnsafeArchive(f"archive entry that is not a plain file refused: {info.filename!r}")
    if info.flag_bits & 0x1:
        raise UnsafeArchive("encrypted archive entries are refused")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise UnsafeArchive("archive entry with an unsupported compression refused")
    if info.file_size > limits.entry_bytes:
        raise UnsafeArchive(f"archive entry {info.filename!r} declares {info.file_size:,} bytes, over the limit")
    if info.file_size > 1024 * 1024 and info.file_size > limits.compression_ratio * max(info.compress_size, 1):
        raise UnsafeArchive(f"archive entry {info.filename!r} is compressed too much to be safe (a zip bomb?)")


_LOCAL = struct.Struct("<4s22xHH")  # signature, then the name and extra field lengths at offsets 26 and 28


def _check_spans(data: bytes, infos: list[zipfile.ZipInfo], directory: int) -> None:
    """Each entry's local header and compressed bytes lie before the next entry's and the directory."""
    spans = sorted(infos, key=lambda i: i.header_offset)
    for n, info in enumerate(spans):
        start = info.header_offset
        head = data[start:start + _LOCAL.size]
        if len(head) < _LOCAL.size or _LOCAL.unpack(head)[0] != b"PK\x03\x04":
            raise UnsafeArchive(f"archive entry {info.filename!r} has no local header")
        name_len, extra_len = _LOCAL.unpack(head)[1:]
        end = start + _LOCAL.size + name_len + extra_len + info.compress_size
        limit = spans[n + 1].header_offset if n + 1 < len(spans) else directory
        if end > limit:
            raise UnsafeArchive(f"archive entry {info.filename!r} overlaps another or the directory (a zip bomb?)")
