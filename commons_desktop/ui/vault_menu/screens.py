"""The vault's safety for ``make screenshots`` (ui/screenshots.py): the Vault menu's dialogs (back up, restore with
its preview and with the passphrase of an older backup, change the passphrase with the meter, a too weak message
and Caps Lock), the banners (backup reminder, keyring, a replaced vault file) and the second app's warning. Each
window is taken at the usual size and at 1024x600. Everything happens in the screenshots' temporary folder."""

from __future__ import annotations

from pathlib import Path

SMALL = (1024, 600)


def shoot(desktop, work: Path, grab, passphrase: str) -> None:
    """``grab(widget, name)`` saves one screenshot; ``passphrase`` opens the demo vault."""
    from ...core.errors import KeyringUnavailable
    from ...services.maintenance import backup_to
    from ..unlock.start_dialog import StartDialog
    from .safety import REMINDER

    window, safety, session = desktop.window, desktop.safety, desktop.session
    menu = safety.menu
    usual = window.size()

    def both(widget, name: str) -> None:
        grab(widget, name)
        before = widget.size()
        widget.resize(*SMALL)
        grab(widget, f"{name}-1024x600")
        widget.resize(before)

    clock = session.clock  # ten days later: the backup reminder is due
    session.clock = lambda: clock() + 10 * 86400
    safety.reminded.clear()
    safety.remind(desktop.vault)
    session.clock = clock
    safety.keyring_told = False
    safety.keyring_refused(KeyringUnavailable())
    window.show_section("people")
    both(window, "40-banners-reminder-keyring")
    window.banners.hide_banner("keyring")

    dialog = menu.open_backup()
    dialog.chosen = str(work / "Clé USB" / "Sauvegardes")
    dialog.folder.setText(dialog.chosen)
    grab(dialog, "41-backup")
    dialog.back_up()
    window.banners.hide_banner(REMINDER)

    made = sorted((work / "Clé USB" / "Sauvegardes").glob("*.commons-backup"))[-1]
    dialog = menu.open_restore(str(made))
    grab(dialog, "42-restore-preview")
    dialog.reject()
    other = work / "autre.commons"
    with session.create(other, "un autre mot de passe bien long", name="Voisins du Nord") as v:
        older, _ = backup_to(v, work / "autres")
    dialog = menu.open_restore(str(older))
    grab(dialog, "43-restore-older-passphrase")
    dialog.reject()

    dialog = menu.open_passphrase()
    dialog.current.setText(passphrase)
    dialog.passphrase.setText("sept")
    dialog.change()
    dialog.passphrase.setText("sept LOCATAIRES")
    dialog.passphrase._set_caps_lock(True)  # as capitals typed without Shift say
    dialog.passphrase.reveal(True)
    grab(dialog, "44-change-passphrase")
    dialog.reject()

    start = StartDialog(session, desktop.config, try_keyring=False)
    start.pages.setCurrentWidget(start.unlock_page)  # (choose_vault would ask this very app, which waits)
    start.unlock_panel.set_vault_path(desktop.vault.path)
    start.unlock_panel.show_elsewhere(start.running_words(4242))
    start.show()
    grab(start, "45-second-app")
    start.close()
    start.deleteLater()

    safety.replaced()  # the file replaced under the app: it locks, says why, keeps the drafts
    both(window, "46-vault-replaced")
    grab(desktop.unlock_dialog, "47-unlock-after-replaced")
    desktop.unlock_dialog.panel.passphrase.setText(passphrase)
    desktop.unlock_dialog.panel.unlock()
    window.resize(usual)
