"""Tags and saved searches: every tag with how many records carry it (renamed, merged into another, deleted here),
and the named searches; opening one shows the matching people."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...core.errors import CommonsError
from ...services import lists
from ...services import tags as tag_service
from ...services.lists import PeopleQuery
from ..ask import Ask
from ..errors import describe
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
        self.tags.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.delete_tag_button = QPushButton(self.tr("Delete the tag…"))
        for button, name, slot in ((self.rename_button, self.tr("Rename the tag"), self.rename_tag),
                                   (self.merge_button, self.tr("Merge the tag into another tag"), self.merge_tag),
                                   (self.delete_tag_button, self.tr("Delete the tag from every record"),
                                    self.delete_tag)):
            button.setAccessibleName(name)
            button.clicked.connect(slot)
        self.searches = QListWidget()
        self.searches.setAccessibleName(self.tr("Saved searches"))
        self.searches.itemActivated.connect(self._open_search)
        self.delete_button = QPushButton(self.tr("Delete the saved search"))
        self.delete_button.setAccessibleName(self.delete_button.text())
        self.delete_button.clicked.connect(self.delete_search)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<h2>Tags</h2><p>Open a tag to list the people who carry it.</p>")))
        left.addWidget(self.tags, 1)
        tag_buttons = QHBoxLayout()
        tag_buttons.addStretch(1)
        for button in (self.rename_button, self.merge_button, self.delete_tag_button):
            tag_buttons.addWidget(button)
        left.addLayout(tag_buttons)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<h2>Saved searches</h2><p>Save one from the People screen.</p>")))
        right.addWidget(self.searches, 1)
        right.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self._update_buttons()

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
            self._update_buttons()
            return
        for name, count in lists.tag_names(self.vault):
            item = QListWidgetItem(self.tr("%1 (%2)").replace("%1", name).replace("%2", str(count)))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setData(Qt.ItemDataRole.UserRole + 1, count)
            self.tags.addItem(item)
        for saved in lists.saved_searches(self.vault):
            detail = " · ".join(x for x in (saved.query, saved.filters.get("tag") or "") if x)
            item = QListWidgetItem(f"{saved.name} — {detail}" if detail else saved.name)
            item.setData(Qt.ItemDataRole.UserRole, saved)
            self.searches.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.tags.currentItem() is not None and self.vault is not None
        for button in (self.rename_button, self.delete_tag_button):
            button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen and self.tags.count() > 1)

    def current_tag(self) -> str | None:
        item = self.tags.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_tag(self, name: str) -> None:
        for row in range(self.tags.count()):
            if self.tags.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.tags.setCurrentRow(row)
                return

    def _done(self, outcome, text: str) -> None:
        """The window's lists (this page's included) follow from the "vault changed" event; this page reads its tags
        again to select the tag's new name."""
        self.refresh()
        if outcome.new:
            self.select_tag(outcome.new)
        self._update_buttons()
        emit(self.status, text)

    def _run(self, action, *args):
        try:
            return action(self.vault, *args)
        except CommonsError as exc:
            self.ask.inform(self.tr("Tags"), describe(exc))
            return None

    def rename_tag(self) -> None:
        old = self.current_tag()
        if old is None:
            return
        new = self.ask.text(self.tr("Rename the tag"), self.tr("New name of the tag “%1”:").replace("%1", old), old)
        if not new or new.strip() == old:
            return
        outcome = self._run(tag_service.rename, old, new)
        if outcome is not None:
            self._done(outcome, self.tr("Tag “%1” renamed to “%2” on %n records.", "", outcome.records)
                       .replace("%1", outcome.old).replace("%2", outcome.new))

    def merge_tag(self) -> None:
        source = self.current_tag()
        if source is None:
            return
        others = [name for name, _count in lists.tag_names(self.vault) if name != source]
        target = self.ask.item(self.tr("Merge the tag"),
                               self.tr("The records tagged “%1” will carry this tag instead, and “%1” will be "
                                       "gone:").replace("%1", source), others, editable=False)
        if not target or target not in others:
            return
        outcome = self._run(tag_service.merge, source, target)
        if outcome is not None:
            self._done(outcome, self.tr("Tag “%1” merged into “%2” (%n records carried it).", "", outcome.records)
                       .replace("%1", outcome.old).replace("%2", outcome.new))

    def delete_tag(self) -> None:
        item = self.tags.currentItem()
        if item is None:
            return
        name, count = item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1)
        question = self.tr("Remove the tag “%1” from the %n records that carry it, and delete it?", "", count)
        if not self.ask.confirm(self.tr("Delete the tag"), question.replace("%1", name)):
            return
        outcome = self._run(tag_service.delete, name)
        if outcome is not None:
            self._done(outcome, self.tr("Tag “%1” deleted from %n records.", "", outcome.records)
                       .replace("%1", outcome.old))

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
