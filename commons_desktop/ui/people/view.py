"""The People screen: search-as-you-type, tag filter, the lazy list, bulk actions and the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CommonsError
from ...services import lists, status_filter
from ...services.lists import PeopleQuery
from ..ask import Ask
from ..errors import describe
from ..labels import STATUSES, label
from ..signals import emit
from ..welcome.first_steps import FirstSteps
from ..widgets.overflow import OverflowRow
from ..worker import WorkerBridge
from .editor import PersonEditor
from .list_model import PeopleListModel

# a keystroke is searched when the keystrokes already queued have been read: no wait added, and the keystrokes typed
# while a search ran are searched once, as the text they made (the work of a superseded keystroke is never done)
SEARCH_DELAY_MS = 0


class PeopleView(QWidget):
    status = Signal(str)  # a short message for the status bar
    export_requested = Signal(list)  # ids of the selected people
    first_step = Signal(str)  # a step chosen in an empty vault (welcome/first_steps.py): the window does it

    def __init__(self, bridge: WorkerBridge, ask: Ask, parent: QWidget | None = None):
        super().__init__(parent)
        self.bridge, self.ask, self.vault = bridge, ask, None
        self.model = PeopleListModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search people (name, email, phone, city, tag…)"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._typed)
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Show only people with this tag"))
        self.tag_filter.currentIndexChanged.connect(self._tag_chosen)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show only people with this membership status"))
        self.status_filter.addItem(self.tr("Any membership status"), None)
        for status in status_filter.STATUSES:
            self.status_filter.addItem(label(STATUSES, status), status)
        self.status_filter.currentIndexChanged.connect(self._status_chosen)
        self.saved_filter = QComboBox()
        self.saved_filter.setAccessibleName(self.tr("Show the people of a saved search"))
        self.saved_filter.currentIndexChanged.connect(self._saved_chosen)
        self.new_button = QPushButton(self.tr("New person"))
        self.tag_button = QPushButton(self.tr("Tag…"))
        self.untag_button = QPushButton(self.tr("Untag…"))
        self.delete_button = QPushButton(self.tr("Delete selected"))
        self.status_button = QPushButton(self.tr("Membership…"))
        self.export_button = QPushButton(self.tr("Export…"))
        for button, name in ((self.new_button, self.tr("Add a new person")),
                             (self.tag_button, self.tr("Tag the selected people")),
                             (self.untag_button, self.tr("Remove a tag from the selected people")),
                             (self.delete_button, self.tr("Delete the selected people")),
                             (self.status_button, self.tr("Change the membership status of the selected people")),
                             (self.export_button, self.tr("Export the selected people"))):
            button.setAccessibleName(name)
        self.new_button.clicked.connect(self.new_person)
        self.save_search_button = QPushButton(self.tr("Save search…"))
        self.save_search_button.setAccessibleName(self.tr("Save this search"))
        self.save_search_button.clicked.connect(self.save_search)
        self.tag_button.clicked.connect(self.tag_selected)
        self.untag_button.clicked.connect(self.untag_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.status_button.clicked.connect(self.status_selected)
        self.export_button.clicked.connect(self.export_selected)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        for column, width in enumerate((110, 120, 220, 135, 110, 90)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.count_label = QLabel()
        self.model.reloaded.connect(self._show_count)
        self.model.counted.connect(self._show_count)

        self.editor = PersonEditor(self)
        self.editor.saved.connect(self._saved)
        self.editor.deleted.connect(self._deleted)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.save_search_button)
        top.addWidget(self.new_button)
        for combo in (self.tag_filter, self.status_filter, self.saved_filter):  # long French items never widen
            combo.setMinimumContentsLength(5)  # the window: the closed box shows the start, the list shows all
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        filters = QHBoxLayout()
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.saved_filter, 1)
        filters.addWidget(self.count_label)
        self.bulk_bar = OverflowRow((), (self.tag_button, self.untag_button, self.status_button, self.export_button,
                                         self.delete_button))  # on a narrow screen the rest goes into its » menu
        bulk = self.bulk_bar.row()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addLayout(filters)
        self.first_steps = FirstSteps()
        self.first_steps.chosen.connect(self.first_step)
        self.list_or_steps = QStackedWidget()  # an empty vault says what to do first instead of an empty list
        self.list_or_steps.addWidget(self.table)
        self.list_or_steps.addWidget(self.first_steps)
        left_layout.addWidget(self.list_or_steps)
        left_layout.addLayout(bulk)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._update_buttons()

    # -- vault -----------------------------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self.vault = vault
        self.editor.set_vault(vault)
        self.model.set_vault(vault)
        self.refresh_tags()

    def clear(self) -> None:
        self.vault = None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.query = PeopleQuery()
        self.model.clear()
        self.count_label.setMinimumWidth(0)
        self.editor.set_vault(None)
        for combo in (self.tag_filter, self.saved_filter):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.status_filter.blockSignals(False)

    def open_person(self, ident: str) -> None:
        """Show this person: clear the filters if they hide them."""
        if not self.select_id(ident):
            self.apply_query(PeopleQuery())
            self.status_filter.setCurrentIndex(0)
            if not self.select_id(ident):
                self.editor.load(ident)

    def apply_query(self, query: PeopleQuery) -> None:
        """Show the people of a tag or a saved search."""
        self._forget_saved()
        self.search.blockSignals(True)
        self.search.setText(query.text)
        self.search.blockSignals(False)
        self.refresh_tags()
        index = self.tag_filter.findData(query.tag) if query.tag else 0
        self.tag_filter.blockSignals(True)
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)
        self.model.set_query(self.model.query.with_(text=query.text, tag=query.tag))

    def save_search(self) -> None:
        query = self.model.query
        if not (query.text or query.tag):
            emit(self.status, self.tr("Type a search or choose a tag first."))
            return
        name = self.ask.text(self.tr("Save this search"), self.tr("Name of the saved search:"))
        if name and name.strip():
            try:
                lists.save_search(self.vault, name.strip(), query)
            except CommonsError as exc:
                emit(self.status, describe(exc))
                return
            self.refresh_tags()
            emit(self.status, self.tr("Search saved."))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- filters ---------------------------------------------------------------------------------------------
    def apply_search(self) -> None:
        self.search_timer.stop()
        if self.vault is not None:
            self.model.set_text(self.search.text())

    def refresh_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        if self.vault is not None:
            for name, count in lists.tag_names(self.vault):
                self.tag_filter.addItem(f"{name} ({count})", name)
        index = self.tag_filter.findData(current) if current else 0
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)
        chosen = self.saved_filter.currentData()
        self.saved_filter.blockSignals(True)
        self.saved_filter.clear()
        self.saved_filter.addItem(self.tr("Saved searches…"), None)
        for saved in lists.saved_searches(self.vault) if self.vault is not None else []:
            self.saved_filter.addItem(saved.name, saved.id)
        self.saved_filter.setCurrentIndex(max(self.saved_filter.findData(chosen) if chosen else 0, 0))
        self.saved_filter.blockSignals(False)

    def _typed(self, _text: str) -> None:
        self._forget_saved()
        self.search_timer.start()

    def _forget_saved(self) -> None:
        """The filters were changed by hand: no saved search is shown any more."""
        self.saved_filter.blockSignals(True)
        self.saved_filter.setCurrentIndex(0)
        self.saved_filter.blockSignals(False)

    def _tag_chosen(self, _index: int) -> None:
        self._forget_saved()
        if self.vault is not None:
            self.model.set_tag(self.tag_filter.currentData())

    def _status_chosen(self, _index: int) -> None:
        if self.vault is not None:
            self.model.set_status(self.status_filter.currentData())

    def _saved_chosen(self, _index: int) -> None:
        ident = self.saved_filter.currentData()
        if self.vault is None or ident is None:
            return
        for saved in lists.saved_searches(self.vault):
            if saved.id == ident:
                self.apply_query(PeopleQuery(text=saved.query, tag=saved.filters.get("tag") or None))
                self.saved_filter.blockSignals(True)
                self.saved_filter.setCurrentIndex(max(self.saved_filter.findData(ident), 0))
                self.saved_filter.blockSignals(False)

    def _show_count(self, rows: int) -> None:
        if self.model.count_exact:
            self.count_label.setText(self.tr("%n people", "", rows))
        else:  # a broad search, counted later
            self.count_label.setText(self.tr("%Ln+ people", "", rows))
        # the count only widens its place: a shorter one ("12 people" after "10,000+ people") leaves the filter boxes
        # where they are, rather than laying their row out and painting the three of them again on a keystroke
        self.count_label.setMinimumWidth(max(self.count_label.minimumWidth(), self.count_label.sizeHint().width()))
        query = self.model.query
        empty = (rows == 0 and self.vault is not None and not (query.text or query.tag or query.status)
                 and lists.is_empty(self.vault))
        self.list_or_steps.setCurrentWidget(self.first_steps if empty else self.table)
        self._update_buttons()

    # -- selection -------------------------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        rows: set[int] = set()
        for rng in self.table.selectionModel().selection():
            rows.update(range(rng.top(), rng.bottom() + 1))
        return sorted(rows)

    def selected_ids(self) -> list[str]:
        return self.model.ids_of(self.selected_rows())

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(index, flags)
        # not table.setCurrentIndex: with Ctrl still held (Ctrl+S) that would toggle the row off again
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.scrollTo(index)

    def select_ids(self, ids) -> None:
        """Select these people (those still listed), as few contiguous ranges."""
        rows = self.model.rows_of(ids)
        selection = QItemSelection()
        start = prev = None
        last_col = self.model.columnCount() - 1
        for row in [*rows, None]:
            if row is not None and prev is not None and row == prev + 1:
                prev = row
                continue
            if start is not None:
                selection.select(self.model.index(start, 0), self.model.index(prev, last_col))
            start = prev = row
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def select_id(self, ident: str) -> bool:
        row = self.model.row_of(ident)
        found = 0 <= row < self.model.rowCount()  # (ids looked up afresh may hold a person the list has not yet)
        if found:
            self.select_row(row)
        return found

    def _selection_changed(self, *_args) -> None:
        self._update_buttons()
        rows = self.selected_rows()
        if len(rows) == 1:
            ident = self.model.id_at(rows[0])
            if ident is None:
                return
            if not self.editor.load(ident):  # the user stayed on the unsaved one
                self._select_shown()
            elif self.selected_ids() != [ident]:  # (saving the other one reloaded the list)
                self.select_id(ident)

    def _select_shown(self) -> None:
        if self.editor.ident is None or not self.select_id(self.editor.ident):
            self.table.clearSelection()

    def restore_draft(self, draft, note: str | None = None) -> None:
        """An unsaved edit kept across a lock (or a language switch): back in the editor, selected in the list."""
        self.editor.restore_state(draft, note)
        if self.editor.ident is not None:
            self.select_id(self.editor.ident)

    def _update_buttons(self) -> None:
        has = self.table.selectionModel().hasSelection() and not self.bridge.busy
        for button in (self.tag_button, self.untag_button, self.delete_button, self.status_button, self.export_button):
            button.setEnabled(has)
        self.new_button.setEnabled(self.vault is not None)

    # -- actions ---------------------------------------------------------------------------------------------
    def new_person(self) -> None:
        if self.editor.new():
            self.table.clearSelection()

    def _saved(self, ident: str) -> None:  # (the list was reloaded by the "vault changed" event of the save)
        self.select_id(ident)
        emit(self.status, self.tr("Saved."))

    def _deleted(self, _ident: str) -> None:
        emit(self.status, self.tr("Deleted. The person can be restored from the history."))

    def tag_selected(self) -> None:
        ids = self.selected_ids()
        names = [name for name, _ in lists.tag_names(self.vault)] if self.vault else []
        tag = self.ask.item(self.tr("Tag people"), self.tr("Tag to add to %n people:", "", len(ids)), names)
        if ids and tag and tag.strip():
            self._run(lists.bulk_tag, ids, tag.strip(), label=self.tr("Tagging %n people", "", len(ids)))

    def untag_selected(self) -> None:
        ids = self.selected_ids()
        names = [name for name, _ in lists.tag_names(self.vault)] if self.vault else []
        tag = self.ask.item(self.tr("Untag people"), self.tr("Tag to remove from %n people:", "", len(ids)), names,
                            editable=False)
        if ids and tag:
            self._run(lists.bulk_untag, ids, tag, label=self.tr("Removing a tag from %n people", "", len(ids)))

    def status_selected(self) -> None:
        ids = self.selected_ids()
        choices = {label(STATUSES, s): s for s in ("lapsed", "resigned")}
        chosen = self.ask.item(self.tr("Membership status"),
                               self.tr("Mark the membership of %n people as:", "", len(ids)), list(choices),
                               editable=False)
        if ids and chosen in choices:
            self._run(lists.bulk_set_membership_status, ids, choices[chosen],
                      label=self.tr("Changing the membership of %n people", "", len(ids)))

    def export_selected(self) -> None:
        """Export selection: the Export dialog opens on exactly the selected people."""
        ids = self.selected_ids()
        if ids:
            emit(self.export_requested, ids)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.ask.confirm(self.tr("Delete people"),
                                    self.tr("Delete %n people? They can be restored from the history.", "", len(ids))):
            self._run(lists.bulk_delete_people, ids, label=self.tr("Deleting %n people", "", len(ids)))

    def _run(self, fn, *args, label: str) -> None:
        self._selected_before = self.selected_ids()
        job = self.bridge.submit(fn, *args, vault=self.vault, label=label, on_finished=self._bulk_done,
                                 on_failed=self._bulk_failed)
        self.last_job = job
        self._update_buttons()

    def _bulk_done(self, count) -> None:
        if self.vault is None:
            return
        self.select_ids(getattr(self, "_selected_before", []))  # (reloaded by the job's "vault changed" event)
        emit(self.status, self.tr("Done: %n records changed.", "", int(count or 0)))
        self._update_buttons()

    def _bulk_failed(self, error) -> None:
        emit(self.status, describe(error))
        self._update_buttons()
