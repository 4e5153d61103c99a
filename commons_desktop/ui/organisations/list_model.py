"""The organisations list: pages of the whole list in name order, or the ranked ids of a search."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...services import lists

PAGE = 100
CACHE_PAGES = 10

translate = QCoreApplication.translate


def column_titles() -> list[str]:
    return [
        translate("OrganisationColumns", "Name"),
        translate("OrganisationColumns", "Kind"),
        translate("OrganisationColumns", "City"),
        translate("OrganisationColumns", "Email"),
        translate("OrganisationColumns", "Website"),
    ]


def _cells(org) -> list[str]:
    city = org.addresses[0].city if org.addresses else ""
    email = org.emails[0].address if org.emails else ""
    return [org.name, org.kind, city, email, org.website]


class OrganisationListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.vault = None
        self.text = ""
        self._count = 0
        self._hits: list[str] | None = None  # ids of a search, else None (the whole list, paged)
        self._pages: OrderedDict[int, list] = OrderedDict()

    def set_vault(self, vault) -> None:
        self.vault = vault
        self.reload()

    def set_text(self, text: str) -> None:
        if text.strip() != self.text:
            self.text = text.strip()
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        if self.vault is None:
            self._hits, self._count = None, 0
        elif self.text:
            self._hits = lists.organisation_search(self.vault, self.text)
            self._count = len(self._hits)
        else:
            self._hits = None
            self._count = lists.organisations_count(self.vault)
        self.endResetModel()

    def clear(self) -> None:
        self.vault = None
        self.reload()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        org = self.record_at(index.row())
        return _cells(org)[index.column()] if org is not None else ""

    def record_at(self, row: int):
        if self.vault is None or self.vault.conn is None or not 0 <= row < self._count:
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            if self._hits is not None:
                page = lists.organisations_by_id(self.vault, self._hits[number * PAGE:(number + 1) * PAGE])
            else:
                page = lists.organisations_page(self.vault, number * PAGE, PAGE)
            self._pages[number] = page
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        offset = row - number * PAGE
        return page[offset] if offset < len(page) else None

    def id_at(self, row: int) -> str | None:
        org = self.record_at(row)
        return org.id if org is not None else None

    def row_of(self, ident: str) -> int:
        for row in range(self._count):
            if self.id_at(row) == ident:
                return row
        return -1
