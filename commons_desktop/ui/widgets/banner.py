"""Banners across the top of the main window: something the user should know now, without a modal dialog in
the way (a backup reminder, a file replaced under the app, a key the keyring would not keep), with the one or
two buttons that act on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..style import error_colour

INFO, DANGER = "info", "danger"


class Banner(QFrame):
    def __init__(self, key: str, text: str, kind: str = INFO, parent: QWidget | None = None):
        super().__init__(parent)
        self.key, self.kind = key, kind
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(text)
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(10, 6, 6, 6)
        self.row.addWidget(self.label, 1)
        if kind == DANGER:
            colour = error_colour()
            self.setStyleSheet(f"QFrame#banner {{ border: 2px solid {colour.name()}; border-radius: 4px; }}")
        else:
            mid = self.palette().color(QPalette.ColorRole.Mid).name()
            self.setStyleSheet(f"QFrame#banner {{ border: 1px solid {mid}; border-radius: 4px; "
                               "background: palette(alternate-base); }")

    def add_button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        self.row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.buttons[name] = button
        return button

    def text(self) -> str:
        return self.label.text()


class BannerArea(QWidget):
    """Holds the banners shown now, newest last; empty (and taking no room) when there are none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banners")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 4, 4)
        self.column.setSpacing(4)
        self.banners: dict[str, Banner] = {}
        self.hide()

    def show_banner(self, key: str, text: str, kind: str = INFO, *,
                    buttons: list[tuple[str, str, Callable[[], None]]] = (), dismiss: str | None = None) -> Banner:
        """Show (or replace) the banner ``key``; ``buttons``: (name, text, action); ``dismiss``: the text of a
        button that only closes it (None: none)."""
        self.hide_banner(key)
        banner = Banner(key, text, kind, self)
        for name, words, slot in buttons:
            banner.add_button(name, words, slot)
        if dismiss:
            banner.add_button("dismiss", dismiss, lambda: self.hide_banner(key))
        self.banners[key] = banner
        self.column.addWidget(banner)
        self.show()
        return banner

    def hide_banner(self, key: str) -> None:
        banner = self.banners.pop(key, None)
        if banner is not None:
            banner.hide()
            self.column.removeWidget(banner)
            banner.deleteLater()
        self.setVisible(bool(self.banners))

    def banner(self, key: str) -> Banner | None:
        return self.banners.get(key)
