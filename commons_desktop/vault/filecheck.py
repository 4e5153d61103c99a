"""The vault's files read directly, with the raw key and without SQLite (so without changing them): is the file
whole, which pages verify, what the WAL holds. Tells a damaged vault from a wrong key.

- ``diagnose``: after SQLite refused the key: if any page of the file or of its WAL verifies under the key,
  the key is right and the vault is damaged (problems returned); if none does, it is a wrong key (None).
- ``precheck``: before a vault is opened for writing: the file is not cut short of what its header says, and
  its WAL would not drop committed transactions (a damaged frame followed by commits).
- ``inspect``: every page of the file and every frame of the WAL (``commons check``).
"""

from __future__ import annotations

import time
from pathlib import Path

from . import wal
from .pages import PAGE_SIZE, SALT_SIZE, PageCodec, header_page_count


class FileReport:
    """``problems``: damage; ``notes``: worth saying, not damage; ``wal``: the log's report. (A plain class, not a
    dataclass: see core/values.py.)"""

    __slots__ = ("problems", "notes", "wal")

    def __init__(self, problems: list[str] | None = None, notes: list[str] | None = None,
                 wal: wal.WalReport | None = None):
        self.problems = [] if problems is None else problems
        self.notes = [] if notes is None else notes
        self.wal = wal

    def __eq__(self, other):
        if type(other) is not FileReport:
            return NotImplemented
        return (self.problems, self.notes, self.wal) == (other.problems, other.notes, other.wal)

    __hash__ = None  # (mutable)

    def __repr__(self) -> str:
        return f"FileReport(problems={self.problems!r}, notes={self.notes!r}, wal={self.wal!r})"


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


def _page(path: Path, pgno: int, page_size: int) -> bytes:
    with open(path, "rb") as fh:
        fh.seek((pgno - 1) * page_size)
        return fh.read(page_size)


def _truncation(path: Path, codec: PageCodec, page1: bytes, size: int) -> list[str]:
    expected = header_page_count(codec.decrypt(page1, 1))
    try:  # measured after page 1 was read: a checkpoint grows the file before it writes a new page 1
        size = max(size, path.stat().st_size)
    except OSError:
        pass
    found = size // codec.page_size
    if expected and found < expected and not _in_the_log(path, found, expected):
        return [f"the vault file is cut short: it holds {found:,} pages, its header says {expected:,}"]
    return []


def _in_the_log(path: Path, found: int, expected: int) -> bool:
    """A checkpoint stopped by a crash: it wrote page 1 (with the new size) before the pages that grow the file, and
    the WAL it was copying still holds every page past the file's end, in frames SQLite replays on the next open, up
    to a commit of at least that size. Not damage: nothing is missing."""
    log = wal.read(wal.wal_path(path), None)
    return (log.used > 0 and not log.damaged and log.database_pages >= expected
            and all(pgno in log.pages for pgno in range(found + 1, expected + 1)))


def _settled_truncation(path: Path, codec: PageCodec, page1: bytes, size: int, live: bool) -> list[str]:
    """_truncation, read again a few times when another program may be checkpointing (it writes page 1, with
    the new size, before the pages that grow the file)."""
    short = _truncation(path, codec, page1, size)
    for _ in range(3 if live and short else 0):
        time.sleep(0.2)
        first = _page(path, 1, codec.page_size)
        if codec.verify(first, 1):
            short = _truncation(path, codec, first, size)
        if not short:
            break
    return short


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


def precheck(path: Path, key: bytes, salt: bytes, *, log: bool = True, live: bool = False) -> list[str]:
    """Damage that opening the vault would hide or (for writing) make worse: a file that is not whole pages or
    shorter than its header says (SQLite reads the missing pages as garbage); with ``log``, a WAL whose damaged
    frame hides later commits (a writer's checkpoint would drop them). Cheap when the WAL is empty. ``live``:
    another program has the vault open (what looks cut short is read again)."""
    problems: list[str] = []
    with open(path, "rb") as fh:
        page1 = fh.read(PAGE_SIZE)
        size = fh.seek(0, 2)
    codec = PageCodec(key, salt)
    problems += _size_problems(size)
    if len(page1) == PAGE_SIZE and codec.verify(page1, 1):
        problems += _settled_truncation(path, codec, page1, size, live)
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


def inspect(path: Path, key: bytes, salt: bytes, *, live: bool = False) -> FileReport:
    """Every page of the vault file and every frame of its WAL, read directly (nothing written). A page of the
    file that fails its HMAC is damage unless SQLite never reads it there: a newer copy is in the WAL, or it lies
    past the end of the database (space a checkpoint is filling). ``live``: another program has the vault open,
    so what looks damaged is read again before it is said to be."""
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
    log = wal.read(wal.wal_path(path), codec)
    for _ in range(3 if live and log.damaged else 0):  # another program may be writing it: read it again
        time.sleep(0.2)
        again = wal.read(wal.wal_path(path), codec)
        if not again.damaged:
            log = again
            out.notes.append("WAL: it changed while it was read (another program has the vault open); run "
                             "check again once it is closed for a settled answer")
            break
    out.wal = log
    failed = []
    database = log.database_pages
    for pgno, page in _pages(path, codec.page_size):
        if codec.skipped(pgno):
            continue
        if not codec.verify(page, pgno):
            failed.append(pgno)
        elif pgno == 1:
            out.problems += _settled_truncation(path, codec, page, size, live)
            if not database:
                database = header_page_count(codec.decrypt(page, 1)) or 0
    for _ in range(3 if live and failed else 0):  # a page being checkpointed by the other program: again
        time.sleep(0.2)
        failed = [n for n in failed if not codec.verify(_page(path, n, codec.page_size), n)]
    unread = [n for n in failed if n in log.pages or (database and n > database)]
    failed = [n for n in failed if n not in unread]
    out.problems += [f"HMAC verification failed for page {n}" for n in failed]
    if unread:
        out.notes.append(f"{len(unread)} page(s) of the file fail their HMAC but are never read there (a newer copy "
                         "is in the WAL, or they lie past the end of the database)")
    out.problems += log.problems()
    out.notes += log.notes()
    return out
