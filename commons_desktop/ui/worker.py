"""The ONE worker bridge: runs any service function off the GUI thread with progress and cancel.

A service function takes ``progress`` and ``cancel`` keywords (services/progress.py). ``submit`` wraps
it in a QRunnable on a QThreadPool; the job re-emits progress, the result and any error as Qt signals,
which Qt delivers on the GUI thread. A job given a vault works on its OWN connection
(``vault.reopen()``, no KDF), closed when the job ends. Tests may pass ``SynchronousPool()``.

A job submitted as ``background`` (the scheduled sync) shows its progress and Cancel like any other, but does not
make the bridge ``busy``: the user's own actions (bulk edits, imports) stay available while it runs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..services.progress import CancelToken
from .signals import emit

PROGRESS_INTERVAL = 0.05  # seconds between two progress signals (the last one always goes)


class JobSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class JobRelay(JobSignals):
    """Lives on the GUI thread: its slots receive the worker's signals (queued across threads) and
    re-emit them there, so that any callable connected to a job's signals runs on the GUI thread."""

    @Slot(int, int, str)
    def on_progress(self, done: int, total: int, label: str) -> None:
        emit(self.progress, done, total, label)

    @Slot(object)
    def on_finished(self, result: object) -> None:
        emit(self.finished, result)

    @Slot(object)
    def on_failed(self, error: object) -> None:
        emit(self.failed, error)


class Job(QRunnable):
    """One run of a service function. ``cancel()`` asks it to stop at its next check."""

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict, vault=None, label: str = "",
                 background: bool = False, readonly: bool = False):
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs, self.vault, self.label = fn, args, kwargs, vault, label
        self.background = background
        self.readonly = readonly  # a job that only reads: its connection writes nothing (not even a checkpoint)
        self._raw = JobSignals()
        self.signals = JobRelay()
        self._raw.progress.connect(self.signals.on_progress)
        self._raw.finished.connect(self.signals.on_finished)
        self._raw.failed.connect(self.signals.on_failed)
        self.token = CancelToken()
        self.done = False
        self._last_emit = 0.0

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def _progress(self, done: int, total: int, label: str = "") -> None:
        now = time.monotonic()
        if done >= total or now - self._last_emit >= PROGRESS_INTERVAL:
            self._last_emit = now
            emit(self._raw.progress, int(done), int(total), label or self.label)

    def run(self) -> None:
        conn = None
        try:
            args = self.args
            if self.vault is not None:
                conn = self.vault.reopen(readonly=self.readonly)
                args = (conn, *args)
            result = self.fn(*args, progress=self._progress, cancel=self.token, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the GUI thread
            if conn is not None:
                conn.close()
            self.done = True
            emit(self._raw.failed, exc)
            return
        if conn is not None:
            conn.close()
        self.done = True
        emit(self._raw.finished, result)


class SynchronousPool:
    """A pool that runs each job at once on the calling thread (for tests)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - the QThreadPool name
        return True


class WorkerBridge(QObject):
    """Submits jobs to the pool and keeps them alive until they end. ``busy`` tells whether one runs."""

    job_started = Signal(object)
    job_ended = Signal(object)

    def __init__(self, pool: QThreadPool | SynchronousPool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = pool if pool is not None else QThreadPool.globalInstance()
        self.jobs: list[Job] = []

    def submit(self, fn: Callable[..., Any], *args, vault=None, label: str = "",
               on_finished: Callable[[Any], None] | None = None,
               on_failed: Callable[[BaseException], None] | None = None, background: bool = False,
               readonly: bool = False, **kwargs) -> Job:
        job = Job(fn, args, kwargs, vault=vault, label=label, background=background, readonly=readonly)
        if on_finished is not None:
            job.signals.finished.connect(on_finished)
        if on_failed is not None:
            job.signals.failed.connect(on_failed)
        job.signals.finished.connect(lambda _r, j=job: self._ended(j))
        job.signals.failed.connect(lambda _e, j=job: self._ended(j))
        self.jobs.append(job)
        emit(self.job_started, job)
        self.pool.start(job)
        return job

    def _ended(self, job: Job) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        emit(self.job_ended, job)

    @property
    def busy(self) -> bool:
        """A job the user started is running (background jobs do not count)."""
        return any(not job.background for job in self.jobs)

    def cancel_all(self, wait_ms: int = 30_000) -> None:
        """Cancel every running job and wait for the pool (used before the vault is closed)."""
        for job in list(self.jobs):
            job.cancel()
        self.pool.waitForDone(wait_ms)
