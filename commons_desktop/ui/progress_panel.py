"""The status-bar strip that shows the running job of the worker bridge: what, how far, and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from .worker import Job, WorkerBridge


class ProgressPanel(QWidget):
    def __init__(self, bridge: WorkerBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.bridge = bridge
        self.job: Job | None = None
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress of the running task"))
        self.bar.setMaximumWidth(260)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running task"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        bridge.job_started.connect(self.attach)
        bridge.job_ended.connect(self.detach)
        self.hide()

    def attach(self, job: Job) -> None:
        if job.background and self.job is not None and not self.job.background and not self.job.done:
            return  # the user's own job keeps the strip (a background sync says its state in the status bar)
        self.job = job
        self.label.setText(job.label)
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.cancel_button.setEnabled(True)
        job.signals.progress.connect(lambda done, total, label, j=job: self.on_progress(done, total, label)
                                     if j is self.job else None)  # a job no longer shown moves no bar
        self.show()

    def on_progress(self, done: int, total: int, _label: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def detach(self, job: Job) -> None:
        if job is self.job:
            self.job = None
            self.hide()
            running = [j for j in self.bridge.jobs if not j.done]
            if running:  # another job still runs (a background sync): its progress and Cancel come back
                self.attach(running[-1])
