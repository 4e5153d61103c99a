"""The main window: a sidebar of sections, the section's list and detail pane, the job progress strip, the sync
state."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..services import lists, sync
from .ask import Ask
from .config import DesktopConfig
from .conflicts.view import ConflictsView
from .contributions.view import ContributionsView
from .documents.view import DocumentsView
from .drafts import Draft, DraftEditor
from .duplicates.view import DuplicatesView
from .exchange.menu import ExchangeMenu
from .history.view import HistoryView
from .home.view import HomeView
from .keyboard import tab_leaves_lists
from .layout_memory import LayoutMemory
from .members.view import MembersView
from .organisations.view import OrganisationsView
from .people.view import PeopleView
from .progress_panel import ProgressPanel
from .servers import words
from .servers.status import SyncStatus
from .servers.view import ServersView
from .sync_scheduler import SyncScheduler
from .tags.view import TagsView
from .team.view import TeamView
from .vault_bridge import VaultBridge
from .widgets.banner import BannerArea
from .worker import WorkerBridge


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()

    SECTIONS = ("home", "members", "people", "duplicates", "organisations", "contributions", "documents", "tags",
                "history", "servers", "conflicts", "team")

    def __init__(self, bridge: WorkerBridge, parent: QWidget | None = None, *, sync: SyncScheduler | None = None,
                 config: DesktopConfig | None = None):
        super().__init__(parent)
        self.bridge = bridge
        self.sync = sync if sync is not None else _own_scheduler(bridge)  # the one sync scheduler (Desktop's)
        self.sync.setParent(self)
        self.vault = None
        self.held: dict[str, Draft] = {}  # drafts kept aside while the vault is locked
        self.ask = Ask(self)
        self.setWindowTitle(self.tr("Commons Desktop"))
        self.resize(1280, 780)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setIconSize(QSize(0, 0))
        self.stack = QStackedWidget()
        self.views: dict[str, QWidget] = {}
        self.home = HomeView(bridge)
        self.people = PeopleView(bridge, self.ask)
        self.members = MembersView(bridge, self.ask)
        self.duplicates = DuplicatesView()
        self.organisations = OrganisationsView(self.ask)
        self.contributions = ContributionsView(bridge, self.ask)
        self.documents = DocumentsView(self.ask)
        self.tags = TagsView(self.ask)
        self.history = HistoryView()
        self.servers = ServersView(self.sync, bridge, self.ask)
        self.conflicts = ConflictsView()
        self.team = TeamView(self.sync, bridge, self.ask)
        for key, title, view in self._sections():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
            self.stack.addWidget(view)
            self.views[key] = view
            if hasattr(view, "status"):
                view.status.connect(self.say)
        self.members.open_person.connect(self.open_person)
        self.home.open_status.connect(self.open_status)
        self.home.open_renewals.connect(self.open_renewals)
        self.home.open_contributions.connect(self.open_contributions)
        self.home.open_history.connect(lambda: self.show_section("history"))
        self.home.open_record.connect(self.open_record)
        self.contributions.open_person.connect(self.open_person)
        self.tags.open_query.connect(self.open_query)
        self.conflicts.counted.connect(self._conflicts_counted)
        self.sidebar.currentRowChanged.connect(self._section_changed)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        metrics = self.sidebar.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.sidebar.item(i).text()) for i in range(self.sidebar.count()))
        for i in range(self.sidebar.count()):
            self.sidebar.item(i).setSizeHint(QSize(widest + 16, metrics.height() + 14))
        self.sidebar.setFixedWidth(widest + 36)  # (wide enough for "Conflicts (99)" too)
        central = QWidget()
        self.banners = BannerArea()  # what the user should know now (vault_menu/safety.py), above the sections
        column = QVBoxLayout(central)
        column.setContentsMargins(4, 4, 0, 0)
        column.addWidget(self.banners)
        row = QHBoxLayout()
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)
        self.progress = ProgressPanel(bridge)
        self.vault_label = QLabel()
        self.sync_status = SyncStatus(self.sync)
        self.sync_status.open_servers.connect(lambda: self.show_section("servers"))
        self.sync_status.open_conflicts.connect(self.show_conflicts)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().addPermanentWidget(self.vault_label)
        self._actions()
        self._sync_actions()
        self.exchange = ExchangeMenu(self, bridge, self.ask)
        self.exchange.disclosed.connect(self.people.editor.disclosures.reload)
        self.people.export_requested.connect(self.exchange.open_export)
        self.people.first_step.connect(self.first_step)
        self._help_menu()
        self.vault_events = VaultBridge(self)  # the one way the window learns that records changed
        self.vault_events.changed.connect(self.vault_changed)
        tab_leaves_lists(self)
        self.layouts = LayoutMemory(config, self)  # the splitters and columns the user chose, kept across restarts
        self._remember_layouts()
        self.show_section("home")

    def _sections(self):
        return [
            ("home", self.tr("Home"), self.home),
            ("members", self.tr("Renewals"), self.members),
            ("people", self.tr("People"), self.people),
            ("duplicates", self.tr("Possible duplicates"), self.duplicates),
            ("organisations", self.tr("Organisations"), self.organisations),
            ("contributions", self.tr("Contributions"), self.contributions),
            ("documents", self.tr("Documents"), self.documents),
            ("tags", self.tr("Tags and saved searches"), self.tags),
            ("history", self.tr("History"), self.history),
            ("servers", self.tr("Servers"), self.servers),
            ("conflicts", self.tr("Conflicts"), self.conflicts),
            ("team", self.tr("Team"), self.team),
        ]

    def _remember_layouts(self) -> None:
        memory = self.layouts
        memory.watch("people", splitter=self.people.splitter, table=self.people.table)
        memory.watch("organisations", splitter=self.organisations.splitter, table=self.organisations.table)
        memory.watch("documents", splitter=self.documents.splitter, table=self.documents.table)
        memory.watch("renewals", table=self.members.table, fit=True)
        memory.watch("contributions", table=self.contributions.table, fit=True)
        memory.watch("history", splitter=self.history.splitter, table=self.history.table, fit=True)
        memory.watch("duplicates", splitter=self.duplicates.splitter, table=self.duplicates.table, fit=True)

    def _actions(self) -> None:
        find = QAction(self.tr("Search"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        lock = QAction(self.tr("Lock the vault"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock_requested)
        settings = QAction(self.tr("Settings…"), self)
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.triggered.connect(self.settings_requested)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&Vault"))
        for action in (find, lock, settings, quit_action):
            menu.addAction(action)
            self.addAction(action)
        self.find_action, self.lock_action, self.settings_action = find, lock, settings
        self.vault_menu = menu  # the vault's safety actions go in here too (vault_menu/menu.py)
        sections = self.menuBar().addMenu(self.tr("&Go"))
        self.section_actions: dict[str, QAction] = {}
        titles = self._menu_titles()
        for number, key in enumerate(self.SECTIONS, start=1):
            action = QAction(titles[key], self)
            if number <= 10:  # by its place in the sidebar: Ctrl+1 … Ctrl+9, Ctrl+0 for the tenth
                action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_section(k))
            sections.addAction(action)
            self.addAction(action)
            self.section_actions[key] = action

    def _menu_titles(self) -> dict[str, str]:
        """The sections in the Go menu, each with its letter: Alt+G, then the letter, reaches every section (the
        sections after the tenth have no Ctrl+digit left)."""
        return {"home": self.tr("&Home"), "members": self.tr("&Renewals"), "people": self.tr("&People"),
                "duplicates": self.tr("Possible &duplicates"), "organisations": self.tr("&Organisations"),
                "contributions": self.tr("&Contributions"), "documents": self.tr("Docu&ments"),
                "tags": self.tr("&Tags and saved searches"), "history": self.tr("H&istory"),
                "servers": self.tr("&Servers"), "conflicts": self.tr("Con&flicts"), "team": self.tr("T&eam")}

    def _help_menu(self) -> None:
        self.about_action = QAction(self.tr("About Commons Desktop"), self)
        self.about_action.triggered.connect(self.show_about)
        self.menuBar().addMenu(self.tr("&Help")).addAction(self.about_action)

    def show_about(self):
        from .about import AboutBox

        self.about_box = AboutBox(self)
        self.about_box.open()
        return self.about_box

    def _sync_actions(self) -> None:
        """Sync now (menu, toolbar, Ctrl+Shift+S); the toolbar shows when there is a server to sync."""
        self.sync_action = QAction(self.tr("Sync now"), self)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.setToolTip(self.tr("Sync with the servers now (Ctrl+Shift+S)"))
        self.sync_action.triggered.connect(self.sync_now)
        servers = QAction(self.tr("Servers"), self)
        servers.triggered.connect(lambda: self.show_section("servers"))
        menu = self.menuBar().addMenu(self.tr("&Sync"))
        menu.addAction(self.sync_action)
        menu.addAction(servers)
        self.addAction(self.sync_action)
        self.sync_toolbar = QToolBar(self.tr("Sync"), self)
        self.sync_toolbar.setObjectName("syncToolbar")
        self.sync_toolbar.setMovable(False)
        self.sync_toolbar.addAction(self.sync_action)
        self.addToolBar(self.sync_toolbar)
        self.sync.servers_changed.connect(self._sync_servers_changed)
        self.sync.deletions_to_confirm.connect(self.confirm_deletions)
        self._sync_servers_changed()

    def _sync_servers_changed(self) -> None:
        syncable = self.vault is not None and bool(self.sync.syncable())
        self.sync_action.setEnabled(syncable)
        self.sync_toolbar.setVisible(syncable)

    def sync_now(self) -> None:
        if not self.sync.request():
            self.say(self.tr("No server to sync yet: add one on the Servers page.") if not self.sync.servers
                     else words.words(sync.NOT_AVAILABLE))

    def confirm_deletions(self, name: str, count: int, present: int) -> None:
        """A sync stopped before a mass delete: ask, with the numbers; run it again confirmed only on a yes."""
        if self.ask.confirm(self.tr("Delete files on the server?"),
                            self.tr("The sync with “%1” stopped before changing anything: it would delete %2 of the "
                                    "%3 files there, because they are no longer selected by its export profile (or "
                                    "were deleted here).\n\nDelete them on the server now? If this is not what you "
                                    "meant, answer No and check the profile: nothing is deleted.")
                            .replace("%1", name).replace("%2", str(count)).replace("%3", str(present))):
            self.sync.confirm_deletions(name)
        else:
            self.sync.decline_deletions(name, count, present)

    def show_conflicts(self) -> None:
        """Where the conflicts are listed: the Conflicts page when records wait for a choice (changes of another
        laptop), else the Servers page, which lists documents changed on a server by someone else under the server
        that has them."""
        if self.conflicts.found:
            self.show_section("conflicts")
            return
        self.show_section("servers")
        self.servers.show_conflicts()

    # -- vault -----------------------------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self.vault = vault
        self.vault_events.attach(vault)
        self.sync.set_vault(vault)
        for view in self.views.values():
            view.set_vault(vault)
        self.exchange.set_vault(vault)
        current = self.stack.currentWidget()
        if vault is not None and lists.is_empty(vault):
            self._show(self.SECTIONS.index("people"))  # a first vault: the people page says what to do first
        elif vault is not None and hasattr(current, "activated"):
            current.activated()
        self.update_title()

    def clear(self) -> None:
        """The vault is being locked: every view forgets what it showed."""
        self.vault = None
        self.vault_events.attach(None)
        self.sync.set_vault(None)
        self.exchange.set_vault(None)
        for view in self.views.values():
            view.clear()
        self.vault_label.setText(self.tr("Locked"))
        self.setWindowTitle(self.tr("Commons Desktop — locked"))

    def update_title(self) -> None:
        if self.vault is None:
            return
        name = lists.vault_name(self.vault)
        self.setWindowTitle(self.tr("%1 — Commons Desktop").replace("%1", name))
        count = lists.people_count(self.vault)
        self.vault_label.setText(self.tr("%1: %n people", "", count).replace("%1", name))

    # -- unsaved edits (the editors' drafts) ------------------------------------------------------------------
    def editors(self) -> dict[str, DraftEditor]:
        """The record editor of each section that has one (the person editor holds the membership and
        contribution editors)."""
        return {"people": self.people.editor, "organisations": self.organisations.editor,
                "documents": self.documents.editor}

    def pending_edits(self) -> dict[str, Draft]:
        """Unsaved edits of every editor, by section: plain, typed drafts (see ``drafts``)."""
        return {key: state for key, editor in self.editors().items() if (state := editor.pending_state()) is not None}

    def restore_edits(self, pending: dict[str, Draft], note: str | None = None) -> None:
        """Put unsaved edits back (after an unlock or a language switch); shows the last section restored."""
        self.held = {}
        for key, draft in pending.items():
            self._show(self.SECTIONS.index(key))
            self.views[key].restore_draft(draft, note)

    def hold(self, pending: dict[str, Draft]) -> None:
        """The vault locked with these drafts aside: closing the window now would lose them (it asks)."""
        self.held = dict(pending)

    def leave_editors(self, keys=None) -> bool:
        """Settle the unsaved edits of these sections' editors (all by default): False when the user stays."""
        return all(editor.leave() for key, editor in self.editors().items() if keys is None or key in keys)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.held and not self.ask.confirm(
                self.tr("Unsaved changes"),
                self.tr("The vault is locked with unsaved changes: unlock it to save them. Close and lose them?")):
            event.ignore()
            return
        if not self.leave_editors():
            event.ignore()
            return
        self.held = {}
        self.layouts.flush()
        super().closeEvent(event)

    # -- navigation ------------------------------------------------------------------------------------------
    def show_section(self, key: str) -> None:
        self.sidebar.setCurrentRow(self.SECTIONS.index(key))

    def current_section(self) -> str:
        return self.SECTIONS[self.stack.currentIndex()]

    def return_to(self, key: str) -> None:
        """Show a section again after the window was rebuilt, asking nothing (the drafts were restored)."""
        self._show(self.SECTIONS.index(key))

    def _show(self, row: int) -> None:
        """Show a section without asking anything (restoring drafts)."""
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(row)
        self.sidebar.blockSignals(False)
        self._section_changed(row, leaving=False)

    def _section_changed(self, row: int, leaving: bool = True) -> None:
        if row < 0:
            return
        before = self.stack.currentIndex()
        if leaving and row != before and self.vault is not None and not self.leave_editors({self.SECTIONS[before]}):
            self.sidebar.blockSignals(True)  # the user stays with the unsaved edit
            self.sidebar.setCurrentRow(before)
            self.sidebar.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)
        view = self.stack.currentWidget()
        if self.vault is not None and hasattr(view, "activated"):
            view.activated()

    def focus_search(self) -> None:
        view = self.stack.currentWidget()
        if not hasattr(view, "focus_search"):
            self.show_section("people")
            view = self.people
        view.focus_search()

    def open_person(self, ident: str) -> None:
        self.show_section("people")
        self.people.open_person(ident)

    def open_status(self, status: str) -> None:
        """The people list of the members with this status today (the home page's links)."""
        self.show_section("people")
        self.people.apply_query(lists.PeopleQuery())
        self.people.status_filter.setCurrentIndex(max(0, self.people.status_filter.findData(status)))

    def open_renewals(self, days: int) -> None:
        self.show_section("members")
        self.members.show_within(days, lapsed=False)

    def open_contributions(self, chosen) -> None:
        self.show_section("contributions")
        self.contributions.show_filter(chosen)

    def open_record(self, entity: str, ident: str) -> None:
        if entity == "person":
            self.open_person(ident)
        else:
            self.show_section("organisations")
            if self.organisations.editor.load(ident):
                self.organisations.select_id(ident)

    def first_step(self, key: str) -> None:
        """A step chosen in an empty vault (welcome/first_steps.py)."""
        if key == "import":
            self.exchange.open_import()
        elif key == "person":
            self.show_section("people")
            self.people.new_person()
        elif key == "organisation":
            self.show_section("organisations")
            self.organisations.new_organisation()
        elif key == "join":
            self.team.join()

    def open_query(self, query) -> None:
        self.show_section("people")
        self.people.apply_query(query)

    def vault_changed(self, event) -> None:
        """Records changed (an edit here, an import, a bulk job, later another laptop's changes): the lists, the
        counter and the open editors show them. Other views read the vault again when they are shown
        (``activated``), and after their own actions."""
        if self.vault is None:
            return
        if event.entities & {"person", "membership"}:
            self.people.model.reload()
            self.update_title()
        if event.entities & {"person", "organisation", "saved_search", "tag"}:
            self.people.refresh_tags()
        if "organisation" in event.entities:
            self.organisations.model.reload()
        self.people.editor.changed_elsewhere(event, "person")
        self.organisations.editor.changed_elsewhere(event, "organisation")
        self.conflicts.vault_changed(event)  # received changes may queue conflicts, or close them (the badge)
        self.team.vault_changed(event)
        current = self.stack.currentWidget()  # lists made from several kinds of record, read again when shown
        if current in (self.home, self.tags, self.history) \
                or (current is self.members and event.entities & {"person", "membership", "membership_type"}) \
                or (current is self.contributions and event.entities & {"person", "contribution"}):
            current.activated()

    def _conflicts_counted(self, count: int) -> None:
        """The navigation shows how many conflicts wait: "Conflicts (3)"."""
        item = self.sidebar.item(self.SECTIONS.index("conflicts"))
        title = self.tr("Conflicts")
        item.setText(self.tr("%1 (%2)").replace("%1", title).replace("%2", str(count)) if count else title)
        item.setToolTip(self.tr("%n conflicts to resolve", "", count) if count else "")

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)


def _own_scheduler(bridge: WorkerBridge) -> SyncScheduler:
    """A window built without the desktop (a probe, a test) syncs with the passwords of the OS keyring."""
    from ..services.servers import server_secrets

    return SyncScheduler(bridge, server_secrets())
