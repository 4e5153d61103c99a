"""The desktop's flow: start (wizard or recent vaults), unlock, the main window, auto-lock and resume.

``Desktop`` owns the one worker bridge, the open vault and the main window. app.py builds it with the
real session and config; tests build it with temporary folders, a fake keyring and a fake clock.
While a vault is open (or locked) the app answers a second Commons Desktop opening the same vault (``instances``:
"bring your window to the front"); ``vault_menu.safety`` runs backups, restores and passphrase changes, reminds
of backups and locks the app when the vault file is replaced under it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..services import lists
from ..services.session import Session
from . import instances
from .config import DesktopConfig
from .errors import describe
from .idle import IdleWatcher
from .main_window import MainWindow
from .screen_lock import ScreenLockWatcher
from .signals import emit
from .unlock.start_dialog import StartDialog
from .unlock.unlock_dialog import UnlockDialog
from .vault_menu.safety import VaultSafety
from .worker import WorkerBridge

DEMO_PASSPHRASE = "demo"  # documented: the demo vault holds invented people only
DEMO_PEOPLE = 2000


def _quit_application() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.quit()


class Desktop(QObject):
    vault_opened = Signal(object)
    locked = Signal()
    raised = Signal()  # another Commons Desktop asked this one to come to the front

    def __init__(self, session: Session, config: DesktopConfig, *, bridge: WorkerBridge | None = None,
                 clock: Callable[[], float] = time.monotonic, translations=None, demo_people: int = DEMO_PEOPLE,
                 sync_interval_ms: int | None = None, exit_app: Callable[[], None] = _quit_application):
        super().__init__()
        self.session, self.config, self.translations = session, config, translations
        if session.program is None:  # how other programs name us when we hold the vault (its lock file)
            session.program = "commons-desktop"
        self.bridge = bridge or WorkerBridge()
        self.clock = clock
        self.demo_people = demo_people
        self.sync_interval_ms = sync_interval_ms  # tests: the schedule's interval (default: the settings' minutes)
        self.vault = None
        self.window: MainWindow | None = None
        self.start_dialog: StartDialog | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.pending: dict = {}  # unsaved edits (drafts.Draft) kept across a lock, by section
        self.idle = IdleWatcher(config.idle_minutes * 60, clock=clock, parent=self)
        self.idle.idle.connect(self.lock)
        self.screen = ScreenLockWatcher(self)
        self.screen.screen_locked.connect(self.lock)
        self.exit_app = exit_app
        self.released_path: Path | None = None  # the vault let go of by ``release`` (locked, or a job runs on it)
        self.instance = instances.InstanceServer(self)
        self.instance.raise_requested.connect(self.bring_to_front)
        self.safety = VaultSafety(self)

    # -- starting --------------------------------------------------------------------------------------------
    def start(self) -> None:
        """First start: the wizard; later starts: the recent vaults first."""
        self.start_dialog = StartDialog(self.session, self.config)
        self.start_dialog.opened.connect(self._opened_from_start)
        self.start_dialog.demo_requested.connect(self.open_demo)
        self.start_dialog.unlock_panel.switch_requested.connect(self.switch_to_other_window)
        self.start_dialog.show()

    def _opened_from_start(self, vault) -> None:
        notice = then = None
        if self.start_dialog is not None:
            notice, then = self.start_dialog.notice, self.start_dialog.then
            self.start_dialog.close()
            self.start_dialog.deleteLater()
            self.start_dialog = None
        self.show_vault(vault)
        if notice is not None:
            self.safety.keyring_refused(notice)
        if then == "join" and self.window is not None:
            self.window.first_step("join")   # the new vault open: the invitation next (ui/team/join_dialog.py)

    def switch_to_other_window(self) -> None:
        """The vault is open in another Commons Desktop: ask it to come to the front, then quit this one."""
        panel = self.start_dialog.unlock_panel if self.start_dialog is not None else None
        if panel is None or panel.path is None:
            return
        if not instances.ask_to_raise(panel.path):
            panel.show_elsewhere(self.tr("The other window did not answer. Unlock the vault here, or look for that "
                                         "window."), can_switch=False)
            return
        self.quit()
        if self.start_dialog is not None:
            self.start_dialog.close()
        self.exit_app()

    def bring_to_front(self) -> None:
        """Another Commons Desktop opening this vault asked for this window."""
        window = self.unlock_dialog or self.window
        if self.window is not None:
            if self.window.isMinimized():
                self.window.showNormal()
            self.window.show()
            self.window.raise_()
            self.window.activateWindow()
        if window is not None and window is not self.window:
            window.raise_()
            window.activateWindow()
        emit(self.raised)

    def open_demo(self) -> None:
        """Open the demo vault (documented passphrase "demo"), creating and filling it the first time."""
        path = self.session.dirs.demo_vault
        fresh = not path.exists()
        try:
            if fresh:
                vault = self.session.create(path, DEMO_PASSPHRASE, name=self.tr("Demo collective"))
            else:
                vault = self.session.open_with_passphrase(path, DEMO_PASSPHRASE)
        except Exception as exc:  # noqa: BLE001 - said in the start dialog
            if self.start_dialog is None:
                self.start()
            self.start_dialog.show_error(describe(exc))
            return
        if self.start_dialog is not None:
            self._opened_from_start(vault)
        else:
            self.show_vault(vault)
        if fresh or lists.people_count(vault) == 0:
            self.generate_demo()

    def generate_demo(self):
        from ..services import demo

        label = self.tr("Creating the demo collective (%1 people)…").replace("%1", f"{self.demo_people:,}")
        return self.bridge.submit(demo.generate, vault=self.vault, people=self.demo_people, seed=1, label=label,
                                  on_finished=lambda _r: self._demo_filled(), on_failed=self._job_failed)

    def _demo_filled(self) -> None:
        """The demo vault opened empty (on the people page's first steps); once filled it opens as any vault does,
        on its home page, unless the user went elsewhere meanwhile."""
        self._refresh()
        if self.window is not None and self.vault is not None and self.window.current_section() == "people":
            self.window.show_section("home")

    def show_vault(self, vault) -> None:
        self.vault = vault
        try:
            self.config.add_recent(vault.path, lists.vault_name(vault))
        except OSError:
            pass
        if self.window is None:
            self.window = MainWindow(self.bridge, sync=self.sync_scheduler(), config=self.config)
            self.window.lock_requested.connect(self.lock)
            self.window.settings_requested.connect(self.show_settings)
            self.safety.window_made(self.window)
        self.idle.watch()
        self._record_language()
        self.window.set_vault(vault)
        self.window.show()
        self.idle.start()
        self.instance.listen(vault.path)
        self.instance.locked = False
        self.safety.vault_shown(vault)
        emit(self.vault_opened, vault)

    def sync_scheduler(self):
        """The window's sync scheduler: server passwords from this session's keyring, the schedule from the
        desktop's settings."""
        from ..services.servers import server_secrets
        from .sync_scheduler import SyncScheduler

        return SyncScheduler(self.bridge, server_secrets(self.session.keystore), self.config,
                             interval_ms=self.sync_interval_ms)

    def language(self) -> str:
        """The interface language now shown (en, fr)."""
        if self.translations is not None:
            return self.translations.language
        from .i18n import resolve
        return resolve(self.config.language)

    def _record_language(self) -> None:
        """The vault's documents are printed in the language the user works in (the CLI's PDFs too)."""
        if self.vault is None:
            return
        from ..services import settings
        try:
            settings.write_language(self.vault, self.language())
        except Exception as exc:  # noqa: BLE001 - a vault that cannot be written now still opens
            if self.window is not None:
                self.window.say(describe(exc))

    def _refresh(self) -> None:
        if self.window is not None and self.vault is not None:
            self.window.set_vault(self.vault)

    def _job_failed(self, error) -> None:
        if self.window is not None:
            self.window.say(describe(error))

    # -- locking ---------------------------------------------------------------------------------------------
    def release(self) -> Path | None:
        """Let go of the vault (locking's first half; a restore and a passphrase change too): cancel jobs, keep
        unsaved edits aside, clear the views, close the vault. Returns its path (None when none was open)."""
        if self.vault is None:
            return None
        self.idle.stop()
        self.bridge.cancel_all()
        if self.window is not None:
            self.pending = self.window.pending_edits()  # locking is not leaving: the drafts come back after
            self.window.clear()
            self.window.hold(self.pending)
        path = Path(self.vault.path)
        self.safety.vault_closed()
        self.vault.close()
        self.vault = None
        self.instance.locked = True
        self.released_path = path
        return path

    def lock(self, note: str = "") -> None:
        """Drop the key: cancel jobs, keep unsaved edits aside, clear the views, close the vault, ask again
        (``note``: why, when it is not the user's or the idle timer's doing)."""
        if self.release() is None:
            return
        self.lock_released(note)

    def lock_released(self, note: str = "") -> None:
        """Ask for the passphrase of the vault let go of (``release``)."""
        path = self.released_path
        if path is None or self.unlock_dialog is not None:
            return
        emit(self.locked)
        self.unlock_dialog = UnlockDialog(self.session, path, parent=self.window, note=note)
        self.unlock_dialog.opened.connect(self._unlocked)
        self.unlock_dialog.quit_requested.connect(self.quit_from_lock)
        self.unlock_dialog.show()

    def resume(self, vault, note: str | None = None) -> None:
        """The vault open again without the lock screen (after a restore or a passphrase change): the window shows
        it and the unsaved edits come back."""
        self.show_vault(vault)
        if self.pending and self.window is not None:
            self.window.restore_edits(self.pending, note)
        self.pending = {}

    def quit_from_lock(self) -> None:
        """Quit from the lock screen: the window asks first when unsaved changes were kept aside."""
        from PySide6.QtWidgets import QApplication

        if self.window is None or self.window.close():
            QApplication.quit()

    def _unlocked(self, vault) -> None:
        dialog, self.unlock_dialog = self.unlock_dialog, None
        notice = None
        if dialog is not None:
            notice = dialog.panel.notice
            dialog.hide()  # (close() would ask reject(), which keeps the lock screen up: it stayed modal)
            dialog.deleteLater()
        self.resume(vault)
        if notice is not None:
            self.safety.keyring_refused(notice)

    def set_idle_minutes(self, minutes: int) -> None:
        self.config.idle_minutes = max(1, int(minutes))
        self.config.save()
        self.idle.set_timeout(self.config.idle_minutes * 60)

    def set_language(self, choice: str) -> None:
        """Switch the interface language now: the windows are rebuilt in it, keeping the open vault, the
        section shown and any unsaved edit."""
        self.config.language = choice
        self.config.save()
        if self.translations is not None:
            self.translations.apply(choice)
        if self.window is None:
            return
        old = self.window
        section = old.current_section()
        pending = old.pending_edits()
        geometry = old.geometry()
        self.window = None
        old.hide()
        old.clear()
        old.deleteLater()
        if self.vault is not None:
            self.show_vault(self.vault)
            self.window.setGeometry(geometry)
            self.window.restore_edits(pending, note="")
            self.window.return_to(section)

    def show_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, parent=self.window)
        dialog.show()
        self.settings_dialog = dialog

    def quit(self) -> None:
        self.idle.stop()
        self.idle.unwatch()
        self.bridge.cancel_all()
        self.pending = {}
        self.instance.close()
        self.safety.vault_closed()
        if self.window is not None:
            self.window.layouts.flush()
            self.window.clear()
            self.window.hold({})
        if self.vault is not None:
            self.vault.close()
            self.vault = None
