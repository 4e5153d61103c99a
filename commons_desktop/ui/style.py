"""A few style touches on top of the platform style (which follows the system palette, dark included)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLE = """
QLabel#fieldError { color: #c0392b; }
QLabel#warning { padding: 8px; border: 1px solid palette(mid); border-radius: 4px; }
QLabel#recordTitle { padding: 2px 0; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyleSheet(STYLE)
