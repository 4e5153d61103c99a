"""Tags and saved searches: every tag with how many records carry it, and the named searches; opening one
shows the matching people."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...services import lists
from ...services.lists import PeopleQuery
from ..ask import Ask
from ..signals import emit


class TagsView(QWidget):
    status = Signal(str)
    open_query = Signal(object)  # a PeopleQuery

    def __init__(self, ask: Ask, parent: QWidget | None = None):
        super().__init__(parent)
        self.ask, self.vault = ask, None
        self.tags = QListWidget()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.itemActivated.connect(self._open_tag)
        self.searches = QListWidget()
        self.searches.setAccessibleName(self.tr("Saved searches"))
        self.searches.itemActivated.connect(self._open_search)
        self.delete_button = QPushButton(self.tr("Delete the saved search"))
        self.delete_button.setAccessibleName(self.delete_button.text())
        self.delete_button.clicked.connect(self.delete_search)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<h2>Tags</h2><p>Open a tag to list the people who carry it.</p>")))
        left.addWidget(self.tags, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<h2>Saved searches</h2><p>Save one from the People screen.</p>")))
        right.addWidget(self.searches, 1)
        right.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def set_vault(self, vault) -> None:
        """Shown data is (re)loaded when the section is shown (``activated``), not at every unlock."""
        self.vault = vault
        if vault is None:
            self.refresh()

    def clear(self) -> None:
        self.set_vault(None)

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.tags.clear()
        self.searches.clear()
        if self.vault is None:
            return
        for name, count in lists.tag_names(self.vault):
            item = QListWidgetItem(self.tr("%1 (%2)").replace("%1", name).replace("%2", str(count)))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.tags.addItem(item)
        for saved in lists.saved_searches(self.vault):
            detail = " · ".join(x for x in (saved.query, saved.filters.get("tag") or "") if x)
            item = QListWidgetItem(f"{saved.name} — {detail}" if detail else saved.name)
            item.setData(Qt.ItemDataRole.UserRole, saved)
            self.searches.addItem(item)

    def _open_tag(self, item: QListWidgetItem) -> None:
        emit(self.open_query, PeopleQuery(tag=item.data(Qt.ItemDataRole.UserRole)))

    def _open_search(self, item: QListWidgetItem) -> None:
        saved = item.data(Qt.ItemDataRole.UserRole)
        emit(self.open_query, PeopleQuery(text=saved.query, tag=saved.filters.get("tag") or None))

    def delete_search(self) -> None:
        item = self.searches.currentItem()
        if item is not None and self.ask.confirm(self.tr("Delete the saved search"),
                                                 self.tr("Delete “%1”?").replace("%1", item.text())):
            lists.delete_saved_search(self.vault, item.data(Qt.ItemDataRole.UserRole).id)
            self.refresh()
