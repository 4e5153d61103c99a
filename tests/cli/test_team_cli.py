"""`commons team ...` and `commons sync` with team folders, as a user runs them: init, folder add, invite, join
(a new vault with its own passphrase), status, remove; one clear error line and the documented exit code for
each refusal; a real `commons sync` killed with SIGKILL at random moments, then resumed, loses and duplicates
nothing."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys

from commons_desktop.core.model import Person
from commons_desktop.vault import replication
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People
from tests.cli.conftest import ROOT
from tests.conftest import PASSPHRASE


def _people(path, count, family="Member"):
    v = Vault.open(path, passphrase=PASSPHRASE)
    try:
        People(v).add_many([Person(given=f"P{i}", family=f"{family}{i}") for i in range(count)])
    finally:
        v.close()


def _canonical(path):
    v = Vault.open(path, passphrase=PASSPHRASE)
    try:
        return replication.canonical(v)
    finally:
        v.close()


def _sync_process(path, env) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "commons_desktop.cli", "--vault", str(path), "sync"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill(proc: subprocess.Popen) -> int:
    """SIGKILL, unless it had finished; 1 when it was killed."""
    if proc.poll() is not None:
        return 0
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return 1


def _team(cli, tmp_path):
    a, share = tmp_path / "a.commons", tmp_path / "share"
    share.mkdir()
    assert cli("--vault", a, "init").code == 0
    assert cli("--vault", a, "team", "init").code == 0
    assert cli("--vault", a, "team", "folder", "add", share).code == 0
    return a, share


def test_team_from_init_to_join_and_status(cli, tmp_path):
    a, share = _team(cli, tmp_path)
    _people(a, 5)
    r = cli("--vault", a, "--json", "sync")
    assert r.code == 0, r.err
    assert json.loads(r.out)["servers"]["team-share"]["sent"] >= 5
    (tmp_path / "invite-pass").write_text("a long invitation passphrase\n")
    r = cli("--vault", a, "team", "invite", "--to", tmp_path / "inv.age", "--invite-passphrase-file",
            tmp_path / "invite-pass")
    assert r.code == 0, r.err
    assert b"Member" not in (tmp_path / "inv.age").read_bytes()
    b = tmp_path / "b.commons"
    r = cli("--vault", b, "--json", "team", "join", tmp_path / "inv.age", "--invite-passphrase-file",
            tmp_path / "invite-pass")
    assert r.code == 0, r.err
    assert json.loads(r.out)["snapshot"] == str(share)
    assert _canonical(a) == _canonical(b)
    r = cli("--vault", a, "sync")   # a learns of b
    assert r.code == 0, r.err
    r = cli("--vault", a, "--json", "team", "status")
    info = json.loads(r.out)
    assert len(info["devices"]) == 2 and info["transports"][0]["pending"] == 0
    other = next(d["device"] for d in info["devices"] if not d["this"])
    r = cli("--vault", a, "team", "remove", other)
    assert r.code == 0 and "cannot be recalled" in r.out


def test_join_with_a_wrong_passphrase_writes_nothing(cli, tmp_path):
    a, _ = _team(cli, tmp_path)
    (tmp_path / "p").write_text("the right one\n")
    (tmp_path / "q").write_text("another one\n")
    assert cli("--vault", a, "sync").code == 0
    assert cli("--vault", a, "team", "invite", "--to", tmp_path / "inv", "--invite-passphrase-file",
               tmp_path / "p").code == 0
    b = tmp_path / "b.commons"
    r = cli("--vault", b, "team", "join", tmp_path / "inv", "--invite-passphrase-file", tmp_path / "q")
    assert r.code == 4
    assert "invitation cannot be opened" in r.one_error_line()
    assert not b.exists() and sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("b.")) == []


def test_team_refusals_are_one_line_with_their_code(cli, tmp_path):
    a = tmp_path / "a.commons"
    assert cli("--vault", a, "init").code == 0
    r = cli("--vault", a, "team", "status")
    assert r.code == 1 and "not part of a team" in r.one_error_line()
    assert cli("--vault", a, "team", "init").code == 0
    r = cli("--vault", a, "team", "init")
    assert r.code == 1 and "already part of a team" in r.one_error_line()
    r = cli("--vault", a, "team", "folder", "add", tmp_path / "nowhere")
    assert r.code == 5 and "cannot be reached" in r.one_error_line()
    r = cli("--vault", a, "team", "remove", "nobody")
    assert r.code == 1 and "no device nobody" in r.one_error_line()
    r = cli("--vault", a, "team", "invite", "--to", tmp_path / "i", "--recipient", "age1notakey")
    assert r.code == 2
    photos = tmp_path / "photos"
    photos.mkdir()
    (photos / "holiday.jpg").write_bytes(b"jpeg")
    assert cli("--vault", a, "team", "folder", "add", photos).code == 0
    r = cli("--vault", a, "sync")
    assert r.code == 1 and "another team" in r.one_error_line()


def test_sigkill_during_sync_then_resume(cli, tmp_path):
    """Real `commons sync` processes killed with SIGKILL: the publisher as soon as its segment is in the folder (its
    index not written yet), the receiver at random moments (reading, applying, writing its index); the next syncs
    finish without loss or duplicates: both vaults end with the same canonical dump and every person once."""
    a, share = _team(cli, tmp_path)
    assert cli("--vault", a, "sync").code == 0
    (tmp_path / "p").write_text("invitation words\n")
    assert cli("--vault", a, "team", "invite", "--to", tmp_path / "inv", "--invite-passphrase-file",
               tmp_path / "p").code == 0
    b = tmp_path / "b.commons"
    assert cli("--vault", b, "team", "join", tmp_path / "inv", "--invite-passphrase-file", tmp_path / "p").code == 0
    rnd = random.Random(5)
    env = dict(os.environ, PYTHONPATH=str(ROOT), COMMONS_PASSPHRASE=PASSPHRASE)
    killed = 0
    for round_ in range(3):
        _people(a, 1000, family=f"Round{round_}x")
        before = set(share.iterdir())
        proc = _sync_process(a, env)   # a is killed as soon as its segment is in the folder: before its index
        while round_ != 1 and not set(share.iterdir()) - before:   # (round 1: a finishes, b has work)
            try:
                proc.wait(timeout=0.005)
                break
            except subprocess.TimeoutExpired:
                continue
        if round_ == 1:
            proc.wait()
        killed += _kill(proc)
        proc = _sync_process(b, env)   # b at a random moment (reading, applying, writing its index...)
        try:
            proc.wait(timeout=rnd.uniform(0.6, 2.0))
        except subprocess.TimeoutExpired:
            killed += _kill(proc)
    for _ in range(2):
        for path in (a, b):
            r = cli("--vault", path, "--json", "sync")
            assert r.code == 0, r.err
    assert killed
    dump = _canonical(a)
    assert dump == _canonical(b)
    v = Vault.open(b, passphrase=PASSPHRASE)
    try:
        assert People(v).count() == 3000
    finally:
        v.close()
