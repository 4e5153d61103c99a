"""The bundle's inner archive: an ordinary zip, written and read in memory only. Reading refuses
dangerous entries (``..``, absolute paths, links, duplicates, encryption) and checks entry count,
declared sizes and compression ratios BEFORE decompressing anything; then reads are bounded anyway."""

from __future__ import annotations

import io
import re
import stat
import zipfile
import zlib

from .errors import UnsafeArchive
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
    """A zip made in memory entry by entry, with the same entry attributes as ``write_zip``; ``stream(name)``
    gives a file to write one entry in pieces (deflated as it comes: its uncompressed text is never whole)."""

    def __init__(self) -> None:
        self._buf = io.BytesIO()
        self._zf = zipfile.ZipFile(self._buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6)

    def add(self, name: str, data: bytes) -> None:
        self._zf.writestr(_info(name), data)

    def stream(self, name: str):
        return self._zf.open(_info(name), "w")

    def finish(self) -> bytes:
        self._zf.close()
        return self._buf.getvalue()


def check_name(name: str) -> None:
    if (not name or "\x00" in name or "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name)
            or any(part in ("..", ".") for part in name.split("/"))):
        raise UnsafeArchive(f"archive entry with an unsafe path refused: {name[:80]!r}")
    if not ALLOWED.match(name):
        raise UnsafeArchive(f"unexpected archive entry refused: {name[:80]!r}")


def read_zip(data: bytes, limits: Limits = DEFAULT) -> dict[str, bytes]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise UnsafeArchive(f"not a readable archive ({exc})") from None
    if len(infos) > limits.archive_entries:
        raise UnsafeArchive(f"archive has {len(infos):,} entries, over the limit of {limits.archive_entries:,}")
    seen: set[str] = set()
    total = 0
    for info in infos:
        check_name(info.filename)
        kind = stat.S_IFMT(info.external_attr >> 16)
        if (kind and kind != stat.S_IFREG) or info.is_dir():
            raise UnsafeArchive(f"archive entry that is not a plain file refused: {info.filename!r}")
        if info.flag_bits & 0x1:
            raise UnsafeArchive("encrypted archive entries are refused")
        if info.filename in seen:
            raise UnsafeArchive(f"duplicate archive entry refused: {info.filename!r}")
        seen.add(info.filename)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UnsafeArchive("archive entry with an unsupported compression refused")
        if info.file_size > limits.entry_bytes:
            raise UnsafeArchive(f"archive entry {info.filename!r} declares {info.file_size:,} bytes, over the limit")
        if info.file_size > 1024 * 1024 and info.file_size > limits.compression_ratio * max(info.compress_size, 1):
            raise UnsafeArchive(f"archive entry {info.filename!r} is compressed too much to be safe (a zip bomb?)")
        total += info.file_size
        if total > limits.archive_bytes:
            raise UnsafeArchive(f"archive declares more than {limits.archive_bytes:,} bytes in total")
    out: dict[str, bytes] = {}
    for info in infos:
        try:
            with zf.open(info) as fh:
                content = fh.read(info.file_size + 1)
        except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, NotImplementedError) as exc:
            raise UnsafeArchive(f"archive entry {info.filename!r} is damaged ({exc})") from None
        if len(content) != info.file_size:
            raise UnsafeArchive(f"archive entry {info.filename!r} does not have its declared size")
        out[info.filename] = content
    return out
