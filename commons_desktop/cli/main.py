"""The `commons` command: global options, the command groups, dispatch and the one error handler.

Exit codes: 0 ok, 1 error (incl. damage found by check), 2 usage, 3 wrong passphrase, locked vault or
locked keyring, 4 invalid input data (nothing written), 5 server or network failure; 130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..core.errors import KeyringUnavailable, UsageError
from . import errors
from .commands import COMMAND_MODULES
from .context import VAULT_ENV, Context
from .output import Output

EXCHANGE_MODULE = "commons_desktop.cli.commands.exchange"


class CommonsParser(argparse.ArgumentParser):
    """argparse, except that a usage error is one line (raised, then reported with exit code 2)."""

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> CommonsParser:
    parser = CommonsParser(
        prog="commons", description="Commons Desktop: the encrypted member register of a collective, "
        "from the command line.", epilog="Exit codes: 0 ok, 1 error, 2 usage, 3 wrong passphrase or locked "
        "vault or keyring, 4 invalid input (nothing written), 5 server or network failure. Dates (DATE) are "
        "read day first: 14/07/1962, 14.07.1962, 14-07-1962, 14/07/62 or 1962-07-14; a two-digit year of a birth "
        "date is never in the future, of other dates within 80 years before and 19 after today.")
    parser.add_argument("--vault", metavar="PATH", help=f"the vault file (default: ${VAULT_ENV})")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="read the passphrase from FILE (after $COMMONS_PASSPHRASE, before the keyring)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    keyring = parser.add_mutually_exclusive_group()
    keyring.add_argument("--remember", action="store_true",
                         help="remember the vault's key in the OS keyring on this computer")
    keyring.add_argument("--forget", action="store_true", help="forget the key remembered in the OS keyring")
    parser.add_argument("--version", action="version", version=f"commons {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for module in COMMAND_MODULES:
        module.register(sub)
    _register_exchange(sub)
    return parser


def _register_exchange(sub) -> None:
    """import/export/partner/... live in commands/exchange.py, written separately; use it when present."""
    try:
        exchange = importlib.import_module(EXCHANGE_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name != EXCHANGE_MODULE:
            raise  # the module is there but something it needs is not: say so
        return
    exchange.register(sub)


def _forget(ctx: Context, alone: bool) -> None:
    try:
        forgotten = ctx.forget()
    except KeyringUnavailable:
        forgotten = False
    if alone:
        path = str(ctx.vault_path)
        ctx.out.result({"path": path, "forgotten": forgotten},
                       f"forgot the key of {path}" if forgotten else f"no key was remembered for {path}")


def run(args: argparse.Namespace, out: Output) -> int:
    ctx = Context(args, out)
    if args.forget:
        _forget(ctx, alone=args.command is None)
        if args.command is None:
            return errors.OK
    if args.command is None:
        raise UsageError("a command is required (see 'commons --help')")
    code = args.func(ctx, args)
    return errors.OK if code is None else int(code)


def _quiet_stdout() -> None:
    """stdout was closed early (e.g. `| head`): send the rest to /dev/null so Python says nothing at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (the console script passes it to sys.exit)."""
    out = Output()
    try:
        args = build_parser().parse_args(argv)
        out.json = bool(args.json)
        code = run(args, out)
        sys.stdout.flush()
        return code
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else (errors.OK if exc.code is None else errors.ERROR)
    except BrokenPipeError:
        _quiet_stdout()
        return errors.ERROR
    except BaseException as exc:  # noqa: B036 - the one place every failure becomes an exit code and one line
        return errors.report(exc)


if __name__ == "__main__":
    raise SystemExit(main())
