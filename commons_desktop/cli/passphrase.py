"""Where passphrases come from: COMMONS_PASSPHRASE, --passphrase-file, (the keyring: see context.py),
then a prompt only when stdin is a terminal. New passphrases (init, passwd) are asked twice at a prompt."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from ..core.errors import CommonsError, InvalidInput, NoPassphrase
from . import prompts

ENV = "COMMONS_PASSPHRASE"
NEW_ENV = "COMMONS_NEW_PASSPHRASE"


def read_file(path: str | os.PathLike) -> str:
    """A passphrase kept in a file: its content without the final line break."""
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except UnicodeDecodeError:
        raise CommonsError(f"the passphrase file {p} is not UTF-8 text") from None
    except OSError as exc:
        raise CommonsError(f"cannot read the passphrase file {p}: {exc.strerror or exc}") from None
    text = text[:-1] if text.endswith("\n") else text
    text = text[:-1] if text.endswith("\r") else text
    if not text:
        raise NoPassphrase(f"the passphrase file {p} is empty")
    return text


def given(passphrase_file: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """The passphrase from the environment or the file, without asking anyone; None when neither is set."""
    env = os.environ if environ is None else environ
    if env.get(ENV):
        return env[ENV]
    if passphrase_file:
        return read_file(passphrase_file)
    return None


def ask(vault_path: str | os.PathLike) -> str:
    """Prompt on the terminal, or raise NoPassphrase when there is none."""
    if not prompts.interactive():
        raise NoPassphrase("no passphrase given (set COMMONS_PASSPHRASE, use --passphrase-file, "
                           "or run on a terminal)")
    answer = prompts.secret(f"Passphrase for {vault_path}: ")
    if not answer:
        raise NoPassphrase()
    return answer


def ask_new(what: str) -> str:
    """A new passphrase typed twice at the terminal."""
    first = prompts.secret(f"{what}: ")
    if not first:
        raise NoPassphrase("the passphrase must not be empty")
    if prompts.secret(f"{what} (again): ") != first:
        raise InvalidInput("the two passphrases typed differ; nothing was changed")
    return first


def for_new_vault(passphrase_file: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The passphrase of a vault being created: variable, file, else asked twice at a terminal."""
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
        return env[NEW_ENV]
    if not prompts.interactive():
        raise NoPassphrase("no new passphrase given (use --new-passphrase-file FILE or set COMMONS_NEW_PASSPHRASE)")
    return ask_new("New passphrase")
