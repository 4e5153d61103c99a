"""Issue 15: a second Commons Desktop opening a vault that is already open in another one says so and offers to
switch to that window: asked through the first one's local socket (keyed by the vault), the first comes to the
front and the second quits. Two real processes: the first app runs in a subprocess (tests/ui/first_app.py), the
second is this test's, driven like a person. A first app killed (a crash) leaves no lock and its stale socket is
taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from commons_desktop.ui import instances

from .conftest import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton
ROOT = Path(__file__).resolve().parents[2]
FIRST = Path(__file__).with_name("first_app.py")


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), COMMONS_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")


class FirstApp:
    """The first Commons Desktop, a real process with the vault open."""

    def __init__(self, vault: Path, home: Path):
        self.proc = subprocess.Popen([sys.executable, str(FIRST), str(vault), str(home)], env=_env(), text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        words = self.readline().split()
        assert words == ["ready", str(self.proc.pid), "True"], (words, self.proc.stderr.read())
        self.pid = self.proc.pid

    def readline(self) -> str:
        return self.proc.stdout.readline().strip()

    def send(self, line: str) -> None:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.send("quit")
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=30)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            stream.close()


@pytest.fixture
def first_app(people_vault_path, tmp_path):
    made = []

    def start() -> FirstApp:
        app = FirstApp(people_vault_path, tmp_path / "first")
        made.append(app)
        return app

    yield start
    for app in made:
        app.stop()


def second_app(make_desktop, quits: list):
    desktop = make_desktop()
    desktop.exit_app = lambda: quits.append(True)
    desktop.start()
    return desktop


def test_the_second_app_detects_the_first_and_asks_it_to_come_to_the_front(first_app, make_desktop, qtbot,
                                                                            session, people_vault_path):
    first = first_app()
    quits: list = []
    desktop = second_app(make_desktop, quits)
    session.keystore.remember(people_vault_path, session.open_with_passphrase(people_vault_path, PASSPHRASE,
                                                                              readonly=True).key)
    dialog = desktop.start_dialog
    dialog.ask.answers.append(str(people_vault_path))  # the person opens the vault file
    qtbot.mouseClick(dialog.open_button, LEFT)
    panel = dialog.unlock_panel
    assert panel.elsewhere_box.isVisible() and panel.switch_button.isVisible()
    assert panel.elsewhere.text() == (f"This vault is already open in another Commons Desktop window (process "
                                      f"{first.pid}). Switch to that window, or unlock it here as well.")
    assert desktop.vault is None  # not opened behind the user's back with the remembered key
    qtbot.mouseClick(panel.switch_button, LEFT)
    assert first.readline() == "raised True"  # the first one received the request and showed its window
    assert quits == [True] and desktop.vault is None  # and this one quits


def test_a_locked_first_app_is_found_too(first_app, make_desktop, qtbot, people_vault_path):
    first = first_app()
    first.send("lock")
    assert first.readline() == "locked"
    quits: list = []
    desktop = second_app(make_desktop, quits)
    desktop.start_dialog.choose_vault(people_vault_path)
    panel = desktop.start_dialog.unlock_panel
    assert f"(process {first.pid})" in panel.elsewhere.text()
    qtbot.mouseClick(panel.switch_button, LEFT)
    assert first.readline() == "raised True" and quits == [True]


def test_unlocking_here_as_well_is_still_possible(first_app, make_desktop, qtbot, people_vault_path):
    first_app()
    desktop = second_app(make_desktop, [])
    desktop.start_dialog.choose_vault(people_vault_path)
    panel = desktop.start_dialog.unlock_panel
    assert panel.elsewhere_box.isVisible()
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    assert desktop.vault is not None
    assert not desktop.instance.listening  # the first app answers for this vault; this one does not take over


def test_after_a_crash_the_stale_lock_and_socket_are_recognised(first_app, make_desktop, qtbot, people_vault_path):
    first = first_app()
    first.proc.send_signal(signal.SIGKILL)
    first.proc.wait(timeout=30)
    socket = Path(tempfile.gettempdir()) / instances.server_name(people_vault_path)
    assert socket.exists()  # the crashed app's socket file is still there (Unix)
    desktop = second_app(make_desktop, [])
    desktop.start_dialog.choose_vault(people_vault_path)
    panel = desktop.start_dialog.unlock_panel
    assert not panel.elsewhere_box.isVisible()  # nobody answers, the lock file names nobody: no warning
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    assert desktop.vault is not None and desktop.instance.listening  # it took the stale socket over
    script = ("import sys\nfrom PySide6.QtCore import QCoreApplication\nfrom commons_desktop.ui import instances\n"
              "app = QCoreApplication(sys.argv[:1])\nfound = instances.probe(sys.argv[1])\n"
              "print(found.pid if found else None, found.locked if found else None)\n")
    third = subprocess.Popen([sys.executable, "-c", script, str(people_vault_path)], env=_env(), text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    qtbot.waitUntil(lambda: third.poll() is not None, timeout=30_000)  # this app answers meanwhile
    out, err = third.communicate()
    assert out.split() == [str(os.getpid()), "False"], err


def test_a_first_app_that_does_not_answer_is_still_named(make_desktop, people_vault_path, people_template):
    script = ("import sys\nfrom commons_desktop.vault.connection import Vault\n"
              "v = Vault.open(sys.argv[1], key=sys.argv[2], program='commons-desktop')\nprint('ready', flush=True)\n"
              "sys.stdin.readline()\nv.close()\n")
    holder = subprocess.Popen([sys.executable, "-c", script, str(people_vault_path), people_template[1]],
                              env=_env(), text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == "ready"
        desktop = second_app(make_desktop, [])
        desktop.start_dialog.choose_vault(people_vault_path)
        panel = desktop.start_dialog.unlock_panel
        assert panel.elsewhere_box.isVisible() and not panel.switch_button.isVisible()
        assert f"(process {holder.pid}), which does not answer" in panel.elsewhere.text()
    finally:
        holder.communicate("\n", timeout=30)
