"""The command table (cli/arguments.COMMANDS) the top-level parser is built from, and what a run imports: a command's
module only when it runs; `commons --version` and `--help` no command module, no service, no storage engine."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from collections import defaultdict

import pytest

from commons_desktop.cli.arguments import COMMANDS, COMMANDS_PACKAGE

from .conftest import ROOT, run_subprocess

# what `commons --version` may import of the application: the parser, the table, the output, the typed errors
VERSION_IMPORTS = {f"commons_desktop{m}" for m in ("", ".cli", ".cli.main", ".cli.arguments", ".cli.output", ".core",
                                                     ".core.errors", ".services", ".services.progress")}


class Recorder:
    """Stands for the sub-parsers a module's register() adds its commands to; keeps each command's help line."""

    def __init__(self):
        self.lines: dict[str, str | None] = {}

    def add_parser(self, name: str, help: str | None = None, **kwargs) -> argparse.ArgumentParser:  # noqa: A002
        self.lines[name] = help
        return argparse.ArgumentParser(**kwargs)


def test_every_command_of_every_module_is_in_the_table_with_its_help_line():
    by_module: dict[str, dict[str, str]] = defaultdict(dict)
    for name, (module, line) in COMMANDS.items():
        by_module[module][name] = line
    for module, expected in by_module.items():
        recorder = Recorder()
        importlib.import_module(f"{COMMANDS_PACKAGE}.{module}").register(recorder)
        assert recorder.lines == expected, module


def test_every_command_module_is_named_in_the_table():
    folder = ROOT / "commons_desktop" / "cli" / "commands"
    registering = {p.stem for p in folder.glob("*.py") if "def register(" in p.read_text("utf-8")}
    assert registering == {module for module, _ in COMMANDS.values()}


def _modules_after(*argv: str, env: dict[str, str] | None = None) -> tuple[int, str, set[str]]:
    """Run main(argv) in a fresh interpreter; its exit code, output and the modules it had imported."""
    code = ("import json, sys\nfrom commons_desktop.cli.main import main\ncode = main(sys.argv[1:])\n"
            "print('\\n@@' + json.dumps([code, sorted(sys.modules)]))")
    done = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=str(ROOT), **(env or {})))
    out, _, tail = done.stdout.rpartition("\n@@")
    exit_code, modules = json.loads(tail)
    return exit_code, out, set(modules)


def test_version_imports_no_command_service_or_storage_engine():
    code, out, modules = _modules_after("--version")
    assert code == 0 and out.startswith("commons ")
    assert {m for m in modules if m.startswith("commons_desktop")} <= VERSION_IMPORTS
    assert not {"sqlcipher3", "keyring", "PySide6", "platformdirs"} & {m.split(".")[0] for m in modules}


def test_help_lists_every_command_with_its_line_and_imports_no_command():
    code, out, modules = _modules_after("--help")
    assert code == 0
    flat = " ".join(out.split())
    for name, (_, line) in COMMANDS.items():
        assert f" {name} {' '.join(line.split())}" in flat, name
    assert {m for m in modules if m.startswith("commons_desktop")} <= VERSION_IMPORTS


def test_a_command_imports_its_own_module_only(populated_template):
    code, out, modules = _modules_after("--vault", str(populated_template.path), "search", "dupre")
    assert code == 0 and "Dupré" in out
    commands = {m.rsplit(".", 1)[1] for m in modules if m.startswith(f"{COMMANDS_PACKAGE}.")}
    assert commands == {"search"}
    assert "commons_desktop.services.bundles" not in modules and "commons_desktop.exchange.csv_export" not in modules


@pytest.mark.parametrize("argv", [("person", "--help"), ("export", "--help"), ("restore", "--help")])
def test_a_command_s_own_help_comes_from_its_module(argv):
    r = run_subprocess(*argv)
    assert r.code == 0 and r.out.startswith(f"usage: commons {argv[0]}")


def test_an_unknown_command_is_a_usage_error_naming_the_commands(cli):
    r = cli("frobnicate")
    assert r.code == 2
    line = r.one_error_line()
    assert "invalid choice: 'frobnicate'" in line and "'init'" in line and "'disclosures'" in line
