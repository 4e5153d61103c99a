"""Auto-lock after idle time: any key, click, wheel or pointer move on the app resets the idle clock.

The clock and the check interval are injected, so tests advance a fake clock and call ``check()``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from .signals import emit

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
            QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride}
CHECK_MS = 15_000


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, timeout_s: float, *, clock: Callable[[], float] = time.monotonic, check_ms: int = CHECK_MS,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.timeout_s, self.clock = timeout_s, clock
        self.last = clock()
        self.timer = QTimer(self, interval=check_ms)
        self.timer.timeout.connect(self.check)
        self._watching = False

    def watch(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True

    def unwatch(self) -> None:
        """Stop seeing the app's events (the desktop quits: a filter left on the application would run for every
        event of every window after it)."""
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
            self._watching = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in ACTIVITY:
            self.last = self.clock()
        return False

    def set_timeout(self, seconds: float) -> None:
        self.timeout_s = seconds

    def start(self) -> None:
        self.last = self.clock()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def poke(self) -> None:
        self.last = self.clock()

    def check(self) -> None:
        if self.running and self.clock() - self.last >= self.timeout_s:
            self.stop()
            emit(self.idle)
