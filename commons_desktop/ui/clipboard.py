"""Copying a phone, email or address: the clipboard is cleared after 30 seconds (if it still holds it)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


class SecretClipboard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS):
        super().__init__(parent)
        self._copied: str | None = None
        self.timer = QTimer(self, singleShot=True, interval=clear_after_ms)
        self.timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._copied = text
        self.timer.start()

    def clear(self) -> None:
        """Clear the clipboard if it still holds what we put there (never someone else's copy)."""
        board = QGuiApplication.clipboard()
        if self._copied is not None and board.text() == self._copied:
            board.clear()
        self._copied = None
        self.timer.stop()
