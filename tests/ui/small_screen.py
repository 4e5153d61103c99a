"""What "fits a 1024×600 screen" means for a window (issue 15), checked by test_screenshots.py for every dialog that
``make screenshots`` opens and by test_small_dialogs.py for the others."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QToolButton

SCREEN = QSize(1024, 600)


def misfits(window, name: str) -> list[str]:
    """What does not fit: opened larger than the screen, a minimum size larger than it, words cut."""
    found = []
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if window.width() > SCREEN.width() or window.height() > SCREEN.height():
        found.append(f"{name}: opens at {window.width()}x{window.height()}")
    if least.width() > SCREEN.width() or least.height() > SCREEN.height():
        found.append(f"{name}: needs at least {least.width()}x{least.height()}")
    return found + [f"{name}: {cut}" for cut in cut_words(window)]


def cut_words(window) -> list[str]:
    """The shown buttons and one-line labels narrower than their words (Qt cuts them), outside scrolled areas."""
    found = []
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if not widget.isVisible() or not widget.text() or _scrolled(widget, window) or (
                isinstance(widget, QToolButton) and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly):
            continue  # (an icon's button shows no words: the passphrase's eye)
        if isinstance(widget, QLabel):
            if not widget.wordWrap() and widget.width() < widget.minimumSizeHint().width():
                found.append(f"label {widget.text()[:40]!r} {widget.width()} < {widget.minimumSizeHint().width()}")
        elif widget.width() < (needs := min(widget.sizeHint().width(),
                                            widget.fontMetrics().horizontalAdvance(widget.text()) + 12)):
            found.append(f"button {widget.text()!r} {widget.width()} < {needs}")
    return found


def _scrolled(widget, window) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False
