"""The detail pane shared by people and organisations: a form in a Details tab, more tabs (membership,
history...), Save (Ctrl+S), Revert (Esc), Delete, and copy-to-clipboard of the first email or phone.

Unsaved edits, leaving a dirty record and keeping a draft across a lock are the shared draft mechanism
(``drafts.DraftEditor``). A subclass says how a record is fetched, stored and removed (through services) and
which form shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ..services import lists
from .clipboard import SecretClipboard
from .drafts import DraftEditor
from .errors import describe
from .history.words import sentence
from .history_table import HistoryTable
from .signals import emit


class RecordEditor(DraftEditor):
    def __init__(self, view, form, empty_text: str, parent: QWidget | None = None):
        self.view = view
        self.clipboard = SecretClipboard()
        self.history = HistoryTable()
        self.undo_button = QPushButton()
        self.copy_email = QPushButton()
        self.copy_phone = QPushButton()
        self.tabs = QTabWidget()
        super().__init__(form, empty_text, view.ask if view is not None else None, parent)
        self.clipboard.setParent(self)
        self.undo_button.setText(self.tr("Undo the last change"))
        self.undo_button.setAccessibleName(self.undo_button.text())
        self.undo_button.setToolTip(self.tr("Puts back the values the last saved change replaced"))
        self.undo_button.clicked.connect(self.undo_last)
        self.copy_email.setText(self.tr("Copy email"))
        self.copy_email.setToolTip(self.tr("The clipboard is cleared after 30 seconds"))
        self.copy_phone.setText(self.tr("Copy phone"))
        self.copy_phone.setToolTip(self.copy_email.toolTip())
        for button in (self.copy_email, self.copy_phone):
            button.setAccessibleName(button.text())
        self.copy_email.clicked.connect(lambda: self._copy(self.form.emails))
        self.copy_phone.clicked.connect(lambda: self._copy(self.form.phones))
        self.tabs.setTabText(0, self.tr("Details"))
        self.tabs.setTabText(self.tabs.indexOf(self.history_page), self.tr("History"))
        self._update()

    def build_page(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the tab bar straight to the first field
        scroll.setWidget(self.form)
        self.history_page = QWidget()
        history_layout = QVBoxLayout(self.history_page)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        history_layout.addWidget(self.history, 1)
        self.history_detail = QLabel()  # the selected change in full (the table's cells are short)
        self.history_detail.setWordWrap(True)
        self.history_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        history_layout.addWidget(self.history_detail)
        self.history.currentCellChanged.connect(lambda row, *_: self.history_detail.setText(
            sentence(entry, self.vault.device, self.history.person_name)
            if (entry := self.history.entry_at(row)) is not None and self.vault is not None else ""))
        self.tabs.addTab(scroll, "")
        for widget, title in self.extra_tabs():
            self.tabs.addTab(widget, title)
        self.tabs.addTab(self.history_page, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(self.button_row([self.copy_email, self.copy_phone]))
        return page

    def buttons(self) -> list[QPushButton]:
        return [self.copy_email, self.copy_phone, *super().buttons()]

    # -- what a subclass provides --------------------------------------------------------------------------
    def extra_tabs(self) -> list[tuple[QWidget, str]]:
        return []

    def new_title(self) -> str:
        return self.tr("New record")

    def heading(self, record) -> str:
        return record.display_name.strip() if self.form.has_name() else self.new_title()

    # -- state -----------------------------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        if vault is None:  # locked or quitting: nothing of the vault stays behind, in the clipboard neither
            self.clipboard.clear()
            self.history.set_entries([])
        super().set_vault(vault)

    def tab(self) -> int:
        return self.tabs.currentIndex()

    def set_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def show_blank(self) -> None:
        self.history.set_entries([])
        super().show_blank()

    def _shown(self, ident: str | None) -> None:
        super()._shown(ident)
        self._tab_changed(self.tabs.currentIndex())

    def changed_elsewhere(self, event, entity: str) -> None:
        """The vault changed (vault/events.VaultChanged): the record shown is read again when it may have changed
        and has no unsaved edits here. With unsaved edits it is left as it is: when the change came from another
        laptop (``event.remote``), the next phase's prompt (reload or keep) starts from here."""
        if self.ident is None or self.vault is None or not event.touches(entity, self.ident):
            return
        if self.dirty:
            return  # hook: "changed on another laptop: reload or keep my edits" (issue 12, next phase)
        ident, self.ident = self.ident, None
        tab = self.tabs.currentIndex()
        self.load(ident)
        self.tabs.setCurrentIndex(tab)

    # -- actions ---------------------------------------------------------------------------------------------
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
        ident = self.ident
        self.show_record(ident)
        self.tabs.setCurrentWidget(self.history_page)
        self.history.load(self.vault, ident)
        self._say(self.tr("Undone.") if fields else self.tr("There is no change to undo."))
        if fields:
            emit(self.saved, ident)

    def _copy(self, rows) -> None:
        values = rows.values()
        if values:
            self.clipboard.copy(next(iter(values[0].values())))
            self._say(self.tr("Copied. The clipboard will be cleared in 30 seconds."))

    # -- display ---------------------------------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.history_page:
            self.history.load(self.vault, self.ident)

    def _update(self) -> None:
        super()._update()
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, self.ident is not None)
