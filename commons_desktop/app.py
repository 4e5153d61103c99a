"""Composition root of the desktop application: the one place that wires concrete pieces together.

``commons-desktop`` (gui-script) and ``python -m commons_desktop`` land in ``main``.
    --demo          open (creating and filling it the first time) the demo vault, passphrase "demo"
    --vault PATH    go straight to unlocking this vault
    --lang LANG     en or fr for this run (default: the Settings choice, else the system locale)
"""

from __future__ import annotations

import argparse
import sys


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="commons-desktop", description="Commons Desktop")
    parser.add_argument("--demo", action="store_true", help='open the demo vault (passphrase "demo")')
    parser.add_argument("--vault", help="unlock this vault file")
    parser.add_argument("--lang", choices=("en", "fr"), help="interface language for this run")
    parser.add_argument("--demo-people", type=int, default=2000, help="size of a new demo vault")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from .ui.launch import run

    return run(demo=args.demo, vault=args.vault, language=args.lang, demo_people=args.demo_people)


if __name__ == "__main__":
    sys.exit(main())
