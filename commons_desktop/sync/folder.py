"""A team transport (sync/replicate.py's ``Transport``) on a folder: a USB stick, a Syncthing or Nextcloud-client
folder, a network share. The WebDAV transport of issue 13 implements the same five calls over HTTP.

Only names of 32 hex digits are the team's files; dotted names are temporary files (ours while writing, or the
sync tool's, such as Syncthing's ``.stfolder``) and are ignored. Every write goes through core/atomic.py: a new
file appears whole or not at all (``write_new`` never replaces a file: another device's file is never
overwritten), and ``replace`` (a device's own index) is a rename over the old one.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

from ..core.atomic import write_file
from ..core.errors import TeamError
from .segments import MAX_FILE, is_name


class Transport(Protocol):
    """Where a team's files are: listed, read, written new, replaced (own index), deleted (own files)."""

    def listing(self) -> dict[str, int]: ...          # name -> size, team files only
    def read(self, name: str) -> bytes: ...
    def write_new(self, name: str, data: bytes) -> None: ...   # FileExistsError when the name is taken
    def replace(self, name: str, data: bytes) -> None: ...
    def delete(self, name: str) -> None: ...
    def foreign_entries(self) -> int: ...            # entries that are not team files nor dotted


class Folder:
    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.reads = 0       # files read (listings not counted): a sync with nothing new reads only indexes

    def _check(self) -> None:
        if not self.path.is_dir():
            raise TeamError("folder-missing")

    def listing(self) -> dict[str, int]:
        self._check()
        out = {}
        try:
            with os.scandir(self.path) as entries:
                for e in entries:
                    if is_name(e.name) and e.is_file(follow_symlinks=False):
                        out[e.name] = e.stat(follow_symlinks=False).st_size
        except OSError as exc:
            raise TeamError("folder-missing") from exc
        return out

    def foreign_entries(self) -> int:
        self._check()
        with os.scandir(self.path) as entries:
            return sum(1 for e in entries if not e.name.startswith(".") and not is_name(e.name))

    def read(self, name: str) -> bytes:
        if not is_name(name):
            raise TeamError("tampered", why="name")
        self.reads += 1
        try:
            with open(self.path / name, "rb") as f:
                data = f.read(MAX_FILE + 1)
        except FileNotFoundError as exc:
            raise TeamError("missing-file") from exc
        except OSError as exc:
            raise TeamError("folder-missing") from exc
        if len(data) > MAX_FILE:
            raise TeamError("tampered", why="size")
        return data

    def write_new(self, name: str, data: bytes) -> None:
        self._check()
        write_file(self.path / name, data, overwrite=False)

    def replace(self, name: str, data: bytes) -> None:
        self._check()
        write_file(self.path / name, data, overwrite=True)

    def delete(self, name: str) -> None:
        try:
            (self.path / name).unlink()
        except FileNotFoundError:
            pass
