"""The sync state in the status bar: syncing (which server, how far), offline, failed, stopped, or when the servers
were last synced; and the conflicts the last runs counted. A click on the state opens the Servers page; a click on
the conflicts opens where they are listed. Hidden while the vault is locked or has no server."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from .. import format as fmt
from ..signals import emit
from ..sync_scheduler import SyncScheduler
from . import words


class SyncStatus(QWidget):
    open_servers = Signal()
    open_conflicts = Signal()

    def __init__(self, scheduler: SyncScheduler, parent: QWidget | None = None):
        super().__init__(parent)
        self.scheduler = scheduler
        self.state = QToolButton()
        self.state.setAutoRaise(True)
        self.state.setObjectName("syncState")
        self.state.clicked.connect(lambda: emit(self.open_servers))
        self.conflicts = QToolButton()
        self.conflicts.setAutoRaise(True)
        self.conflicts.setObjectName("syncConflicts")
        self.conflicts.clicked.connect(lambda: emit(self.open_conflicts))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.state)
        layout.addWidget(self.conflicts)
        scheduler.changed.connect(self.refresh)
        self.refresh()

    def text(self) -> tuple[str, str]:
        """The state's short text and its longer explanation (the tooltip)."""
        s = self.scheduler
        if s.busy:
            if s.progress is None:
                return self.tr("Syncing…"), self.tr("Syncing with the servers. Cancel stops it; the next sync resumes "
                                                    "where it stopped.")
            done, total, name = s.progress
            text = (self.tr("Syncing “%1”: %2 of %3").replace("%2", str(done)).replace("%3", str(total)) if total
                    else self.tr("Syncing “%1”…")).replace("%1", name)
            if len(s.running) > 1 and name in s.running:
                text += " " + self.tr("(server %1 of %2)").replace("%1", str(s.running.index(name) + 1)).replace(
                    "%2", str(len(s.running)))
            return text, self.tr("Syncing with the servers. Cancel stops it; the next sync resumes where it stopped.")
        if s.offline:
            return self.tr("Offline"), self.tr("This computer is offline: changes wait here and go out at the first "
                                               "sync once the network is back.")
        if s.failure is not None:
            return self.tr("Sync failed"), words.of_error(s.failure)
        failing = s.failing()
        if failing:
            names = ", ".join(self.tr("“%1”").replace("%1", f.name) for f in failing)
            detail = "\n".join(f"{f.name}: {words.of_server(f, _detail(s.outcomes.get(f.name)))}" for f in failing)
            if all(f.last_error in words.OFFLINE_CODES for f in failing):
                return self.tr("Not reached: %1").replace("%1", names), detail
            return self.tr("Sync failed: %1").replace("%1", names), detail
        if s.stopped:
            return self.tr("Sync stopped"), words.words("cancelled")
        last = s.last_success()
        if last:
            when = fmt.moment(last, seconds=False)
            return self.tr("Synced at %1").replace("%1", when), self.tr("Every server was synced; the last sync "
                                                                        "ended at %1.").replace("%1", when)
        return self.tr("Not synced yet"), self.tr("The servers have not been synced yet.")

    def refresh(self) -> None:
        s = self.scheduler
        shown = s.vault is not None and bool(s.syncable())
        self.setVisible(shown)
        if not shown:
            return
        text, tip = self.text()
        self.state.setText(text)
        self.state.setToolTip(tip + "\n" + self.tr("Click to see the servers."))
        self.state.setAccessibleName(self.tr("Sync state: %1").replace("%1", text))
        count = s.conflicts()
        self.conflicts.setVisible(count > 0)
        self.conflicts.setText(self.tr("%n conflicts", "", count))
        self.conflicts.setToolTip(self.tr("Files changed on a server by someone else were left as they are. Click to "
                                          "see them."))


def _detail(outcome) -> dict | None:
    return outcome.detail if outcome is not None else None
