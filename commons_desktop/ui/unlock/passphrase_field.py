"""The one passphrase field of the app (creating a vault, unlocking it, changing its passphrase, bundles):
a show/hide toggle inside the field, a Caps Lock warning under it, and for a new passphrase a strength meter.
``NewPassphrase`` pairs a new passphrase with its repetition and says what is wrong with them, live: the "too
weak" message goes as soon as the passphrase is strong enough.

Tests and dialogs type into ``PassphraseField.edit`` (a QLineEdit), which the dialogs keep as their
``passphrase`` attribute."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QToolButton, QVBoxLayout, QWidget

from ..signals import emit
from . import caps_lock, strength

MIN_LENGTH = 8


def eye_icon(colour, shown: bool, size: int = 16) -> QIcon:
    """An eye (the passphrase is hidden: click to show it) or a struck-out eye (it is shown: click to hide)."""
    ratio = 2.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1.4))
    eye = QPainterPath()
    eye.moveTo(1.5, size / 2)
    eye.quadTo(size / 2, 1.0, size - 1.5, size / 2)
    eye.quadTo(size / 2, size - 1.0, 1.5, size / 2)
    painter.drawPath(eye)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(size / 2, size / 2), 2.4, 2.4)
    if shown:
        painter.setPen(QPen(colour, 1.6))
        painter.drawLine(QPointF(2.5, size - 2.5), QPointF(size - 2.5, 2.5))
    painter.end()
    return QIcon(pixmap)


class PassphraseEdit(QLineEdit):
    """A password field with a show/hide toggle that knows whether Caps Lock is on (see ``caps_lock``)."""

    caps_lock_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.caps_lock: bool | None = None  # None: not known yet
        self.reveal_action = QAction(self)
        self.reveal_action.setCheckable(True)
        self.reveal_action.toggled.connect(self.reveal)
        self.addAction(self.reveal_action, QLineEdit.ActionPosition.TrailingPosition)
        self.reveal_button = next(b for b in self.findChildren(QToolButton) if b.defaultAction() is self.reveal_action)
        self.reveal_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.reveal(False)

    def reveal(self, shown: bool) -> None:
        """Show the passphrase as typed, or hide it again behind dots."""
        if self.reveal_action.isChecked() != shown:
            self.reveal_action.setChecked(shown)  # comes back here through toggled
            return
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        words = self.tr("Hide the passphrase") if shown else self.tr("Show the passphrase")
        self.reveal_action.setText(words)
        self.reveal_action.setToolTip(words)
        self.reveal_button.setAccessibleName(words)
        self.reveal_action.setIcon(eye_icon(self.palette().color(QPalette.ColorRole.Text), shown))

    @property
    def revealed(self) -> bool:
        return self.echoMode() == QLineEdit.EchoMode.Normal

    def _set_caps_lock(self, on: bool | None) -> None:
        if on is None or on == self.caps_lock:
            return
        self.caps_lock = on
        emit(self.caps_lock_changed, on)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_CapsLock:
            known = self.caps_lock
            self._set_caps_lock(not known if known is not None else self._ask_system())
        else:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._set_caps_lock(caps_lock.from_key(event.text(), shift))
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._set_caps_lock(self._ask_system())
        super().focusInEvent(event)

    def _ask_system(self) -> bool | None:
        return caps_lock.native_state(QGuiApplication.platformName())


class PassphraseField(QWidget):
    """A ``PassphraseEdit`` with its Caps Lock warning and, for a new passphrase, its strength meter."""

    def __init__(self, name: str, *, meter: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = PassphraseEdit()
        self.edit.setAccessibleName(name)
        self.caps = QLabel(self.tr("Caps Lock is on."))
        self.caps.setObjectName("fieldError")
        self.caps.hide()
        self.edit.caps_lock_changed.connect(self.caps.setVisible)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.edit)
        self.meter: QProgressBar | None = None
        self.meter_label: QLabel | None = None
        if meter:
            self.meter = QProgressBar()
            self.meter.setRange(0, 4)
            self.meter.setTextVisible(False)
            self.meter.setMaximumHeight(8)
            self.meter.setAccessibleName(self.tr("Passphrase strength"))
            self.meter_label = QLabel()
            self.meter_label.setWordWrap(True)
            layout.addWidget(self.meter)
            layout.addWidget(self.meter_label)
            self.edit.textChanged.connect(self._strength)
            self._strength("")
        layout.addWidget(self.caps)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.edit.reveal(False)

    def _strength(self, text: str) -> None:
        value = strength.score(text)
        names = [self.tr("Too weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Good"), self.tr("Strong")]
        assert self.meter is not None and self.meter_label is not None
        self.meter.setValue(value if text else 0)
        self.meter_label.setText(names[value] if text else self.tr("Use several words, or 12 characters or more."))
        self.meter.setAccessibleDescription(self.meter_label.text())


def too_weak(text: str) -> bool:
    return len(text) < MIN_LENGTH or strength.score(text) == 0


class NewPassphrase(QObject):
    """A new passphrase and its repetition (creating a vault, changing its passphrase). ``check()`` says what is
    wrong, under the fields; once said, the message goes as soon as it is no longer true (typing on until the
    passphrase is strong enough, or the two agree)."""

    changed = Signal()

    def __init__(self, parent: QWidget, first_name: str, second_name: str):
        super().__init__(parent)
        self.first = PassphraseField(first_name, meter=True)
        self.second = PassphraseField(second_name)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.shown = ""  # the problem said under the fields ("weak", "differ"), "" when none is
        for field in (self.first, self.second):
            field.edit.textChanged.connect(self._changed)

    def add_rows(self, form: QFormLayout, first_label: str, second_label: str) -> None:
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        form.addRow("", self.message)

    def text(self) -> str:
        return self.first.text()

    def problem(self) -> str:
        """'weak', 'differ' or '' (acceptable)."""
        if too_weak(self.first.text()):
            return "weak"
        if self.first.text() != self.second.text():
            return "differ"
        return ""

    def words(self, problem: str) -> str:
        if problem == "weak":
            return self.tr("This passphrase is too weak: use at least 8 characters, better several words.")
        if problem == "differ":
            return self.tr("The two passphrases differ.")
        return ""

    def check(self) -> bool:
        """Say what is wrong (and put the cursor there); True when the passphrase is acceptable."""
        found = self.problem()
        self.shown = found
        self.message.setText(self.words(found))
        self.message.setVisible(bool(found))
        if found:
            (self.first if found == "weak" else self.second).edit.setFocus()
        return not found

    def _changed(self, _text: str = "") -> None:
        if self.shown and self.problem() != self.shown:
            self.shown = ""
            self.message.hide()
            self.message.clear()
        emit(self.changed)

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.shown = ""
        self.message.hide()

