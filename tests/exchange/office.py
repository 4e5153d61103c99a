"""LibreOffice headless for interop tests: spreadsheets made from CSV files the way a secretary's LibreOffice
makes them, and our exports read back by LibreOffice (RECIPES.md: filter options, French profile)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_office = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (libreoffice-calc-nogui) is not installed")

FRENCH = 1036  # the language of the CSV import: dates as 14/07/1962, decimal commas
# CSV export: comma, double quotes, UTF-8, from line 1, -, language, quote ALL text cells, -, save the cell
# contents (not as shown), never the formulas: a text cell comes out quoted, a number or a date unquoted
TEXT_QUOTED = "44,34,76,1,,0,true,false,false,false"


def convert(sources: list[Path], to: str, outdir: Path, *, infilter: str | None = None,
            profile: Path | None = None) -> list[Path]:
    """Convert files with LibreOffice (one process for all): ``to`` is 'ods', 'xlsx', 'xls' or 'csv:...'.
    Each run has its own profile folder unless given (several test processes may run LibreOffice at once)."""
    outdir.mkdir(parents=True, exist_ok=True)
    profile = profile or outdir / ".lo-profile"
    cmd = [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", to, "--outdir", str(outdir), *map(str, sources)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    suffix = to.split(":")[0]
    made = [outdir / (Path(s).stem + "." + suffix) for s in sources]
    missing = [m for m in made if not m.exists()]
    assert not missing, (done.stdout, done.stderr)
    return made


def french_profile(folder: Path) -> Path:
    """A LibreOffice profile whose locale is French (fr-FR): CSV files are then saved as a French LibreOffice saves
    them by default (dates 14/07/62, VRAI/FAUX, decimal commas). Give it to ``convert(..., profile=...)``."""
    user = folder / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">'
        '<value>fr-FR</value></prop></item></oor:items>\n', "utf-8")
    return folder
