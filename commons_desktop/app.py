"""Composition root of the desktop application: the one place that wires concrete pieces together.

``commons-desktop`` (gui-script) and ``python -m commons_desktop`` land in ``main``.
    FILE            a vault (.commons) to unlock, or a bundle (.commonsx) to receive once a vault is unlocked
                    (what a double-click on either file runs)
    --demo          open (creating and filling it the first time) the demo vault, passphrase "demo"
    --vault PATH    go straight to unlocking this vault
    --lang LANG     en or fr for this run (default: the Settings choice, else the system locale)
    --self-test     check that this installation works, print a report, exit 0 only if everything works
    --version       print the version
"""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .ui.file_types import BUNDLE_SUFFIX, VAULT_SUFFIX, file_kind


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="commons-desktop", description="Commons Desktop")
    parser.add_argument("file", nargs="?", metavar="FILE",
                        help="a vault (.commons) to unlock, or a bundle (.commonsx) to receive after unlocking")
    parser.add_argument("--demo", action="store_true", help='open the demo vault (passphrase "demo")')
    parser.add_argument("--vault", help="unlock this vault file")
    parser.add_argument("--lang", choices=("en", "fr"), help="interface language for this run")
    parser.add_argument("--demo-people", type=int, default=2000, help="size of a new demo vault")
    parser.add_argument("--self-test", action="store_true",
                        help="check that this installation works, print a report, exit 0 only if all works")
    parser.add_argument("--report-to", metavar="FILE", help="with --self-test: also write the report to FILE")
    parser.add_argument("--version", action="version", version=f"commons-desktop {__version__}")
    args = parser.parse_args(argv)
    args.bundle = None
    if args.file:
        kind = file_kind(args.file)
        if kind is None:
            parser.error(f"{args.file}: not a vault ({VAULT_SUFFIX}) nor a bundle ({BUNDLE_SUFFIX})")
        if kind == "bundle":
            args.bundle = args.file
        elif args.vault and args.vault != args.file:
            parser.error("give one vault: FILE or --vault")
        else:
            args.vault = args.file
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from .ui.self_test import run as self_test

        return self_test(report_to=args.report_to)
    from .ui.launch import run

    return run(demo=args.demo, vault=args.vault, bundle=args.bundle, language=args.lang,
               demo_people=args.demo_people)


if __name__ == "__main__":
    sys.exit(main())
