"""The start window: recent vaults (later starts) or the first-start choices — create a vault, open an
existing .commons file, open the demo — and the unlock and create pages behind them. A vault already open in
another Commons Desktop is said so on its unlock page, with the offer to switch to that window."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.session import Session, holders
from .. import instances
from ..ask import Ask
from ..config import DesktopConfig
from ..errors import describe
from ..signals import emit
from .create_panel import CreatePanel
from .unlock_panel import UnlockPanel, no_default_buttons


class StartDialog(QDialog):
    opened = Signal(object)
    demo_requested = Signal()

    def __init__(self, session: Session, config: DesktopConfig, parent: QWidget | None = None,
                 try_keyring: bool = True):
        super().__init__(parent)
        self.session, self.config, self.try_keyring = session, config, try_keyring
        self.ask = Ask(self)
        self.notice: Exception | None = None  # why "remember on this computer" could not be done
        self.then: str | None = None  # what the window does once the vault is open ("join": the team's join dialog)
        self.setWindowTitle(self.tr("Commons Desktop"))
        self.resize(640, 520)
        self.pages = QStackedWidget()
        self.welcome = self._welcome_page()
        self.create_panel = CreatePanel(session, self.ask)
        self.create_panel.created.connect(self._created)
        self.create_panel.back.connect(self.show_welcome)
        self.unlock_panel = UnlockPanel(session)
        self.unlock_panel.opened.connect(self._opened)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.show_welcome)
        unlock_page = QWidget()
        unlock_layout = QVBoxLayout(unlock_page)
        unlock_layout.addWidget(self.unlock_panel, 1)
        unlock_layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        self.unlock_page = unlock_page
        for page in (self.welcome, self.create_panel, unlock_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.show_welcome()
        no_default_buttons(self)

    def _welcome_page(self) -> QWidget:
        page = QWidget()
        self.welcome_heading = QLabel()
        self.welcome_heading.setWordWrap(True)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent vaults"))
        self.recent.itemActivated.connect(lambda item: self.choose_vault(item.data(Qt.ItemDataRole.UserRole)))
        self.recent.currentItemChanged.connect(lambda *_: self._welcome_back())
        self.recent_label = QLabel(self.tr("Recent vaults:"))
        self.open_recent_button = QPushButton(self.tr("Unlock the selected vault"))
        self.open_recent_button.clicked.connect(self._open_selected)
        self.create_button = QPushButton(self.tr("Create a new vault…"))
        self.open_button = QPushButton(self.tr("Open a vault file…"))
        self.demo_button = QPushButton(self.tr("Open the demo collective"))
        self.demo_button.setToolTip(self.tr("Invented people to try the application; passphrase: demo"))
        self.join_button = QPushButton(self.tr("Join a team…"))
        self.join_button.setToolTip(self.tr("Another laptop of your collective wrote an invitation for this one"))
        self.join_button.clicked.connect(self.show_join)
        self.create_button.clicked.connect(self.show_create)
        self.open_button.clicked.connect(self._open_file)
        self.demo_button.clicked.connect(self.demo_requested)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        for button in (self.create_button, self.open_button, self.join_button, self.demo_button):
            button.setAccessibleName(button.text().rstrip("…"))
            buttons.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.welcome_heading)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.open_recent_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.error)
        layout.addStretch(0)
        layout.addLayout(buttons)
        return page

    # -- pages -----------------------------------------------------------------------------------------------
    def show_welcome(self) -> None:
        self.then = None
        self.create_panel.for_team(False)
        recent = self.config.existing_recent()
        self.recent.clear()
        for path in recent:
            item = QListWidgetItem(f"{self.config.name_of(path) or Path(path).stem}\n{path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        has_recent = bool(recent)
        for widget in (self.recent, self.recent_label, self.open_recent_button):
            widget.setVisible(has_recent)
        if has_recent:
            self.recent.setCurrentRow(0)
            self._welcome_back()
        else:
            self.welcome_heading.setText(self.tr(
                "<h2>Welcome to Commons Desktop</h2><p>Your collective's members and contacts, encrypted on "
                "this computer. Nothing leaves it unless you choose so.</p><p>Create a vault for your "
                "collective, open a vault file you already have, or look around the demo collective.</p>"))
        self.pages.setCurrentWidget(self.welcome)

    def _welcome_back(self) -> None:
        """"Welcome back", with the name of the collective whose vault is selected."""
        item = self.recent.currentItem()
        name = self.config.name_of(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""
        if name:
            self.welcome_heading.setText(self.tr("<h2>Welcome back, %1</h2><p>Unlock the vault of %1, or choose "
                                                 "another one.</p>").replace("%1", html.escape(name)))
        else:
            self.welcome_heading.setText(self.tr("<h2>Welcome back</h2><p>Choose a vault to unlock.</p>"))

    def show_create(self) -> None:
        self.pages.setCurrentWidget(self.create_panel)
        self.create_panel.name.setFocus()

    def show_join(self) -> None:
        """Joining a team from a new laptop: this laptop's own vault is created first (its own passphrase), then the
        window opens it with the join dialog over it (ui/team/join_dialog.py)."""
        self.show_create()
        self.then = "join"
        self.create_panel.for_team(True)

    def choose_vault(self, path: str | Path) -> None:
        """Go to the unlock page of this vault; a remembered key opens it at once."""
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_panel.set_vault_path(path)
        if self.open_elsewhere(path):
            return  # the user chooses: switch to that window, or unlock here too
        if self.try_keyring:
            self._try_keyring_quietly()

    def open_elsewhere(self, path: str | Path) -> bool:
        """Say so on the unlock page when another Commons Desktop has this vault open (asked through its local
        socket; the lock file names it, on this computer or another one); True when one has."""
        running = instances.probe(path)
        ours = [h for h in holders(path) if h.program == self.session.program]
        if running is not None:
            self.unlock_panel.show_elsewhere(self.running_words(running.pid))
            return True
        if ours:
            first = ours[0]
            text = self.tr("This vault is already open in Commons Desktop on %1 (process %2), which does not "
                           "answer from here. Changes made in two places at once are all kept, but close one of "
                           "them if you can.").replace("%1", first.host).replace("%2", str(first.pid))
            self.unlock_panel.show_elsewhere(text, can_switch=False)
            return True
        return False

    def running_words(self, pid: int) -> str:
        return self.tr("This vault is already open in another Commons Desktop window (process %1). Switch to that "
                       "window, or unlock it here as well.").replace("%1", str(pid))

    def _try_keyring_quietly(self) -> None:
        from ...core.errors import CommonsError, KeyringUnavailable

        try:
            vault = self.session.open_remembered(self.unlock_panel.path)
        except KeyringUnavailable:
            return  # no keyring on this computer: the passphrase it is, no need to say so again
        except CommonsError as exc:  # a locked keyring, a damaged vault...: say it, ask the passphrase
            self.unlock_panel.show_error(describe(exc))
            return
        if vault is not None:
            self._opened(vault)

    def _open_selected(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self.choose_vault(item.data(Qt.ItemDataRole.UserRole))

    def _open_file(self) -> None:
        path = self.ask.open_file(self.tr("Open a vault file"), self.tr("Commons vaults (*.commons);;All files (*)"))
        if path:
            self.choose_vault(path)

    def show_error(self, text: str) -> None:
        self.show_welcome()
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- results ---------------------------------------------------------------------------------------------
    def _created(self, vault) -> None:
        self.notice = self.create_panel.notice
        self._opened(vault)

    def _opened(self, vault) -> None:
        if self.unlock_panel.notice is not None:
            self.notice = self.unlock_panel.notice
        emit(self.opened, vault)
