"""A checkbox whose words wrap: a QCheckBox draws its text on one line, so a long French sentence made the page as
wide as the sentence (or was cut). Here the box has no text of its own (the sentence is its accessible name, which
screen readers announce) and a word-wrapped label beside it says the sentence; clicking the label ticks the box,
as clicking a checkbox's own text does."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget


class _Words(QLabel):
    def __init__(self, text: str, box: QCheckBox):
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self):  # noqa: N802 - Qt's name
        """One line when there is room (a wrapping QLabel would otherwise ask for a narrow, many-line block)."""
        hint = super().sizeHint()
        width = self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin() + 2 * self.indent() \
            + self.fontMetrics().averageCharWidth()  # (a wrapped layout rounds each glyph: leave a letter's room)
        return hint.expandedTo(QSize(width, self.heightForWidth(width)))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled() and self.rect().contains(
                event.position().toPoint()):
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class WrappedCheck(QWidget):
    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.label = _Words(text, self.box)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box)
        row.addWidget(self.label, 1)
        self.box.installEventFilter(self)  # the words look disabled when the box is

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.box and event.type() == QEvent.Type.EnabledChange:
            self.label.setEnabled(self.box.isEnabled())
        return False
