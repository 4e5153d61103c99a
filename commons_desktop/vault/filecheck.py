"""The vault's files read directly, with the raw key and without SQLite (so without changing them): is the file
whole, which pages verify, what the WAL holds. Tells a damaged vault from a wrong key.

- ``diagnose``: after SQLite refused the key: if any page of the file or of its WAL verifies under the key,
  the key is right and the vault is damaged (problems returned); if none does, it is a wrong key (None).
- ``precheck``: before a vault is opened for writing: the file is not cut short of what its header says, and
  its WAL would not drop committed transactions (a damaged frame followed by commits).
- ``inspect``: every page of the file and every frame of the WAL (``commons check``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import wal
from .pages import PAGE_SIZE, SALT_SIZE, PageCodec, header_page_count


@dataclass
class FileReport:
    problems: list[str] = field(default_factory=list)   # damage
    notes: list[str] = field(default_factory=list)      # worth saying, not damage
    wal: wal.WalReport | None = None


def _size_problems(size: int, page_size: int = PAGE_SIZE) -> list[str]:
    if size == 0:
        return ["the vault file is empty (0 bytes)"]
    if size < page_size:
        return [f"the vault file is too short ({size:,} bytes, less than one {page_size}-byte page)"]
    if size % page_size:
        return [f"the vault file is cut short: {size:,} bytes is not a whole number of {page_size}-byte pages "
                f"(its last page has {size % page_size:,} bytes)"]
    return []


def empty_or_short(path: Path) -> list[str]:
    """Damage told by the size alone (empty, shorter than a page): no key needed."""
    try:
        size = path.stat().st_size
    except OSError:
        return []
    return _size_problems(size) if size < PAGE_SIZE else []


def _pages(path: Path, page_size: int):
    with open(path, "rb") as fh:
        pgno = 1
        while len(page := fh.read(page_size)) == page_size:
            yield pgno, page
            pgno += 1


def _truncation(path: Path, codec: PageCodec, page1: bytes, size: int) -> list[str]:
    expected = header_page_count(codec.decrypt(page1, 1))
    found = size // codec.page_size
    if expected and found < expected:
        return [f"the vault file is cut short: it holds {found:,} pages, its header says {expected:,}"]
    return []


def diagnose(path: Path, key: bytes, salt: bytes) -> list[str] | None:
    """Why SQLite refused ``key``: the damage when some page verifies under it (the key is right), else None."""
    try:
        size = path.stat().st_size
    except OSError:
        return None
    problems = _size_problems(size)
    if size < PAGE_SIZE:
        return problems
    codec = PageCodec(key, salt)
    proven = False
    failed: list[int] = []
    for pgno, page in _pages(path, codec.page_size):
        if codec.skipped(pgno):
            continue
        if codec.verify(page, pgno):
            if pgno == 1:
                problems += _truncation(path, codec, page, size)
            proven = True
        else:
            failed.append(pgno)
    log = wal.read(wal.wal_path(path), codec)
    if not proven:
        proven = log.used > 0 and len(log.hmac_failures) < log.used
    if not proven:
        return problems or None  # a size that is not whole pages is damage whatever the key
    problems += [f"HMAC verification failed for page {n}" for n in failed[:30]]
    if len(failed) > 30:
        problems.append(f"... and {len(failed) - 30} more pages")
    problems += log.problems()
    return problems or ["the vault does not open although its pages verify under this key"]


def precheck(path: Path, key: bytes, salt: bytes, *, log: bool = True) -> list[str]:
    """Damage that opening the vault would hide or (for writing) make worse: a file that is not whole pages or
    shorter than its header says (SQLite reads the missing pages as garbage); with ``log``, a WAL whose damaged
    frame hides later commits (a writer's checkpoint would drop them). Cheap when the WAL is empty."""
    problems: list[str] = []
    with open(path, "rb") as fh:
        page1 = fh.read(PAGE_SIZE)
        size = fh.seek(0, 2)
    codec = PageCodec(key, salt)
    problems += _size_problems(size)
    if len(page1) == PAGE_SIZE and codec.verify(page1, 1):
        problems += _truncation(path, codec, page1, size)
    log_path = wal.wal_path(path)
    try:
        has_log = log and log_path.stat().st_size > 0
    except OSError:
        has_log = False
    if has_log:
        report = wal.read(log_path, None)  # structure only: the HMACs are for `check`
        if report.damaged:
            problems += report.problems()
    return problems


def inspect(path: Path, key: bytes, salt: bytes) -> FileReport:
    """Every page of the vault file and every frame of its WAL, read directly (nothing written)."""
    out = FileReport()
    try:
        size = path.stat().st_size
    except OSError as exc:
        out.problems.append(f"the vault file cannot be read: {exc.strerror or exc}")
        return out
    out.problems += _size_problems(size)
    with open(path, "rb") as fh:
        head = fh.read(SALT_SIZE)
    if len(head) == SALT_SIZE and head != salt:
        out.problems.append("the vault's salt (the first 16 bytes of the file) is not the one of its key")
    codec = PageCodec(key, salt)
    failed = []
    for pgno, page in _pages(path, codec.page_size):
        if codec.skipped(pgno):
            continue
        if not codec.verify(page, pgno):
            failed.append(pgno)
        elif pgno == 1:
            out.problems += _truncation(path, codec, page, size)
    out.problems += [f"HMAC verification failed for page {n}" for n in failed]
    out.wal = wal.read(wal.wal_path(path), codec)
    out.problems += out.wal.problems()
    out.notes += out.wal.notes()
    return out
