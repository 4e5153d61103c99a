"""Joining a team from the app on a NEW laptop, like a user (issue 12): a real team vault made another laptop's
folder and wrote real invitations (age: a passphrase, or an age key); the start window's "Join a team…" creates this
laptop's own vault, the join dialog opens over it, the invitation is chosen and its passphrase typed, the join runs as
a job of the worker bridge (services/team.py join) and the vault fills with the team's people. From an empty vault's
first steps too, with a key file (a wrong one first: nothing written), the team's folder chosen by hand, and Cancel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from commons_desktop.core.model import Person
from commons_desktop.services import lists, servers, sync, team
from commons_desktop.sync import segments as seg
from commons_desktop.ui.main_window import MainWindow
from commons_desktop.ui.team.join_dialog import JoinDialog
from commons_desktop.ui.worker import SynchronousPool, WorkerBridge
from commons_desktop.vault import team as store
from commons_desktop.vault.people import People
from tests.sync.conftest import needs_sabre, secrets  # noqa: F401 - the real keyring's server passwords
from tests.sync.team_helpers import make_team, sync_vault

LEFT = Qt.MouseButton.LeftButton
STRONG = "seven purple tenants share one courtyard"
WORDS = "une cour partagee par tous"


@pytest.fixture
def other(vault_template, tmp_path):
    """Another laptop's team: 12 people, synced into a real folder."""
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path / "other", ["a"], [share])
    a = vaults["a"]
    People(a).add_many([Person(given=f"Member{i}", family="Courtyard") for i in range(12)])
    assert not any(o.error for o in sync_vault(a).values())
    yield a, share
    a.close()


def _invitation_for_a_key(a, tmp_path, name: str = "laptop") -> tuple:
    """An invitation sent to an age key (instant, where a passphrase costs scrypt), and the key's file."""
    identity, recipient = seg.new_identity()
    sent = tmp_path / f"for-{name}.age"
    sent.write_bytes(team.invite(a, recipient=recipient))
    key = tmp_path / f"{name}.key"
    key.write_text(f"# created: today\n{identity}\n")
    return sent, key


def _choose_invitation(qtbot, window, dialog: JoinDialog, path) -> None:
    window.ask.answers.append(str(path))
    qtbot.mouseClick(dialog.choose_invitation, LEFT)
    assert dialog.invitation.text() == str(path)


def _by_key(qtbot, window, dialog: JoinDialog, key) -> None:
    qtbot.mouseClick(dialog.by_key, LEFT, pos=QPoint(6, dialog.by_key.height() // 2))
    assert dialog.by_key.isChecked() and not dialog.secret.isVisible() and dialog.key_file.isVisible()
    assert not dialog.ok.isEnabled() and "key file" in dialog.problem.text()
    window.ask.answers.append(str(key))
    qtbot.mouseClick(dialog.choose_key, LEFT)
    assert dialog.ok.isEnabled()


def test_join_from_the_start_window_on_a_new_laptop(make_desktop, qtbot, other, tmp_path):
    a, _share = other
    path = tmp_path / "invitation.age"
    path.write_bytes(team.invite(a, passphrase=WORDS))
    desktop = make_desktop()
    desktop.start()
    start = desktop.start_dialog
    qtbot.mouseClick(start.join_button, LEFT)
    panel = start.create_panel
    assert start.pages.currentWidget() is panel and "for the team" in panel.heading.text()
    qtbot.keyClicks(panel.name, "Courtyard")
    qtbot.keyClicks(panel.passphrase, STRONG)
    qtbot.keyClicks(panel.repeat, STRONG)
    qtbot.mouseClick(panel.create_button, LEFT)
    window = desktop.window
    assert desktop.start_dialog is None and window is not None
    dialog = window.team.join_dialog
    assert dialog is not None and dialog.isVisible()   # the invitation next, over the new vault
    _choose_invitation(qtbot, window, dialog, path)
    assert not dialog.ok.isEnabled() and "passphrase" in dialog.problem.text()
    qtbot.keyClicks(dialog.secret, WORDS)
    assert dialog.ok.isEnabled()
    messages = []
    window.statusBar().messageChanged.connect(messages.append)
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: any(m.startswith("This laptop joined the team.") for m in messages))
    vault = desktop.vault
    assert lists.people_count(vault) == 12
    assert window.people.list_or_steps.currentWidget() is window.people.table   # the team's people, listed
    assert window.people.model.rowCount() == 12
    assert store.get(vault).id == store.get(a).id
    assert len(team.status(vault)["devices"]) == 2 and [s.name for s in team.transports(vault)] == ["team-share"]


def _window(qtbot, vault) -> MainWindow:
    window = MainWindow(WorkerBridge(SynchronousPool()))
    qtbot.addWidget(window, before_close_func=lambda w: w.clear())
    window.set_vault(vault)
    window.show()
    return window


def test_join_from_the_first_steps_with_a_key_a_wrong_key_writes_nothing(qtbot, vault, other, tmp_path):
    a, share = other
    sent, key = _invitation_for_a_key(a, tmp_path)
    _, wrong = _invitation_for_a_key(a, tmp_path, "someone-else")
    window = _window(qtbot, vault)
    steps = window.people.first_steps
    assert "join" in steps.buttons
    qtbot.mouseClick(steps.buttons["join"], LEFT)
    dialog = window.team.join_dialog
    _choose_invitation(qtbot, window, dialog, sent)
    _by_key(qtbot, window, dialog, wrong)
    messages = []
    window.statusBar().messageChanged.connect(messages.append)
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: any(m.startswith("This laptop did not join the team") for m in messages))
    assert "cannot be opened" in messages[-1]
    assert store.get(vault) is None and store.log_is_empty(vault)
    # the right key, and the folder moved on this computer: chosen by hand
    moved = tmp_path / "elsewhere"
    share.rename(moved)
    qtbot.mouseClick(steps.buttons["join"], LEFT)
    dialog = window.team.join_dialog
    _choose_invitation(qtbot, window, dialog, sent)
    _by_key(qtbot, window, dialog, key)
    window.ask.answers.append(str(moved))
    qtbot.mouseClick(dialog.choose_folder, LEFT)
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: any(m.startswith("This laptop joined the team.") for m in messages))
    assert "caught up from the team's latest snapshot" in messages[-1]
    assert lists.people_count(vault) == 12 and window.people.model.rowCount() == 12
    assert [t["path"] for t in team.status(vault)["transports"]] == [str(moved)]


