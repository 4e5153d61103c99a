"""Copying a phone, email or address: the clipboard is cleared after 30 seconds (if it still holds it), and
at once when the vault locks or the application quits. The copy is marked as secret so that clipboard
managers (Klipper, GPaste, the Windows clipboard history, macOS pasteboard tools) do not keep it in their
history files: a copied contact must not end up on disk through them."""

from __future__ import annotations

import sys

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


def secret_mime(text: str) -> QMimeData:
    """``text`` with the hints clipboard managers honour to leave a copy out of their history."""
    mime = QMimeData()
    mime.setText(text)
    if sys.platform == "win32":
        mime.setData("ExcludeClipboardContentFromMonitorProcessing", QByteArray(b"1"))
        mime.setData("CanIncludeInClipboardHistory", QByteArray(b"\0\0\0\0"))
        mime.setData("CanUploadToCloudClipboard", QByteArray(b"\0\0\0\0"))
    elif sys.platform == "darwin":
        mime.setData("application/x-nspasteboard-concealed-type", QByteArray(text.encode("utf-8")))
    else:
        mime.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
    return mime


class SecretClipboard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS):
        super().__init__(parent)
        self._copied: str | None = None
        self.timer = QTimer(self, singleShot=True, interval=clear_after_ms)
        self.timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setMimeData(secret_mime(text))
        self._copied = text
        self.timer.start()

    def clear(self) -> None:
        """Clear the clipboard if it still holds what we put there (never someone else's copy)."""
        board = QGuiApplication.clipboard()
        if self._copied is not None and board.text() == self._copied:
            board.clear()
        self._copied = None
        self.timer.stop()
