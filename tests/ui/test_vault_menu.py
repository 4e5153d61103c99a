"""Issue 15, the vault's safety in the window: the Vault menu's Back up now (folder and number kept, remembered),
Restore from a backup (a preview read from the backup itself, the current vault kept aside, refused naming the
program that has the vault open), Change the passphrase (keyring updated) and Show the vault file — driven as a
person does, with the jobs on the worker threads."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from commons_desktop.core.model import Person
from commons_desktop.services import lists, maintenance
from commons_desktop.vault.backup import BACKUP_SUFFIX, backup_dir_beside, backup_to, last_backup
from commons_desktop.vault.connection import Vault, VaultKey
from commons_desktop.vault.people import People
from tests.reliability.test_vault_in_use import Holder

from .conftest import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton
NEW = "nine quiet owls guard the archive"


def backups_in(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"*{BACKUP_SUFFIX}"))


def set_spin(qtbot, spin, value: int) -> None:
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


@pytest.fixture
def app_with(make_desktop, session, people_vault_path):
    """The desktop app (jobs on real worker threads) with the 1,000-person vault open."""
    def make(path: Path = people_vault_path, threads: bool = True):
        desktop = make_desktop(threads=threads)
        desktop.show_vault(session.open_with_passphrase(path, PASSPHRASE))
        return desktop
    return make


def test_the_vault_menu_lists_the_safety_actions_and_greys_them_when_locked(app_with):
    desktop = app_with()
    window = desktop.window
    texts = [a.text() for a in window.vault_menu.actions() if not a.isSeparator()]
    assert texts[:5] == ["Search", "Back up now…", "Restore from a backup…", "Change the passphrase…",
                         "Show the vault file in the file manager"]
    menu = desktop.safety.menu
    assert all(a.isEnabled() for a in menu.actions)
    desktop.lock()
    assert not any(a.isEnabled() for a in menu.actions)


def test_back_up_now_into_a_chosen_folder_keeping_n_remembered(app_with, qtbot, tmp_path):
    desktop = app_with()
    window = desktop.window
    folder = tmp_path / "usb stick" / "backups"
    menu = desktop.safety.menu
    menu.backup_action.trigger()
    dialog = menu.dialog
    assert "never been backed up" in dialog.last.text()
    assert dialog.folder.text() == str(desktop.session.dirs.backups)  # proposed in Documents until one is chosen
    window.ask.answers.append(str(folder))
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert dialog.folder.text() == str(folder)
    set_spin(qtbot, dialog.keep, 2)
    set_spin(qtbot, dialog.remind, 10)
    qtbot.mouseClick(dialog.backup_button, LEFT)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: len(backups_in(folder)) == 1 and not desktop.bridge.busy, timeout=30_000)
    assert "Backup written" in window.statusBar().currentMessage()
    assert desktop.config.backup_choice(desktop.vault.path) == (str(folder), 2)
    assert desktop.config.backup_reminder_days == 10
    assert last_backup(desktop.vault)[1] == str(folder.resolve())

    for _ in range(2):  # the folder and the number are remembered; the oldest goes beyond 2
        menu.backup_action.trigger()
        dialog = menu.dialog
        assert dialog.folder.text() == str(folder) and dialog.keep.value() == 2 and dialog.remind.value() == 10
        assert "Last backup:" in dialog.last.text() and str(folder.resolve()) in dialog.last.text()
        before = set(backups_in(folder))
        qtbot.mouseClick(dialog.backup_button, LEFT)
        qtbot.waitUntil(lambda b=before: bool(set(backups_in(folder)) - b) and not desktop.bridge.busy, timeout=30_000)
    assert len(backups_in(folder)) == 2
    assert "1 older backup" in window.statusBar().currentMessage()  # (the plural's words: the catalogue's)
    for made in backups_in(folder):
        assert maintenance.preview_backup(made, desktop.vault.key).counts["people"] == 1000


def test_a_backup_that_fails_says_why_in_a_banner(app_with, qtbot, tmp_path):
    desktop = app_with()
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    desktop.safety.back_up(blocked, 3)
    qtbot.waitUntil(lambda: desktop.window.banners.banner("vault-job") is not None, timeout=30_000)
    banner = desktop.window.banners.banner("vault-job")
    assert banner.text().startswith("The backup could not be made") and "Back up now…" in [
        b.text() for b in banner.buttons.values()]
    assert desktop.vault is not None  # the vault stays open


def test_restore_shows_what_the_backup_holds_then_restores_it_keeping_drafts(app_with, qtbot, tmp_path):
    desktop = app_with()
    vault = desktop.vault
    made, _ = backup_to(vault, tmp_path / "backups")
    taken = last_backup(vault)
    People(vault).add_many([Person(given=f"Later{n}", family="Zimmer") for n in range(3)])
    window = desktop.window
    window.show_section("people")
    window.people.select_row(0)
    editor = window.people.editor
    ident = editor.ident
    qtbot.keyClicks(editor.form.notes, "typed before the restore")

    desktop.safety.menu.restore_action.trigger()
    dialog = desktop.safety.menu.dialog
    window.ask.answers.append(str(made))
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert dialog.preview is not None and dialog.restore_button.isEnabled()
    assert dialog.summary.text().startswith("Backup of “Template”, taken on ")
    from commons_desktop.ui import format as fmt
    assert fmt.moment(taken[0], seconds=False)[:10] in dialog.summary.text()
    rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}
    assert rows["People"] == ("1,000", "1,003")
    assert not dialog.other_vault.isVisible()
    assert str(backup_dir_beside(Path(vault.path))) in dialog.note.text()

    jobs, steps, shown = [], [], []

    def started(job):  # the restore is a job of the one worker bridge, shown in the window's progress strip
        jobs.append(job.label)
        shown.append((window.progress.isVisible(), window.progress.label.text()))
        job.signals.progress.connect(lambda done, total, _label: steps.append((done, total)))

    desktop.bridge.job_started.connect(started)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    assert desktop.vault is None  # the app let go of the vault before the job took it exclusively
    qtbot.waitUntil(lambda: desktop.vault is not None and not desktop.bridge.busy, timeout=60_000)
    assert jobs == ["Restoring the backup…"] and shown == [(True, "Restoring the backup…")]
    assert steps and steps[-1] == (3, 3)
    assert lists.people_count(desktop.vault) == 1000  # the app opened the restored vault
    banner = window.banners.banner("vault-job")
    assert "was restored" in banner.text() and "kept at" in banner.text()
    kept = Path(banner.text().split("kept at ")[1].rstrip("."))
    assert kept.parent == backup_dir_beside(Path(vault.path)) and kept.is_file()
    with Vault.open(kept, key=desktop.vault.key, readonly=True) as before:  # the vault it replaced, 1,003 people
        assert lists.people_count(before) == 1003
    assert window.people.editor.ident == ident and "typed before the restore" in editor.form.notes.toPlainText()


def test_restore_is_refused_naming_the_program_that_has_the_vault_open(app_with, qtbot, tmp_path, people_vault_path,
                                                                         people_template):
    desktop = app_with()
    made, _ = backup_to(desktop.vault, tmp_path / "backups")
    holder = Holder(people_vault_path, people_template[1])
    try:
        assert holder.ask("add Kept") == "saved Kept"
        desktop.safety.menu.open_restore(str(made))
        dialog = desktop.safety.menu.dialog
        qtbot.mouseClick(dialog.restore_button, LEFT)
        qtbot.waitUntil(lambda: desktop.vault is not None and not desktop.bridge.busy, timeout=60_000)
        text = desktop.window.banners.banner("vault-job").text()
        assert f"vault-holder (process {holder.proc.pid} on " in text and "has this vault open" in text
        assert lists.people_count(desktop.vault) == 1001  # not replaced: the holder's save is there
        assert holder.ask("add After") == "saved After"  # and it goes on saving into the same file
    finally:
        holder.close()
    assert lists.people_count(desktop.vault) == 1002


def test_a_backup_from_before_a_passphrase_change_asks_for_that_passphrase(make_desktop, qtbot, session, tmp_path,
                                                                           people_vault_path):
    with Vault.open(people_vault_path, passphrase=PASSPHRASE) as v:
        made, _ = backup_to(v, tmp_path / "backups")
        maintenance.change_passphrase(v, NEW)
    desktop = make_desktop(threads=True)
    desktop.show_vault(session.open_with_passphrase(people_vault_path, NEW))
    dialog = desktop.safety.menu.open_restore(str(made))
    assert dialog.preview is None and dialog.passphrase_box.isVisible() and not dialog.restore_button.isEnabled()
    qtbot.keyClicks(dialog.passphrase, "wrong words")
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert dialog.error.text() == "This passphrase does not open the backup either."
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.preview is not None and not dialog.error.isVisible()
    assert dialog.table.item(0, 1).text() == "1,000"
    qtbot.mouseClick(dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: desktop.vault is not None and not desktop.bridge.busy, timeout=60_000)
    assert desktop.vault.key.hex == maintenance.backup_key(made, PASSPHRASE).hex  # the restored vault's own key
    assert "was restored" in desktop.window.banners.banner("vault-job").text()


def damaged_copy(made: Path, page: int, to: Path) -> Path:
    data = bytearray(made.read_bytes())
    data[4096 * page + 100] ^= 0xFF
    to.write_bytes(bytes(data))
    return to


def test_restore_of_a_damaged_or_foreign_backup(app_with, qtbot, tmp_path, vault_path):
    desktop = app_with()
    made, _ = backup_to(desktop.vault, tmp_path / "backups")
    menu = desktop.safety.menu
    dialog = menu.open_restore(str(damaged_copy(made, 1, tmp_path / f"first{BACKUP_SUFFIX}")))
    assert dialog.preview is None and not dialog.restore_button.isEnabled()
    assert dialog.error.text().startswith("This backup is damaged: it cannot be restored.")

    pages = made.stat().st_size // 4096  # a page the preview does not read: the restore's own check finds it
    for page in range(pages - 1, 1, -1):
        hidden = damaged_copy(made, page, tmp_path / f"page{page}{BACKUP_SUFFIX}")
        try:
            maintenance.preview_backup(hidden, desktop.vault.key)
        except Exception:  # noqa: BLE001 - read by the preview: try another page
            continue
        break
    dialog = menu.open_restore(str(hidden))
    assert dialog.preview is not None
    qtbot.mouseClick(dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: desktop.vault is not None and not desktop.bridge.busy, timeout=60_000)
    assert desktop.window.banners.banner("vault-job").text().startswith("This backup is damaged")
    assert lists.people_count(desktop.vault) == 1000
    assert not backup_dir_beside(Path(desktop.vault.path)).exists()  # the vault was not touched, nothing kept aside

    with Vault.open(vault_path, passphrase=PASSPHRASE) as other:  # another vault (same passphrase, another id)
        other.set_meta("vault_id", "another-vault")
        other.set_meta("name", "Voisins du Nord")
        foreign, _ = backup_to(other, tmp_path / "other")
    dialog = menu.open_restore(str(foreign))
    assert dialog.other_vault.isVisible() and "another vault (“Voisins du Nord”)" in dialog.other_vault.text()


def test_change_the_passphrase_with_the_meter_and_the_keyring_updated(make_desktop, qtbot, session, keystore,
                                                                     people_vault_path):
    desktop = make_desktop(threads=True)
    vault = session.open_with_passphrase(people_vault_path, PASSPHRASE, remember=True)
    old = vault.key.hex
    desktop.show_vault(vault)
    window = desktop.window
    window.show_section("people")
    window.people.select_row(1)
    qtbot.keyClicks(window.people.editor.form.notes, "unsaved")
    desktop.safety.menu.passphrase_action.trigger()
    dialog = desktop.safety.menu.dialog
    assert "The key remembered on this computer is updated." in dialog.note.text()
    qtbot.keyClicks(dialog.current, "not it")
    qtbot.keyClicks(dialog.passphrase, "aaaa")
    qtbot.mouseClick(dialog.change_button, LEFT)
    assert dialog.new.message.text().startswith("This passphrase is too weak")
    for ch in "aaaa ":  # still too weak: the message stays
        qtbot.keyClicks(dialog.passphrase, ch)
        assert dialog.new.message.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.passphrase, "o")  # strong enough now ("Weak" on the meter): it goes at once
    assert not dialog.new.message.isVisibleTo(dialog) and dialog.new.first.meter_label.text() == "Weak"
    qtbot.keyClicks(dialog.passphrase, "wls guard the")
    qtbot.keyClicks(dialog.repeat, "aaaaaaaa owls guard the")
    qtbot.mouseClick(dialog.change_button, LEFT)
    assert dialog.current_error.text() == "This is not the current passphrase." and dialog.isVisible()
    dialog.current.clear()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, LEFT)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: desktop.vault is not None and not desktop.bridge.busy, timeout=60_000)
    new_key = desktop.vault.key
    assert new_key.hex != old and new_key.hex == VaultKey.from_passphrase("aaaaaaaa owls guard the", new_key.salt).hex
    assert keystore.keys[str(people_vault_path.resolve())] == new_key.hex
    text = window.banners.banner("vault-job").text()
    assert "passphrase was changed" in text and "was updated" in text
    assert "unsaved" in window.people.editor.form.notes.toPlainText()  # the draft came back
    with pytest.raises(Exception, match="wrong passphrase"):
        Vault.open(people_vault_path, passphrase=PASSPHRASE, readonly=True)


def test_show_the_vault_file_opens_its_folder(app_with, people_vault_path):
    class Opener(QObject):
        def __init__(self):
            super().__init__()
            self.urls: list[QUrl] = []

        @Slot(QUrl)
        def open(self, url):
            self.urls.append(url)

    opener = Opener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        desktop = app_with(threads=False)
        desktop.safety.menu.show_file_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in opener.urls] == [str(people_vault_path.resolve().parent)]
