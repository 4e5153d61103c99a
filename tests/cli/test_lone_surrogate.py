"""A command-line argument that is not text in the locale's encoding (Latin-1 bytes in a C locale: Python makes
them lone surrogates) is refused at validation with exit 4 and one line, nothing written (it crashed with exit 1,
"unexpected UnicodeEncodeError", when the vault wrote it)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import PASSPHRASE

from .conftest import ROOT


def test_latin1_argument_in_a_c_locale_is_exit_4_nothing_written(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), LC_ALL="C", LANG="C", COMMONS_PASSPHRASE=PASSPHRASE)
    env.pop("PYTHONUTF8", None)
    vault = str(tmp_path / "club.commons")

    def run(*argv: bytes | str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "commons_desktop.cli", "--vault", vault, *argv], env=env,
                              capture_output=True, timeout=120)

    assert run("init").returncode == 0
    done = run("person", "add", "--given", b"Zo\xe9", "--family", "Dupr\xe9".encode("latin-1"))
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 4, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert err.startswith("commons: error: invalid given name") and "encoding" in err, err
    listed = run("--json", "person", "list")
    assert listed.returncode == 0 and listed.stdout.strip() in (b"[]", b""), listed
