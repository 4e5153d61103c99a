"""A row of buttons that fits any width: what does not fit goes into the » menu at the row's end.

A plain QHBoxLayout of buttons makes the window as wide as the sum of their labels (and French labels are
long); on a 1024×600 screen that pushed the main window past the screen. A QToolBar lays the same buttons
out and moves the ones that do not fit into its extension menu, so no function is hidden and no label is cut.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolBar, QWidget


class OverflowRow(QToolBar):
    def __init__(self, leading=(), trailing=(), parent: QWidget | None = None):
        super().__init__(parent)
        self.setMovable(False)
        self.setFloatable(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.setStyleSheet("QToolBar { border: none; background: transparent; padding: 0; spacing: 6px; }")
        self.actions_of: dict[QWidget, QAction] = {}
        for widget in leading:
            self._add(widget)
        if trailing:
            spacer = QWidget()
            spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.addWidget(spacer)
        for widget in trailing:
            self._add(widget)

    def _add(self, widget: QWidget) -> None:
        hidden = widget.isHidden() and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
        self.actions_of[widget] = self.addWidget(widget)
        self.actions_of[widget].setVisible(not hidden)  # a button its editor hid before the row was made

    def set_shown(self, widget: QWidget, shown: bool) -> None:
        """In a toolbar a widget is shown or hidden through its action (widget.hide() would be undone)."""
        self.actions_of[widget].setVisible(shown)

    def row(self) -> QHBoxLayout:
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self)
        return layout
