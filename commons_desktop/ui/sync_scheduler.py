"""The one sync scheduler of the desktop: runs services/sync.run for every configured server, in the background
(through the one worker bridge: progress and Cancel in the status bar), on demand and on a schedule.

- One sync at a time. A request while one runs is merged into "run again after" (the servers asked, the deletions
  confirmed), started when the running one ends; Cancel drops it too.
- On a schedule while the vault is open (every few minutes, a setting): never while it is locked (the window
  clears the scheduler's vault on locking), and not while the computer is offline (network.NetworkWatch): changes
  wait in the vault and go out at the first sync once the network is back, which starts at once then.
- Only servers whose kind has a sync job are run (services/sync.syncable): the contacts and team jobs appear here
  as soon as they plug into services/sync.JOBS. No server: no job at all.
- A server that stopped before a mass delete (code ``mass-delete``) is not run again with the deletions confirmed
  unless the user says so: ``deletions_to_confirm`` asks the window, which calls ``confirm_deletions`` or
  ``decline_deletions``. A scheduled run does not ask again about the same numbers once declined.
- What each server's last run gave (``outcomes``) is kept for the status bar and the Servers page; the last success
  and the last error also live in the vault (services/servers), so they survive a restart.

The clock of the schedule is a QTimer whose interval can be given (tests: milliseconds); the network watch is
injected too, and so are the contact photos over an address book's limit (``photos``: a ui/photo_scale.PhotoCache
by default, which scales each photo once and is cleared when the vault changes, locks or closes).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.errors import Cancelled
from ..services import servers, sync
from .config import DEFAULT_SYNC_MINUTES, DesktopConfig
from .network import NetworkWatch
from .photo_scale import PhotoCache
from .servers import jobs
from .servers.words import NOT_FAILURES
from .signals import emit
from .worker import Job, WorkerBridge

FIRST_DELAY_MS = 3000   # after the vault opens (or unlocks), the first scheduled sync: the window shows first


class SyncScheduler(QObject):
    changed = Signal()                              # what the status bar and the Servers page show
    servers_changed = Signal()                      # the list of servers was read again
    finished = Signal(object)                       # {server name: Outcome} of a run that ended
    deletions_to_confirm = Signal(str, int, int)    # server, files this sync would delete, files there

    def __init__(self, bridge: WorkerBridge, secrets: servers.ServerSecrets, config: DesktopConfig | None = None, *,
                 network: NetworkWatch | None = None, interval_ms: int | None = None,
                 first_delay_ms: int = FIRST_DELAY_MS, photos: PhotoCache | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.bridge, self.secrets = bridge, secrets
        self.photos = photos if photos is not None else PhotoCache()
        self.config = config or DesktopConfig()
        self.network = network if network is not None else NetworkWatch(self)
        self.network.changed.connect(self._network_changed)
        self.interval_ms = interval_ms
        self.first_delay_ms = first_delay_ms
        self.vault = None
        self.servers: list = []                         # the vault's servers (services/servers.list_all)
        self.job: Job | None = None
        self.active: int | None = None                  # the running job's number (its signals carry it)
        self.running: list[str] = []                    # the servers of the running job, in order
        self.on_demand = False                          # the running job was asked for by the user
        self.progress: tuple[int, int, str] | None = None
        self.again: set[str] | None = None              # servers to run once the running job ends
        self.again_confirmed: set[str] = set()
        self.again_on_demand = False
        self.outcomes: dict[str, sync.Outcome] = {}     # the last outcome of each server (this session)
        self.failure: BaseException | None = None       # the last run failed as a whole (not a server's error)
        self.stopped = False                            # the last run was cancelled
        self.declined: set[tuple[str, int, int]] = set()
        self.runs = 0                                   # runs started (tests and the status bar's tooltip)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.timeout.connect(self._tick)

    # -- the vault ----------------------------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        """The vault opened (or None: locked, closed): the schedule follows; a running sync is cancelled."""
        if vault is self.vault:
            return
        self._drop_job()
        self.photos.clear()
        self.vault = vault
        self.outcomes, self.failure, self.stopped, self.declined = {}, None, False, set()
        self.reload()
        self._arm(first=True)
        emit(self.changed)

    def reload(self) -> None:
        """Read the servers again (after the Servers page changed them, after a run)."""
        self.servers = servers.list_all(self.vault) if self.vault is not None else []
        names = {s.name for s in self.servers}
        self.outcomes = {n: o for n, o in self.outcomes.items() if n in names}
        self._arm()
        emit(self.servers_changed)
        emit(self.changed)

    def syncable(self) -> list[str]:
        return [s.name for s in self.servers if sync.syncable(s)]

    # -- the schedule -------------------------------------------------------------------------------------------
    @property
    def automatic(self) -> bool:
        return self.config.sync_automatic

    @property
    def minutes(self) -> int:
        return self.config.sync_minutes

    def set_schedule(self, automatic: bool, minutes: int | None = None) -> None:
        self.config.sync_automatic = bool(automatic)
        if minutes is not None:
            self.config.sync_minutes = max(1, int(minutes))
        try:
            self.config.save()
        except OSError:
            pass  # kept for this session
        self._arm(first=False, restart=True)
        emit(self.changed)

    def interval(self) -> int:
        return self.interval_ms if self.interval_ms is not None else (self.minutes or DEFAULT_SYNC_MINUTES) * 60_000

    def _arm(self, first: bool = False, restart: bool = False) -> None:
        wanted = self.vault is not None and self.automatic and bool(self.syncable())
        if not wanted:
            self.timer.stop()
            self.first.stop()
            return
        if restart or not self.timer.isActive() or self.timer.interval() != self.interval():
            self.timer.start(self.interval())
        if first:
            self.first.start(min(self.first_delay_ms, self.interval()))

    def _tick(self) -> None:
        if self.vault is None or not self.automatic:
            return
        if not self.network.online:
            emit(self.changed)  # the status bar says offline; the sync starts when the network is back
            return
        self.request(on_demand=False)

    def _network_changed(self, online: bool) -> None:
        emit(self.changed)
        if online and self.vault is not None and self.automatic:
            self.request(on_demand=False)

    @property
    def offline(self) -> bool:
        return not self.network.online

    # -- running ------------------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.active is not None

    def request(self, names: Iterable[str] | None = None, *, confirmed: Iterable[str] = (),
                on_demand: bool = True) -> bool:
        """Sync these servers (all syncable ones by default). While a sync runs, merged into "run again after".
        False when there is nothing to sync (no vault, no server)."""
        if self.vault is None:
            return False
        syncable = self.syncable()
        chosen = syncable if names is None else [n for n in names if n in syncable]
        if not chosen:
            return False
        if self.active is not None:
            self.again = (self.again or set()) | set(chosen)
            self.again_confirmed |= set(confirmed)
            self.again_on_demand = self.again_on_demand or on_demand
            emit(self.changed)
            return True
        self._start(chosen, set(confirmed), on_demand)
        return True

    def _start(self, names: list[str], confirmed: set[str], on_demand: bool) -> None:
        self.running, self.on_demand, self.progress = names, on_demand, None
        self.failure, self.stopped = None, False
        self.runs += 1
        token = self.active = self.runs
        job = self.bridge.submit(jobs.sync_servers, self.secrets, names, confirmed, scale_photo=self.photos,
                                 vault=self.vault, label=self.tr("Syncing with the servers"), background=True,
                                 on_finished=lambda result, t=token: self._finished(t, result),
                                 on_failed=lambda error, t=token: self._failed(t, error))
        if self.active == token:  # still running (a synchronous pool has run it to its end inside submit)
            self.job = job
            job.signals.progress.connect(lambda done, total, name, t=token: self._progress(t, done, total, name))
        emit(self.changed)

    def cancel(self) -> None:
        """Stop the running sync at its next step (each step already recorded: the next sync resumes)."""
        self.again, self.again_confirmed, self.again_on_demand = None, set(), False
        if self.job is not None:
            self.job.cancel()
            emit(self.changed)

    def _drop_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.active, self.job, self.running, self.progress = None, None, [], None
        self.again, self.again_confirmed, self.again_on_demand = None, set(), False

    def _progress(self, token: int, done: int, total: int, name: str) -> None:
        if token == self.active:
            self.progress = (done, total, name)
            emit(self.changed)

    def _finished(self, token: int, outcomes: dict[str, sync.Outcome]) -> None:
        if token != self.active:
            return
        on_demand = self.on_demand
        self.active, self.job, self.running, self.progress = None, None, [], None
        self.outcomes.update(outcomes)
        self.reload()
        emit(self.finished, outcomes)
        for name, outcome in outcomes.items():
            if outcome.error == "mass-delete":
                count, present = outcome.detail.get("count", 0), outcome.detail.get("present", 0)
                if on_demand or (name, count, present) not in self.declined:
                    emit(self.deletions_to_confirm, name, count, present)
        self._next()

    def _failed(self, token: int, error: BaseException) -> None:
        if token != self.active:
            return
        self.active, self.job, self.running, self.progress = None, None, [], None
        if isinstance(error, Cancelled):
            self.stopped = True
            self.again = None
        else:
            self.failure = error
        if self.vault is not None:
            self.reload()
        emit(self.changed)
        self._next()

    def _next(self) -> None:
        if self.again is None or self.active is not None or self.vault is None:
            emit(self.changed)
            return
        names, confirmed, on_demand = sorted(self.again), set(self.again_confirmed), self.again_on_demand
        self.again, self.again_confirmed, self.again_on_demand = None, set(), False
        if not self.request(names, confirmed=confirmed, on_demand=on_demand):
            emit(self.changed)

    # -- a mass delete, decided by the user ---------------------------------------------------------------------
    def confirm_deletions(self, name: str) -> None:
        """The user agreed: run this server again with its deletions confirmed (that run only)."""
        self.request([name], confirmed=[name])

    def decline_deletions(self, name: str, count: int, present: int) -> None:
        """The user said no: nothing is deleted; a scheduled run does not ask again about the same numbers."""
        self.declined.add((name, count, present))

    # -- what the status bar shows ------------------------------------------------------------------------------
    def conflicts(self) -> int:
        """Conflicts counted by the last run of each server (documents changed on the server by someone else,
        left as they are; later the merge engine's)."""
        return sum(o.counts.conflicts for o in self.outcomes.values())

    def failing(self) -> list:
        """The servers whose last run failed (a kind without a sync job yet is not a failure)."""
        return [s for s in self.servers if sync.syncable(s) and s.last_error and s.last_error not in NOT_FAILURES]

    def last_success(self) -> str | None:
        """The latest success of any server (an ISO UTC time, as the vault keeps it)."""
        found = [s.last_success for s in self.servers if s.last_success]
        return max(found) if found else None
