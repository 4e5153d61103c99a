"""Issue 11 item 0 with the desktop app's own session: while the app has the vault open, `commons restore`
is refused naming the app; if the file is replaced anyway (a tool that ignores the lock), the app refuses
every later save with words saying so, and keeps the edit on screen (no save acknowledged)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from commons_desktop.services import lists
from commons_desktop.vault.backup import backup_to

from ..conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier


def test_restore_refused_then_a_replaced_file_refuses_saves(make_desktop, session, people_vault_path, tmp_path,
                                                              qtbot):
    desktop = make_desktop()
    vault = session.open_with_passphrase(people_vault_path, PASSPHRASE)
    backup, _ = backup_to(vault, tmp_path / "backups")
    desktop.show_vault(vault)
    desktop.window.show_section("people")  # the vault opens on its home page
    desktop.window.activateWindow()
    qtbot.waitUntil(desktop.window.isActiveWindow)
    view = desktop.window.people
    env = dict(os.environ, PYTHONPATH=str(ROOT), COMMONS_PASSPHRASE=PASSPHRASE)
    r = subprocess.run([sys.executable, "-m", "commons_desktop.cli", "--vault", str(people_vault_path), "restore",
                        "--yes", str(backup)], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 3 and "commons-desktop" in r.stderr and f"pid {os.getpid()}" in r.stderr, r.stderr

    view.select_row(3)
    editor = view.editor
    ident = editor.ident
    editor.form.family.setText("Saved")
    editor.form.family.textEdited.emit("Saved")
    qtbot.keyClick(editor.form.family, Qt.Key.Key_S, CTRL)
    assert not editor.dirty, editor.message.text()
    assert lists.person(vault, ident).family == "Saved"

    incoming = tmp_path / "incoming.commons"  # another tool puts a file at the vault's path
    shutil.copyfile(backup, incoming)
    os.replace(incoming, people_vault_path)
    for attempt in ("Lost?", "Lost again?"):
        editor.form.family.setText(attempt)
        editor.form.family.textEdited.emit(attempt)
        qtbot.keyClick(editor.form.family, Qt.Key.Key_S, CTRL)
        assert editor.dirty, "a save into the replaced file was acknowledged"
        assert "replaced or moved" in editor.message.text() and "NOT" in editor.message.text()
