"""No plaintext on disk: write records and documents holding canary strings (through the vault, the
services and the CLI), close, then scan every file under the vault's folder, the temp dir and the
app's data/config/cache dirs: zero hits."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKLOAD = Path(__file__).with_name("plaintext_workload.py")


def _needles(canary: str) -> list[bytes]:
    out = []
    for text in (canary, canary.upper(), f"{canary}@exemple.org", "document body " + canary):
        out += [text.encode("utf-8"), text.encode("utf-16-le")]
    return out


def _scan(folders: list[Path], needles: list[bytes]) -> list[str]:
    hits = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                hits += [f"{path}: {n[:30]!r}" for n in needles if n in data]
    return hits


def _env(sandbox: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMMONS_")}
    for name in ("home", "tmp", "data", "config", "cache", "vaults", "userfiles"):
        (sandbox / name).mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(sandbox / "home"), TMPDIR=str(sandbox / "tmp"), XDG_DATA_HOME=str(sandbox / "data"),
               XDG_CONFIG_HOME=str(sandbox / "config"), XDG_CACHE_HOME=str(sandbox / "cache"),
               PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    return env


def test_no_record_or_document_plaintext_anywhere(tmp_path):
    canary = "cnry" + uuid.uuid4().hex[:12]
    sandbox = tmp_path / "sandbox"
    env = _env(sandbox)
    vault = sandbox / "vaults" / "club.commons"
    out = subprocess.run([sys.executable, str(WORKLOAD), str(vault), canary, str(sandbox / "vaults" / "backups")],
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "done" in out.stdout

    # the same through the command line, with a document read from the user's own folder
    cli_vault = sandbox / "vaults" / "cli.commons"
    source = sandbox / "userfiles" / "minutes.txt"
    source.write_text(f"document body {canary}\n" * 100, "utf-8")
    env["COMMONS_PASSPHRASE"] = "cli plaintext passphrase"

    def commons(*args: str) -> subprocess.CompletedProcess:
        result = subprocess.run([sys.executable, "-m", "commons_desktop.cli", "--vault", str(cli_vault), *args],
                                env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, (args, result.stderr)
        assert canary not in result.stderr
        return result

    commons("init")
    commons("person", "add", "--given", canary, "--family", "Dupré", "--email", f"{canary}@exemple.org",
            "--city", "Liège", "--notes", f"about {canary}")
    commons("doc", "add", str(source), "--title", f"AG {canary}")
    assert canary in commons("--json", "search", canary).stdout
    commons("backup", "--to", str(sandbox / "vaults" / "cli-backups"))
    commons("check")

    folders = [sandbox / n for n in ("home", "tmp", "data", "config", "cache", "vaults")]
    assert any(p.is_file() for p in (sandbox / "vaults").rglob("*"))
    assert _scan(folders, _needles(canary)) == []
    # the canary is really in the workload's data: the scan can find it when it is there
    assert _scan([sandbox / "userfiles"], _needles(canary))
