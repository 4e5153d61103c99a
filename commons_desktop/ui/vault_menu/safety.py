"""The vault's safety while the window is open: backups, restore and passphrase change run as jobs of the one
worker bridge (the window stays responsive, the progress strip shows them); the backup reminder; the vault file
replaced under the app (it locks itself, drafts kept); a key the keyring could not keep (said once).

A restore or a passphrase change needs the vault to itself: the app first lets go of it as locking does (the
unsaved edits kept aside, the views emptied, its connection closed), the job opens what it needs, and the app
opens the vault again afterwards — the restored file, or the same file under its new key — and puts the edits
back. If the job is refused (another program has the vault open: the lock file names it) or fails, the vault is
opened again as it was and the banner says why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from ...core.errors import CommonsError, KeyringError, KeyringLocked, VaultReplaced
from ...services import maintenance
from .. import format as fmt
from ..errors import describe as describe_error
from ..widgets.banner import DANGER, INFO
from .menu import VaultMenu
from .words import describe

CHECK_MS = 3000  # how often the vault file is looked at (besides the file system's own notices)
REMINDER, REPLACED, KEYRING, RESULT = "backup-reminder", "vault-replaced", "keyring", "vault-job"


class VaultSafety(QObject):
    def __init__(self, desktop):
        super().__init__(desktop)
        self.desktop = desktop
        self.menu: VaultMenu | None = None
        self.reminded: set[str] = set()  # vaults reminded of their backup in this session
        self.keyring_told = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(lambda _p: self.check_file())
        self.watcher.directoryChanged.connect(lambda _p: self.check_file())
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check_file)

    @property
    def window(self):
        return self.desktop.window

    def banner(self, key: str, text: str, kind: str = INFO, **options):
        return self.window.banners.show_banner(key, text, kind, dismiss=self.tr("Close"), **options) \
            if self.window is not None else None

    # -- the window and its vault ---------------------------------------------------------------------------
    def window_made(self, window) -> None:
        self.menu = VaultMenu(window, self)
        window.home.open_backup.connect(lambda: self.menu.open_backup())

    def vault_shown(self, vault) -> None:
        if self.menu is not None:
            self.menu.set_vault(vault)
        if self.window is not None:
            self.window.banners.hide_banner(REPLACED)
        self._watch(Path(vault.path))
        self.remind(vault)

    def vault_closed(self) -> None:
        if self.menu is not None:
            self.menu.set_vault(None)
        self._watch(None)

    def _watch(self, path: Path | None) -> None:
        if self.watcher.files() or self.watcher.directories():
            self.watcher.removePaths(self.watcher.files() + self.watcher.directories())
        if path is None:
            self.timer.stop()
            return
        self.watcher.addPaths([str(path), str(path.parent)])
        self.timer.start()

    # -- the vault file replaced under the app ---------------------------------------------------------------
    def check_file(self) -> bool:
        """Lock (keeping the drafts) if the vault's file was replaced, moved or deleted; True when it was."""
        vault = self.desktop.vault
        if vault is None:
            return False
        try:
            vault.check_file()
        except VaultReplaced:
            self.replaced()
            return True
        return False

    def replaced(self) -> None:
        text = self.tr("The vault file was replaced or moved by another program (a file manager, a sync tool, a "
                       "restore) while it was open here. Commons Desktop locked the vault so that nothing is saved "
                       "into the old file; your unsaved changes are kept. Unlock it to open the file that is there "
                       "now.")
        self.desktop.lock(note=text)
        if self.window is not None:
            self.window.banners.show_banner(REPLACED, text, DANGER)

    # -- backups -----------------------------------------------------------------------------------------------
    def remind(self, vault) -> None:
        """Once per session and vault: a banner when the last backup is older than the days chosen."""
        path = str(Path(vault.path).resolve())
        if path in self.reminded or self.window is None:
            return
        try:
            due = maintenance.backup_due(vault, self.desktop.session.clock(), self.desktop.config.backup_reminder_days)
        except CommonsError:
            return
        if due is None:
            return
        self.reminded.add(path)
        days = int(due.days)
        if due.ever:
            text = self.tr("The last backup of this vault is %n days old.", "", days)
        else:
            text = self.tr("This vault has never been backed up.")
        self.banner(REMINDER, text, buttons=[("backup", self.tr("Back up now…"), self._open_backup)])

    def _open_backup(self) -> None:
        if self.menu is not None:
            self.menu.open_backup()

    def back_up(self, folder: Path, keep: int):
        vault = self.desktop.vault
        if vault is None:
            return None
        if self.window is not None:
            self.window.banners.hide_banner(REMINDER)
        return self.desktop.bridge.submit(maintenance.backup_job, folder, keep, vault=vault,
                                          label=self.tr("Backing up the vault…"), on_finished=self._backed_up,
                                          on_failed=self._backup_failed)

    def _backed_up(self, made) -> None:
        target, removed = made
        if self.window is None:
            return
        text = self.tr("Backup written: %1.").replace("%1", str(target))
        if removed:
            text += " " + self.tr("%n older backups were removed from that folder.", "", len(removed))
        self.window.banners.hide_banner(RESULT)
        self.window.say(text)

    def _backup_failed(self, exc: BaseException) -> None:
        self.banner(RESULT, self.tr("The backup could not be made: %1").replace("%1", describe_error(exc)), DANGER,
                    buttons=[("retry", self.tr("Back up now…"), self._open_backup)])

    # -- restore and passphrase change: the vault closed, a job, the vault opened again -------------------------
    def restore(self, preview: maintenance.BackupPreview):
        vault = self.desktop.vault
        if vault is None:
            return None
        path, old_key = Path(vault.path), vault.key
        remembered = self.desktop.session.is_remembered(path)
        self.desktop.release()
        return self.desktop.bridge.submit(
            maintenance.restore, str(preview.path), str(path), preview.key, program=self.desktop.session.program,
            label=self.tr("Restoring the backup…"),
            on_finished=lambda kept: self._restored(path, preview, kept, remembered and preview.key.hex != old_key.hex),
            on_failed=lambda exc: self._open_again(path, old_key, exc))

    def _restored(self, path: Path, preview, kept, update_keyring: bool) -> None:
        vault = self._reopen(path, preview.key)
        if vault is None:
            return
        when = fmt.moment(preview.taken, seconds=False) if preview.taken else ""
        words = [self.tr("The backup of %1 was restored.").replace("%1", when) if when
                 else self.tr("The backup was restored.")]
        if kept:
            words.append(self.tr("The vault as it was before is kept at %1.").replace("%1", str(kept)))
        if update_keyring:
            words.append(self._remember(vault))
        self.banner(RESULT, " ".join(w for w in words if w))

    def change_passphrase(self, new_passphrase: str):
        vault = self.desktop.vault
        if vault is None:
            return None
        session = self.desktop.session
        path, key = Path(vault.path), vault.key
        remembered = session.is_remembered(path)
        self.desktop.release()
        return self.desktop.bridge.submit(
            maintenance.change_passphrase_job, lambda: session.open_with_key(path, key), new_passphrase,
            label=self.tr("Changing the passphrase…"),
            on_finished=lambda result: self._rekeyed(path, result, remembered),
            on_failed=lambda exc: self._open_again(path, key, exc))

    def _rekeyed(self, path: Path, result, remembered: bool) -> None:
        key, kept = result
        vault = self._reopen(path, key)
        if vault is None:
            return
        words = [self.tr("The passphrase was changed. The vault as it was before, encrypted with the old passphrase, "
                         "is kept at %1: delete it if the old passphrase may be known to someone else.").replace(
            "%1", str(kept))]
        if remembered:
            words.append(self._remember(vault))
        self.banner(RESULT, " ".join(w for w in words if w))

    def _remember(self, vault) -> str:
        try:
            self.desktop.session.remember(vault)
        except KeyringError as exc:
            return self.tr("The key remembered on this computer could not be updated (%1): type the passphrase next "
                           "time.").replace("%1", describe_error(exc))
        return self.tr("The key remembered on this computer was updated.")

    def _open_again(self, path: Path, key, exc: BaseException) -> None:
        """The job was refused or failed: the vault as it was, opened again, and why."""
        if self._reopen(path, key) is not None:
            self.banner(RESULT, describe(exc), DANGER)

    def _reopen(self, path: Path, key):
        """Open the vault again with ``key`` and put the window and the unsaved edits back; the lock screen when
        it cannot be opened."""
        try:
            vault = self.desktop.session.open_with_key(path, key)
        except (CommonsError, OSError) as exc:
            self.desktop.lock_released(note=describe_error(exc))
            return None
        self.desktop.resume(vault)
        return vault

    # -- "remember on this computer" that could not be done -------------------------------------------------------
    def keyring_refused(self, exc: BaseException) -> None:
        """Say once per session, plainly, that the vault's key was not remembered and why."""
        if self.keyring_told or self.window is None:
            return
        self.keyring_told = True
        if isinstance(exc, KeyringLocked):
            text = self.tr("The keyring of this computer is locked, so the vault's key was not remembered: unlock "
                           "the keyring, then tick “Remember on this computer” again when you next unlock the vault.")
        else:
            text = self.tr("This computer has no secure keyring (such as GNOME Keyring, KWallet, the macOS Keychain "
                           "or the Windows Credential Locker), so the vault's key could not be remembered: its "
                           "passphrase will be asked each time the vault is opened.")
        self.banner(KEYRING, text)
