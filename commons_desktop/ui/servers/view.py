"""The Servers page: the group's servers with their last success and last error in plain words; add, change,
test the connection (offering to create a missing folder or address book), remove (nothing is deleted on the
server); sync now or stop; sync automatically every few minutes while the app is open.

The list comes from the one sync scheduler (which reads it through services/servers); network work runs on the
one worker bridge. Passwords go from the dialog to the keyring and are never read back here."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CommonsError
from ...services import servers, sync
from ...sync.errors import DavError, Failure
from .. import format as fmt
from ..config import SYNC_MINUTES
from ..errors import describe
from ..signals import emit
from ..style import error_colour
from ..sync_scheduler import SyncScheduler
from ..widgets.wrapped_check import WrappedCheck
from . import jobs, words
from .dialog import ServerDialog

COLUMNS = ("name", "kind", "url", "account", "profile", "last_success", "last_error")


class ServersView(QWidget):
    status = Signal(str)

    def __init__(self, scheduler: SyncScheduler, bridge, ask, parent: QWidget | None = None):
        super().__init__(parent)
        self.scheduler, self.bridge, self.ask = scheduler, bridge, ask
        self.vault = None
        self.dialog: ServerDialog | None = None
        self.testing: str | None = None     # the server whose connection is being tested
        self.conflict_names: dict[str, list[str]] = {}
        title = QLabel(self.tr("<h2>Servers</h2><p>The group's own servers. Each one receives only what its export "
                               "profile selects; passwords stay in this computer's keyring.</p>"))
        title.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Address"), self.tr("User"),
                                              self.tr("Profile"), self.tr("Last success"), self.tr("Last error")])
        self.table.setAccessibleName(self.tr("Servers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_server())
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add_server)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_server)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(lambda: self.test_server())
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self.remove_server)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.stop_button = QPushButton(self.tr("Stop syncing"))
        self.stop_button.clicked.connect(self.scheduler.cancel)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.test_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.stop_button)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("syncMessage")
        self.automatic_row = WrappedCheck(self.tr("Sync automatically while the app is open, every"))
        self.automatic = self.automatic_row.box  # (its words wrap on a narrow window)
        self.automatic.setChecked(scheduler.automatic)
        self.minutes = QSpinBox()
        self.minutes.setRange(*SYNC_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(scheduler.minutes)
        self.minutes.setAccessibleName(self.tr("Minutes between two automatic syncs"))
        self.automatic.toggled.connect(self._schedule_changed)
        self.minutes.valueChanged.connect(self._schedule_changed)
        self.minutes.setEnabled(scheduler.automatic)
        schedule = QHBoxLayout()
        schedule.addWidget(self.automatic_row, 0)
        schedule.addWidget(self.minutes)
        schedule.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        layout.addLayout(schedule)
        scheduler.servers_changed.connect(self.reload)
        scheduler.changed.connect(self._update)
        self.reload()

    # -- the vault ------------------------------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self.vault = vault
        if vault is None:
            self.clear()
        else:
            self.reload()

    def clear(self) -> None:
        self.vault = None
        self.testing = None
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog.deleteLater()
            self.dialog = None
        self.conflict_names = {}
        self.message.clear()
        self.table.setRowCount(0)
        self._update()

    def activated(self) -> None:
        self.scheduler.reload()

    # -- the list -------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        chosen = self.selected_name()
        rows = self.scheduler.servers if self.vault is not None else []
        self.table.setRowCount(len(rows))
        for row, server in enumerate(rows):
            outcome = self.scheduler.outcomes.get(server.name)
            error = words.of_server(server, outcome.detail if outcome else None)
            values = (server.name, words.kind_name(server.kind), server.url, server.account, server.profile,
                      fmt.moment(server.last_success, seconds=False) if server.last_success else self.tr("never"),
                      error)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, server.name)
                if value:
                    item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in (COLUMNS.index("url"), COLUMNS.index("last_error")):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.conflict_names = {}
        if chosen is None or not self.select(chosen):
            if rows:
                self.table.selectRow(0)
        self._update()

    def select(self, name: str) -> bool:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == name:
                self.table.selectRow(row)
                return True
        return False

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def selected(self):
        name = self.selected_name()
        return next((s for s in self.scheduler.servers if s.name == name), None)

    def _selection_changed(self) -> None:
        self._update()

    def _update(self) -> None:
        has_vault = self.vault is not None
        server = self.selected() if has_vault else None
        busy = self.scheduler.busy
        self.add_button.setEnabled(has_vault)
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(server is not None)
        self.test_button.setEnabled(server is not None and self.testing is None)
        self.sync_button.setEnabled(has_vault and bool(self.scheduler.syncable()))
        self.stop_button.setEnabled(busy)
        self.stop_button.setVisible(busy)
        self.details.setText(self.describe(server) if server is not None else "")

    def describe(self, server) -> str:
        """The selected server in a few lines: its last run, its error in words, its conflicts."""
        lines = [f"<b>{escape(server.name)}</b> — {escape(words.kind_name(server.kind))}"]
        outcome = self.scheduler.outcomes.get(server.name)
        running = self.scheduler.busy and server.name in self.scheduler.running
        if running:
            lines.append(escape(self.tr("Syncing now…")))
        if server.last_success:
            lines.append(escape(self.tr("Last success: %1").replace("%1", fmt.moment(server.last_success,
                                                                                     seconds=False))))
        else:
            lines.append(escape(self.tr("Never synced yet.")))
        if outcome is not None:
            c = outcome.counts
            lines.append(escape(self.tr("Last sync here: sent %1, deleted %2, conflicts %3, requests %4.")
                                .replace("%1", str(c.sent)).replace("%2", str(c.deleted))
                                .replace("%3", str(c.conflicts)).replace("%4", str(outcome.requests))))
        error = words.of_server(server, outcome.detail if outcome else None)
        if error:
            style = "" if server.last_error in words.NOT_FAILURES else f" style='color: {error_colour().name()}'"
            lines.append(f"<span{style}>{escape(error)}</span>")
        names = self._conflicts_of(server.name)
        if names:
            lines.append(escape(self.tr("Left on the server as someone else changed them there (not overwritten): "
                                        "%1").replace("%1", ", ".join(names))))
        if not server.profile and server.kind != "team":
            lines.append(escape(words.words("no-profile")))
        return "<br>".join(lines)

    def _conflicts_of(self, name: str) -> list[str]:
        if name not in self.conflict_names:
            try:
                self.conflict_names[name] = servers.conflicts(self.vault, name)
            except CommonsError:
                self.conflict_names[name] = []
        return self.conflict_names[name]

    def show_conflicts(self) -> bool:
        """Select the first server whose last sync counted conflicts (the status bar's link); False when none."""
        for server in self.scheduler.servers:
            outcome = self.scheduler.outcomes.get(server.name)
            if (outcome is not None and outcome.counts.conflicts) or self._conflicts_of(server.name):
                return self.select(server.name)
        return False

    # -- adding, changing, removing -------------------------------------------------------------------------------
    def add_server(self):
        return self._open_dialog(None)

    def edit_server(self):
        server = self.selected()
        return self._open_dialog(server) if server is not None else None

    def _open_dialog(self, server):
        if self.vault is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = ServerDialog(self.vault, self.scheduler.secrets, self.ask, server, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.show()
        return self.dialog

    def _saved(self, server, moved: bool, password_given: bool) -> None:
        self.scheduler.reload()
        self.select(server.name)
        if moved:
            self.say(self.tr("“%1” points at a new target now: it starts empty, and nothing was deleted on the old "
                             "one.").replace("%1", server.name))
        self.test_server(server.name)

    def remove_server(self) -> None:
        server = self.selected()
        if server is None or self.vault is None:
            return
        if not self.ask.confirm(self.tr("Remove the server"),
                                self.tr("Forget the server “%1” and its password on this computer? Nothing is "
                                        "deleted on the server: what was sent there stays there.")
                                .replace("%1", server.name)):
            return
        try:
            servers.remove(self.vault, self.scheduler.secrets, server.name)
        except Exception as exc:  # noqa: BLE001 - said on the page
            self.say(describe(exc), error=True)
            return
        self.scheduler.reload()
        self.say(self.tr("“%1” was removed from this vault; nothing was deleted on the server.")
                 .replace("%1", server.name))

    # -- testing the connection -----------------------------------------------------------------------------------
    def test_server(self, name: str | None = None, create: bool = False):
        name = name or self.selected_name()
        if name is None or self.vault is None or self.testing is not None:
            return None
        self.testing = name
        self.say(self.tr("Testing the connection to “%1”…").replace("%1", name))
        self._update()
        return self.bridge.submit(jobs.check_connection, self.scheduler.secrets, name, create, vault=self.vault,
                                  label=self.tr("Testing the connection to “%1”").replace("%1", name),
                                  on_finished=lambda report, n=name: self._tested(n, report),
                                  on_failed=lambda error, n=name: self._test_failed(n, error))

    def _tested(self, name: str, report) -> None:
        self.testing = None
        self.scheduler.reload()
        self.say(self.named(name, words.tested(report)))

    def _test_failed(self, name: str, error: BaseException) -> None:
        self.testing = None
        if self.vault is None:
            return
        self.scheduler.reload()
        server = next((s for s in self.scheduler.servers if s.name == name), None)
        kind = server.kind if server is not None else ""
        if isinstance(error, DavError) and error.failure is Failure.NOT_FOUND:
            what = self.tr("No such address book") if kind == "carddav" else self.tr("No such folder")
            question = (self.tr("There is no address book at this address on “%1”. Create it?") if kind == "carddav"
                        else self.tr("There is no folder at this address on “%1”. Create it?")).replace("%1", name)
            if self.ask.confirm(what, question):
                self.test_server(name, create=True)
                return
        self.say(self.named(name, words.of_error(error, kind)), error=True)

    # -- syncing --------------------------------------------------------------------------------------------------
    def sync_now(self) -> None:
        if not self.scheduler.request():
            self.say(self.tr("No server to sync yet: add one.") if not self.scheduler.servers
                     else words.words(sync.NOT_AVAILABLE))

    def _schedule_changed(self) -> None:
        self.scheduler.set_schedule(self.automatic.isChecked(), self.minutes.value())
        self.minutes.setEnabled(self.automatic.isChecked())

    def named(self, name: str, text: str) -> str:
        return self.tr("“%1”: %2").replace("%1", name).replace("%2", text)

    def say(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("fieldError" if error else "syncMessage")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        emit(self.status, text)

