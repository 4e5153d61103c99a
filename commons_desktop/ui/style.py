"""A few style touches on top of the platform style (which follows the system palette, dark included).

The red of error messages and warnings is darker on a light palette and lighter on a dark one, so that it
stays readable (contrast of at least 4.5:1 on the window colour) in both."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

STYLE = """
QLabel#fieldError {{ color: {error}; }}
QLabel#warning {{ padding: 8px; border: 1px solid palette(mid); border-radius: 4px; }}
QLabel#danger {{ padding: 8px; border-radius: 4px; background: {danger_bg}; color: {danger_fg}; }}
QLabel#recordTitle {{ padding: 2px 0; }}
"""
LIGHT_ERROR = "#b03a2e"
DARK_ERROR = "#ff8a80"


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour() -> QColor:
    return QColor(DARK_ERROR if is_dark() else LIGHT_ERROR)


def apply_style(app: QApplication) -> None:
    if is_dark(app.palette()):
        app.setStyleSheet(STYLE.format(error=DARK_ERROR, danger_bg="#8e2118", danger_fg="#fff1ef"))
    else:
        app.setStyleSheet(STYLE.format(error=LIGHT_ERROR, danger_bg=LIGHT_ERROR, danger_fg="#ffffff"))


def dark_palette() -> QPalette:
    """A dark palette like a desktop's dark mode (used to check the screens; the app follows the system's)."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"), (roles.Base, "#1e1e1e"),
                         (roles.AlternateBase, "#262626"), (roles.Text, "#e6e6e6"), (roles.Button, "#353535"),
                         (roles.ButtonText, "#e6e6e6"), (roles.BrightText, "#ffffff"), (roles.Highlight, "#3d6fb4"),
                         (roles.HighlightedText, "#ffffff"), (roles.ToolTipBase, "#353535"),
                         (roles.ToolTipText, "#e6e6e6"), (roles.PlaceholderText, "#8c8c8c"), (roles.Link, "#8ab4f8"),
                         (roles.Mid, "#4a4a4a"), (roles.Dark, "#1a1a1a"), (roles.Light, "#505050"),
                         (roles.Midlight, "#404040"), (roles.Shadow, "#000000")):
        p.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return p
