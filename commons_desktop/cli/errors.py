"""The one place where errors become an exit code and one line of words on stderr (never a traceback)."""

from __future__ import annotations

import os
import sys
import traceback
from typing import TextIO

from ..core import errors as e
from ..services.maintenance import STORAGE_ERRORS

OK, ERROR, USAGE, PASSPHRASE, INVALID, SERVER = 0, 1, 2, 3, 4, 5
INTERRUPTED = 130
MAX_LINE = 400

# most specific first
_CODES: tuple[tuple[type[BaseException], int], ...] = (
    (e.UsageError, USAGE),
    (e.WrongPassphrase, PASSPHRASE),
    (e.VaultLocked, PASSPHRASE),
    (e.KeyringLocked, PASSPHRASE),
    (e.NoPassphrase, PASSPHRASE),
    (e.InvalidInput, INVALID),
    (e.ServerError, SERVER),
    (e.CommonsError, ERROR),
)


def exit_code(exc: BaseException) -> int:
    if isinstance(exc, KeyboardInterrupt):
        return INTERRUPTED
    for kind, code in _CODES:
        if isinstance(exc, kind):
            return code
    return ERROR


def describe(exc: BaseException) -> str:
    """One line of words for the user. Expected errors carry their own words (facts, never secrets);
    anything else is named by its kind, so a stray value is never echoed at length."""
    if isinstance(exc, KeyboardInterrupt):
        text = "interrupted"
    elif isinstance(exc, e.CommonsError):
        text = str(exc)
    elif isinstance(exc, STORAGE_ERRORS):
        text = f"the vault could not be read ({exc}); run 'commons check'"
    elif isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        text = f"{exc.strerror or type(exc).__name__}{where}"
    else:
        text = f"unexpected {type(exc).__name__} (run with COMMONS_DEBUG=1 for details)"
    line = " ".join(text.split())
    return line if len(line) <= MAX_LINE else line[:MAX_LINE - 1] + "…"


def report(exc: BaseException, stream: TextIO | None = None) -> int:
    """Print ``commons: error: ...`` (one line) and return the exit code. COMMONS_DEBUG=1 adds the traceback."""
    stream = stream or sys.stderr
    try:
        if os.environ.get("COMMONS_DEBUG") and not isinstance(exc, e.CommonsError | KeyboardInterrupt):
            traceback.print_exception(exc, file=stream)
        print(f"commons: error: {describe(exc)}", file=stream)
        stream.flush()
    except (OSError, ValueError):
        pass  # stderr itself is gone: the exit code still says it
    return exit_code(exc)
