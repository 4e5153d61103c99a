"""Talking to a person at a terminal: only when stdin is a TTY, never in a script."""

from __future__ import annotations

import getpass
import sys

from ..core.errors import Cancelled, UsageError


def interactive() -> bool:
    """True when a person can answer (stdin is a terminal). Tests replace this function."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def secret(prompt: str) -> str:
    """Ask for a secret without echo (the terminal, not stdout)."""
    return getpass.getpass(prompt)


def confirm(question: str, *, assume_yes: bool, flag: str = "--yes") -> None:
    """Go on when ``assume_yes`` or the person types yes; raise Cancelled on no, UsageError when nobody can answer."""
    if assume_yes:
        return
    if not interactive():
        raise UsageError(f"{question.rstrip('?')}: confirm with {flag} (no terminal to ask on)")
    answer = input(f"{question} [y/N] ").strip().casefold()
    if answer not in ("y", "yes", "o", "oui"):
        raise Cancelled()
