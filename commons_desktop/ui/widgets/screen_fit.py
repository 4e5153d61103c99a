"""Windows open no larger than the screen: a dialog made for a large screen (the import preview asks 1280×700)
opened past the edges of a 1024×600 laptop, its buttons out of reach. ``open_at`` gives a window the size it asks
for, or the screen's room when that is smaller (Qt still never makes it smaller than its layout's minimum, which
the dialogs keep within 1024×600: tests/ui/test_screenshots.py checks every one of them)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

NO_SCREEN = QSize(1 << 15, 1 << 15)


def available(widget: QWidget) -> QSize:
    """The room on the screen the window opens on (its panels and docks left out)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else NO_SCREEN


def open_at(widget: QWidget, width: int, height: int) -> None:
    room = available(widget)
    widget.resize(min(width, room.width()), min(height, room.height()))
