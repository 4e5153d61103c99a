"""Where passphrases come from: COMMONS_PASSPHRASE, --passphrase-file, (the keyring: see context.py),
then a prompt only when stdin is a terminal. New passphrases (init, passwd) are asked twice at a prompt.
Whatever the source, a passphrase is one line of UTF-8 text (``checked``): anything else is refused in one line
(exit 2), never a crash deep in the key derivation. The terminal's prompts and the bounded file reader are loaded
when a passphrase is asked for or read from a file (a command opening with a remembered key needs neither)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

from ..core.errors import CommonsError, InvalidInput, NoPassphrase, UsageError

ENV = "COMMONS_PASSPHRASE"
NEW_ENV = "COMMONS_NEW_PASSPHRASE"


FILE_BYTES = 4096       # a passphrase file is read up to this size, whatever it is (a pipe, a device...)
PIPE_SECONDS = 15.0    # how long a pipe or FIFO may take to give its passphrase (a password manager asking first)
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f]")  # a passphrase is one line of text (TAB allowed)


def checked(secret: str | bytes, source: str) -> str:
    """``secret`` as the text of a passphrase; UsageError (exit 2) when it is not one line of UTF-8 text: bytes
    that are not UTF-8 (a Latin-1 terminal or file), NUL bytes, line breaks or control characters (a binary
    file). ``source`` names where it came from in the message."""
    if isinstance(secret, bytes):
        try:
            secret = secret.decode("utf-8")
        except UnicodeDecodeError:
            raise UsageError(f"{source} is not UTF-8 text (was it written in another encoding, such as Latin-1?); "
                             "a passphrase is read as UTF-8") from None
    else:
        try:
            secret.encode("utf-8")
        except UnicodeEncodeError:  # bytes the system could not decode (os.environ, a terminal in another encoding)
            raise UsageError(f"{source} holds bytes that are not UTF-8 text (is the terminal set to another "
                             "encoding, such as Latin-1?); a passphrase is read as UTF-8") from None
    bad = _CONTROL.search(secret)
    if bad:
        what = "more than one line" if secret[bad.start()] in "\n\r" else "control characters or NUL bytes"
        raise UsageError(f"{source} holds {what}: not a passphrase")
    return secret


def read_file(path: str | os.PathLike, timeout: float = PIPE_SECONDS) -> str:
    """A passphrase kept in a file (or given through a pipe: ``<(pass show club)``): its content without the final
    line break. At most FILE_BYTES are read, a pipe or device within ``timeout`` seconds."""
    from ..services import input_files

    p = Path(path)
    try:
        data = input_files.read_small(p, FILE_BYTES, timeout)
    except input_files.TooLarge:
        raise UsageError(f"the passphrase file {p} holds more than {FILE_BYTES:,} bytes: not a passphrase "
                         "file") from None
    except input_files.NothingCame:
        raise UsageError(f"nothing came from the passphrase file {p} within {timeout:g} s (a pipe or FIFO that "
                         "nobody writes?)") from None
    except InvalidInput as exc:  # no file, a folder
        raise CommonsError(f"cannot read the passphrase file {p}: {exc}") from None
    except CommonsError as exc:
        raise CommonsError(f"cannot read the passphrase file {p} ({exc})") from None
    data = data[:-1] if data.endswith(b"\n") else data
    data = data[:-1] if data.endswith(b"\r") else data
    text = checked(data, f"the passphrase file {p}")
    if not text:
        raise NoPassphrase(f"the passphrase file {p} is empty")
    return text


def _prompted(prompt: str) -> str:
    from . import prompts

    try:
        answer = prompts.secret(prompt)
    except UnicodeDecodeError:
        raise UsageError("the passphrase typed is not UTF-8 text (is the terminal set to another encoding, such "
                         "as Latin-1?)") from None
    return checked(answer, "the passphrase typed")


def given(passphrase_file: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """The passphrase from the environment or the file, without asking anyone; None when neither is set."""
    env = os.environ if environ is None else environ
    if env.get(ENV):
        return checked(env[ENV], ENV)
    if passphrase_file:
        return read_file(passphrase_file)
    return None


def ask(vault_path: str | os.PathLike) -> str:
    """Prompt on the terminal, or raise NoPassphrase when there is none."""
    from . import prompts

    if not prompts.interactive():
        raise NoPassphrase("no passphrase given (set COMMONS_PASSPHRASE, use --passphrase-file, "
                           "or run on a terminal)")
    answer = _prompted(f"Passphrase for {vault_path}: ")
    if not answer:
        raise NoPassphrase()
    return answer


def ask_new(what: str) -> str:
    """A new passphrase typed twice at the terminal."""
    first = _prompted(f"{what}: ")
    if not first:
        raise NoPassphrase("the passphrase must not be empty")
    if _prompted(f"{what} (again): ") != first:
        raise InvalidInput("the two passphrases typed differ; nothing was changed")
    return first


def for_new_vault(passphrase_file: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The passphrase of a vault being created: variable, file, else asked twice at a terminal."""
    from . import prompts

    found = given(passphrase_file, environ)
    if found:
        return found
    if not prompts.interactive():
        raise NoPassphrase()
    return ask_new("New vault passphrase")


def new_for_change(new_passphrase_file: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The new passphrase of `passwd`: --new-passphrase-file, COMMONS_NEW_PASSPHRASE, else asked twice."""
    env = os.environ if environ is None else environ
    if new_passphrase_file:
        return read_file(new_passphrase_file)
    if env.get(NEW_ENV):
        return checked(env[NEW_ENV], NEW_ENV)
    from . import prompts

    if not prompts.interactive():
        raise NoPassphrase("no new passphrase given (use --new-passphrase-file FILE or set COMMONS_NEW_PASSPHRASE)")
    return ask_new("New passphrase")
