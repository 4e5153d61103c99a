"""The README's examples verbatim, and failures, through a real `python -m commons_desktop.cli` process:
exit codes as documented and never a traceback on stderr."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import PASSPHRASE

from .conftest import DOC_LIMIT, run_subprocess

README_ENV = {"COMMONS_PASSPHRASE": "correct horse battery staple"}


def commons(cwd, *argv, env=None):
    result = run_subprocess(*argv, env={**README_ENV, **(env or {})}, cwd=cwd)
    assert "Traceback" not in result.err, result.err
    return result


def test_readme_examples_verbatim(tmp_path):
    (tmp_path / "minutes.pdf").write_bytes(b"%PDF-1.4 minutes of the general assembly")
    (tmp_path / "new.txt").write_text("a new passphrase for the club\n")
    v = ("--vault", "club.commons")

    assert commons(tmp_path, *v, "init").code == 0
    r = commons(tmp_path, *v, "person", "add", "--given", "Émilie", "--family", "Dupré", "--email",
                "emilie@exemple.org", "--phone", "+32 470 12 34 56", "--city", "Liège", "--notes", "...")
    assert r.code == 0, r.err
    r = commons(tmp_path, *v, "--json", "search", "emilie dupre")
    assert r.code == 0, r.err
    hits = json.loads(r.out)
    assert [h["label"] for h in hits] == ["Émilie Dupré"] and hits[0]["id"]
    assert [h["id"] for h in json.loads(commons(tmp_path, *v, "--json", "search", "dup").out)] == [hits[0]["id"]]
    r = commons(tmp_path, *v, "doc", "add", "minutes.pdf", "--title", "AG 2026")
    assert r.code == 0 and "application/pdf" in r.out, r.err
    r = commons(tmp_path, *v, "demo", "--people", "1000")
    assert r.code == 0, r.err
    assert r.err == ""  # not a terminal: no progress bar
    r = commons(tmp_path, *v, "--json", "info")
    assert r.code == 0, r.err
    info = json.loads(r.out)
    assert info["counts"]["people"] == 1001 and info["counts"]["documents"] >= 1
    assert commons(tmp_path, *v, "check").out.strip() == "ok"
    r = commons(tmp_path, *v, "passwd", "--new-passphrase-file", "new.txt")
    assert r.code == 0 and "before-passphrase-change" in r.out, r.err
    assert commons(tmp_path, *v, "info").code == 3
    r = commons(tmp_path, *v, "--json", "info", env={"COMMONS_PASSPHRASE": "a new passphrase for the club"})
    assert json.loads(r.out)["counts"]["people"] == 1001


@pytest.fixture(scope="module")
def small_vault(populated_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("sub") / "club.commons"
    shutil.copyfile(populated_template.path, path)
    return path


@pytest.mark.parametrize(("argv", "env", "code", "words"), [
    (["--vault", "{missing}", "info"], {}, 1, "no vault at"),
    (["--vault", "{vault}", "info"], {"COMMONS_PASSPHRASE": "wrong"}, 3, "wrong passphrase"),
    (["--vault", "{vault}", "info"], {"COMMONS_PASSPHRASE": ""}, 3, "no passphrase given"),
    (["--vault", "{vault}", "person", "add", "--given", "X", "--email", "not-an-email"], {}, 4, "invalid email"),
    (["--vault", "{vault}", "member", "join", "{person}", "--start", "2026-02-30"], {}, 4, "invalid start"),
    (["--vault", "{vault}", "doc", "add", "{big}"], {}, 4, "over the vault's limit"),
    (["--vault", "{vault}", "person", "show", "0190a5b4-0000-7000-8000-000000000000"], {}, 1, "no person with id"),
    (["--vault", "{vault}", "person", "lsit"], {}, 2, "invalid choice"),
    (["--vault", "{vault}", "--bogus", "info"], {}, 2, "unrecognized arguments"),
], ids=["missing", "wrong-passphrase", "no-passphrase", "bad-email", "bad-date", "too-large", "unknown-id",
        "usage", "bad-option"])
def test_failures_are_one_line_with_the_documented_exit_code(small_vault, populated_template, tmp_path, argv, env,
                                                             code, words):
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * (DOC_LIMIT + 1))
    table = {"{vault}": str(small_vault), "{missing}": str(tmp_path / "none.commons"), "{big}": str(big),
             "{person}": populated_template.person}
    before = small_vault.read_bytes() if code != 4 else None
    r = run_subprocess(*[table.get(a, a) for a in argv], env={"COMMONS_PASSPHRASE": PASSPHRASE, **env})
    assert r.code == code, (r.out, r.err)
    assert "Traceback" not in r.err
    assert len(r.err.splitlines()) == 1 and r.err.startswith("commons: error: ") and words in r.err, r.err
    assert r.out == ""
    if before is not None and code in (2, 3):
        assert small_vault.read_bytes() == before


def test_check_names_damage_on_the_first_page_but_a_wrong_passphrase_stays_exit_3(small_vault, tmp_path):
    copy = tmp_path / "damaged.commons"
    data = bytearray(small_vault.read_bytes())
    data[200] ^= 0x01  # inside page 1, after the salt: the page's HMAC no longer verifies
    copy.write_bytes(bytes(data))
    r = run_subprocess("--vault", copy, "check", env={"COMMONS_PASSPHRASE": PASSPHRASE})
    assert r.code == 1, (r.out, r.err)
    assert "Traceback" not in r.err
    assert "page 1" in r.out and "damaged" in r.out
    r = run_subprocess("--vault", copy, "check", env={"COMMONS_PASSPHRASE": "not it"})
    assert r.code == 3 and "wrong passphrase" in r.err and "Traceback" not in r.err
    r = run_subprocess("--vault", copy, "info", env={"COMMONS_PASSPHRASE": PASSPHRASE})
    # every command tells damage (other pages verify under the key) from a wrong passphrase
    assert r.code == 1 and len(r.err.splitlines()) == 1 and "damaged" in r.err and "page 1" in r.err
