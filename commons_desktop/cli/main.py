"""The `commons` command: global options, the command groups, dispatch and the one error handler.

Exit codes: 0 ok, 1 error (incl. damage found by check), 2 usage, 3 wrong passphrase, locked vault or
locked keyring, 4 invalid input data (nothing written), 5 server or network failure; 130 interrupted.

Start-up is kept light: the top-level parser is built from the command table (cli/arguments.COMMANDS), and only
the module of the command that runs is imported (with the services it needs). `commons --version` and
`commons --help` import no command module, no service and no storage engine.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..core.errors import KeyringUnavailable, UsageError
from .arguments import COMMANDS, COMMANDS_PACKAGE, VAULT_ENV
from .output import Output

if TYPE_CHECKING:
    from .context import Context

OK, ERROR = 0, 1  # (cli/errors.py's codes; that module, with the words of every error, is loaded when one happens)


class CommonsParser(argparse.ArgumentParser):
    """argparse, except that a usage error is one line (raised, then reported with exit code 2)."""

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")

    def _get_formatter(self):
        """argparse's, of the width argparse gives it (the terminal's columns - 2), the columns found as shutil finds
        them without importing shutil: argparse makes a formatter for every argument added (to check its metavar),
        and its default width imports shutil, which imports the zlib, bz2 and lzma modules (~7 M instructions of a
        one-shot command)."""
        return self.formatter_class(prog=self.prog, width=_terminal_columns() - 2)


def _terminal_columns() -> int:
    """shutil.get_terminal_size().columns: $COLUMNS when a positive number, else the terminal's (standard output's)
    when it tells, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
    except (AttributeError, ValueError, OSError):
        columns = 80
    return columns or 80


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
    parser.add_argument("--version", action=VersionAction, help="show the version and exit")
    parser.register("action", "lazy_commands", LazyCommands)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands", action="lazy_commands")
    for name, (module, line) in COMMANDS.items():
        sub.add_command(name, module, line)
    return parser


class VersionAction(argparse._VersionAction):
    """--version: the version is read (from the package's metadata) only when it is asked for."""

    def __call__(self, parser, namespace, values, option_string=None):
        from .. import __version__

        self.version = f"commons {__version__}"
        super().__call__(parser, namespace, values, option_string)


class LazyCommands(argparse._SubParsersAction):
    """The sub-commands, listed (with their help line) from the command table; a command's parser is made by its
    module's ``register`` only when that command is the one given, so a run imports the modules it uses only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._modules: dict[str, str] = {}

    def add_command(self, name: str, module: str, line: str) -> None:
        self._modules[name] = module
        self._choices_actions.append(self._ChoicesPseudoAction(name, (), line))
        self._name_parser_map[name] = None  # made when used (the names are the choices argparse checks)

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        if self._name_parser_map.get(name) is None and name in self._modules:
            importlib.import_module(f"{COMMANDS_PACKAGE}.{self._modules[name]}").register(_Registrar(self))
        super().__call__(parser, namespace, values, option_string)


class _Registrar:
    """What a command module's ``register`` adds its parsers to: the real parsers, into the lazy map (the help line
    listed is the table's; the module's own ``help=`` is checked against it by the tests)."""

    def __init__(self, action: LazyCommands):
        self.action = action

    def add_parser(self, name: str, **kwargs) -> argparse.ArgumentParser:
        kwargs.pop("help", None)
        kwargs.setdefault("prog", f"{self.action._prog_prefix} {name}")
        parser = self.action._parser_class(**kwargs)
        self.action._name_parser_map[name] = parser
        return parser


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
    from .context import Context

    ctx = Context(args, out)
    if args.forget:
        _forget(ctx, alone=args.command is None)
        if args.command is None:
            return OK
    if args.command is None:
        raise UsageError("a command is required (see 'commons --help')")
    code = args.func(ctx, args)
    return OK if code is None else int(code)


def _quiet_stdout() -> None:
    """stdout was closed early (e.g. `| head`): send the rest to /dev/null so Python says nothing at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (the console script passes it to sys.exit). ``argv`` None: the
    process's own command line (the console script, ``python -m commons_desktop.cli``, the bundle): the process then
    ends here once the command is done, when the interpreter's teardown has nothing left to do for it (_end), and its
    cyclic garbage collector runs less often (ONE_SHOT_GC)."""
    if argv is None:
        import gc

        gc.set_threshold(*ONE_SHOT_GC)
    code = _run_command(argv)
    if argv is None:
        _end(code)
    return code


# The cyclic garbage collector's thresholds in a process that runs one command: a collection every 20,000 new objects
# (Python's default is 700) and of the older generations half as often. Start-up builds modules, classes and
# functions, nearly none of them garbage, and each collection walks them again: ~6 M instructions of a one-shot
# `commons search` (2%). Garbage without cycles is freed by reference counting as always; cycles wait a little
# longer (at most some 20,000 objects). (Bulk inserts pause the collector themselves: vault/records.py.)
ONE_SHOT_GC = (20_000, 20, 10)


def _end(code: int) -> None:
    """End the process with ``code`` without the interpreter's teardown — every module's objects freed one by one
    and a last garbage collection: ~45 M instructions, an eighth of a one-shot `commons search` — when that teardown
    would do nothing for the program: no other thread running (Python would wait for it), no exit handler
    registered (atexit: logging's, a weakref.finalize's such as a TemporaryDirectory's), no file open for writing
    beyond the standard streams (a buffered writer or a writable database connection left open: their finalizers
    would write), and the standard streams flushed. Otherwise returns, and Python's own exit runs as it always
    did."""
    import atexit

    threading = sys.modules.get("threading")
    if (threading is not None and threading.active_count() > 1) or atexit._ncallbacks() or _files_open_for_writing():
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        return  # (a closed pipe, no standard stream: Python's exit deals with it as it always did)
    os._exit(code)


def _files_open_for_writing() -> bool:
    """Whether a regular file is open for writing here beyond the standard streams (True when it cannot be told: no
    /proc, as on macOS and Windows)."""
    try:
        fds = [int(fd) for fd in os.listdir("/proc/self/fd")]
    except (OSError, ValueError):
        return True
    import fcntl
    import stat

    for fd in fds:
        if fd > 2:
            try:
                if stat.S_ISREG(os.fstat(fd).st_mode) and fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE != os.O_RDONLY:
                    return True
            except OSError:
                continue  # (the listing's own descriptor, closed since)
    return False


def _run_command(argv: Sequence[str] | None) -> int:
    out = Output()
    try:
        args = build_parser().parse_args(argv)
        out.json = bool(args.json)
        code = run(args, out)
        sys.stdout.flush()
        return code
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else (OK if exc.code is None else ERROR)
    except BrokenPipeError:
        _quiet_stdout()
        return ERROR
    except BaseException as exc:  # noqa: B036 - the one place every failure becomes an exit code and one line
        from . import errors  # (the words of every error: imported when one happens)

        return errors.report(exc)


if __name__ == "__main__":
    raise SystemExit(main())
