"""Unsaved edits: the one mechanism every editor of a record shares (person, organisation, membership,
contribution, document).

A ``DraftEditor`` shows one record in a form: Save (Ctrl+S), Revert (Esc), Delete, a title and a message. Its
form gives the record as the fields now say it, as a typed record (``form.record()``: dates are dates, an
amount a Decimal, lists of typed rows), and shows one (``form.set_record``): the same two calls load a stored
record, and keep and put back a draft.

- ``pending_state()`` hands out a ``Draft``: a typed copy of the form's record, whether it is dirty, which
  tab was shown, and the drafts of the editors inside this one (a person's membership and contribution).
  The vault then locks; after the unlock ``restore_state(draft)`` shows the same record again and puts the
  draft back into the form: still unsaved, exactly as savable as before.
- ``leave()`` runs before the editor shows something else (another record, another section, the window
  closing): each dirty editor asks save / discard / cancel through the injected ``Ask``. Locking is not
  leaving: the draft survives it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ..core.errors import InvalidField
from .errors import describe
from .signals import emit
from .widgets.overflow import OverflowRow

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"  # the answers of Ask.save_discard_cancel


@dataclass(frozen=True)
class Draft:
    """An editor's unsaved state: plain data, no widget. ``record`` is the form's typed record (a copy)."""

    ident: str | None  # the record edited; None for a new one
    record: Any
    dirty: bool = True  # False: the form is as stored (the draft is kept for the editors inside it)
    tab: int = 0
    inner: tuple[tuple[str, Draft], ...] = ()  # (name of the inner editor, its draft)


class DraftEditor(QStackedWidget):
    """A form with Save / Revert / Delete, an empty page when nothing is shown, and the draft mechanism."""

    saved = Signal(str)
    deleted = Signal(str)
    shown_record = Signal(object)  # the id now in the form (None: a new record), after a load or a restore
    title_tag = "h2"

    def __init__(self, form, empty_text: str, ask=None, parent: QWidget | None = None, *, shortcuts: bool = True):
        super().__init__(parent)
        self.form, self.ask = form, ask
        self.vault = None
        self.ident: str | None = None
        self.dirty = False
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
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Undo the unsaved changes (Esc)"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete)
        self.page = self.build_page()
        self.addWidget(self.page)
        for button in self.buttons():
            button.setAccessibleName(button.text())
        buttons = self.buttons()
        for first, second in zip(buttons, buttons[1:], strict=False):  # Tab follows the buttons as they are shown
            QWidget.setTabOrder(first, second)
        if shortcuts:  # an editor inside another one is reached through the outer editor's shortcuts
            context = Qt.ShortcutContext.WidgetWithChildrenShortcut
            QShortcut(QKeySequence.StandardKey.Save, self.page, lambda: self.focused_editor().save(), context=context)
            QShortcut(QKeySequence(Qt.Key.Key_Escape), self.page, lambda: self.focused_editor().revert(),
                      context=context)
        self._update()

    # -- what a subclass provides --------------------------------------------------------------------------
    def build_page(self) -> QWidget:
        """The page of a shown record: by default its title, the form, the message and the buttons."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addLayout(self.button_row())
        return page

    def button_row(self, leading: list[QWidget] | tuple = ()) -> QHBoxLayout:
        self.button_bar = OverflowRow(leading, (self.delete_button, self.revert_button, self.save_button))
        return self.button_bar.row()  # buttons that do not fit a narrow window go into the bar's » menu

    def buttons(self) -> list[QPushButton]:
        return [self.delete_button, self.revert_button, self.save_button]

    def fetch(self, ident: str):
        raise NotImplementedError

    def store(self, ident: str | None, record) -> str:
        raise NotImplementedError

    def remove(self, ident: str) -> None:
        raise NotImplementedError

    def blank(self):
        raise NotImplementedError

    def heading(self, record) -> str:
        """What the title and the questions call the record shown."""
        return record.display_name

    def shown(self, ident: str | None) -> None:
        """A record (or a blank one) is now in the form."""

    def inner_editors(self) -> dict[str, DraftEditor]:
        """Editors inside this one (their drafts travel with this editor's)."""
        return {}

    def tab(self) -> int:
        return 0

    def set_tab(self, index: int) -> None:
        pass

    # -- state -----------------------------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        """A new vault, or None when it locks or the application quits: then nothing of it stays on screen (the
        draft was taken before, by ``pending_state``)."""
        self.vault = vault
        if vault is None:
            self.ident, self.dirty = None, False
            self.form.set_record(self.blank())
            self.shown(None)
            self.setCurrentWidget(self.empty)
            self._update()

    def is_dirty(self) -> bool:
        return self.dirty or any(e.is_dirty() for e in self.inner_editors().values())

    def showing(self) -> bool:
        return self.currentWidget() is self.page

    def load(self, ident: str) -> bool:
        """Show a stored record; unsaved changes of the one shown are settled first (False: the user stayed)."""
        if ident == self.ident and self.showing():
            return True
        if not self.leave():
            return False
        return self.show_record(ident)

    def new(self) -> bool:
        """Show a blank record; unsaved changes are settled first (False: the user stayed)."""
        if not self.leave():
            return False
        self.show_blank()
        self.form.first_field().setFocus()
        return True

    def show_record(self, ident: str) -> bool:
        try:
            record = self.fetch(ident)
        except Exception as exc:  # noqa: BLE001 - e.g. deleted meanwhile: said, nothing shown
            self._say(describe(exc))
            return False
        self.ident = ident
        self.form.set_record(record)
        self.dirty = False
        self._shown(ident)
        return True

    def show_blank(self) -> None:
        self.ident = None
        self.form.set_record(self.blank())
        self.dirty = False
        self.set_tab(0)
        self._shown(None)

    def _shown(self, ident: str | None) -> None:
        self.shown(ident)
        self._say("")
        self.setCurrentWidget(self.page)
        self._update()
        emit(self.shown_record, ident)

    def leave(self) -> bool:
        """Before showing something else: each dirty editor (the inner ones first) asks save / discard / cancel.
        True when the way is clear (nothing unsaved, saved, or discarded); False when the user stays."""
        for editor in self.inner_editors().values():
            if not editor.leave():
                return False
        if not self.dirty or not self.showing():
            return True
        answer = CANCEL if self.ask is None else self.ask.save_discard_cancel(  # no one to ask: nothing is lost
            self.tr("Unsaved changes"),
            self.tr("“%1” has unsaved changes. Save them?").replace("%1", self.heading(self.form.record())))
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            self.discard()
            return True
        return False

    def discard(self) -> None:
        """Drop the unsaved changes: the stored record (or a blank one) is shown again."""
        if self.ident is None or not self.show_record(self.ident):
            self.show_blank()

    def focused_editor(self) -> DraftEditor:
        """The editor whose form has the keyboard focus: this one or one inside it (Ctrl+S, Esc)."""
        focus = QApplication.focusWidget()
        for editor in self.inner_editors().values():
            if focus is not None and editor.isAncestorOf(focus):
                return editor.focused_editor()
        return self

    # -- drafts ----------------------------------------------------------------------------------------------
    def pending_state(self) -> Draft | None:
        """The unsaved state of this editor and of the editors inside it (None: nothing to keep)."""
        if not self.showing():
            return None
        inner = tuple((name, d) for name, e in self.inner_editors().items() if (d := e.pending_state()) is not None)
        if not self.dirty and not inner:
            return None
        return Draft(self.ident, copy.deepcopy(self.form.record()), self.dirty, self.tab(), inner)

    def restore_state(self, draft: Draft, note: str | None = None) -> None:
        """Show the draft's record again, with the draft in the form (still unsaved)."""
        if draft.ident is None or not self.show_record(draft.ident):
            self.show_blank()  # (a record deleted meanwhile: the draft comes back as a new record)
        if draft.dirty:
            self.form.set_record(copy.deepcopy(draft.record))
            self.dirty = True
        self.set_tab(draft.tab)
        inner = self.inner_editors()
        for name, state in draft.inner:
            if name in inner:
                inner[name].restore_state(state, note)
        if draft.dirty:
            self._say(self.tr("Your unsaved changes were kept while the vault was locked.") if note is None else note)
        self._update()

    # -- actions ---------------------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.vault is None or not self.showing():
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
        self.dirty = False
        self.show_record(ident)
        self._say(self.tr("Saved."))
        emit(self.saved, ident)
        return True

    def revert(self) -> None:
        if not self.showing():
            return
        self.discard()
        if self.ident is not None:
            self._say(self.tr("Changes undone."))

    def delete(self) -> None:
        if self.ident is None or self.vault is None:
            return
        question = self.tr("Delete %1? This can be undone from the history.").replace(
            "%1", self.heading(self.form.record()))
        if self.ask is not None and not self.ask.confirm(self.tr("Delete"), question):
            return
        ident = self.ident
        try:
            self.remove(ident)
        except Exception as exc:  # noqa: BLE001
            self._say(describe(exc))
            return
        self.after_delete()
        emit(self.deleted, ident)

    def after_delete(self) -> None:
        self.close_record()

    def close_record(self) -> None:
        """Show nothing (only when nothing is unsaved: this asks no question)."""
        self.ident, self.dirty = None, False
        self.setCurrentWidget(self.empty)
        self._update()

    # -- display ---------------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.dirty = True
        self._update()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _update(self) -> None:
        name = self.heading(self.form.record())
        tag = self.title_tag
        self.title.setText(f"<{tag}>{_escape(name)}{' •' if self.dirty else ''}</{tag}>")
        self.save_button.setEnabled(self.dirty)
        self.revert_button.setEnabled(self.dirty)
        self.delete_button.setEnabled(self.ident is not None)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
