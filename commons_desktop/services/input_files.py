"""Reading a file someone hands us (an import, a partner's card): a regular file only, never more than a
fixed number of bytes. A FIFO, a device such as /dev/zero or a file that grows while it is read would
otherwise block forever or fill the memory."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..core.errors import CommonsError, InvalidInput


def read_bounded(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of the regular file at ``path``; InvalidInput when it is not one or holds over ``limit`` bytes."""
    p = Path(path)
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO opens at once instead of waiting
    except FileNotFoundError:
        raise InvalidInput(f"no file {p}") from None
    except IsADirectoryError:
        raise InvalidInput(f"{p} is a folder, not a file") from None
    except OSError as exc:
        raise CommonsError(f"cannot read {p}: {exc.strerror or exc}") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InvalidInput(f"{p} is a folder, not a file")
        raise InvalidInput(f"{p} is not a regular file")
    with os.fdopen(fd, "rb") as fh:
        if info.st_size > limit:
            raise InvalidInput(f"{p} is {info.st_size:,} bytes, over the limit of {limit:,}")
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise CommonsError(f"cannot read {p}: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise InvalidInput(f"{p} is over the limit of {limit:,} bytes")
    return data
