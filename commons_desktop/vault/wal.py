"""The write-ahead log read by us, as SQLite would read it, without SQLite (and so without changing it).

Format (sqlite.org/fileformat2.html#walformat): a 32-byte header (magic 0x377f0682/3 whose low bit says the
byte order of the checksums, format 3007000, page size, checkpoint sequence, salt-1, salt-2, a checksum of
the first 24 bytes), then frames of a 24-byte header (page number, database size after a commit or 0, the
two salts, a cumulative checksum of the frame header's first 8 bytes and the page) and one page.

SQLite uses the frames from the start while the salts match the header and each cumulative checksum
verifies, up to the last commit frame among them; it silently ignores everything after the first frame
that fails. That silence is what this reader breaks: it goes on past a failing frame (each frame's checksum
can be checked from the previous frame's stored one) and says whether frames of this same log generation
(same salts) -- commits among them -- come after it, which SQLite would drop. With the vault's key it also
verifies each used page's HMAC.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

from .pages import PageCodec

MAGIC_LE, MAGIC_BE = 0x377F0682, 0x377F0683
VERSION = 3007000
HEADER = 32
FRAME_HEADER = 24


def wal_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + "-wal")


def checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    """SQLite's WAL checksum of ``data`` (a multiple of 8 bytes), continuing from (s0, s1)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    it = iter(words)
    for x0 in it:
        s0 = (s0 + x0 + s1) & mask
        s1 = (s1 + next(it) + s0) & mask
    return s0, s1


class Frame:
    """One frame of the log. (Plain classes here, not dataclasses: see core/values.py.)"""

    __slots__ = ("index", "pgno", "commit", "same_salts", "checksum_ok", "page")

    def __init__(self, index: int, pgno: int, commit: int, same_salts: bool, checksum_ok: bool, page: bytes = b""):
        self.index = index              # 0-based position in the log
        self.pgno = pgno
        self.commit = commit            # database size in pages if this frame ends a transaction, else 0
        self.same_salts = same_salts    # written in this generation of the log
        self.checksum_ok = checksum_ok  # its checksum follows from the previous frame's stored one
        self.page = page

    def _fields(self) -> tuple:
        return self.index, self.pgno, self.commit, self.same_salts, self.checksum_ok, self.page

    def __eq__(self, other):
        return self._fields() == other._fields() if type(other) is Frame else NotImplemented

    __hash__ = None  # (mutable)

    def __repr__(self) -> str:  # (never the page)
        return (f"Frame(index={self.index!r}, pgno={self.pgno!r}, commit={self.commit!r}, "
                f"same_salts={self.same_salts!r}, checksum_ok={self.checksum_ok!r})")


_WAL_FIELDS = ("exists", "size", "header_ok", "page_size", "frames", "torn_bytes", "used", "uncommitted", "break_at",
               "after_break", "commits_after_break", "hmac_failures", "database_pages", "pages")


class WalReport:
    """What the log holds and what SQLite would make of it. Frame numbers in texts are 1-based."""

    __slots__ = _WAL_FIELDS

    def __init__(self, exists: bool = False, size: int = 0, header_ok: bool = True, page_size: int = 0,
                 frames: int = 0, torn_bytes: int = 0, used: int = 0, uncommitted: int = 0, break_at: int | None = None,
                 after_break: int = 0, commits_after_break: int = 0, hmac_failures: list[tuple[int, int]] | None = None,
                 database_pages: int = 0, pages: set[int] | None = None):
        self.exists = exists
        self.size = size
        self.header_ok = header_ok
        self.page_size = page_size
        self.frames = frames                            # whole frames in the file
        self.torn_bytes = torn_bytes                    # bytes of an incomplete last frame
        self.used = used                                # frames SQLite uses (up to and including the last valid commit)
        self.uncommitted = uncommitted  # valid frames after the last commit (an interrupted transaction)
        self.break_at = break_at  # index of the frame SQLite stops at, when frames of its generation follow
        self.after_break = after_break  # frames of this generation after that break
        self.commits_after_break = commits_after_break  # ... of which end a transaction: committed work SQLite drops
        # (frame index, page number) of used frames whose page fails its HMAC
        self.hmac_failures = [] if hmac_failures is None else hmac_failures
        self.database_pages = database_pages            # database size after the last used commit (0: none)
        self.pages = set() if pages is None else pages  # page numbers the used frames carry

    def __eq__(self, other):
        if type(other) is not WalReport:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in _WAL_FIELDS)

    __hash__ = None  # (mutable)

    def __repr__(self) -> str:  # (not the set of pages)
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _WAL_FIELDS if name != "pages")
        return f"WalReport({shown})"

    @property
    def damaged(self) -> bool:
        """Committed work would be lost or read wrong: a break followed by commits, a damaged header in front
        of frames, or a used page that fails its HMAC."""
        return bool(self.commits_after_break or (not self.header_ok and self.frames) or self.hmac_failures)

    def problems(self) -> list[str]:
        out = []
        if not self.header_ok and self.frames:
            out.append(f"WAL: its header is damaged: SQLite would ignore its {self.frames} frames")
        if self.commits_after_break and self.break_at is not None:
            out.append(f"WAL: frame {self.break_at + 1} is damaged: the {self.after_break} frames after "
                       f"it, {self.commits_after_break} committed transaction(s), would be dropped")
        out += [f"WAL: frame {i + 1} (page {p}): HMAC verification failed" for i, p in self.hmac_failures]
        return out

    def notes(self) -> list[str]:
        out = []
        past = self.frames - self.used
        if past and not self.damaged:
            out.append(f"WAL: {past} frame(s) past the last valid commit (an interrupted write or an earlier "
                       "generation of the log): not part of the vault")
        if self.torn_bytes:
            out.append(f"WAL: an incomplete last frame ({self.torn_bytes} bytes): an interrupted write")
        return out


