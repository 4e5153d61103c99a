"""Decrypted copies for opening a document in another application: only when the user asks, in a private
runtime folder (XDG_RUNTIME_DIR, a per-user tmpfs, when there is one), readable by the user alone, and
wiped (overwritten, then removed) when the vault locks or the application quits."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def runtime_base() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    return Path(location) if location and Path(location).is_dir() else Path(tempfile.gettempdir())


class PrivateCopies:
    def __init__(self, base: Path | None = None):
        self.base = base
        self.folder: Path | None = None
        self.files: list[Path] = []

    def write(self, file_name: str, content: bytes) -> Path:
        if self.folder is None or not self.folder.is_dir():
            self.folder = Path(tempfile.mkdtemp(prefix="commons-desktop-", dir=self.base or runtime_base()))
            os.chmod(self.folder, 0o700)
        safe = Path(file_name).name or "document"
        path = self.folder / f"{len(self.files) + 1}-{safe}"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
        self.files.append(path)
        return path

    def wipe(self) -> None:
        for path in self.files:
            try:
                size = path.stat().st_size
                with open(path, "r+b") as fh:
                    fh.write(b"\0" * size)
                    fh.flush()
                    os.fsync(fh.fileno())
                path.unlink()
            except OSError:
                continue
        self.files = []
        if self.folder is not None:
            try:
                self.folder.rmdir()
            except OSError:
                pass
            self.folder = None
