"""A record's (or the vault's) change history as a diary: when (local date and time, in the user's locale), who
(the name given in Settings), what was done, to which record (its name), and what each field was and became."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..core.model import ChangeEntry
from ..services import history
from ..services.history import DiaryEntry
from .format import moment
from .history.words import details, who
from .labels import ENTITIES, OPERATIONS, label


class HistoryTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None, show_record: bool = False):
        super().__init__(0, 5 if show_record else 4, parent)
        self.show_record = show_record
        self.vault = None
        self.entries: list[DiaryEntry] = []
        self._names: dict[tuple[str, str], str] = {}
        titles = [self.tr("When"), self.tr("Who"), self.tr("What")]
        if show_record:
            titles.append(self.tr("Record"))
        titles.append(self.tr("Details"))
        self.setHorizontalHeaderLabels(titles)
        self.setAccessibleName(self.tr("Change history"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def this_device(self) -> str:
        return getattr(self.vault, "device", "") if self.vault is not None else ""

    def person_name(self, ident: str) -> str:
        return self.record_name("person", ident, bare=True)

    def set_entries(self, entries: list[ChangeEntry] | list[DiaryEntry]) -> None:
        self._names = {}
        if entries and not isinstance(entries[0], DiaryEntry):
            entries = history.diary_of(self.vault, entries)
        self.entries = list(entries)
        self.setRowCount(len(self.entries))
        device = self.this_device()
        for row, entry in enumerate(self.entries):
            change = entry.change
            cells = [moment(change.hlc), who(entry, device), label(OPERATIONS, entry.op)]
            if self.show_record:
                cells.append(self._shown_name(change.entity, change.entity_id, entry.record))
            cells.append(details(entry, names=self.person_name))
            full = details(entry, short=False, names=self.person_name)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == len(cells) - 1 and full:
                    item.setToolTip(full)
                self.setItem(row, col, item)

    def _shown_name(self, entity: str, ident: str, name: str) -> str:
        shown = name or ident[-8:]
        return self.tr("%1: %2").replace("%1", label(ENTITIES, entity)).replace("%2", shown)

    def record_name(self, entity: str, ident: str, bare: bool = False) -> str:
        """A record's name (looked up once per table fill): "person: Émilie Dupré" (``bare``: the name alone)."""
        key = (entity, ident)
        if key not in self._names:
            self._names[key] = history.record_name(self.vault, entity, ident) if self.vault is not None else ""
        name = self._names[key]
        return name if bare else self._shown_name(entity, ident, name)

    def entry_at(self, row: int) -> DiaryEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def current_entry(self) -> DiaryEntry | None:
        return self.entry_at(self.currentRow())

    def load(self, vault, ident: str | None, limit: int = 200) -> None:
        self.vault = vault
        if vault is None:
            self.set_entries([])
            return
        try:
            self.set_entries(history.diary(vault, ident, limit=limit))
        except Exception:  # noqa: BLE001 - a record with no history yet shows an empty table
            self.set_entries([])
