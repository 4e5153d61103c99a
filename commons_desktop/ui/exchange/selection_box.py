"""Which records an export carries: the people selected in the list, everyone, a tag, a saved search or an
export profile (a named selection with the fields it may carry)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from ...exchange.selection import Selection
from ...services import lists, profiles
from ..signals import emit


class SelectionBox(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault, self.ids = None, []
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Records to export"))
        self.value = QComboBox()
        self.value.setAccessibleName(self.tr("Tag, saved search or profile"))
        self.value.setMinimumContentsLength(16)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.value.currentIndexChanged.connect(lambda _i: emit(self.changed))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind, 1)
        layout.addWidget(self.value, 1)

    def set_vault(self, vault, ids: list[str] | None = None) -> None:
        self.vault, self.ids = vault, list(ids or [])
        self.kind.blockSignals(True)
        self.kind.clear()
        if self.ids:
            self.kind.addItem(self.tr("The %n people selected in the list", "", len(self.ids)), "ids")
        self.kind.addItem(self.tr("Everyone"), "all")
        self.kind.addItem(self.tr("People and organisations with a tag"), "tag")
        self.kind.addItem(self.tr("A saved search"), "search")
        self.kind.addItem(self.tr("An export profile"), "profile")
        self.kind.blockSignals(False)
        self._kind_changed()

    def choose(self, kind: str, value: str | None = None) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        if value is not None:
            self.value.setCurrentIndex(max(self.value.findData(value), 0))

    def _kind_changed(self, *_args) -> None:
        kind = self.kind.currentData()
        self.value.blockSignals(True)
        self.value.clear()
        if self.vault is not None:
            if kind == "tag":
                for name, count in lists.tag_names(self.vault):
                    self.value.addItem(f"{name} ({count})", name)
            elif kind == "search":
                for saved in lists.saved_searches(self.vault):
                    self.value.addItem(saved.name, saved.name)
            elif kind == "profile":
                for prof in profiles.list_all(self.vault):
                    self.value.addItem(prof.name, prof.name)
        self.value.setVisible(kind in ("tag", "search", "profile"))
        self.value.setEnabled(self.value.count() > 0)
        if kind in ("tag", "search", "profile") and self.value.count() == 0:
            self.value.addItem(self.tr("(none yet)"), None)
        self.value.blockSignals(False)
        emit(self.changed)

    def profile(self) -> str | None:
        return self.value.currentData() if self.kind.currentData() == "profile" else None

    def profile_fields(self) -> list[str] | None:
        """The fields the chosen profile lets leave (None: all, or no profile)."""
        name = self.profile()
        if name and self.vault is not None:
            for prof in profiles.list_all(self.vault):
                if prof.name == name:
                    return list(prof.fields) or None
        return None

    def selection(self) -> Selection | None:
        """The chosen selection, or None when the choice is incomplete (no tag, no saved search...)."""
        kind, value = self.kind.currentData(), self.value.currentData()
        if kind == "ids":
            return Selection(ids=list(self.ids))
        if kind == "all":
            return Selection()
        if kind in ("tag", "search") and value:
            return Selection(tag=value) if kind == "tag" else Selection(search=value)
        return None

    def describe(self) -> str:
        kind, text = self.kind.currentData(), self.kind.currentText()
        return text if kind in ("ids", "all") else f"{text}: {self.value.currentText()}"
