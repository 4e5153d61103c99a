"""`commons team join` interrupted (Ctrl-C) while the snapshot is copied in: no half vault left behind."""

from __future__ import annotations

import os
import signal

from tests.cli.test_team_cli import _people


def test_ctrl_c_during_the_snapshot_of_commons_team_join_leaves_no_vault(cli, tmp_path, monkeypatch):
    """A real SIGINT while `commons team join` copies the snapshot in: one line, the interrupted exit code, no new
    vault file and no temporary file beside it."""
    from commons_desktop.vault import snapshot_copy

    a, share = tmp_path / "a.commons", tmp_path / "share"
    share.mkdir()
    assert cli("--vault", a, "init").code == 0
    assert cli("--vault", a, "team", "init").code == 0
    assert cli("--vault", a, "team", "folder", "add", share).code == 0
    _people(a, 40)
    assert cli("--vault", a, "sync").code == 0
    (tmp_path / "p").write_text("an invitation passphrase\n")
    assert cli("--vault", a, "team", "invite", "--to", tmp_path / "inv", "--invite-passphrase-file",
               tmp_path / "p").code == 0
    load = snapshot_copy.load

    def interrupted(vault, path, key, *, covered=None, step=None):
        def ctrl_c(done, total):
            if done == total // 2:
                os.kill(os.getpid(), signal.SIGINT)   # the person presses Ctrl-C halfway through the tables
        return load(vault, path, key, covered=covered, step=ctrl_c)

    monkeypatch.setattr(snapshot_copy, "load", interrupted)
    b = tmp_path / "b.commons"
    r = cli("--vault", b, "team", "join", tmp_path / "inv", "--invite-passphrase-file", tmp_path / "p")
    assert r.code == 130 and r.one_error_line() == "commons: error: interrupted"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("b.", ".b."))) == []


def test_a_failed_join_takes_a_snapshot_file_left_beside_the_vault_with_it(tmp_path):
    """A join killed while reading its snapshot left the hidden temporary file (encrypted, its key gone): the next
    failed join of that vault path removes it with the vault; another vault's files stay."""
    from commons_desktop.services import team

    vault = tmp_path / "b.commons"
    left = [vault, tmp_path / "b.commons-wal", tmp_path / ".b.commons.0123456789ab.part"]
    kept = [tmp_path / ".bb.commons.0123456789ab.part", tmp_path / "a.commons"]
    for p in left + kept:
        p.write_bytes(b"x")
    team.discard_new_vault(vault)
    assert [p.exists() for p in left] == [False] * 3 and all(p.exists() for p in kept)
