"""Who has a vault open: a lock file beside it (``<vault>.lock``), so that restore, passphrase change and
erasure never pull the file from under another program.

Every process that opens a vault holds one *slot* of the lock file: a one-byte lock at offset 1..SLOTS
(POSIX record locks, ``fcntl.lockf``; on Windows ``msvcrt.locking`` on the same bytes), and describes itself
(program, pid, host, since when) in that slot's record further in the file. An exclusive user takes the
*gate* (byte 0) and then every slot: it succeeds only when no other process holds one, and it names the
holders otherwise. Openers pass through the gate, so nobody opens while an exclusive user works.

The operating system drops a dead process's locks, so a crash leaves no stale lock: a record whose slot is
free is ignored (and overwritten by the next opener). POSIX record locks belong to the process, and closing
any descriptor of the file drops them all: one descriptor per lock file per process, shared by every Vault
of that process through a registry (worker connections of the app count as the app).
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ..core.errors import VaultInUse, VaultLocked
from ..core.values import Value

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try(fd: int, offset: int) -> bool:
        os.lseek(fd, offset, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _release(fd: int, offset: int) -> None:
        os.lseek(fd, offset, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try(fd: int, offset: int) -> bool:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, offset, os.SEEK_SET)
        except OSError:
            return False
        return True

    def _release(fd: int, offset: int) -> None:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, offset, os.SEEK_SET)


SUFFIX = ".lock"
GATE = 0
SLOTS = 64
RECORDS = 4096          # slot records start here: one per slot, the exclusive user's at index 0
RECORD_SIZE = 256
GATE_WAIT = 2.0         # seconds an opener waits for a brief gate holder before naming it


class Holder(Value):
    """A process that has the vault open (facts only: the words are chosen by ui/ and cli/)."""

    __slots__ = ("program", "pid", "host", "since")

    program: str
    pid: int
    host: str
    since: str

    def to_json(self) -> dict:
        return {"program": self.program, "pid": self.pid, "host": self.host, "since": self.since}


def lock_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + SUFFIX)


def program_name() -> str:
    """What this process is, for the other side's message: 'commons backup', 'commons-desktop'..."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    if name in ("__main__.py", "-c", "-m", ""):
        name = "python"
    words = [name] + [a for a in sys.argv[1:3] if a and not a.startswith("-") and "/" not in a and "\\" not in a]
    return " ".join(words)[:80]


