"""The base of the small forms (a membership, a contribution, a document's title and tags): labelled fields in
a form layout, one ``changed`` signal for whatever the user edits (not for what ``set_record`` shows), and the
validation message under the fields with the focus on the field it names."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...core.errors import InvalidField
from ..errors import describe
from ..signals import emit
from .date_field import DateField


class SimpleForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow pane: a field under its label
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self._fields: dict[str, QWidget] = {}  # field name (as InvalidField names it) -> its widget
        self._first: QWidget | None = None
        self._loading = False

    def add(self, label: str, widget: QWidget, *fields: str) -> QWidget:
        """A labelled row; ``fields`` are the names validation gives this field (to put the focus on it)."""
        widget.setAccessibleName(label)
        self.layout_.addRow(label, widget)
        self.watch(widget)
        for name in fields:
            self._fields[name] = widget
        if self._first is None:
            self._first = widget
        return widget

    def watch(self, widget: QWidget) -> None:
        if isinstance(widget, DateField):
            widget.edited.connect(self._edited)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._edited)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._edited)
        elif isinstance(widget, QDoubleSpinBox):
            widget.valueChanged.connect(self._edited)

    def finish(self) -> None:
        """After the last row: the validation message goes under the fields."""
        self.layout_.addRow(self.error)

    @contextmanager
    def loading(self) -> Iterator[None]:
        """``set_record`` fills the widgets inside this: nothing it does counts as an edit."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False
        self.clear_errors()

    def _edited(self, *_args) -> None:
        if not self._loading:
            emit(self.changed)

    def first_field(self) -> QWidget:
        return self._first or self

    def clear_errors(self) -> None:
        self.error.hide()

    def show_error(self, exc: InvalidField) -> QWidget:
        self.error.setText(describe(exc))
        self.error.show()
        return self._fields.get(exc.field, self.first_field())


class MoneyBox(QDoubleSpinBox):
    """An amount typed in the user's locale (25.50 / 25,50), two decimals, no arrows. No amount yet (0.00) is
    selected whenever the field is entered, by Tab or by a click: the digits typed replace it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDecimals(2)
        self.setRange(0, 999_999_999.99)
        self.setGroupSeparatorShown(True)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.lineEdit().installEventFilter(self)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        if self.value() == 0:
            self.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease and self.value() == 0
                and not self.lineEdit().hasSelectedText()):
            self.selectAll()
        return super().eventFilter(watched, event)


def money_box() -> MoneyBox:
    return MoneyBox()


def choice_box(options: tuple[tuple[str, str], ...]) -> QComboBox:
    box = QComboBox()
    for value, text in options:
        box.addItem(text, value)
    return box


def choose(box: QComboBox, value: str) -> None:
    """Show ``value`` in a choice box (a value the box does not know is added, so it is never replaced)."""
    index = box.findData(value)
    if index < 0:
        box.addItem(value, value)
        index = box.count() - 1
    box.setCurrentIndex(index)
