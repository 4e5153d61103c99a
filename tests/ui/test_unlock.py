"""Opening a vault: create (wizard), recent vaults, passphrase retry, keyring, auto-lock and resume."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commons_desktop.services import lists

from .conftest import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton
STRONG = "seven purple tenants share one courtyard"


def test_create_a_vault_with_the_wizard(make_desktop, qtbot, dirs, keystore):
    desktop = make_desktop()
    desktop.start()
    dialog = desktop.start_dialog
    qtbot.mouseClick(dialog.create_button, LEFT)
    panel = dialog.create_panel
    assert dialog.pages.currentWidget() is panel
    assert "nobody can recover" in panel.findChild(type(panel.error), "warning").text()
    qtbot.keyClicks(panel.name, "Locataires Rue Haute")
    assert panel.location.text() == str(dirs.documents / "Commons Desktop" / "locataires-rue-haute.commons")
    qtbot.keyClicks(panel.passphrase, "short")
    assert panel.meter.value() == 0 and panel.meter_label.text() == "Too weak"
    qtbot.mouseClick(panel.create_button, LEFT)
    assert "too weak" in panel.new.message.text() and panel.new.message.isVisibleTo(panel)
    panel.passphrase.clear()
    qtbot.keyClicks(panel.passphrase, STRONG)
    assert panel.meter.value() >= 3
    qtbot.keyClicks(panel.repeat, STRONG + "!")
    qtbot.mouseClick(panel.create_button, LEFT)
    assert "differ" in panel.new.message.text()
    panel.repeat.clear()
    qtbot.keyClicks(panel.repeat, STRONG)
    panel.remember.setChecked(True)
    qtbot.mouseClick(panel.create_button, LEFT)
    assert desktop.start_dialog is None
    assert desktop.window.isVisible()
    assert lists.vault_name(desktop.vault) == "Locataires Rue Haute"
    made = dirs.documents / "Commons Desktop" / "locataires-rue-haute.commons"  # in Documents, found again
    assert desktop.config.recent == [str(made.resolve())]
    assert len(keystore.keys) == 1  # remembered on this computer
    assert STRONG not in (dirs.config / "desktop.json").read_text()  # paths only in the config

    desktop.quit()
    later = make_desktop()  # a later start: the recent vault opens with the remembered key
    later.start()
    assert later.start_dialog.recent.isVisible()
    qtbot.mouseClick(later.start_dialog.open_recent_button, LEFT)
    assert later.start_dialog is None and later.vault is not None


def test_wrong_passphrase_says_so_and_allows_a_retry(make_desktop, qtbot, vault_path):
    first = make_desktop()
    first.config.add_recent(vault_path)
    desktop = make_desktop()
    desktop.start()
    dialog = desktop.start_dialog
    assert dialog.recent.count() == 1
    qtbot.mouseClick(dialog.open_recent_button, LEFT)
    panel = dialog.unlock_panel
    assert dialog.pages.currentWidget() is dialog.unlock_page
    qtbot.keyClicks(panel.passphrase, "not the passphrase")
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    assert "Wrong passphrase" in panel.error.text()
    assert panel.attempts == 1 and desktop.vault is None
    panel.passphrase.clear()
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    assert desktop.vault is not None and desktop.window.isVisible()


def test_open_an_existing_vault_file(make_desktop, qtbot, vault_path):
    desktop = make_desktop()
    desktop.start()
    dialog = desktop.start_dialog
    dialog.ask.answers.append(str(vault_path))
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert dialog.unlock_panel.path == vault_path
    qtbot.keyClicks(dialog.unlock_panel.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_panel.unlock_button, LEFT)
    assert desktop.vault is not None


def test_a_locked_or_missing_keyring_says_so(make_desktop, qtbot, vault_path, keystore):
    keystore.mode = "locked"
    desktop = make_desktop()
    desktop.start()
    dialog = desktop.start_dialog
    dialog.choose_vault(vault_path)
    assert "keyring" in dialog.unlock_panel.error.text() and "locked" in dialog.unlock_panel.error.text()
    assert "Wrong passphrase" not in dialog.unlock_panel.error.text()
    keystore.mode = "unavailable"
    qtbot.mouseClick(dialog.unlock_panel.keyring_button, LEFT)
    assert "No secure keyring" in dialog.unlock_panel.error.text()
    keystore.mode = "ok"
    qtbot.mouseClick(dialog.unlock_panel.keyring_button, LEFT)
    assert "No key is remembered" in dialog.unlock_panel.error.text()
    qtbot.keyClicks(dialog.unlock_panel.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_panel.unlock_button, LEFT)
    assert desktop.vault is not None


def test_auto_lock_keeps_an_unsaved_edit_and_resumes(make_desktop, qtbot, people_vault, clock):
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    view = desktop.window.people
    view.select_row(0)
    editor = view.editor
    ident = editor.ident
    original = editor.form.given.text()
    qtbot.keyClicks(editor.form.given, " Marie")
    assert editor.dirty

    clock.advance(9 * 60)
    qtbot.keyClick(editor.form.given, Qt.Key.Key_End)  # any activity resets the idle clock
    clock.advance(9 * 60)
    desktop.idle.check()
    assert desktop.vault is not None  # 9 minutes since the last key press: still open

    clock.advance(60)
    desktop.idle.check()
    assert desktop.vault is None and people_vault.conn is None  # the key is dropped
    assert view.model.rowCount() == 0 and editor.currentWidget() is editor.empty
    assert editor.form.given.text() == ""  # nothing left on screen
    unlock = desktop.unlock_dialog
    assert unlock.isVisible()
    qtbot.keyClicks(unlock.panel.passphrase, "wrong one")
    qtbot.keyClick(unlock.panel.passphrase, Qt.Key.Key_Return)
    assert "Wrong passphrase" in unlock.panel.error.text()
    unlock.panel.passphrase.clear()
    qtbot.keyClicks(unlock.panel.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock.panel.passphrase, Qt.Key.Key_Return)

    assert desktop.vault is not None and desktop.unlock_dialog is None
    assert view.model.rowCount() == 1000
    assert editor.ident == ident and editor.dirty
    assert editor.form.given.text() == original + " Marie"
    desktop.window.activateWindow()
    qtbot.waitUntil(desktop.window.isActiveWindow)
    editor.form.given.setFocus()
    qtbot.keyClick(editor.form.given, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.dirty
    assert lists.person(desktop.vault, ident).given == original + " Marie"


def test_lock_now_and_idle_time_setting(make_desktop, people_vault, clock):
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    desktop.set_idle_minutes(2)
    clock.advance(119)
    desktop.idle.check()
    assert desktop.vault is not None
    clock.advance(1)
    desktop.idle.check()
    assert desktop.vault is None
    assert desktop.config.idle_minutes == 2


def test_a_desktop_that_quit_no_longer_watches_the_apps_events(make_desktop, qtbot, people_vault, clock):
    """Each desktop watches every event of the application for activity; once it quits it must stop (a filter left
    behind runs for every event of every window after it: a day of open-and-close made the app crawl)."""
    from PySide6.QtWidgets import QLineEdit

    desktop = make_desktop()
    desktop.show_vault(people_vault)
    other = QLineEdit()
    qtbot.addWidget(other)
    clock.advance(30)
    qtbot.keyClicks(other, "a")
    assert desktop.idle.last == clock()  # activity anywhere in the app counts while it is open
    desktop.quit()
    clock.advance(30)
    qtbot.keyClicks(other, "b")
    assert desktop.idle.last == clock() - 30  # the quit desktop saw nothing


def test_screen_lock_announced_over_dbus_locks_the_vault(make_desktop, qtbot, people_vault):
    import pytest
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    desktop = make_desktop()
    if not desktop.screen.connected:
        pytest.skip("no D-Bus session bus (make test runs the suite inside one)")
    desktop.show_vault(people_vault)
    message = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged")
    message.setArguments([True])
    with qtbot.waitSignal(desktop.locked, timeout=5000):
        assert QDBusConnection.sessionBus().send(message)
    assert desktop.vault is None and desktop.unlock_dialog.isVisible()


def test_an_unsaved_organisation_edit_also_survives_a_lock(make_desktop, qtbot, people_vault):
    from commons_desktop.core.model import Organisation

    ident = lists.save_organisation(people_vault, None, Organisation(name="Amicale"))
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    desktop.window.show_section("organisations")
    editor = desktop.window.organisations.editor
    editor.load(ident)
    qtbot.keyClicks(editor.form.kind, "club")
    desktop.lock()
    assert editor.form.kind.text() == ""
    desktop.unlock_dialog.panel.passphrase.setText(PASSPHRASE)
    desktop.unlock_dialog.panel.unlock()
    editor = desktop.window.organisations.editor
    assert desktop.window.current_section() == "organisations"
    assert editor.ident == ident and editor.dirty and editor.form.kind.text() == "club"
