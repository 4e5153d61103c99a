"""Reading a file someone hands us. An import or a partner's card: a regular file only (a FIFO, a device such as
/dev/zero or a file that grows while it is read would otherwise block forever or fill the memory), its size
checked before anything is read, then read as a stream (``InputFile``) or whole within its limit. A small secret
(a passphrase file): any kind of file, at most a few KB, with a deadline for pipes and devices (``read_small``)."""

from __future__ import annotations

import os
import select
import stat
import time
from pathlib import Path
from typing import BinaryIO

from ..core.errors import CommonsError, InvalidInput


class NothingCame(InvalidInput):
    """A pipe, FIFO or device gave nothing (or not its end) before the deadline."""

    def __init__(self, path: str, seconds: float):
        super().__init__(f"nothing came from {path} within {seconds:g} s")
        self.path = path
        self.seconds = seconds


class TooLarge(InvalidInput):
    def __init__(self, path: str, limit: int, size: int | None = None):
        said = f" is {size:,} bytes," if size is not None else ""
        super().__init__(f"{path}{said} over the limit of {limit:,} bytes")
        self.path = path
        self.limit = limit


def _open(p: Path) -> int:
    try:
        return os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO opens at once instead of waiting
    except FileNotFoundError:
        raise InvalidInput(f"no file {p}") from None
    except IsADirectoryError:
        raise InvalidInput(f"{p} is a folder, not a file") from None
    except OSError as exc:
        raise CommonsError(f"cannot read {p}: {exc.strerror or exc}") from None


class InputFile:
    """A regular file opened for reading, no larger than ``limit`` when opened. ``stream()`` gives it from its start
    (seekable, read in chunks by the readers, which count what they read against the same limit); ``read()`` gives
    it whole. Close it (or use ``with``)."""

    def __init__(self, path: str | os.PathLike, limit: int):
        self.path, self.limit = Path(path), limit
        fd = _open(self.path)
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            if stat.S_ISDIR(info.st_mode):
                raise InvalidInput(f"{self.path} is a folder, not a file")
            raise InvalidInput(f"{self.path} is not a regular file")
        if info.st_size > limit:
            os.close(fd)
            raise TooLarge(str(self.path), limit, info.st_size)
        self.size = info.st_size
        self._file = os.fdopen(fd, "rb")

    def stream(self) -> BinaryIO:
        self._file.seek(0)
        return self._file

    def head(self, n: int) -> bytes:
        return os.pread(self._file.fileno(), n, 0)

    def read(self) -> bytes:
        try:
            data = self.stream().read(self.limit + 1)
        except OSError as exc:
            raise CommonsError(f"cannot read {self.path}: {exc.strerror or exc}") from None
        if len(data) > self.limit:
            raise TooLarge(str(self.path), self.limit)
        return data

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> InputFile:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def read_bounded(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of the regular file at ``path``; InvalidInput when it is not one or holds over ``limit`` bytes."""
    with InputFile(path, limit) as f:
        return f.read()


def read_small(path: str | os.PathLike, limit: int, timeout: float) -> bytes:
    """At most ``limit`` bytes from ``path``, whatever it is: a regular file, or a pipe (``<(pass show x)``), a
    FIFO or a device, read until its end within ``timeout`` seconds. TooLarge past ``limit`` (/dev/zero),
    NothingCame at the deadline (a FIFO nobody writes, a terminal), InvalidInput for a folder or no file."""
    p = Path(path)
    fd = _open(p)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InvalidInput(f"{p} is a folder, not a file")
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise TooLarge(str(p), limit, info.st_size)
        chunks: list[bytes] = []
        got = 0
        deadline = time.monotonic() + timeout
        poller = select.poll()
        poller.register(fd, select.POLLIN | select.POLLPRI)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise NothingCame(str(p), timeout)
            if not stat.S_ISREG(info.st_mode) and not poller.poll(left * 1000):
                continue
            try:
                data = os.read(fd, limit + 1 - got)
            except BlockingIOError:
                continue
            except OSError as exc:
                raise CommonsError(f"cannot read {p}: {exc.strerror or exc}") from None
            if not data:
                return b"".join(chunks)
            chunks.append(data)
            got += len(data)
            if got > limit:
                raise TooLarge(str(p), limit)
    finally:
        os.close(fd)
