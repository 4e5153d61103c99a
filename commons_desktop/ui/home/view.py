"""The home page, shown when the vault opens: members by status, renewals due this month, dues received this year,
the last changes and the last backup. Each is a link to the page that shows it in full (a person list filtered by
that status, the renewal list, the contributions of the year, the history or the changed record, the backup
folder).

Its figures read every membership (0.3-0.7 s at 100,000 people): they are read through the worker bridge, off the
GUI thread, so the window is drawn and answers (the people list shows its first rows) while they are read; a reading
superseded by a newer one (a change, another vault, a lock) is dropped when it ends."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import Cancelled
from ...services import dues, home, lists, status_filter
from ..errors import describe
from ..format import day, moment, money
from ..history_table import HistoryTable
from ..labels import OPERATIONS, STATUSES, label
from ..signals import emit


class _Link(QPushButton):
    """A flat button that reads as a link (Tab reaches it, Enter or a click follows it). A text longer than the
    room it has (a long record name, a long folder, a narrow window) is drawn cut short with "…" rather than widening
    the page past the window; ``text()`` and the tooltip keep it whole."""

    def __init__(self, text: str = ""):
        super().__init__(text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # a button's own: Minimum

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M") * 10), hint.height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._tip()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._tip()

    def _tip(self) -> None:
        """The whole text as the tooltip when it is cut short; none when it shows whole."""
        text = self.text()
        self.setToolTip(text if self.fontMetrics().horizontalAdvance(text) > self.width() - 8 else "")

    def paintEvent(self, event) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self).width() - 8
        option.text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, max(room, 0))
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


def _link(text: str = "") -> QPushButton:
    button = _Link(text)
    button.setFlat(True)
    button.setObjectName("homeLink")
    button.setStyleSheet("QPushButton#homeLink { text-align: left; padding: 2px 4px; color: palette(link); }")
    return button


class _Box(QFrame):
    def __init__(self, title: str):
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(f"<b>{title}</b>")
        self.layout_.addWidget(heading)

    def add(self, widget: QWidget) -> QWidget:
        self.layout_.addWidget(widget)
        return widget


class HomeView(QWidget):
    status = Signal(str)
    open_status = Signal(str)  # a membership status: the people list filtered by it
    open_renewals = Signal(int)  # days: the renewal list of the memberships ending within them
    open_contributions = Signal(object)  # a services.dues.Filter
    open_history = Signal()
    open_record = Signal(str, str)  # entity, id
    open_backup = Signal()  # the Vault menu's "Back up now…"

    def __init__(self, bridge, parent: QWidget | None = None, today=date.today, open_folder=None):
        super().__init__(parent)
        self.bridge = bridge
        self.vault, self.today, self.seen = None, today, None
        self.asked = 0  # the number of the last reading asked for: only its figures are shown
        self.job = None  # the reading running (cancelled when a newer one is asked for, or the vault locked)
        self.open_folder = open_folder or (lambda folder: QDesktopServices.openUrl(QUrl.fromLocalFile(folder)))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.status_links: dict[str, QPushButton] = {}
        members = _Box(self.tr("Members"))
        for code in status_filter.STATUSES:
            link = members.add(_link())
            link.clicked.connect(lambda _c=False, s=code: emit(self.open_status, s))
            self.status_links[code] = link
        members.layout_.addStretch(1)
        dues_box = _Box(self.tr("Renewals and dues"))
        self.renewals_link = dues_box.add(_link())
        self.renewals_link.clicked.connect(lambda: self.seen and emit(self.open_renewals, self.seen.days_to_month_end))
        self.dues_link = dues_box.add(_link())
        self.dues_link.clicked.connect(
            lambda: self.seen and emit(self.open_contributions, dues.Filter(self.seen.today.year, "dues")))
        dues_box.layout_.addStretch(1)
        backup_box = _Box(self.tr("Last backup"))
        self.backup_text = backup_box.add(QLabel())
        self.backup_text.setWordWrap(True)
        self.backup_link = backup_box.add(_link(self.tr("Open the backup folder")))
        self.backup_link.clicked.connect(lambda: self.seen and self.seen.last_backup
                                         and self.open_folder(self.seen.last_backup[1]))
        self.backup_now_link = backup_box.add(_link(self.tr("Back up now…")))
        self.backup_now_link.clicked.connect(lambda: emit(self.open_backup))
        backup_box.layout_.addStretch(1)
        self.changes_box = _Box(self.tr("Last changes"))
        self.change_links: list[QPushButton] = []
        for _ in range(home.LAST_CHANGES):
            link = self.changes_box.add(_link())
            link.clicked.connect(lambda _c=False, b=link: self._follow(b))
            self.change_links.append(link)
        self.history_link = self.changes_box.add(_link(self.tr("See the whole history")))
        self.history_link.clicked.connect(lambda: emit(self.open_history))
        self.changes_box.layout_.addStretch(1)
        self.names = HistoryTable(show_record=True)  # its record names, never shown itself
        self.names.hide()
        grid = QGridLayout()
        grid.addWidget(members, 0, 0)
        grid.addWidget(dues_box, 0, 1)
        grid.addWidget(self.changes_box, 1, 0)
        grid.addWidget(backup_box, 1, 1)
        # no stretch factors: the columns share the width by what their lines need (a long last change takes the
        # room the dues do not use); only when the window is narrower than both is a line cut short
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.heading)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def set_vault(self, vault) -> None:
        if vault is not self.vault:
            self.vault = vault
            self._blank()  # another vault's figures (or a locked one's) are never shown
        if vault is None:
            self._drop()  # a reading still running for the vault locked is dropped

    def clear(self) -> None:
        self.set_vault(None)

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the figures again (off the GUI thread); the ones shown stay until the new ones come."""
        if self.vault is None:
            self._blank()
            return
        self._drop()
        asked, vault = self.asked, self.vault
        self.heading.setText(self.tr("<h2>%1</h2><p>Today, %2.</p>").replace("%1", lists.vault_name(vault)).replace(
            "%2", day(self.today())))
        self.job = self.bridge.submit(home.overview, self.today(), vault=vault, background=True, readonly=True,
                                      label=self.tr("Reading the home page's figures"),
                                      on_finished=lambda seen: self._read(seen, asked, vault),
                                      on_failed=lambda exc: self._failed(exc, asked))

    def _drop(self) -> None:
        """The reading running, if any, will not be shown: it is asked to stop (a burst of changes, as a sync
        writes them, leaves one reading to finish, not one per change)."""
        self.asked += 1
        if self.job is not None:
            self.job.cancel()
            self.job = None

    def _failed(self, exc: BaseException, asked: int) -> None:
        if asked == self.asked and not isinstance(exc, Cancelled):
            emit(self.status, describe(exc))

    def _blank(self) -> None:
        self.seen = None
        self.heading.clear()
        for link in [*self.status_links.values(), self.renewals_link, self.dues_link, *self.change_links]:
            link.setText("")
        for link in self.change_links:
            link.setVisible(False)
        self.history_link.setVisible(False)
        self.backup_text.clear()
        self.backup_link.setVisible(False)
        self.backup_now_link.setVisible(False)

    def _read(self, seen: home.Overview, asked: int, vault) -> None:
        if asked != self.asked or vault is not self.vault:
            return  # superseded: a newer reading is on its way, or the vault was locked or changed
        self.seen = seen
        for code, link in self.status_links.items():
            count = seen.statuses.get(code, 0)
            text = (self.tr("%n people are not members", "", count) if code == "none"
                    else self.tr("%1: %n", "", count).replace("%1", label(STATUSES, code).capitalize()))
            link.setText(text)
        self.renewals_link.setText(self.tr("%n renewals due this month", "", seen.renewals_this_month))
        self.renewals_link.setToolTip(self.tr("Memberships ending from today to the end of the month"))
        if seen.dues_this_year:
            amounts = ", ".join(money(total, currency) for currency, total in sorted(seen.dues_this_year.items()))
            self.dues_link.setText(self.tr("Dues received in %1: %2 (%n payments)", "", seen.dues_count)
                                   .replace("%1", str(seen.today.year)).replace("%2", amounts))
        else:
            self.dues_link.setText(self.tr("No dues received in %1 yet").replace("%1", str(seen.today.year)))
        if seen.last_backup:
            when, folder = seen.last_backup
            self.backup_text.setText(self.tr("%1, in %2").replace("%1", moment(when, seconds=False))
                                     .replace("%2", folder))
        else:
            self.backup_text.setText(self.tr("No backup yet."))
        self.backup_link.setVisible(seen.last_backup is not None)
        self.backup_now_link.setVisible(True)
        self.names.vault = self.vault
        self.names._names = {}
        for n, link in enumerate(self.change_links):
            entry = seen.last_changes[n] if n < len(seen.last_changes) else None
            link.setVisible(entry is not None)
            link.setProperty("record", (entry.entity, entry.entity_id) if entry else None)
            if entry is not None:
                link.setText(self.tr("%1 — %2 %3").replace("%1", moment(entry.hlc, seconds=False))
                             .replace("%2", label(OPERATIONS, entry.op))
                             .replace("%3", self.names.record_name(entry.entity, entry.entity_id)))
        self.history_link.setVisible(bool(seen.last_changes))

    def _follow(self, link: QPushButton) -> None:
        record = link.property("record")
        if not record:
            return
        entity, ident = record
        if entity in ("person", "organisation"):
            emit(self.open_record, entity, ident)
        else:
            emit(self.open_history)

