"""Issue 15: the app watches over the open vault. A backup reminder when the last backup is older than the days
chosen (once per session, a banner, not a modal dialog, with "Back up now"); a vault file replaced under the app
(VaultReplaced) makes it say so in a banner and lock itself, keeping the unsaved edits, instead of failing each
save."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from commons_desktop.core.model import Person
from commons_desktop.services import lists
from commons_desktop.ui.vault_menu.backup_dialog import BackupDialog
from commons_desktop.vault.backup import backup_to
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People

from .conftest import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton
DAY = 86400


def backed_up_days_ago(path: Path, key: str, days: float, folder: Path) -> None:
    with Vault.open(path, key=key, clock=lambda: time.time() - days * DAY) as v:
        backup_to(v, folder)


def test_a_backup_older_than_the_days_chosen_is_reminded_once_per_session(make_desktop, qtbot, session,
                                                                         people_vault_path, people_template,
                                                                         tmp_path):
    backed_up_days_ago(people_vault_path, people_template[1], 10, tmp_path / "backups")
    desktop = make_desktop()
    desktop.config.backup_reminder_days = 7
    desktop.show_vault(session.open_with_passphrase(people_vault_path, PASSPHRASE))
    window = desktop.window
    banner = window.banners.banner("backup-reminder")
    assert banner is not None and banner.isVisibleTo(window)
    assert banner.text() == "The last backup of this vault is 10 days old."
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]  # a banner, no dialog in the way
    window.people.select_row(0)  # the window is usable meanwhile
    assert window.people.editor.ident is not None
    qtbot.mouseClick(banner.buttons["backup"], LEFT)
    assert isinstance(desktop.safety.menu.dialog, BackupDialog)
    assert "Last backup:" in desktop.safety.menu.dialog.last.text()
    desktop.safety.menu.close_dialog()
    qtbot.mouseClick(banner.buttons["dismiss"], LEFT)
    assert window.banners.banner("backup-reminder") is None

    desktop.lock()  # unlocking again in the same session: not a second time
    desktop.unlock_dialog.panel.passphrase.setText(PASSPHRASE)
    desktop.unlock_dialog.panel.unlock()
    assert desktop.vault is not None and window.banners.banner("backup-reminder") is None

    desktop.quit()  # the next session reminds again; a backup made from the banner ends the reminder
    later = make_desktop()
    later.config.backup_reminder_days = 7
    later.show_vault(session.open_with_passphrase(people_vault_path, PASSPHRASE))
    assert later.window.banners.banner("backup-reminder") is not None
    later.safety.back_up(tmp_path / "backups", 3)
    assert later.window.banners.banner("backup-reminder") is None
    assert "Backup written" in later.window.statusBar().currentMessage()


def test_no_reminder_when_recent_or_turned_off(make_desktop, session, people_vault_path, people_template, tmp_path):
    backed_up_days_ago(people_vault_path, people_template[1], 3, tmp_path / "backups")
    desktop = make_desktop()
    desktop.config.backup_reminder_days = 7
    desktop.show_vault(session.open_with_passphrase(people_vault_path, PASSPHRASE))
    assert desktop.window.banners.banner("backup-reminder") is None
    desktop.quit()
    backed_up_days_ago(people_vault_path, people_template[1], 400, tmp_path / "old")
    off = make_desktop()
    off.config.backup_reminder_days = 0  # never
    off.show_vault(session.open_with_passphrase(people_vault_path, PASSPHRASE))
    assert off.window.banners.banner("backup-reminder") is None


def test_a_vault_never_backed_up_is_reminded_once_it_is_old_enough(make_desktop, session, tmp_path):
    old = tmp_path / "old.commons"
    Vault.create(old, PASSPHRASE, name="Old", clock=lambda: time.time() - 30 * DAY).close()
    desktop = make_desktop()
    desktop.show_vault(session.open_with_passphrase(old, PASSPHRASE))
    assert desktop.window.banners.banner("backup-reminder").text() == "This vault has never been backed up."
    desktop.quit()
    new = tmp_path / "new.commons"
    Vault.create(new, PASSPHRASE, name="New").close()  # created today: nothing to remind yet
    fresh = make_desktop()
    fresh.show_vault(session.open_with_passphrase(new, PASSPHRASE))
    assert fresh.window.banners.banner("backup-reminder") is None


def test_a_replaced_vault_file_locks_the_app_and_keeps_the_drafts(make_desktop, qtbot, session, people_vault_path,
                                                                   tmp_path):
    desktop = make_desktop()
    vault = session.open_with_passphrase(people_vault_path, PASSPHRASE)
    backup, _ = backup_to(vault, tmp_path / "backups")
    People(vault).add(Person(given="Only", family="Zimmer"))  # in the file being replaced, not in the backup
    desktop.show_vault(vault)
    window = desktop.window
    window.show_section("people")
    window.people.select_row(2)
    editor = window.people.editor
    ident = editor.ident
    qtbot.keyClicks(editor.form.notes, "typed before the file was replaced")
    assert editor.dirty

    incoming = tmp_path / "incoming.commons"  # a sync tool or a file manager puts another file at the vault's path
    shutil.copyfile(backup, incoming)
    os.replace(incoming, people_vault_path)
    qtbot.waitUntil(lambda: desktop.vault is None, timeout=10_000)  # the app noticed by itself and locked
    banner = window.banners.banner("vault-replaced")
    assert banner is not None and banner.isVisibleTo(window)
    assert banner.text().startswith("The vault file was replaced or moved by another program")
    assert "unsaved changes are kept" in banner.text()
    unlock = desktop.unlock_dialog
    assert unlock.isVisible() and unlock.note.text() == banner.text()
    assert editor.form.notes.toPlainText() == ""  # nothing left on screen while locked

    qtbot.keyClicks(unlock.panel.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock.panel.passphrase, Qt.Key.Key_Return)
    assert desktop.vault is not None, unlock.panel.error.text()
    assert window.banners.banner("vault-replaced") is None
    assert lists.people_count(desktop.vault) == 1000  # the file that is there now, as it is
    kept = sorted((people_vault_path.parent / "people.commons.backups").glob("*.commons-wal"))
    assert len(kept) == 1 and kept[0].stat().st_size > 0  # the replaced file's WAL, set aside (not replayed)
    editor = window.people.editor
    assert editor.ident == ident and editor.dirty
    assert "typed before the file was replaced" in editor.form.notes.toPlainText()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor.form.notes.setFocus()
    qtbot.keyClick(editor.form.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.dirty, editor.message.text()
    assert "typed before" in lists.person(desktop.vault, ident).notes


def test_a_vault_file_moved_away_also_locks_the_app(make_desktop, qtbot, session, people_vault_path, tmp_path):
    desktop = make_desktop()
    desktop.show_vault(session.open_with_passphrase(people_vault_path, PASSPHRASE))
    people_vault_path.rename(tmp_path / "elsewhere.commons")
    qtbot.waitUntil(lambda: desktop.vault is None, timeout=10_000)
    assert desktop.window.banners.banner("vault-replaced") is not None
    desktop.unlock_dialog.panel.passphrase.setText(PASSPHRASE)
    desktop.unlock_dialog.panel.unlock()
    assert desktop.vault is None and "There is no vault at" in desktop.unlock_dialog.panel.error.text()
