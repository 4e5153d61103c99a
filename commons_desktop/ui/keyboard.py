"""Keyboard-only use: Tab moves from control to control. Qt's item views use Tab to walk their own cells,
which traps a keyboard user inside a 100,000-row list; arrows still move inside lists and tables."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QWidget


def tab_leaves_lists(root: QWidget) -> None:
    """Every list and table under ``root``: Tab and Shift+Tab go to the next and previous control."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
