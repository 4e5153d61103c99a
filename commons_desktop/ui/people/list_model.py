"""The people list as a Qt table model over the vault: the first rows, a count, then rows loaded page by page.

The list is sorted and filtered in SQL. A reload (every search keystroke) reads the first page first: a list that
fits in it needs no count at all. A longer one is counted up to COUNT_BOUND (a broad search shows "10,000+" at once);
its exact count is read when the list has been idle for COUNT_DELAY_MS, and dropped if the query changes first
(work for a superseded keystroke is never done). Counting costs what it counts (a one-letter search matching half of
100,000 people: ~1.9 ms to count 50,000, ~0.4 ms to 10,000), so the bound is what a keystroke pays for it.
READ_AHEAD_MS after a vault was set (an unlock) or the order changed, the index the list is sorted by is read
through once (~9 ms at 100,000 people), so that the first broad searches walk it from memory instead
of decrypting it page by page on a keystroke. The other rows come in pages of PAGE rows when the view asks for them,
and at most CACHE_PAGES pages stay in memory. The ids of the whole list (in sort order) are fetched only when
something needs them all (a bulk action on thousands of selected rows, finding the row of a record that is not on a
loaded page), then kept until the next reload.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from ...services import lists
from ...services.lists import PEOPLE_COLUMNS, PeopleQuery
from ..format import stamp_day
from ..signals import emit

PAGE = 64  # a screen or two: the first page of a search is what the next keystroke waits for
CACHE_PAGES = 32
EXHAUSTIVE = 20_000  # beyond this, finding a row off the loaded pages is not worth fetching every id
COUNT_BOUND = 10_000  # a reload counts this many at most ("10,000+"); the exact count comes when the list is idle
COUNT_DELAY_MS = 100  # idle time before the exact count of a longer list is read
READ_AHEAD_MS = 250  # after an unlock (or a new order), the index of the order is read ahead
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_SHOWN_ROLES = frozenset(int(r.value) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                                 Qt.ItemDataRole.AccessibleTextRole))
_UPDATED = PEOPLE_COLUMNS.index("updated")

translate = QCoreApplication.translate


def column_titles() -> list[str]:
    return [
        translate("PeopleColumns", "Given name"),
        translate("PeopleColumns", "Family name"),
        translate("PeopleColumns", "Email"),
        translate("PeopleColumns", "Phone"),
        translate("PeopleColumns", "City"),
        translate("PeopleColumns", "Updated"),
        translate("PeopleColumns", "Member no."),
    ]


class PeopleListModel(QAbstractTableModel):
    """``set_vault`` / ``set_query`` reload the ids; ``reload`` keeps the query (after a write)."""

    reloaded = Signal(int)  # rows now in the list (``count_exact`` False: at least that many, "10,000+")
    counted = Signal(int)  # the exact count of a list reloaded with a bounded one

    def __init__(self, parent=None):
        super().__init__(parent)
        self.vault = None
        self.query = PeopleQuery()
        self._count = 0
        self.count_exact = True
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_exactly)
        self._read_ahead_timer = QTimer(self, singleShot=True, interval=READ_AHEAD_MS)
        self._read_ahead_timer.timeout.connect(self._read_ahead)
        self._ids: list[str] | None = None  # the whole list's ids, fetched only when needed
        self._pages: OrderedDict[int, list] = OrderedDict()
        self.pages_loaded = 0  # how many page queries ran (tests check the model stays lazy)

    # -- what the list shows -----------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self.vault = vault
        self.reload()
        self._read_ahead_timer.start()

    def set_query(self, query: PeopleQuery) -> None:
        if query != self.query:
            order_changed = query.order != self.query.order
            self.query = query
            self.reload()
            if order_changed:
                self._read_ahead_timer.start()

    def _read_ahead(self) -> None:
        if self._open():
            lists.read_ahead(self.vault, self.query)

    def set_text(self, text: str) -> None:
        self.set_query(self.query.with_(text=text.strip()))

    def set_tag(self, tag: str | None) -> None:
        self.set_query(self.query.with_(tag=tag or None))

    def set_status(self, status: str | None) -> None:
        self.set_query(self.query.with_(status=status or None))

    def reload(self) -> None:
        self._count_timer.stop()  # (the exact count of the query before, if still to come, is not wanted any more)
        self.beginResetModel()
        self._pages.clear()
        self._ids = None
        count, exact = 0, True
        if self._open():
            first = self._load(0)  # the rows first: a list that fits in one page is counted by it
            if len(first) >= PAGE:
                count, exact = lists.people_count_at_most(self.vault, self.query, COUNT_BOUND)
            else:
                count = len(first)
        self._count, self.count_exact = count, exact
        self.endResetModel()
        emit(self.reloaded, count)
        if not exact:
            self._count_timer.start()

    def _count_exactly(self) -> None:
        if self.count_exact or not self._open():
            return
        total = lists.people_count(self.vault, self.query)
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        self.count_exact = True
        emit(self.counted, self._count)

    def clear(self) -> None:
        """Forget everything (the vault is being locked)."""
        self._count_timer.stop()
        self._read_ahead_timer.stop()
        self.beginResetModel()
        self.vault = None
        self._ids, self._count, self.count_exact = None, 0, True
        self._pages.clear()
        self.endResetModel()
        emit(self.reloaded, 0)

    def _open(self) -> bool:
        return self.vault is not None and self.vault.conn is not None

    def all_ids(self) -> list[str]:
        if self._ids is None:
            self._ids = lists.people_ids(self.vault, self.query) if self._open() else []
        return self._ids

    def id_at(self, row: int) -> str | None:
        found = self._row(row)
        return found.id if found is not None else None

    def row_of(self, ident: str, exhaustive: bool | None = None) -> int:
        """The row of a record: looked up on the loaded pages, then (for lists up to EXHAUSTIVE rows unless
        told otherwise) in the whole list's ids."""
        for number, page in self._pages.items():
            for offset, found in enumerate(page):
                if found.id == ident:
                    return number * PAGE + offset
        if not (self._count <= EXHAUSTIVE if exhaustive is None else exhaustive):
            return -1
        try:
            return self.all_ids().index(ident)
        except ValueError:
            return -1

    def rows_of(self, ids) -> list[int]:
        """Rows of these ids (those in the list), ascending; one pass over the list."""
        wanted = set(ids)
        return [row for row, ident in enumerate(self.all_ids()) if ident in wanted] if wanted else []

    def ids_of(self, rows) -> list[str]:
        rows = sorted({r for r in rows if 0 <= r < self._count})
        if len({r // PAGE for r in rows}) <= CACHE_PAGES // 2:
            return [ident for ident in (self.id_at(r) for r in rows) if ident is not None]
        everyone = self.all_ids()
        return [everyone[r] for r in rows if r < len(everyone)]

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # -- Qt model --------------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(PEOPLE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # a repaint asks every visible cell for about eight roles: the ones shown are decided first, with plain ints
        # (an enum member lookup per call costs more than the rest of this method)
        if role not in _SHOWN_ROLES:
            return self.id_at(index.row()) if role == ID_ROLE and index.isValid() else None
        row_number = index.row()
        if not 0 <= row_number < self._count or not index.isValid():
            return None
        row = self._row(row_number)
        if row is None:
            return ""
        column = index.column()
        value = getattr(row, PEOPLE_COLUMNS[column])
        return stamp_day(value) if column == _UPDATED else value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(PEOPLE_COLUMNS):
            return
        self.set_query(self.query.with_(order=PEOPLE_COLUMNS[column],
                                        descending=order == Qt.SortOrder.DescendingOrder))

    # -- paging ----------------------------------------------------------------------------------------------
    def _row(self, row: int):
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            page = self._load(number)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE
        return page[offset] if 0 <= offset < len(page) else None

    def _load(self, number: int) -> list:
        if not self._open():  # locked or closed: nothing to show
            return []
        page = lists.people_page(self.vault, self.query, number * PAGE, PAGE)
        self.pages_loaded += 1
        self._pages[number] = page
        while len(self._pages) > CACHE_PAGES:
            self._pages.popitem(last=False)
        return page
