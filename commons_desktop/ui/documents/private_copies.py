"""Decrypted copies for opening a document in another application: only when the user asks, in a private
runtime folder (XDG_RUNTIME_DIR, a per-user tmpfs, when there is one), readable by the user alone, and
wiped (overwritten, then removed) when the vault locks or the application quits.

A folder in use holds a lock (``.lock``, flock). At start-up, folders left behind by a crashed instance
(their lock is free) are wiped the same way, so a crash never leaves a decrypted copy for long."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no flock; leftovers are then only wiped by the instance that made them
    fcntl = None

from PySide6.QtCore import QStandardPaths

from ...core.atomic import write_file

PREFIX = "commons-desktop-"


def runtime_base() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    return Path(location) if location and Path(location).is_dir() else Path(tempfile.gettempdir())


def _overwrite_and_remove(path: Path) -> None:
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            fh.write(b"\0" * size)
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()
    except OSError:
        pass


def sweep_stale(base: Path | None = None) -> int:
    """Wipe the copy folders of this user whose instance is gone (lock free). Returns how many."""
    if fcntl is None:
        return 0
    wiped = 0
    root = base or runtime_base()
    for folder in root.glob(PREFIX + "*"):
        try:
            if not folder.is_dir() or folder.is_symlink() or folder.stat().st_uid != os.getuid():
                continue
            fd = os.open(folder / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue  # a running instance holds it
        for path in folder.iterdir():
            if path.is_file() and not path.is_symlink():
                _overwrite_and_remove(path)
        os.close(fd)
        try:
            folder.rmdir()
            wiped += 1
        except OSError:
            pass
    return wiped


class PrivateCopies:
    def __init__(self, base: Path | None = None):
        self.base = base
        self.folder: Path | None = None
        self.files: list[Path] = []
        self._lock_fd: int | None = None
        sweep_stale(base)

    def write(self, file_name: str, content: bytes) -> Path:
        if self.folder is None or not self.folder.is_dir():
            self.folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=self.base or runtime_base()))
            os.chmod(self.folder, 0o700)
            if fcntl is not None:
                self._lock_fd = os.open(self.folder / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
                fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        safe = Path(file_name).name or "document"
        path = write_file(self.folder / f"{len(self.files) + 1}-{safe}", content, overwrite=False)
        self.files.append(path)
        return path

    def wipe(self) -> None:
        for path in self.files:
            _overwrite_and_remove(path)
        self.files = []
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None
        if self.folder is not None:
            try:
                (self.folder / ".lock").unlink()
            except OSError:
                pass
            try:
                self.folder.rmdir()
            except OSError:
                pass
            self.folder = None
