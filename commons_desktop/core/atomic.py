"""Every file the application writes is written all or nothing, through this one helper.

The content goes into a temporary file in the destination's own folder (created owner-only, 0600, from its
first byte), is flushed and fsynced, optionally checked (a PDF complete, say), and only then renamed over the
destination. Until that rename the destination is untouched; on any failure (a full disk, a writer that raises,
a check that refuses, Ctrl-C) the temporary file is removed and the error goes up. The folder is fsynced after
the rename so the new name survives a power cut.

Two forms, one mechanism:
- ``write_file(path, data)``: ``data`` is the bytes, or a function writing them to a binary file object;
- ``with atomic_path(path) as out: writer(out.temp)``: for writers that want a path (SQLite's ATTACH, Qt's
  QPdfWriter); the final path is ``out.path`` afterwards.

``overwrite=False`` never replaces an existing file (a hard link is the no-overwrite rename): the next of
``alternatives`` is tried, else FileExistsError. Stdlib only, so every layer (ui/ included) uses it.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

PRIVATE = 0o600
TEMP_SUFFIX = ".part"


def temp_name(target: Path) -> Path:
    """A fresh hidden name beside ``target`` (two writers of one destination never share a temporary file)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")


def open_temp(path: Path, mode: int) -> BinaryIO:
    """Create ``path`` exclusively (never through an existing file or link) and open it for writing.
    A module-level seam: tests replace it with a file that fails after N bytes."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    return os.fdopen(fd, "wb")


def fsync_path(path: Path) -> None:
    """fsync a file written by someone else (SQLite, Qt) by its name."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # folders cannot be opened for fsync there; NTFS journals the rename itself
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder: the file itself is already on disk
    finally:
        os.close(fd)


def _place(temp: Path, target: Path, overwrite: bool, alternatives: Iterable[Path]) -> Path:
    if overwrite:
        os.replace(temp, target)
        return target
    for candidate in (target, *alternatives):
        try:
            os.link(temp, candidate)  # atomic, and fails if the name exists
        except FileExistsError:
            continue
        except OSError:  # no hard links here (FAT, some network shares): checked, then renamed
            if os.path.lexists(candidate):
                continue
            if os.name == "nt":
                os.rename(temp, candidate)  # refuses an existing name on Windows
            else:
                os.replace(temp, candidate)
            return candidate
        os.unlink(temp)
        return candidate
    raise FileExistsError(17, "File exists", str(target))


class Pending:
    """The file being written: ``temp`` while writing, ``path`` (where it went) once placed."""

    __slots__ = ("temp", "target", "path")

    def __init__(self, temp: Path, target: Path):
        self.temp = temp
        self.target = target
        self.path: Path | None = None


@contextmanager
def atomic_path(target: str | os.PathLike, *, overwrite: bool = True, mode: int = PRIVATE,
                check: Callable[[Path], None] | None = None, alternatives: Iterable[Path] = (),
                create: bool = True) -> Iterator[Pending]:
    """Write ``target`` through a temporary file named ``pending.temp`` (created empty with ``mode`` unless
    ``create`` is False). After the body: fsync, ``check(temp)`` (raise to refuse), rename, fsync the folder."""
    dest = Path(target)
    pending = Pending(temp_name(dest), dest)
    try:
        if create:
            open_temp(pending.temp, mode).close()
        yield pending
        fsync_path(pending.temp)
        if check is not None:
            check(pending.temp)
        pending.path = _place(pending.temp, dest, overwrite, alternatives)
    except BaseException:
        try:
            pending.temp.unlink()
        except FileNotFoundError:
            pass
        raise
    _fsync_folder(dest.parent)


def write_file(target: str | os.PathLike, data: bytes | Callable[[BinaryIO], None], *, overwrite: bool = True,
               mode: int = PRIVATE, check: Callable[[Path], None] | None = None,
               alternatives: Iterable[Path] = ()) -> Path:
    """Write ``data`` (bytes, or a function writing to a binary file) to ``target``, all or nothing.
    Returns where it went (``target``, or one of ``alternatives`` when ``overwrite`` is False)."""
    with atomic_path(target, overwrite=overwrite, mode=mode, check=check, alternatives=alternatives,
                     create=False) as out:
        with open_temp(out.temp, mode) as fh:
            if callable(data):
                data(fh)
            else:
                fh.write(data)
    assert out.path is not None
    return out.path


def copy_file(source: str | os.PathLike, target: str | os.PathLike, *, overwrite: bool = True,
              mode: int = PRIVATE, alternatives: Iterable[Path] = (), chunk: int = 1 << 20) -> Path:
    """Copy ``source`` to ``target`` all or nothing (a backup kept aside, a restored vault)."""
    def copy(out: BinaryIO) -> None:
        with open(source, "rb") as src:
            while block := src.read(chunk):
                out.write(block)
    return write_file(target, copy, overwrite=overwrite, mode=mode, alternatives=alternatives)