def _frames(fh, count: int, page_size: int, salts: tuple[int, int], big: bool, s: tuple[int, int]
            ) -> Iterator[Frame]:
    size = FRAME_HEADER + page_size
    for index in range(count):  # as many as the file held when it was measured: a live log grows meanwhile
        raw = fh.read(size)
        if len(raw) < size:
            return
        pgno, commit, salt1, salt2, c1, c2 = struct.unpack(">6I", raw[:FRAME_HEADER])
        page = raw[FRAME_HEADER:]
        ok = checksum(page, big, *checksum(raw[:8], big, *s)) == (c1, c2)
        yield Frame(index, pgno, commit, (salt1, salt2) == salts, ok and pgno > 0, page)
        s = (c1, c2)


def read(path: Path, codec: PageCodec | None = None) -> WalReport:
    """Read the log at ``path`` (a missing or empty file is an empty log). Reads only; memory: one frame."""
    report = WalReport()
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        return report
    with fh:
        report.exists = True
        report.size = fh.seek(0, 2)
        fh.seek(0)
        if report.size == 0:
            return report
        head = fh.read(HEADER)
        if len(head) < HEADER:
            report.header_ok = False
            report.torn_bytes = len(head)
            return report
        magic, version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", head)
        big = magic == MAGIC_BE
        sane = (magic in (MAGIC_LE, MAGIC_BE) and version == VERSION and 512 <= page_size <= 65536
                and page_size & (page_size - 1) == 0)
        if not sane:  # the page size is unknown: assume the vault's to count what follows
            page_size = codec.page_size if codec else 4096
        report.page_size = page_size
        frame_size = FRAME_HEADER + page_size
        report.frames = (report.size - HEADER) // frame_size
        report.torn_bytes = (report.size - HEADER) % frame_size
        report.header_ok = sane and checksum(head[:24], big) == (c1, c2)
        if not report.header_ok:
            return report
        first_invalid: int | None = None
        last_commit = -1
        seen: list[tuple[int, int]] = []
        for frame in _frames(fh, report.frames, page_size, (salt1, salt2), big, (c1, c2)):
            if first_invalid is None:
                if frame.same_salts and frame.checksum_ok:
                    seen.append((frame.index, frame.pgno))
                    if frame.commit:
                        last_commit = frame.index
                        report.database_pages = frame.commit
                    if codec is not None and not codec.verify(frame.page, frame.pgno):
                        report.hmac_failures.append((frame.index, frame.pgno))
                    continue
                first_invalid = frame.index
            elif frame.same_salts:  # this generation goes on past where SQLite stops reading
                report.break_at = first_invalid
                report.after_break += 1
                report.commits_after_break += bool(frame.commit)
        report.used = last_commit + 1
        report.pages = {p for i, p in seen if i < report.used}
        report.uncommitted = (report.frames if first_invalid is None else first_invalid) - report.used
        # a page's HMAC matters only in the frames SQLite uses
        report.hmac_failures = [(i, p) for i, p in report.hmac_failures if i < report.used]
    return report
