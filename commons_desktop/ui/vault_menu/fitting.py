"""Dialogs that grow with what they show: a preview appearing, a warning under a field, a message. Qt does not
grow a window whose word-wrapped labels need more height; these dialogs measure their layout at their width
(heightForWidth) each time it changes and take that room, so nothing is ever squeezed or overlapped."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog


class FittingDialog(QDialog):
    WIDTH = 540  # the width a dialog opens at (more when its content needs it)

    def event(self, event) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return done

    def fit(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        width = max(self.WIDTH, layout.totalMinimumSize().width(), self.width() if self.isVisible() else 0)
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        height = max(height, layout.totalMinimumSize().height())
        self.setMinimumSize(layout.totalMinimumSize().width(), height)
        if self.width() < width or self.height() < height:
            self.resize(max(width, self.width()), max(height, self.height()))
