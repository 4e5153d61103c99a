"""The detail pane shared by people and organisations: a form in a Details tab, more tabs (membership,
history...), Save (Ctrl+S), Revert (Esc), Delete, and copy-to-clipboard of the first email or phone.

Unsaved edits survive an auto-lock: ``pending_state`` hands them out before the vault closes and
``restore_state`` puts them back (still unsaved) after the unlock. A subclass says how a record is
fetched, stored and removed (through services) and which form shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import InvalidField
from ..services import lists
from .clipboard import SecretClipboard
from .errors import describe
from .history_table import HistoryTable
from .signals import emit


class RecordEditor(QStackedWidget):
    saved = Signal(str)
    deleted = Signal(str)

    def __init__(self, view, form, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.view, self.form = view, form
        self.vault = None
        self.ident: str | None = None
        self.dirty = False
        self.ask = view.ask if view is not None else None
        self.clipboard = SecretClipboard(self)
        self.empty = QLabel(empty_text)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.addWidget(self.empty)
        self.title = QLabel()
        self.title.setObjectName("recordTitle")
        self.title.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.form.changed.connect(self._changed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the tab bar straight to the first field
        scroll.setWidget(self.form)
        self.history = HistoryTable()
        self.undo_button = QPushButton(self.tr("Undo the last change"))
        self.undo_button.setAccessibleName(self.undo_button.text())
        self.undo_button.setToolTip(self.tr("Puts back the values the last saved change replaced"))
        self.undo_button.clicked.connect(self.undo_last)
        self.history_page = QWidget()
        history_layout = QVBoxLayout(self.history_page)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        history_layout.addWidget(self.history, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Details"))
        for widget, title in self.extra_tabs():
            self.tabs.addTab(widget, title)
        self.tabs.addTab(self.history_page, self.tr("History"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Undo the unsaved changes (Esc)"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.copy_email = QPushButton(self.tr("Copy email"))
        self.copy_email.setToolTip(self.tr("The clipboard is cleared after 30 seconds"))
        self.copy_phone = QPushButton(self.tr("Copy phone"))
        self.copy_phone.setToolTip(self.copy_email.toolTip())
        for button in (self.save_button, self.revert_button, self.delete_button, self.copy_email, self.copy_phone):
            button.setAccessibleName(button.text())
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete)
        self.copy_email.clicked.connect(lambda: self._copy(self.form.emails))
        self.copy_phone.clicked.connect(lambda: self._copy(self.form.phones))
        buttons = QHBoxLayout()
        for button in (self.copy_email, self.copy_phone):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.delete_button, self.revert_button, self.save_button):
            buttons.addWidget(button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.addWidget(page)
        self.page = page
        chain = (self.copy_email, self.copy_phone, self.delete_button, self.revert_button, self.save_button)
        for first, second in zip(chain, chain[1:], strict=False):  # Tab follows the buttons as they are shown
            QWidget.setTabOrder(first, second)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Save, page, self.save, context=context)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), page, self.revert, context=context)
        self._update()

    # -- what a subclass provides --------------------------------------------------------------------------
    def extra_tabs(self) -> list[tuple[QWidget, str]]:
        return []

    def fetch(self, ident: str):
        raise NotImplementedError

    def store(self, ident: str | None, record) -> str:
        raise NotImplementedError

    def remove(self, ident: str) -> None:
        raise NotImplementedError

    def blank(self):
        raise NotImplementedError

    def new_title(self) -> str:
        return self.tr("New record")

    def shown(self, ident: str | None) -> None:
        """A record (or a blank one) is now in the form."""

    # -- state -----------------------------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self.vault = vault
        if vault is None:  # locked or quitting: nothing of the vault stays behind, in the clipboard neither
            self.clipboard.clear()
            self.ident, self.dirty = None, False
            self.form.set_record(self.blank())
            self.history.set_entries([])
            self.shown(None)
            self.setCurrentWidget(self.empty)

    def load(self, ident: str) -> None:
        if ident == self.ident and self.currentWidget() is self.page:
            return
        if self.dirty and not self._settle():
            return
        try:
            record = self.fetch(ident)
        except Exception as exc:  # noqa: BLE001 - e.g. deleted meanwhile: said, nothing shown
            self._say(describe(exc))
            return
        self.ident = ident
        self.form.set_record(record)
        self.dirty = False
        self.shown(ident)
        self._say("")
        self._tab_changed(self.tabs.currentIndex())
        self.setCurrentWidget(self.page)
        self._update()

    def new(self) -> None:
        if self.dirty and not self._settle():
            return
        self.ident = None
        self.form.set_record(self.blank())
        self.history.set_entries([])
        self.dirty = False
        self.shown(None)
        self.tabs.setCurrentIndex(0)
        self.setCurrentWidget(self.page)
        self._say("")
        self._update()
        self.form.first_field().setFocus()

    def _settle(self) -> bool:
        """Unsaved changes before switching record: save them, or drop them if the user says so."""
        if self.ask is not None and self.ask.confirm(self.tr("Unsaved changes"), self.tr("Save the changes first?")):
            return self.save()
        return True

    def pending_state(self) -> dict | None:
        if not self.dirty or self.currentWidget() is not self.page:
            return None
        return {"ident": self.ident, "record": self.form.record(), "tab": self.tabs.currentIndex()}

    def restore_state(self, state: dict, note: str | None = None) -> None:
        if state.get("ident"):
            self.load(state["ident"])
        else:
            self.new()
        self.form.set_record(state["record"])
        self.tabs.setCurrentIndex(state.get("tab", 0))
        self.dirty = True
        self._say(self.tr("Your unsaved changes were kept while the vault was locked.") if note is None else note)
        self._update()

    # -- actions ---------------------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.vault is None or self.currentWidget() is not self.page:
            return False
        try:
            ident = self.store(self.ident, self.form.record())
        except InvalidField as exc:
            self.form.show_error(exc).setFocus()
            self._say(describe(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing was written
            self._say(describe(exc))
            return False
        self.ident = None
        self.dirty = False
        self.load(ident)
        self._say(self.tr("Saved."))
        emit(self.saved, ident)
        return True

    def undo_last(self) -> None:
        """Undo the last saved change of this record (from the change log)."""
        if self.ident is None or self.vault is None:
            return
        if self.dirty:
            self._say(self.tr("Save or revert your unsaved changes first."))
            return
        try:
            fields = lists.undo_last_change(self.vault, self.ident)
        except Exception as exc:  # noqa: BLE001
            self._say(describe(exc))
            return
        ident, self.ident = self.ident, None
        self.load(ident)
        self.tabs.setCurrentWidget(self.history_page)
        self.history.load(self.vault, ident)
        self._say(self.tr("Undone.") if fields else self.tr("There is no change to undo."))
        if fields:
            emit(self.saved, ident)

    def revert(self) -> None:
        if self.ident is None:
            self.dirty = False
            self.new()
            return
        ident, self.ident, self.dirty = self.ident, None, False
        self.load(ident)
        self._say(self.tr("Changes undone."))

    def delete(self) -> None:
        if self.ident is None or self.vault is None:
            return
        question = self.tr("Delete %1? This can be undone from the history.").replace(
            "%1", self.form.record().display_name)
        if self.ask is not None and not self.ask.confirm(self.tr("Delete"), question):
            return
        ident = self.ident
        try:
            self.remove(ident)
        except Exception as exc:  # noqa: BLE001
            self._say(describe(exc))
            return
        self.ident, self.dirty = None, False
        self.setCurrentWidget(self.empty)
        emit(self.deleted, ident)

    def _copy(self, rows) -> None:
        values = rows.values()
        if values:
            self.clipboard.copy(next(iter(values[0].values())))
            self._say(self.tr("Copied. The clipboard will be cleared in 30 seconds."))

    # -- display ---------------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.dirty = True
        self._update()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.history_page:
            self.history.load(self.vault, self.ident)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _update(self) -> None:
        record = self.form.record()
        name = record.display_name.strip() if self.form.has_name() else self.new_title()
        self.title.setText(f"<h2>{_escape(name)}{' •' if self.dirty else ''}</h2>")
        self.save_button.setEnabled(self.dirty)
        self.revert_button.setEnabled(self.dirty)
        self.delete_button.setEnabled(self.ident is not None)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, self.ident is not None)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
