"""The Team page: the laptops sharing this vault (devices, when each was last seen), the folders the team exchanges
through, when each was last synced. Sync now asks the window's ONE sync scheduler (ui/sync_scheduler.py) to sync the
team folders; it and Invite run as jobs of the worker bridge (the status bar shows their progress and Cancel); Add
folder and Remove device ask first. Everything through services/team.py and services/sync.py, as the CLI's
``commons team`` and ``commons sync``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import TeamError
from ...services import devices, team
from .. import format as fmt
from ..signals import emit
from . import jobs
from .invite_dialog import InviteDialog
from .join_dialog import JoinDialog

ERRORS = {
    "folder-missing": QT_TRANSLATE_NOOP("TeamView", "the folder cannot be reached (is the drive or share connected?)"),
    "foreign-folder": QT_TRANSLATE_NOOP("TeamView", "this folder belongs to another team or holds other files"),
    "empty-folder": QT_TRANSLATE_NOOP("TeamView", "this folder is empty although this laptop had written there: "
                                                  "nothing was taken as deleted"),
    "tampered": QT_TRANSLATE_NOOP("TeamView", "files in the folder failed their checks: nothing of them was merged"),
    "missing-file": QT_TRANSLATE_NOOP("TeamView", "a file of the team is missing from the folder"),
    "removed-from-team": QT_TRANSLATE_NOOP("TeamView", "this laptop was removed from the team"),
    "mass-delete": QT_TRANSLATE_NOOP("TeamView", "stopped before changing anything: the changes received would delete "
                                                 "many records"),
    "gap": QT_TRANSLATE_NOOP("TeamView", "no snapshot in the folder reaches the changes left there"),
    "cancelled": QT_TRANSLATE_NOOP("TeamView", "stopped"),
    "remove-self": QT_TRANSLATE_NOOP("TeamView", "a laptop cannot remove itself"),
    "unknown-device": QT_TRANSLATE_NOOP("TeamView", "this laptop is not in the team"),
    "bad-name": QT_TRANSLATE_NOOP("TeamView", "a laptop's name needs at least one letter or digit"),
    "unreadable-invitation": QT_TRANSLATE_NOOP("TeamView", "the invitation cannot be opened (wrong passphrase or key, "
                                                           "or not an invitation)"),
    "bad-key": QT_TRANSLATE_NOOP("TeamView", "the key file holds no age key (AGE-SECRET-KEY-…)"),
    "not-empty": QT_TRANSLATE_NOOP("TeamView", "only a new, empty vault can join a team: create one for it"),
    "already-team": QT_TRANSLATE_NOOP("TeamView", "this vault is already part of a team"),
}


class TeamView(QWidget):
    status = Signal(str)

    def __init__(self, scheduler, bridge, ask, parent: QWidget | None = None):
        super().__init__(parent)
        self.scheduler, self.bridge, self.ask = scheduler, bridge, ask
        self.asked = False  # this page asked the running sync (its outcome is said here)
        self.vault = None
        self.info: dict | None = None
        self.job = None
        self.dialog: InviteDialog | None = None
        self.join_dialog: JoinDialog | None = None
        heading = QLabel(self.tr("<h2>Team</h2><p>The laptops that share this vault, and the folders they exchange "
                                 "their changes through (a USB stick, a Syncthing or Nextcloud folder, a share). "
                                 "Everything written there is encrypted.</p>"))
        heading.setWordWrap(True)
        # not a team vault yet
        self.alone = QWidget()
        self.start_button = QPushButton(self.tr("Share this vault with other laptops"))
        self.start_button.clicked.connect(self.start_team)
        alone = QVBoxLayout(self.alone)
        intro = QLabel(self.tr("This vault is on this laptop only. Share it, then add a folder and invite the other "
                               "laptops."))
        intro.setWordWrap(True)
        alone.addStretch(1)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        alone.addWidget(intro)
        alone.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        alone.addStretch(2)
        # a team vault
        self.devices = self._table([self.tr("Laptop"), self.tr("Last seen"), self.tr("Last change"), self.tr("State")],
                                   self.tr("Laptops of the team"))
        self.devices.currentCellChanged.connect(self._enable_for)
        self.folders = self._table([self.tr("Name"), self.tr("Folder"), self.tr("Last sync"), self.tr("Not yet sent"),
                                    self.tr("Problem")], self.tr("Team folders"))
        # a folder's path takes the room left, cut in its middle (whole in its tooltip): on a small screen the other
        # columns stay in view instead of the table scrolling sideways
        self.folders.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.folders.horizontalHeader().setStretchLastSection(False)
        self.folders.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.add_button = QPushButton(self.tr("Add folder…"))
        self.invite_button = QPushButton(self.tr("Invite…"))
        self.remove_button = QPushButton(self.tr("Remove laptop…"))
        self.rename_button = QPushButton(self.tr("Rename this laptop…"))
        self.rename_button.clicked.connect(self.rename_device)
        self.sync_button.clicked.connect(self.sync_now)
        self.add_button.clicked.connect(self.add_folder)
        self.invite_button.clicked.connect(self.invite)
        self.remove_button.clicked.connect(self.remove_device)
        self.shared = QWidget()
        shared = QVBoxLayout(self.shared)
        shared.setContentsMargins(0, 0, 0, 0)
        shared.addWidget(QLabel(self.tr("<b>Laptops</b>")))
        shared.addWidget(self.devices, 3)
        shared.addWidget(QLabel(self.tr("<b>Folders</b>")))
        shared.addWidget(self.folders, 2)
        buttons = QHBoxLayout()
        self.summary = QLabel()
        buttons.addWidget(self.summary, 1)
        for button in (self.rename_button, self.remove_button, self.invite_button, self.add_button,
                       self.sync_button):
            button.setAccessibleName(button.text().rstrip("…"))
            buttons.addWidget(button)
        shared.addLayout(buttons)
        self.body = QStackedWidget()
        self.body.addWidget(self.alone)
        self.body.addWidget(self.shared)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.body, 1)
        bridge.job_ended.connect(self._enable_for)  # (bound: dropped with this page; the bridge outlives it)
        scheduler.changed.connect(self._scheduler_changed)
        scheduler.finished.connect(self._synced)

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # -- the vault -------------------------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self.vault = vault
        self.info = None
        self.devices.setRowCount(0)
        self.folders.setRowCount(0)
        self.summary.clear()
        self._enable()

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        if self.join_dialog is not None:
            self.join_dialog.reject()
        self.set_vault(None)

    def activated(self) -> None:
        self.refresh()

    def vault_changed(self, _event) -> None:
        """Changes received by a sync: when each laptop was last seen moves."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self.vault is None:
            return
        try:
            self.info = team.status(self.vault)
        except TeamError as exc:
            if exc.code != "not-team":
                raise
            self.info = None
        self.body.setCurrentWidget(self.shared if self.info else self.alone)
        if self.info:
            self._fill()
        self._enable()

    def _fill(self) -> None:
        info = self.info or {}
        devices = info["devices"]
        self.devices.setRowCount(len(devices))
        for row, d in enumerate(devices):
            name = d["name"] or d["device"][:12]
            if d["this"]:
                name = self.tr("%1 (this laptop)").replace("%1", name)
            state = self.tr("removed") if d["removed"] else self.tr("in the team")
            cells = (name, _when(d["last_seen"]) if not d["this"] else self.tr("now"), _when(d["last_change"]), state)
            for col, text in enumerate(cells):
                self.devices.setItem(row, col, QTableWidgetItem(text))
        folders = info["transports"]
        self.folders.setRowCount(len(folders))
        for row, t in enumerate(folders):
            problem = self.tr(ERRORS[t["last_error"]]) if t["last_error"] in ERRORS else (t["last_error"] or "")
            cells = (t["name"], t["path"], _when(t["last_success"]) or self.tr("never"), str(t["pending"]), problem)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.folders.setItem(row, col, item)
        laptops = sum(1 for d in devices if not d["removed"])
        self.summary.setText(self.tr("%n laptops in the team", "", laptops))

    def _selected_device(self) -> dict | None:
        row = self.devices.currentRow()
        devices = (self.info or {}).get("devices", [])
        return devices[row] if 0 <= row < len(devices) else None

    def _enable_for(self, *_args) -> None:
        self._enable()

    def _enable(self) -> None:
        idle = self.vault is not None and not self.bridge.busy and not self.scheduler.busy
        has_folders = bool((self.info or {}).get("transports"))
        device = self._selected_device()
        self.start_button.setEnabled(idle)
        self.sync_button.setEnabled(idle and has_folders)
        self.sync_button.setToolTip("" if has_folders else self.tr("Add a folder first"))
        self.add_button.setEnabled(idle)
        self.invite_button.setEnabled(idle)
        self.rename_button.setEnabled(idle and self.info is not None)
        self.remove_button.setEnabled(idle and device is not None and not device["this"] and not device["removed"])

    # -- actions ---------------------------------------------------------------------------------------------
    def start_team(self) -> None:
        if self.vault is None:
            return
        team.init(self.vault)
        emit(self.status, self.tr("This vault is now shared: add a folder, then invite the other laptops."))
        self.refresh()

    def add_folder(self) -> None:
        if self.vault is None:
            return
        path = self.ask.folder(self.tr("Choose the team folder"))
        if not path:
            return
        try:
            added = team.add_folder(self.vault, path)
        except TeamError as exc:
            emit(self.status, self._error(exc.code))
            return
        emit(self.status, self.tr("Folder added: “%1”. Sync now to exchange through it.").replace("%1", added.name))
        self.scheduler.reload()  # a server of kind "team": the scheduler syncs it from now on
        self.refresh()

    def sync_now(self) -> bool:
        """The team folders, synced by the one scheduler (one sync at a time, Cancel in the status bar)."""
        if self.vault is None:
            return False
        self.asked = True  # before the request: a synchronous pool ends the sync inside it
        started = self.scheduler.request([t["name"] for t in (self.info or {}).get("transports", [])])
        if not started:
            self.asked = False
            emit(self.status, self.tr("No team folder to sync: add one first."))
        self._enable()
        return started

    def _scheduler_changed(self) -> None:
        if self.asked and not self.scheduler.busy and (self.scheduler.stopped or self.scheduler.failure is not None):
            self.asked = False
            failure = self.scheduler.failure
            if failure is None:
                emit(self.status, self.tr("Sync stopped; the next one resumes where it stopped."))
            else:
                emit(self.status, self.tr("Sync failed: %1").replace(
                    "%1", self._error(failure.code) if isinstance(failure, TeamError) else type(failure).__name__))
            self.refresh()
        self._enable()

    def _synced(self, outcomes) -> None:
        """A sync ended (this page's, or the scheduler's own): the folders' state moved."""
        if self.vault is not None and self.isVisible():
            self.refresh()
        if not self.asked:
            return
        self.asked = False
        mine = {name: o for name, o in outcomes.items()
                if name in {t["name"] for t in (self.info or {}).get("transports", [])}}
        failed = {name: o.error for name, o in mine.items() if o.error}
        received = sum(o.counts.received for o in mine.values())
        sent = sum(o.counts.sent for o in mine.values())
        conflicts = sum(o.counts.conflicts for o in mine.values())
        text = self.tr("Synced: %1 changes received, %2 sent.").replace("%1", str(received)).replace("%2", str(sent))
        if conflicts:
            text += " " + self.tr("%n conflicts to resolve", "", conflicts)
        if failed:
            text += " " + "; ".join(f"“{name}”: {self._error(code)}" for name, code in failed.items())
        emit(self.status, text)

    def _invite_failed(self, error) -> None:
        self.job = None
        emit(self.status, self.tr("The invitation was not written: %1").replace(
            "%1", self._error(error.code) if isinstance(error, TeamError) else type(error).__name__))

    def invite(self) -> InviteDialog | None:
        if self.vault is None:
            return None
        self.dialog = InviteDialog(self)
        self.dialog.accepted.connect(self._invite_accepted)
        self.dialog.open()
        return self.dialog

    def _invite_accepted(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None or self.vault is None:
            return
        path = self.ask.save_file(self.tr("Save the invitation"), "invitation.age", self.tr("Invitation (*.age)"))
        if not path:
            return
        self.job = self.bridge.submit(jobs.invite_to_file, path, dialog.passphrase(), vault=self.vault,
                                      label=self.tr("Writing the invitation"),
                                      on_finished=self._invited, on_failed=self._invite_failed)

    def _invited(self, path: str) -> None:
        self.job = None
        emit(self.status, self.tr("Invitation written to %1. Give it only to the person joining, and delete it "
                                  "afterwards.").replace("%1", path))

    def join(self) -> JoinDialog | None:
        """This new, empty vault joins a team (the first steps' "Join a team…", the start window's)."""
        if self.vault is None:
            return None
        if self.join_dialog is not None:
            self.join_dialog.raise_()
            return self.join_dialog
        self.join_dialog = JoinDialog(self.ask, self)
        self.join_dialog.accepted.connect(self._join_accepted)
        self.join_dialog.rejected.connect(self._join_closed)
        self.join_dialog.open()
        return self.join_dialog

    def _join_closed(self) -> None:
        self.join_dialog = None

    def _join_accepted(self) -> None:
        dialog, self.join_dialog = self.join_dialog, None
        if dialog is None or self.vault is None:
            return
        self.job = self.bridge.submit(jobs.join_team, dialog.invitation_path(), dialog.passphrase(),
                                      dialog.key_path(), dialog.folders(), getattr(self.scheduler, "secrets", None),
                                      vault=self.vault,
                                      label=self.tr("Joining the team"), on_finished=self._joined,
                                      on_failed=self._join_failed)

    def _joined(self, report: dict) -> None:
        self.job = None
        self.scheduler.reload()   # the team's folders are servers of kind "team" now: synced from now on
        failed = [name for name, r in report.get("transports", {}).items() if r.get("error")]
        text = self.tr("This laptop joined the team.")
        if report.get("snapshot"):
            text += " " + self.tr("It caught up from the team's latest snapshot.")
        if failed:
            text += " " + "; ".join(f"“{name}”: {self._error(report['transports'][name]['error'])}"
                                    for name in failed)
        elif not report.get("transports"):
            text += " " + self.tr("No team folder was found on this computer: add it on the Team page.")
        unread = sorted(name for name in report.get("not_read", {}) if name not in failed)
        if unread:
            text += " " + self.tr("Not read: %1 (see the Servers page).").replace("%1", ", ".join(unread))
        emit(self.status, text)
        self.refresh()

    def _join_failed(self, error) -> None:
        from ...core.errors import Cancelled
        from ..errors import describe

        self.job = None
        if isinstance(error, Cancelled):
            emit(self.status, self.tr("Joining stopped: this vault is as it was."))
        else:
            why = self._error(error.code) if isinstance(error, TeamError) else describe(error)
            emit(self.status, self.tr("This laptop did not join the team: %1").replace("%1", why))
        self.refresh()

    def remove_device(self) -> None:
        device = self._selected_device()
        if self.vault is None or device is None:
            return
        name = device["name"] or device["device"][:12]
        if not self.ask.confirm(self.tr("Remove a laptop"),
                                self.tr("Remove “%1” from the team? What it has already received stays on it; "
                                        "everything written from now on uses a new key it does not have.")
                                .replace("%1", name)):
            return
        try:
            team.remove(self.vault, device["device"])
        except TeamError as exc:
            emit(self.status, self._error(exc.code))
            return
        emit(self.status, self.tr("“%1” removed from the team: the others get the new key at their next sync.")
             .replace("%1", name))
        self.refresh()

    def rename_device(self) -> None:
        """This laptop's name, as the others list it (sent with its next sync)."""
        if self.vault is None or self.info is None:
            return
        current = devices.names(self.vault).get(self.info["device"], "")
        name = self.ask.text(self.tr("Rename this laptop"), self.tr("The name the other laptops of the team see:"),
                             current)
        if name is None:
            return
        try:
            kept = devices.set_name(self.vault, name)
        except TeamError as exc:
            emit(self.status, self._error(exc.code))
            return
        emit(self.status, self.tr("This laptop is now called “%1”; the others see it after the next sync.")
             .replace("%1", kept))
        self.refresh()

    def _error(self, code: str) -> str:
        return self.tr(ERRORS[code]) if code in ERRORS else code


def _when(stamp: str | None) -> str:
    return fmt.moment(stamp, seconds=False) if stamp else ""