def test_cancel_stops_the_join_and_leaves_the_vault_empty(qtbot, vault, other, tmp_path):
    a, _share = other
    sent, key = _invitation_for_a_key(a, tmp_path)
    window = _window(qtbot, vault)
    dialog = window.team.join()
    _choose_invitation(qtbot, window, dialog, sent)
    _by_key(qtbot, window, dialog, key)
    messages = []
    window.statusBar().messageChanged.connect(messages.append)
    window.bridge.job_started.connect(lambda _job: qtbot.mouseClick(window.progress.cancel_button, LEFT))
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: any(m.startswith("Joining stopped") for m in messages))
    assert store.get(vault) is None and lists.people_count(vault) == 0


def test_cancel_while_the_snapshot_loads_leaves_the_vault_empty(qtbot, vault, other, tmp_path, monkeypatch):
    """Cancel pressed while the snapshot's tables are being copied in: the job stops there, the vault stays empty
    (nothing of the team), no temporary file is left beside it, and the same vault can join afterwards."""
    from commons_desktop.ui import worker
    monkeypatch.setattr(worker, "PROGRESS_INTERVAL", 0)   # every progress step reaches the window
    a, _share = other
    sent, key = _invitation_for_a_key(a, tmp_path)
    window = _window(qtbot, vault)
    dialog = window.team.join()
    _choose_invitation(qtbot, window, dialog, sent)
    _by_key(qtbot, window, dialog, key)
    messages, steps = [], []
    window.statusBar().messageChanged.connect(messages.append)

    def on_progress(done: int, total: int, label: str) -> None:
        if label == "snapshot":
            steps.append(done)
            if len(steps) == 6:   # the parts read (one here), then the tables one by one: halfway through them
                qtbot.mouseClick(window.progress.cancel_button, LEFT)

    window.bridge.job_started.connect(lambda job: job.signals.progress.connect(on_progress))
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: any(m.startswith("Joining stopped") for m in messages))
    assert len(steps) == 6 and steps[-1] > steps[0]
    assert store.get(vault) is None and lists.people_count(vault) == 0
    assert sorted(p.name for p in vault.path.parent.iterdir() if p.name.endswith(".part")) == []
    dialog = window.team.join()   # and it joins afterwards
    _choose_invitation(qtbot, window, dialog, sent)
    _by_key(qtbot, window, dialog, key)
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: lists.people_count(vault) == 12)


@needs_sabre
def test_join_through_a_team_server_added_on_the_servers_page(qtbot, vault, vault_template, tmp_path,
                                                              secrets):  # noqa: F811
    """No shared folder: the team is on a WebDAV server (a real sabre/dav) that the person added on the Servers page
    (its password in the keyring); the join dialog's job reads the snapshot from it."""
    from commons_desktop.ui.config import DesktopConfig
    from commons_desktop.ui.sync_scheduler import SyncScheduler
    from tests.sync.conftest import PASSWORDS
    from tests.sync.servers import Sabre
    from tests.vault.replicas import open_replicas

    hoster = Sabre(tmp_path / "hoster", PASSWORDS).start()
    (tmp_path / "vaults").mkdir()
    a = open_replicas(vault_template, tmp_path / "vaults", ["a"])["a"]
    try:
        team.init(a)
        People(a).add_many([Person(given=f"Member{i}", family="Hosted") for i in range(7)])
        assert team.add_server(a, secrets, "hoster", hoster.url + "team/", "alice",
                               password=PASSWORDS["alice"])[1] is None
        assert not any(o.error for o in sync.run(a, secrets, None).values())
        sent, key = _invitation_for_a_key(a, tmp_path)
        servers.add(vault, secrets, "ours", "team", hoster.url + "team/", "alice", password=PASSWORDS["alice"])
        bridge = WorkerBridge(SynchronousPool())
        window = MainWindow(bridge, sync=SyncScheduler(bridge, secrets, DesktopConfig(sync_automatic=False)))
        qtbot.addWidget(window, before_close_func=lambda w: w.clear())
        window.set_vault(vault)
        window.show()
        dialog = window.team.join()
        _choose_invitation(qtbot, window, dialog, sent)
        _by_key(qtbot, window, dialog, key)
        messages = []
        window.statusBar().messageChanged.connect(messages.append)
        qtbot.mouseClick(dialog.ok, LEFT)
        qtbot.waitUntil(lambda: any(m.startswith("This laptop joined the team.") for m in messages))
        assert "caught up from the team's latest snapshot" in messages[-1]
        assert lists.people_count(vault) == 7 and window.people.model.rowCount() == 7
        assert [s.name for s in team.transports(vault)] == ["ours"]
    finally:
        for v in (a, vault):   # their passwords out of the keyring
            for s in servers.list_all(v):
                servers.remove(v, secrets, s.name)
        a.close()
        hoster.stop()
