"""Where the user put each list/detail splitter and how wide they made each list's columns, remembered across
restarts in the desktop config (ui/config.py ``layouts``: sizes in pixels, per list, never a record's data).

Only what the user did is remembered: a splitter they dragged, a column border they dragged (or double-clicked).
The window laying itself out, a list stretching its last column or fitting its columns to what it shows are not
choices and are never written.

A remembered layout is put back when its page is first shown, once its real size is known, and only where it fits:
the splitter's panes keep their proportions, unless one of them would be narrower than it can be shown (the layout
was chosen on a larger screen), and then the page keeps its usual split; columns chosen in a wider list are narrowed
in proportion to the room the list has now, and if even that cannot fit, the list keeps its usual widths. Lists
whose columns have no usual widths fit them to their contents each time they are filled, until the user sizes
one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QWidget

from .config import DesktopConfig

SAVE_DELAY_MS = 400  # a drag writes the config once, after it
FITTED_SHARE = 0.45  # a column fitted to its contents takes at most this share of the list's width


def _lay_out() -> None:
    """Let the widgets waiting for a layout get their sizes now (a page's panes and lists, just shown)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


class LayoutMemory(QObject):
    """The window's one keeper of list layouts (``watch`` each list once)."""

    def __init__(self, config: DesktopConfig | None, parent: QObject | None = None):
        super().__init__(parent)
        self.config = config
        self.lists: dict[str, RememberedList] = {}
        self.timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.dirty = False

    def watch(self, key: str, *, splitter: QSplitter | None = None, table: QAbstractItemView | None = None,
              fit: bool = False) -> RememberedList:
        """Remember this list's splitter and columns under ``key``; ``fit``: the columns have no usual widths,
        they fit the contents whenever the list is filled (until the user sizes one)."""
        remembered = RememberedList(self, key, splitter, table, fit)
        self.lists[key] = remembered
        return remembered

    def saved(self, key: str) -> dict:
        return dict(self.config.layouts.get(key, {})) if self.config is not None else {}

    def remember(self, key: str, part: str, sizes: list[int], room: int | None = None) -> None:
        """``room``: the width the list had for its columns (a smaller one later narrows them in proportion)."""
        if self.config is None:
            return
        layout = dict(self.config.layouts.get(key, {}))
        layout[part] = [max(0, int(s)) for s in sizes]
        if room is not None:
            layout["room"] = [max(1, int(room))]
        self.config.layouts[key] = layout
        self.dirty = True
        self.timer.start()

    def flush(self) -> None:
        """Write what was remembered (after a drag; and when the window closes)."""
        self.timer.stop()
        if self.dirty and self.config is not None:
            self.dirty = False
            try:
                self.config.save()
            except OSError:
                pass  # a read-only config folder: the layout is simply not kept


class RememberedList(QObject):
    def __init__(self, memory: LayoutMemory, key: str, splitter: QSplitter | None, table: QAbstractItemView | None,
                 fit: bool):
        super().__init__(memory)
        self.memory, self.key, self.splitter, self.table, self.fit = memory, key, splitter, table, fit
        self.pending = True  # the remembered layout is put back when the page is first shown
        self.pressed = False  # a mouse button is down on the list's header: a resize then is the user's
        self.resized_by_user = False
        self.chosen = "columns" in memory.saved(key)  # the user sized the columns (now or in an earlier run)
        self.shown_on: QWidget = splitter if splitter is not None else table
        self.shown_on.installEventFilter(self)
        self.header_viewport: QWidget | None = None  # (compared as kept here: never asked of a widget going away)
        self.restore_timer = QTimer(self, singleShot=True, interval=0)  # once the page shown has been laid out
        self.restore_timer.timeout.connect(self.restore)
        self.release_timer = QTimer(self, singleShot=True, interval=0)  # after the header's own handling of a release
        self.release_timer.timeout.connect(self._released)
        if splitter is not None:
            splitter.splitterMoved.connect(self._splitter_moved)
        if table is not None:
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            self.header_viewport = header.viewport()
            self.header_viewport.installEventFilter(self)
            header.sectionResized.connect(self._section_resized)
            if fit:
                header.setStretchLastSection(True)
                model = table.model()
                self.fit_timer = QTimer(self, singleShot=True, interval=0)
                self.fit_timer.timeout.connect(self.fit_columns)
                model.modelReset.connect(self.fit_timer.start)
                model.rowsInserted.connect(self.fit_timer.start)
                model.dataChanged.connect(self.fit_timer.start)

    # -- what the user does ------------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if watched is self.shown_on and kind == QEvent.Type.Show and self.pending:
            self.pending = False
            self.restore_timer.start()
        elif watched is self.header_viewport and self.header_viewport is not None:
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                self.pressed = True
            elif kind == QEvent.Type.MouseButtonRelease:
                self.release_timer.start()
        return False

    def _released(self) -> None:
        self.pressed = False
        if self.resized_by_user:
            self.resized_by_user = False
            self.chosen = True
            self.memory.remember(self.key, "columns", self.widths(), self.table.viewport().width())

    def _section_resized(self, *_args) -> None:
        if self.pressed:
            self.resized_by_user = True

    def _splitter_moved(self, *_args) -> None:
        self.memory.remember(self.key, "splitter", self.splitter.sizes())

    # -- the sizes -------------------------------------------------------------------------------------------
    def widths(self) -> list[int]:
        """The columns' widths, but the last one's when it stretches to the list's edge (not a choice)."""
        header = self.table.horizontalHeader()
        count = header.count() - (1 if header.stretchLastSection() else 0)
        return [header.sectionSize(i) for i in range(count)]

    def restore(self) -> None:
        saved = self.memory.saved(self.key)
        _lay_out()
        if self.splitter is not None and "splitter" in saved:
            self._restore_splitter(saved["splitter"])
            _lay_out()  # the list in its pane's new size
        if self.table is not None and "columns" in saved:
            self._restore_columns(saved["columns"], saved.get("room", [0])[0])
        elif self.fit:
            self.fit_columns()

    def _restore_splitter(self, sizes: list[int]) -> None:
        splitter = self.splitter
        count = splitter.count()
        if len(sizes) != count or min(sizes) <= 0:
            return  # a pane was folded away or the page changed: its usual split
        horizontal = splitter.orientation() == Qt.Orientation.Horizontal
        room = (splitter.width() if horizontal else splitter.height()) - splitter.handleWidth() * (count - 1)
        if room <= 0:
            return
        total = sum(sizes)
        wanted = [round(room * s / total) for s in sizes]
        for size, pane in zip(wanted, (splitter.widget(i) for i in range(count)), strict=True):
            least = pane.minimumSizeHint()
            if size < (least.width() if horizontal else least.height()):
                return  # chosen on a larger window: here one pane could not be shown whole, keep the usual split
        splitter.setSizes(wanted)

    def _restore_columns(self, widths: list[int], chosen_in: int) -> None:
        header = self.table.horizontalHeader()
        count = header.count() - (1 if header.stretchLastSection() else 0)
        if len(widths) != count:
            return  # the list's columns changed: its usual widths
        room = self.table.viewport().width()
        if 0 < room < chosen_in:  # chosen on a wider window: narrowed in proportion, if that still reads
            widths = [round(w * room / chosen_in) for w in widths]
            if min(widths) < header.minimumSectionSize():
                return
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def fit_columns(self) -> None:
        """Columns as wide as what they show (none wider than a share of the list), until the user sizes them."""
        if self.chosen or self.pressed or self.table.model().rowCount() == 0:
            return
        header = self.table.horizontalHeader()
        widest = max(header.minimumSectionSize(), int(self.table.viewport().width() * FITTED_SHARE))
        last = header.count() - (1 if header.stretchLastSection() else 0)
        for column in range(last):
            header.resizeSection(column, min(widest, max(self.table.sizeHintForColumn(column),
                                                         header.sectionSizeHint(column))))
