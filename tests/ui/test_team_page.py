"""The Team page like a user: real team vaults syncing through a real folder (services/team.py, services/sync.py's
team job, real age), the page opened from the navigation; Share, Add folder, Sync now (a job of the worker bridge),
Invite (a dialog, then a job writing the file), Remove laptop; read back from the vaults and the folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from commons_desktop.core.model import Person
from commons_desktop.services import devices, team
from commons_desktop.ui.config import DesktopConfig
from commons_desktop.ui.main_window import MainWindow
from commons_desktop.ui.sync_scheduler import SyncScheduler
from commons_desktop.ui.worker import SynchronousPool, WorkerBridge
from commons_desktop.vault.keyring_store import ServerSecrets
from commons_desktop.vault.people import People
from tests.sync.team_helpers import make_team, sync_vault
from tests.ui.conftest import FakeKeyStore


@pytest.fixture
def ab(vault_template, tmp_path):
    vaults = make_team(vault_template, tmp_path / "vaults", ["a", "b"], [tmp_path / "share"])
    yield vaults["a"], vaults["b"], tmp_path
    for v in vaults.values():
        v.close()


def _window(qtbot, vault) -> MainWindow:
    """A window whose one sync scheduler runs only when asked (no schedule: nothing syncs behind the test)."""
    bridge = WorkerBridge(SynchronousPool())
    config = DesktopConfig(sync_automatic=False)
    window = MainWindow(bridge, sync=SyncScheduler(bridge, ServerSecrets(FakeKeyStore()), config))
    qtbot.addWidget(window, before_close_func=lambda w: w.clear())
    window.set_vault(vault)
    window.show()
    return window


def _open_team(qtbot, window: MainWindow) -> None:
    item = window.sidebar.item(window.SECTIONS.index("team"))
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.team)


def _column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_share_a_vault_and_add_its_folder(qtbot, vault, tmp_path):
    window = _window(qtbot, vault)
    _open_team(qtbot, window)
    page = window.team
    assert page.body.currentWidget() is page.alone
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.body.currentWidget() is page.shared and page.devices.rowCount() == 1
    assert _column(page.devices, 0)[0].endswith("(this laptop)")
    assert not page.sync_button.isEnabled() and not page.remove_button.isEnabled()
    folder = tmp_path / "stick"
    folder.mkdir()
    window.ask.answers.append(str(folder))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert _column(page.folders, 1) == [str(folder)] and _column(page.folders, 2) == ["never"]
    assert [s.name for s in team.transports(vault)] == ["team-stick"]
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _column(page.folders, 2) != ["never"])
    assert any(folder.iterdir())  # what this laptop wrote is in the folder


def test_sync_now_brings_the_other_laptops_changes(qtbot, ab):
    a, b, _tmp = ab
    window = _window(qtbot, a)
    _open_team(qtbot, window)
    page = window.team
    assert page.devices.rowCount() == 1 and page.folders.rowCount() == 1  # b joined: a learns of it by a sync
    ident = People(b).add(Person(given="Olympe", family="de Gouges")).id
    assert not any(o.error for o in sync_vault(b).values())
    messages = []
    window.statusBar().messageChanged.connect(messages.append)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(m.startswith("Synced: 1 changes received") for m in messages))
    assert People(a).get(ident).family == "de Gouges"
    assert window.people.model.rowCount() == 1  # the list learnt it from the vault-changed bridge
    assert page.devices.rowCount() == 2 and _column(page.devices, 1)[1 - _this(page)] != ""  # b, last seen


def _this(page) -> int:
    return next(r for r, text in enumerate(_column(page.devices, 0)) if text.endswith("(this laptop)"))


def test_invite_writes_an_invitation_that_opens_with_its_passphrase(qtbot, ab):
    a, _b, tmp = ab
    window = _window(qtbot, a)
    _open_team(qtbot, window)
    page = window.team
    qtbot.mouseClick(page.invite_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.secret, "une cour partagee")
    assert not dialog.ok.isEnabled()  # typed once only
    qtbot.keyClicks(dialog.again, "une cour partagee")
    assert dialog.ok.isEnabled()
    target = tmp / "invitation.age"
    window.ask.answers.append(str(target))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists())
    team.check_invitation(target.read_bytes(), passphrase="une cour partagee")  # raises when it does not open


def test_remove_a_laptop(qtbot, ab):
    a, b, _tmp = ab
    sync_vault(b)
    sync_vault(a)
    window = _window(qtbot, a)
    _open_team(qtbot, window)
    page = window.team
    other = 1 - _this(page)
    page.devices.setCurrentCell(other, 0)
    assert page.remove_button.isEnabled()
    window.ask.answers.append(True)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert _column(page.devices, 3)[other] == "removed"
    assert [d["removed"] for d in team.status(a)["devices"] if not d["this"]] == [True]


def test_cancel_stops_the_sync(qtbot, ab):
    a, b, _tmp = ab
    window = _window(qtbot, a)
    _open_team(qtbot, window)
    ident = People(b).add(Person(given="Louise", family="Michel")).id
    sync_vault(b)
    messages = []
    window.statusBar().messageChanged.connect(messages.append)
    # Cancel pressed in the status bar's progress strip as soon as the job shows there
    window.bridge.job_started.connect(lambda _job: qtbot.mouseClick(window.progress.cancel_button,
                                                                     Qt.MouseButton.LeftButton))
    qtbot.mouseClick(window.team.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(m.startswith("Sync stopped") for m in messages))
    assert ident not in People(a).ids()  # nothing received
    assert window.team.sync_button.isEnabled()  # the page is usable again


def test_rename_this_laptop_and_see_the_others_by_their_names(qtbot, ab):
    a, b, _tmp = ab
    devices.set_name(b, "Trésorerie")
    sync_vault(b)
    window = _window(qtbot, a)
    _open_team(qtbot, window)
    page = window.team
    assert page.rename_button.isEnabled()
    window.ask.answers.append("  Secrétariat ")
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    assert _column(page.devices, 0)[_this(page)] == "Secrétariat (this laptop)"
    messages = []
    window.statusBar().messageChanged.connect(messages.append)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(m.startswith("Synced:") for m in messages))
    assert _column(page.devices, 0)[1 - _this(page)] == "Trésorerie"   # b's name, from its index
    sync_vault(b)
    assert {d["name"] for d in team.status(b)["devices"] if not d["this"]} == {"Secrétariat"}
    window.ask.answers.append(" \t")
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    assert messages[-1] == "a laptop's name needs at least one letter or digit"
    assert _column(page.devices, 0)[_this(page)] == "Secrétariat (this laptop)"
