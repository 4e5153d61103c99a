"""A date typed in the user's locale (14/07/1962 in French) or picked from a calendar pop-up.

``DateField`` is a QDateEdit whose value is a ``datetime.date``, or None for an optional date left empty: the
empty state shows "No date" and is never read as some default day. Typing a digit into an empty field starts
a date there; a click selects the day, month or year under it, so the digits typed next replace it; the arrow
keys, the wheel and the pop-up start from today, not from the year 1752; Delete or Backspace over the whole
date, or the clear button, empty it again. Tab goes to the next field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QLineEdit, QStyle, QWidget

from ..format import day_format
from ..signals import emit

FLOOR = QDate(1752, 9, 14)  # QDateEdit's own minimum: the "no date" value of an optional field
_EMPTYING = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class DateField(QDateEdit):
    edited = Signal()  # the user changed the date (not set_value)

    def __init__(self, optional: bool = True, parent: QWidget | None = None, today=date.today, empty: str = ""):
        """``empty``: what an empty optional date says ("No end date"; by default "No date")."""
        super().__init__(parent)
        self.optional, self.today = optional, today
        self._setting = False
        self.setCalendarPopup(True)
        self.setDisplayFormat(day_format())
        self.setMinimumDate(FLOOR)
        self.setMaximumDate(QDate(9999, 12, 31))
        self.setCorrectionMode(QDateEdit.CorrectionMode.CorrectToNearestValue)
        self.setKeyboardTracking(True)
        if optional:
            self.setSpecialValueText(empty or self.tr("No date"))
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
            self.clear_action = self.lineEdit().addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
            self.clear_action.setToolTip(self.tr("No date"))
            self.clear_action.triggered.connect(self._clear_by_user)
        else:
            self.clear_action = None
        self.calendarWidget().installEventFilter(self)
        self.lineEdit().installEventFilter(self)
        self.dateChanged.connect(self._date_changed)
        self.set_value(None if optional else today())

    # -- the value -------------------------------------------------------------------------------------------
    def value(self) -> date | None:
        current = self.date()
        if self.optional and current == FLOOR:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (None: no date; a required field then shows today, as a new record's default)."""
        if value is None and not self.optional:
            value = self.today()
        self._setting = True
        try:
            self.setDate(FLOOR if value is None else QDate(value.year, value.month, value.day))
        finally:
            self._setting = False
        self._show_clear()

    # -- the user's gestures -------------------------------------------------------------------------------
    def _start_today(self) -> None:
        today = self.today()
        self.setDate(QDate(today.year, today.month, today.day))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        empty = self.value() is None
        if self.optional and not empty and event.key() in _EMPTYING and self._all_selected():
            self._clear_by_user()
            return
        if empty and event.text().isdigit():  # a date typed into an empty field starts at its first part
            self._start_today()
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)

    def _all_selected(self) -> bool:
        line = self.lineEdit()
        return line.selectedText() == line.text() and bool(line.text())

    def stepBy(self, steps: int) -> None:  # noqa: N802 - arrows, wheel and page keys from an empty field
        if self.value() is None:
            self._start_today()
            return
        super().stepBy(steps)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        """Tab leaves the date (QDateEdit would walk its day, month and year first): one Tab per field, as in
        the rest of the form; typing moves from day to month to year, and so do the arrow keys."""
        return QWidget.focusNextPrevChild(self, next)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.value() is None:
            today = self.today()
            self.calendarWidget().setCurrentPage(today.year, today.month)
        elif (watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease
              and self.value() is not None and not self.lineEdit().hasSelectedText()):
            # a click in the day, month or year selects it: the digits typed next replace it
            self.setSelectedSection(self.currentSection())
        return super().eventFilter(watched, event)

    def _clear_by_user(self) -> None:
        self.setDate(FLOOR)

    def _date_changed(self, _date: QDate) -> None:
        self._show_clear()
        if not self._setting:
            emit(self.edited)

    def _show_clear(self) -> None:
        if self.clear_action is not None:
            self.clear_action.setVisible(self.value() is not None)
