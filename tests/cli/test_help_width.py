"""The help's width is argparse's own (the terminal's columns - 2, found as shutil finds them), though the commons
parser finds the columns without importing shutil (argparse makes a formatter for every argument it adds)."""

from __future__ import annotations

import argparse

import pytest

from commons_desktop.cli import main


def _argparse_own(parser: argparse.ArgumentParser) -> str:
    formatter = argparse.HelpFormatter(prog=parser.prog)  # (its width: shutil.get_terminal_size().columns - 2)
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)
    formatter.add_text(parser.description)
    for group in parser._action_groups:
        formatter.start_section(group.title)
        formatter.add_text(group.description)
        formatter.add_arguments(group._group_actions)
        formatter.end_section()
    formatter.add_text(parser.epilog)
    return formatter.format_help()


@pytest.mark.parametrize("columns", [None, "40", "61", "200", "0", "-5", "wide"])
def test_the_help_is_as_wide_as_argparse_makes_it(monkeypatch, columns):
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    parser = main.build_parser()
    assert parser.format_help() == _argparse_own(parser)
    assert main._terminal_columns() == __import__("shutil").get_terminal_size().columns
