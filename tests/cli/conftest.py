"""Helpers for CLI tests: run `commons` in-process (main(argv) -> exit code) or as a real subprocess,
a populated vault shared per module, and a snapshot of what a vault holds (to prove nothing changed)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from commons_desktop.cli import prompts
from commons_desktop.cli.main import main
from commons_desktop.core.model import Address, Email, Organisation, Person
from commons_desktop.services import documents, maintenance, members, records
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
DOC_LIMIT = 2048


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()

    def one_error_line(self) -> str:
        """The run failed with exactly one line on stderr, no traceback; returns that line."""
        assert "Traceback" not in self.err, self.err
        assert len(self.err_lines) == 1, self.err
        assert self.err_lines[0].startswith("commons: error: "), self.err
        return self.err_lines[0]


@pytest.fixture(autouse=True)
def cli_env(monkeypatch, tmp_path_factory):
    """The passphrase in the environment, no vault variable, a private config folder, nobody at a terminal."""
    monkeypatch.setenv("COMMONS_PASSPHRASE", PASSPHRASE)
    for name in ("COMMONS_VAULT", "COMMONS_NEW_PASSPHRASE", "COMMONS_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    if not os.environ.get("COMMONS_TEST_ROOT"):  # outside scripts/run-tests.sh: keep the real home clean
        home = tmp_path_factory.getbasetemp() / "xdg"
        for sub in ("config", "data", "cache"):
            monkeypatch.setenv(f"XDG_{sub.upper()}_HOME", str(home / sub))
    monkeypatch.setattr(prompts, "interactive", lambda: False)


@pytest.fixture
def cli(capsys):
    """Run `commons ARGS...` in this process; returns Result(code, stdout, stderr)."""
    def run(*argv: str) -> Result:
        capsys.readouterr()
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)
    return run


def run_subprocess(*argv: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> Result:
    """Run `python -m commons_desktop.cli ARGS...` as a real process."""
    full_env = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    done = subprocess.run([sys.executable, "-m", "commons_desktop.cli", *map(str, argv)], env=full_env, cwd=cwd,
                          capture_output=True, text=True, timeout=120)
    return Result(done.returncode, done.stdout, done.stderr)


@dataclass
class Populated:
    path: Path
    key: str
    person: str
    other_person: str
    organisation: str
    membership: str
    contribution: str
    document: str


def populate(path: Path, key: str) -> Populated:
    """Émilie Dupré (tagged, a member, one contribution), Jack Smith, one organisation, one small document."""
    with Vault.open(path, key=key, device="test-device", author="tester") as v:
        v.set_meta("document_size_limit", str(DOC_LIMIT))
        emilie = records.add_person(v, records.RecordEdit(
            fields={"given": "Émilie", "family": "Dupré", "birth_date": "1984-03-02"},
            emails=["emilie@exemple.org"], phones=["+32 470 12 34 56"], address={"city": "Liège"},
            add_tags=["bureau"]))
        jack = People(v).add(Person(given="Jack", family="Smith", emails=[Email("jack@example.net")],
                                    addresses=[Address(city="Leeds")]))
        org = Organisations(v).add(Organisation(name="Maison du Peuple", kind="association"))
        m = members.join(v, emilie.id, start="2025-01-01", end="2025-12-31")
        c = members.add_contribution(v, emilie.id, "25", when="2025-02-01")
        source = path.with_name("minutes.txt")
        source.write_text("Assemblée générale 2026\n", "utf-8")
        doc = documents.add_file(v, source, title="AG 2026", links=[emilie.id])
        source.unlink()
    return Populated(path, key, emilie.id, jack.id, org.id, m.id, c.id, doc.id)


@pytest.fixture(scope="module")
def populated_template(tmp_path_factory, vault_template) -> Populated:
    src, key = vault_template
    path = tmp_path_factory.mktemp("populated") / "club.commons"
    shutil.copyfile(src, path)
    return populate(path, key)


@pytest.fixture
def club(populated_template, tmp_path) -> Populated:
    """A private copy of the populated vault, for tests that change it."""
    path = tmp_path / "club.commons"
    shutil.copyfile(populated_template.path, path)
    return Populated(path, *list(vars(populated_template).values())[1:])


def snapshot(path: Path, key: str) -> dict:
    """What the vault holds, to compare before and after a command: counts per entity (incl. the change log)."""
    with Vault.open(path, key=key, migrate_schema=False) as v:
        return maintenance.counts(v)
