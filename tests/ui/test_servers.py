"""The Servers page and background sync, driven like a person against REAL servers (sabre/dav from tests/sync,
behind the fault proxy when a test needs a slow or failing server), with the passwords in the real Secret Service
(run through scripts/run-tests.sh): a wrong password said in words, then the right one; Sync now mirroring the
documents; Cancel in the middle of a sync, the next one resuming; the schedule firing (its interval injected),
pausing while offline and while locked; the mass-delete question with its numbers."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QNetworkInformation

from commons_desktop.services import servers
from commons_desktop.services.session import Session
from commons_desktop.ui import i18n
from commons_desktop.ui.config import DesktopConfig
from commons_desktop.ui.desktop import Desktop
from commons_desktop.ui.worker import SynchronousPool, WorkerBridge
from commons_desktop.vault import tags
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.servers import get as stored_server
from tests.conftest import PASSPHRASE
from tests.sync.conftest import (  # noqa: F401 - the real servers and the test CA
    PASSWORDS,
    certs,
    needs_sabre,
    proxy,
    sabre,
    secrets,
)
from tests.sync.federation import OUTSIDE, federation

PUBLISHED = {"minutes.txt", "budget 2026.csv", "statuts.pdf"}
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WAIT = 30_000


@pytest.fixture
def fed(vault):
    return federation(vault)


@pytest.fixture
def desktop_for(qtbot, dirs, clock, secrets, vault):  # noqa: F811
    """``desktop_for(threads=True, interval_ms=None)``: the desktop on the federation's vault, with the real keyring
    and (by default) a real worker thread pool, as the app runs."""
    made = []
    vault_id = servers.vault_id(vault)

    def make(*, threads: bool = True, interval_ms: int | None = None) -> Desktop:
        session = Session(dirs, secrets.keystore)
        desktop = Desktop(session, DesktopConfig.load(dirs.config), bridge=WorkerBridge(None if threads else
                                                                                        SynchronousPool()),
                          clock=clock, sync_interval_ms=interval_ms)
        made.append(desktop)
        desktop.show_vault(vault)
        return desktop

    yield make
    for desktop in made:
        desktop.quit()
        if desktop.window is not None:
            desktop.window.close()
    for name in ("docs", "remote"):
        secrets.forget(vault_id, name)


def add_docs(vault, secrets, url: str, password: str = PASSWORDS["alice"]):  # noqa: F811
    """The server as the CLI (or an earlier session of the page) added it, its folder created."""
    servers.add(vault, secrets, "docs", "webdav", url, "alice", password=password, profile="site")
    servers.test(vault, secrets, "docs", create=True)


def files(sabre) -> set[str]:  # noqa: F811
    return set(sabre.files("docs"))


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.sync.busy and not window.bridge.busy, timeout=WAIT)


@needs_sabre
def test_add_a_server_wrong_password_then_the_right_one(desktop_for, fed, sabre, secrets, vault, qtbot):  # noqa: F811
    window = desktop_for().window
    window.show_section("servers")
    page = window.servers
    assert page.table.rowCount() == 0 and not window.sync_status.isVisible()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.name, "docs")
    assert dialog.kind.currentData() == "webdav"
    qtbot.keyClicks(dialog.url, sabre.url + "docs/")
    assert not dialog.plain_http.isVisibleTo(dialog)  # plain http to this computer needs no confirmation
    qtbot.keyClicks(dialog.user, "alice")
    qtbot.keyClicks(dialog.password, "not-her-password")
    dialog.profile.setCurrentIndex(dialog.profile.findData("site"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # saved, and its connection tested at once: the refusal in words, remembered (no scheduled sync sends it again)
    qtbot.waitUntil(lambda: page.testing is None and "Wrong user name or password" in page.message.text(),
                    timeout=WAIT)
    assert page.message.text().startswith("“docs”: Wrong user name or password: the server refused them.")
    assert stored_server(vault, "docs").auth_failed
    assert page.table.item(0, 6).text().startswith("Wrong user name or password")
    assert "Wrong user name or password" in page.details.text()
    assert secrets.recall(servers.vault_id(vault), "docs") == "not-her-password"

    page.select("docs")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.password.text() == "" and "keyring" in dialog.password.placeholderText()  # never shown back
    assert not dialog.new_target_note.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.password, PASSWORDS["alice"])
    window.ask.answers.append(True)  # "There is no folder at this address on “docs”. Create it?"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.testing is None and "Connected" in page.message.text(), timeout=WAIT)
    assert window.ask.asked == ["No such folder"]
    assert page.message.text() == "“docs”: Connected: the folder was created, and this account can write in it."
    assert (sabre.root / "docs").is_dir()
    assert secrets.recall(servers.vault_id(vault), "docs") == PASSWORDS["alice"]
    assert not stored_server(vault, "docs").auth_failed and page.table.item(0, 6).text() == ""
    assert window.sync_status.isVisible() and window.sync_toolbar.isVisible()

    # a new address is a new target: the dialog says so before saving
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.url, "elsewhere/")
    assert dialog.new_target_note.isVisibleTo(dialog)
    assert "nothing is deleted on the old server" in dialog.new_target_note.text().lower()
    dialog.reject()


@needs_sabre
def test_a_hosters_own_certificate_authority(desktop_for, fed, sabre, proxy, certs, qtbot):  # noqa: F811
    p = proxy(sabre.port, cert=certs.cert, key=certs.key)  # https with a certificate of the hoster's own CA
    window = desktop_for().window
    page = window.servers
    dialog = page.add_server()
    qtbot.keyClicks(dialog.name, "docs")
    qtbot.keyClicks(dialog.url, p.url("/server.php/docs/"))
    qtbot.keyClicks(dialog.user, "alice")
    qtbot.keyClicks(dialog.password, PASSWORDS["alice"])
    dialog.profile.setCurrentIndex(dialog.profile.findData("site"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.testing is None and bool(page.message.text()), timeout=WAIT)
    assert "certificate could not be verified (TLS)" in page.message.text() and "CA file" in page.message.text()

    dialog = page.edit_server()
    window.ask.answers.append(str(certs.cert.parent / "nothing.pem"))  # a file that is not there
    qtbot.mouseClick(dialog.ca_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "CA file: this is not a readable file of certificates (PEM)."
    window.ask.answers.append(str(certs.ca))  # "Certificate of the hoster's authority"
    qtbot.mouseClick(dialog.ca_button, Qt.MouseButton.LeftButton)
    window.ask.answers.append(True)  # create the folder
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.testing is None and "Connected" in page.message.text(), timeout=WAIT)
    assert stored_server(window.vault, "docs").ca_file == str(certs.ca.resolve())
    assert window.ask.asked == ["Certificate of the hoster's authority"] * 2 + ["No such folder"]


@needs_sabre
def test_plain_http_to_another_computer_needs_the_confirmation(desktop_for, fed, qtbot):
    window = desktop_for(threads=False).window
    window.show_section("servers")
    dialog = window.servers.add_server()
    qtbot.keyClicks(dialog.name, "remote")
    qtbot.keyClicks(dialog.url, "http://dav.example.org/docs/")
    assert dialog.plain_http.isVisibleTo(dialog) and dialog.plain_http_note.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "plain http to another computer" in dialog.error.text()
    assert window.servers.table.rowCount() == 0
    dialog.plain_http.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert stored_server(window.vault, "remote").plain_http
    # its test (no such host here) is said in words, and removing it says that nothing goes on the server
    qtbot.waitUntil(lambda: window.servers.testing is None, timeout=WAIT)
    assert "cannot be reached" in window.servers.message.text()
    window.ask.answers.append(True)
    qtbot.mouseClick(window.servers.remove_button, Qt.MouseButton.LeftButton)
    assert window.ask.asked == ["Remove the server"]
    assert "nothing was deleted on the server" in window.servers.message.text()
    assert window.servers.table.rowCount() == 0


@needs_sabre
def test_sync_now_mirrors_the_documents(desktop_for, fed, sabre, secrets, vault, qtbot):  # noqa: F811
    add_docs(vault, secrets, sabre.url + "docs/")
    window = desktop_for().window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.sync_status.state.text() == "Not synced yet"
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL_SHIFT)  # Sync now
    assert window.sync.busy
    wait_idle(qtbot, window)
    assert files(sabre) == PUBLISHED
    assert all(OUTSIDE not in body for body in sabre.files("docs").values())
    assert window.sync_status.state.text().startswith("Synced at ")
    outcome = window.sync.outcomes["docs"]
    assert (outcome.counts.sent, outcome.error) == (3, None)
    # the status bar's state opens the Servers page, which shows the run
    qtbot.mouseClick(window.sync_status.state, Qt.MouseButton.LeftButton)
    assert window.current_section() == "servers"
    assert "Last sync here: sent 3, deleted 0, conflicts 0" in window.servers.details.text()
    assert window.servers.table.item(0, 5).text() != "never"


@needs_sabre
def test_cancel_in_the_middle_of_a_sync(desktop_for, fed, sabre, proxy, secrets, vault, qtbot):  # noqa: F811
    p = proxy(sabre.port)
    add_docs(vault, secrets, p.url("/server.php/docs/"))
    p.add("delay", method="PUT", seconds=0.5, times=3)  # a slow server: each file takes a while
    window = desktop_for().window
    qtbot.mouseClick(window.servers.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync.progress is not None and window.sync.progress[0] >= 1, timeout=WAIT)
    assert window.sync_status.state.text().startswith("Syncing “docs”: ")
    assert window.progress.isVisible() and window.progress.cancel_button.isEnabled()
    qtbot.mouseClick(window.progress.cancel_button, Qt.MouseButton.LeftButton)  # the worker bridge's Cancel
    wait_idle(qtbot, window)
    assert window.sync.stopped and window.sync_status.state.text() == "Sync stopped"
    sent = files(sabre)
    assert 1 <= len(sent) < 3 and sent < PUBLISHED
    assert stored_server(vault, "docs").last_error == "cancelled"
    # the next sync resumes: only what is missing is sent, nothing twice
    puts = p.count("PUT")
    window.sync.request()
    wait_idle(qtbot, window)
    assert files(sabre) == PUBLISHED
    assert p.count("PUT") - puts == 3 - len(sent)
    assert window.sync_status.state.text().startswith("Synced at ")


@needs_sabre
def test_a_request_while_syncing_runs_once_more_after(desktop_for, fed, sabre, proxy, secrets, vault,  # noqa: F811
                                                      qtbot):
    p = proxy(sabre.port)
    add_docs(vault, secrets, p.url("/server.php/docs/"))
    p.add("delay", method="PUT", seconds=0.3, times=3)
    window = desktop_for().window
    assert window.sync.request()
    assert window.sync.request() and window.sync.request()  # merged: one more run after this one
    assert window.sync.again == {"docs"} and window.sync.runs == 1
    wait_idle(qtbot, window)
    assert window.sync.runs == 2 and window.sync.outcomes["docs"].counts.sent == 0  # the second found all done
    assert files(sabre) == PUBLISHED


@needs_sabre
def test_the_schedule_fires_pauses_offline_and_while_locked(desktop_for, fed, sabre, secrets, vault,  # noqa: F811
                                                            qtbot):
    add_docs(vault, secrets, sabre.url + "docs/")
    desktop = desktop_for(interval_ms=300)
    window = desktop.window
    qtbot.waitUntil(lambda: window.sync.runs >= 1 and not window.sync.busy, timeout=WAIT)  # nobody asked
    assert files(sabre) == PUBLISHED

    # offline: the timer still ticks, no sync starts; a new document waits in the vault
    sync = window.sync
    sync.network.reachability_changed(QNetworkInformation.Reachability.Disconnected)
    assert window.sync_status.state.text() == "Offline"
    runs, ticks = sync.runs, []
    sync.timer.timeout.connect(lambda: ticks.append(1))
    Documents(vault).add("Report", b"rapport 2026\n", "report.txt", "text/plain", [("person", fed.emilie)])
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=WAIT)
    assert sync.runs == runs and "report.txt" not in files(sabre)
    # back online: it goes out at once
    sync.network.reachability_changed(QNetworkInformation.Reachability.Online)
    qtbot.waitUntil(lambda: "report.txt" in files(sabre), timeout=WAIT)

    # locked: no schedule at all until unlocked
    wait_idle(qtbot, window)
    desktop.lock()
    assert not sync.timer.isActive() and sync.vault is None and not window.sync_status.isVisible()
    desktop.unlock_dialog.panel.passphrase.setText(PASSPHRASE)
    desktop.unlock_dialog.panel.unlock()
    qtbot.waitUntil(lambda: sync.vault is not None and sync.timer.isActive(), timeout=WAIT)

    # the setting on the Servers page: off, then on again every 15 minutes, kept for the next start
    desktop.window.show_section("servers")
    page = desktop.window.servers
    wait_idle(qtbot, desktop.window)
    qtbot.mouseClick(page.automatic, Qt.MouseButton.LeftButton)
    assert not sync.timer.isActive() and not page.minutes.isEnabled()
    assert not DesktopConfig.load(desktop.config.path.parent).sync_automatic
    qtbot.mouseClick(page.automatic, Qt.MouseButton.LeftButton)
    page.minutes.setValue(15)
    assert sync.timer.isActive()
    saved = DesktopConfig.load(desktop.config.path.parent)
    assert saved.sync_automatic and saved.sync_minutes == 15


@needs_sabre
def test_a_mass_delete_asks_with_the_numbers(desktop_for, fed, sabre, secrets, vault, qtbot):  # noqa: F811
    add_docs(vault, secrets, sabre.url + "docs/")
    window = desktop_for(threads=False).window
    asked = []
    window.sync.deletions_to_confirm.connect(lambda *numbers: asked.append(numbers))
    window.sync_now()
    assert files(sabre) == PUBLISHED
    tags.remove_tag(vault, "web", [fed.emilie, fed.org])  # the profile now selects nobody: 3 of 3 files would go

    window.ask.answers.append(False)  # "Delete files on the server?" No
    window.sync_now()
    assert asked == [("docs", 3, 3)] and window.ask.asked == ["Delete files on the server?"]
    assert files(sabre) == PUBLISHED  # nothing deleted
    assert window.sync_status.state.text() == "Sync failed: “docs”"
    window.show_section("servers")
    assert "this sync would delete 3 of the 3 files on the server" in window.servers.details.text()
    # a scheduled run does not ask again about the same numbers once declined; Sync now does
    window.sync.request(on_demand=False)
    assert len(asked) == 1 and files(sabre) == PUBLISHED
    window.ask.answers.append(True)
    window.sync_now()
    assert asked[-1] == ("docs", 3, 3) and len(window.ask.asked) == 2
    assert files(sabre) == set()
    assert window.sync.outcomes["docs"].counts.deleted == 3
    assert window.sync_status.state.text().startswith("Synced at ")


@needs_sabre
def test_a_conflict_is_counted_and_its_link_lists_it(desktop_for, fed, sabre, secrets, vault, qtbot,  # noqa: F811
                                                     qapp):
    i18n.Translations(qapp).apply("en")  # the English catalogue: its plural forms
    add_docs(vault, secrets, sabre.url + "docs/")
    window = desktop_for(threads=False).window
    window.sync_now()
    assert not window.sync_status.conflicts.isVisible()
    (sabre.root / "docs" / "minutes.txt").write_bytes(b"edited on the server by someone else\n")  # another tool
    window.sync_now()
    assert window.sync.conflicts() == 1
    assert window.sync_status.conflicts.isVisible() and window.sync_status.conflicts.text() == "1 conflict"
    assert (sabre.root / "docs" / "minutes.txt").read_bytes() == b"edited on the server by someone else\n"
    window.show_section("people")
    qtbot.mouseClick(window.sync_status.conflicts, Qt.MouseButton.LeftButton)
    assert window.current_section() == "servers" and window.servers.selected_name() == "docs"
    assert "Left on the server as someone else changed them there (not overwritten): minutes.txt" in \
        window.servers.details.text()


@needs_sabre
def test_locking_during_a_sync_stops_it_and_unlocking_resumes(desktop_for, fed, sabre, proxy, secrets, vault,  # noqa: F811
                                                              qtbot):
    p = proxy(sabre.port)
    add_docs(vault, secrets, p.url("/server.php/docs/"))
    p.add("delay", method="PUT", seconds=0.5, times=3)
    desktop = desktop_for()
    window = desktop.window
    window.sync_now()
    qtbot.waitUntil(lambda: p.count("PUT") >= 1, timeout=WAIT)
    desktop.lock()  # the worker bridge's jobs are cancelled and waited for before the vault closes
    assert not window.sync.busy and window.sync.vault is None and not window.sync.timer.isActive()
    assert len(files(sabre)) < 3
    desktop.unlock_dialog.panel.passphrase.setText(PASSPHRASE)
    desktop.unlock_dialog.panel.unlock()
    window = desktop.window
    window.sync_now()
    wait_idle(qtbot, window)
    assert files(sabre) == PUBLISHED
    assert window.sync.outcomes["docs"].error is None


@needs_sabre
def test_a_background_sync_leaves_the_other_actions_alone(desktop_for, fed, sabre, proxy, secrets, vault,  # noqa: F811
                                                          qtbot):
    p = proxy(sabre.port)
    add_docs(vault, secrets, p.url("/server.php/docs/"))
    p.add("delay", method="PUT", seconds=0.5, times=3)
    window = desktop_for().window
    window.show_section("people")
    window.sync.request(on_demand=False)  # as the schedule starts it
    qtbot.waitUntil(lambda: p.count("PUT") >= 1, timeout=WAIT)
    assert window.sync.busy and not window.bridge.busy  # a background job does not hold the bulk actions
    window.people.select_row(0)
    assert window.people.tag_button.isEnabled() and window.people.delete_button.isEnabled()
    assert window.progress.isVisible()  # its progress and Cancel are shown all the same
    wait_idle(qtbot, window)
    assert files(sabre) == PUBLISHED


@needs_sabre
def test_the_users_job_keeps_the_progress_strip(desktop_for, fed, sabre, proxy, secrets, vault, qtbot):  # noqa: F811
    """While the user's own job runs, a background sync leaves it the progress strip; once it ends, the sync's
    progress and Cancel come back there."""
    p = proxy(sabre.port)
    add_docs(vault, secrets, p.url("/server.php/docs/"))
    p.add("delay", method="PUT", seconds=0.8, times=3)
    window = desktop_for().window
    release = threading.Event()

    def users_job(*, progress, cancel):  # any job the user starts (an import, a bulk edit)
        progress(1, 2, "")
        release.wait(WAIT / 1000)

    window.bridge.submit(users_job, label="Importing")
    assert window.progress.label.text() == "Importing"
    window.sync.request(on_demand=False)
    qtbot.waitUntil(lambda: p.count("PUT") >= 1, timeout=WAIT)
    assert window.progress.label.text() == "Importing" and window.bridge.busy
    release.set()  # two slow files are still to go
    qtbot.waitUntil(lambda: not window.bridge.busy, timeout=WAIT)
    assert window.sync.busy and window.progress.job is not None and window.progress.job.background
    assert window.progress.label.text() == "Syncing with the servers" and window.progress.isVisible()
    wait_idle(qtbot, window)
    assert files(sabre) == PUBLISHED and not window.progress.isVisible()
