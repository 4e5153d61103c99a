"""A record's (or the vault's) change history: when (local date and time, in the user's locale), who, what
was done, which fields."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..core.model import ChangeEntry
from ..services import history, lists
from .format import moment
from .labels import ENTITIES, FIELD_NAMES, OPERATIONS, label


class HistoryTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None, show_record: bool = False):
        super().__init__(0, 5 if show_record else 4, parent)
        self.show_record = show_record
        self.vault = None
        self._names: dict[tuple[str, str], str] = {}
        titles = [self.tr("When"), self.tr("Who"), self.tr("What")]
        if show_record:
            titles.append(self.tr("Record"))
        titles.append(self.tr("Details"))
        self.setHorizontalHeaderLabels(titles)
        self.setAccessibleName(self.tr("Change history"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def set_entries(self, entries: list[ChangeEntry]) -> None:
        self._names: dict[tuple[str, str], str] = {}
        self.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = [moment(entry.hlc), entry.author or entry.device[:8],
                     label(OPERATIONS, entry.op)]
            if self.show_record:
                cells.append(self.record_name(entry.entity, entry.entity_id))
            cells.append(self.details(entry))
            for col, text in enumerate(cells):
                self.setItem(row, col, QTableWidgetItem(text))

    def record_name(self, entity: str, ident: str) -> str:
        """A person's or organisation's name (looked up once per table fill), else the kind and a short id."""
        key = (entity, ident)
        if key not in self._names:
            name = ""
            if entity in ("person", "organisation", "document", "membership_type") and self.vault is not None:
                name = lists.record_label(self.vault, entity, ident)
            shown = name if name and name != ident else ident[-8:]
            self._names[key] = self.tr("%1: %2").replace("%1", label(ENTITIES, entity)).replace("%2", shown)
        return self._names[key]

    def details(self, entry: ChangeEntry) -> str:
        """What a change did, in the user's words: new values of short fields, names of the others."""
        fields, op = entry.fields, entry.op
        if fields is None:
            return self.tr("(details erased)") if op not in ("delete", "restore", "erase") else ""
        if op in ("tag", "untag"):
            return str(fields.get("tag", ""))
        if op in ("link", "unlink"):
            return self.record_name(str(fields.get("entity", "")), str(fields.get("id", "")))
        if op == "version":
            return f"v{fields.get('number', '?')} {fields.get('file_name', '')}"
        if op == "merge":
            return self.tr("merged %1").replace("%1", str(fields.get("merged", ""))[-8:])
        if op == "create":
            return ""
        parts = []
        for name in sorted(fields):
            value = fields[name]
            shown = label(FIELD_NAMES, name)
            if isinstance(value, str | int | float) and len(str(value)) <= 40:
                shown += f": “{value}”"
            parts.append(shown)
        return "; ".join(parts)

    def load(self, vault, ident: str | None, limit: int = 200) -> None:
        self.vault = vault
        if vault is None:
            self.set_entries([])
            return
        try:
            self.set_entries(history.entries(vault, ident, limit=limit))
        except Exception:  # noqa: BLE001 - a record with no history yet shows an empty table
            self.set_entries([])