def _me(program: str | None) -> bytes:
    me = {"program": program or program_name(), "pid": os.getpid(), "host": socket.gethostname()[:80],
          "since": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
    raw = json.dumps(me, ensure_ascii=True).encode("ascii")[:RECORD_SIZE - 1]
    return raw.ljust(RECORD_SIZE, b"\0")


class _Entry:
    """This process's hold on one lock file."""

    def __init__(self, fd: int):
        self.fd = fd
        self.slot = 0          # the slot held while count > 0 (0: none)
        self.count = 0         # open Vaults of this process
        self.exclusive = False


_registry: dict[str, _Entry] = {}
_mutex = threading.RLock()


def _key(vault_path: Path) -> str:
    return os.path.normcase(os.path.abspath(vault_path))


def _entry(vault_path: Path) -> _Entry:
    key = _key(vault_path)
    entry = _registry.get(key)
    if entry is None:
        fd = os.open(lock_path(vault_path), os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        entry = _registry[key] = _Entry(fd)
    return entry


def _forget(vault_path: Path, entry: _Entry) -> None:
    if entry.count == 0 and not entry.exclusive:
        _registry.pop(_key(vault_path), None)
        os.close(entry.fd)


def _write_record(fd: int, index: int, data: bytes) -> None:
    try:
        os.lseek(fd, RECORDS + index * RECORD_SIZE, os.SEEK_SET)
        os.write(fd, data)
    except OSError:
        pass  # the description is a courtesy; the lock itself is what counts


def _read_record(fd: int, index: int) -> Holder | None:
    try:
        os.lseek(fd, RECORDS + index * RECORD_SIZE, os.SEEK_SET)
        raw = os.read(fd, RECORD_SIZE).rstrip(b"\0")
        data = json.loads(raw.decode("ascii")) if raw else None
        return Holder(str(data["program"]), int(data["pid"]), str(data["host"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def _holders(entry: _Entry, locked_slots: list[int]) -> list[Holder]:
    unknown = Holder("another program", 0, "", "")
    return [_read_record(entry.fd, i) or unknown for i in locked_slots]


def _gate(entry: _Entry, wait: float) -> bool:
    deadline = time.monotonic() + wait
    while not _try(entry.fd, GATE):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)
    return True


class Share:
    """One open Vault's share of its process's slot. ``release()`` once, when the Vault closes."""

    def __init__(self, vault_path: Path | None):
        self.vault_path = vault_path

    def release(self) -> None:
        if self.vault_path is None:
            return
        path, self.vault_path = self.vault_path, None
        with _mutex:
            entry = _registry.get(_key(path))
            if entry is None:
                return
            entry.count -= 1
            if entry.count == 0 and entry.slot:
                _write_record(entry.fd, entry.slot, b"\0" * RECORD_SIZE)
                _release(entry.fd, entry.slot)
                entry.slot = 0
            _forget(path, entry)


def share(vault_path: Path, program: str | None = None, *, required: bool = True) -> Share:
    """Hold the vault open. Raises VaultInUse (naming it) while another process uses it exclusively.
    Where no lock file can be made (a read-only folder) and ``required`` is False, goes on without one."""
    with _mutex:
        try:
            entry = _entry(vault_path)
        except OSError:
            if required:
                raise
            return Share(None)
        if entry.count or entry.exclusive:  # this process holds it already (a worker's connection)
            entry.count += 1
            return Share(vault_path)
        try:
            if not _gate(entry, GATE_WAIT):
                raise VaultInUse(_holders(entry, [0]), exclusive=True)
            try:
                slot = next((i for i in range(1, SLOTS + 1) if _try(entry.fd, i)), 0)
            finally:
                _release(entry.fd, GATE)
            if not slot:
                raise VaultInUse([], exclusive=False)
        except BaseException:
            _forget(vault_path, entry)
            raise
        entry.slot = slot
        entry.count = 1
        _write_record(entry.fd, slot, _me(program))
        return Share(vault_path)


def others(vault_path: Path) -> list[Holder]:
    """The other processes holding the vault open now (their WAL is live, not what a crash left)."""
    with _mutex:
        entry = _registry.get(_key(vault_path))
        own = entry is not None
        if entry is None:
            try:  # no lock of ours on this file: a descriptor of our own may be opened and closed freely
                entry = _Entry(os.open(lock_path(vault_path), os.O_RDWR | getattr(os, "O_BINARY", 0)))
            except OSError:
                return []
        try:
            busy = []
            for i in range(1, SLOTS + 1):
                if own and i == entry.slot:
                    continue
                if _try(entry.fd, i):
                    _release(entry.fd, i)
                else:
                    busy.append(i)
            return _holders(entry, busy)
        finally:
            if not own:
                os.close(entry.fd)


@contextmanager
def exclusive(vault_path: Path, program: str | None = None, *, own: Share | None = None) -> Iterator[None]:
    """Be the only process with the vault open, for the body's time. ``own``: the caller's own open Vault
    (allowed); any other open Vault, in this process or another, makes it raise VaultInUse naming them."""
    with _mutex:
        entry = _entry(vault_path)
        mine = 1 if own is not None and own.vault_path is not None else 0
        if entry.exclusive or entry.count > mine:
            raise VaultInUse([Holder(program_name(), os.getpid(), socket.gethostname()[:80], "")],
                             exclusive=False, this_process=True)
        taken: list[int] = []
        try:
            if not _gate(entry, GATE_WAIT / 4):
                raise VaultInUse(_holders(entry, [0]), exclusive=True)
            taken.append(GATE)
            busy = []
            for i in range(1, SLOTS + 1):
                if i == entry.slot:
                    continue
                if _try(entry.fd, i):
                    taken.append(i)
                else:
                    busy.append(i)
            if busy:
                raise VaultInUse(_holders(entry, busy), exclusive=False)
        except BaseException:
            for i in taken:
                _release(entry.fd, i)
            _forget(vault_path, entry)
            raise
        entry.exclusive = True
        _write_record(entry.fd, 0, _me(program))
    try:
        yield
    finally:
        with _mutex:
            _write_record(entry.fd, 0, b"\0" * RECORD_SIZE)
            for i in reversed(taken):
                _release(entry.fd, i)
            entry.exclusive = False
            _forget(vault_path, entry)


_folders: dict[str, threading.Lock] = {}
FOLDER_WAIT = 600.0


@contextmanager
def folder(lock_file: Path, wait: float = FOLDER_WAIT) -> Iterator[None]:
    """One writer at a time in a folder (backups): a second one, in this process or another, waits here."""
    with _mutex:
        mutex = _folders.setdefault(_key(lock_file), threading.Lock())
    if not mutex.acquire(timeout=wait):
        raise VaultLocked("another backup into this folder is still being written")
    try:
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        try:
            deadline = time.monotonic() + wait
            while not _try(fd, GATE):
                if time.monotonic() >= deadline:
                    raise VaultLocked("another backup into this folder is still being written")
                time.sleep(0.05)
            try:
                yield
            finally:
                _release(fd, GATE)
        finally:
            os.close(fd)
    finally:
        mutex.release()
