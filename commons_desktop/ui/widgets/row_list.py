"""An editable list of small rows (emails, phones, addresses, consents, custom fields): each row is a few
line edits (or a few lines of text: a street), choices and dates, with a remove button; an "Add" button appends a
row; an error label sits below. A row's values are typed: text as ``str``, a choice as its value, a date as
``datetime.date`` or None."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..signals import emit
from .date_field import DateField


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # placeholder and accessible name (already translated)
    choices: tuple[tuple[str, str], ...] = ()  # (value, translated label) for a choice column
    stretch: int = 1
    new_line: bool = False  # start a second line of the row with this column (long rows: addresses)
    date: bool = False  # an optional date (a DateField) instead of text
    empty: str = ""  # what an empty date says (by default its label)
    lines: bool = False  # several lines of text (a street: "12 rue Haute", "Bâtiment B")


class LinesEdit(QPlainTextEdit):
    """A few lines of text in a row list: as tall as its lines (two to four), Tab moves on, the placeholder and
    ``text()`` of a line edit. ``edited`` is emitted for what the user types, not for ``setPlainText``."""

    MIN_LINES, MAX_LINES = 2, 4

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setPlainText(text)
        self._fit()
        self.textChanged.connect(self._fit)

    def text(self) -> str:
        return self.toPlainText()

    def _fit(self) -> None:
        shown = min(max(self.blockCount(), self.MIN_LINES), self.MAX_LINES)
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        frame = 2 * self.frameWidth() if self.frameShape() != QFrame.Shape.NoFrame else 0
        self.setFixedHeight(shown * self.fontMetrics().lineSpacing() + int(2 * self.document().documentMargin())
                            + margins + frame)


class RowList(QWidget):
    changed = Signal()

    def __init__(self, title: str, columns: list[Column], add_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title, self.columns = title, columns
        self._rows: list[dict] = []  # each: {"widgets": {key: widget}, "remove": button}
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(4)
        self.add_button = QPushButton(add_label)
        self.add_button.setAccessibleName(add_label)
        self.add_button.clicked.connect(lambda: self.add_row({}, focus=True))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        layout.addLayout(bottom)
        layout.addWidget(self.error)

    def add_row(self, values: dict, focus: bool = False) -> None:
        number = len(self._rows)
        widgets: dict[str, QWidget] = {}
        box = QWidget()
        lines = QVBoxLayout(box)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(2)
        line = QHBoxLayout()
        lines.addLayout(line)
        remove = QPushButton("✕")
        for col in self.columns:
            if col.new_line:
                line = QHBoxLayout()
                lines.addLayout(line)
            if col.choices:
                w = QComboBox()
                for value, label in col.choices:
                    w.addItem(label, value)
                current = w.findData(values.get(col.key, col.choices[0][0]))
                w.setCurrentIndex(max(current, 0))
                w.currentIndexChanged.connect(self.changed)
            elif col.lines:
                w = LinesEdit(str(values.get(col.key) or ""))
                w.setPlaceholderText(col.label)
                w.textChanged.connect(self.changed)
            elif col.date:
                w = DateField(optional=True, empty=col.empty or col.label)
                w.set_value(values.get(col.key))
                w.setToolTip(col.label)
                w.edited.connect(self.changed)
            else:
                w = QLineEdit(str(values.get(col.key) or ""))
                w.setPlaceholderText(col.label)
                w.textEdited.connect(self.changed)
            w.setAccessibleName(f"{self.title} {number + 1}: {col.label}")
            line.addWidget(w, col.stretch)
            widgets[col.key] = w
        remove.setAccessibleName(self.tr("Remove %1 %2").replace("%1", self.title).replace("%2", str(number + 1)))
        remove.setToolTip(self.tr("Remove"))
        remove.setFixedWidth(remove.fontMetrics().horizontalAdvance("✕") + 20)
        first_line = lines.itemAt(0).layout()
        first_line.addWidget(remove)
        if lines.count() > 1:
            spacer = QWidget()
            spacer.setFixedWidth(remove.width())
            lines.itemAt(lines.count() - 1).layout().addWidget(spacer)
        row = {"widgets": widgets, "remove": remove, "box": box}
        remove.clicked.connect(lambda: self.remove_row(row))
        self.rows_layout.addWidget(box)
        self._rows.append(row)
        before = self.add_button.previousInFocusChain()  # the last row, or the control before this list
        while before is not self.add_button and (before.isAncestorOf(box) or box.isAncestorOf(before)
                                                 or not before.focusPolicy() & Qt.FocusPolicy.TabFocus):
            before = before.previousInFocusChain()  # (Qt ignores a tab order that starts at an unfocusable widget)
        chain = [before, *widgets.values(), remove, self.add_button]  # Tab: the row's fields, then "Add"
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if focus:
            first = next(iter(widgets.values()))
            first.setFocus()
            emit(self.changed)

    def remove_row(self, row: dict) -> None:
        values = self.values(keep_empty=True)
        index = self._rows.index(row)
        del values[index]
        self.set_values(values)
        emit(self.changed)

    def values(self, keep_empty: bool = False) -> list[dict]:
        out = []
        for row in self._rows:
            item = {}
            for key, w in row["widgets"].items():
                if isinstance(w, QComboBox):
                    item[key] = w.currentData()
                elif isinstance(w, DateField):
                    item[key] = w.value()
                else:
                    item[key] = w.text().strip()
            texts = [v for k, v in item.items() if not self._is_choice(k)]
            if keep_empty or any(texts):
                out.append(item)
        return out

    def _is_choice(self, key: str) -> bool:
        return any(c.key == key and c.choices for c in self.columns)

    def set_values(self, rows: list[dict]) -> None:
        for row in self._rows:
            self.rows_layout.removeWidget(row["box"])
            row["box"].deleteLater()
        self._rows = []
        for values in rows:
            self.add_row(values)
        self.set_error("")

    def line_edit(self, row: int, key: str) -> QWidget:
        """The widget of one value of a row (a QLineEdit, QComboBox or DateField)."""
        return self._rows[row]["widgets"][key]

    def row_count(self) -> int:
        return len(self._rows)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
