"""The Conflicts page: what merging another laptop's changes queued for a person (services/conflicts.py). Each open
conflict shows the record, the field in words and both values side by side (this laptop's, the other's, with who set
each, on which laptop, and when); Keep mine / Keep theirs / Keep both (an element of a list only, as the service
says). A notice is acknowledged. The page reads the vault again on every "vault changed" event (a resolution received
from another laptop closes its row) and after its own actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CommonsError
from ...services import conflicts, lists
from .. import format as fmt
from ..labels import CONTACT_KINDS, ENTITIES, FIELD_NAMES, label
from ..signals import emit

NOTICES = {
    "kept-element": QT_TRANSLATE_NOOP("ConflictsView", "An element removed on another laptop was kept: it had been "
                                                       "edited here."),
    "kept-tag": QT_TRANSLATE_NOOP("ConflictsView", "An address book removed the tag that shares this record there: the "
                                                   "tag was kept, and the record's card sent back with it."),
    "restored": QT_TRANSLATE_NOOP("ConflictsView", "An edit made on another laptop restored this deleted record."),
    "delete-refused": QT_TRANSLATE_NOOP("ConflictsView", "Another laptop deleted this record, but it had been edited "
                                                         "here: it was kept."),
    "member-number-taken": QT_TRANSLATE_NOOP("ConflictsView", "This member number was given to two people on two "
                                                              "laptops: the one given it later lost it."),
    "unknown-organisation": QT_TRANSLATE_NOOP("ConflictsView", "An address book's card names the organisation “%1”, "
                                                               "which this vault does not know: no organisation was "
                                                               "made, and the person's links were kept."),
    "unmapped-link": QT_TRANSLATE_NOOP("ConflictsView", "An address book's card links this person to “%1”, who is no "
                                                        "one in this vault (or by a kind of link it does not know): "
                                                        "the link was not kept."),
}


class ConflictsView(QWidget):
    status = Signal(str)
    counted = Signal(int)  # how many are open, after each reading (the navigation's badge)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = None
        self.found: list = []
        self.names: dict[str, str] = {}
        self.sides: dict[int, tuple] = {}   # conflict id -> (who set mine, who set theirs): services/conflicts.who
        heading = QLabel(self.tr("<h2>Conflicts</h2><p>The same thing was changed differently here and on another "
                                 "laptop. Both values are kept until you choose; meanwhile the record shows the "
                                 "later one.</p>"))
        heading.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("What"), self.tr("Mine (this laptop)"),
                                              self.tr("Theirs (another laptop)")])
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.currentCellChanged.connect(self._current_changed)
        self.empty = QLabel(self.tr("<h3>Nothing to resolve</h3><p>Every change received from other laptops agreed "
                                    "with this one.</p>"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.body = QStackedWidget()
        self.body.addWidget(self.empty)
        self.body.addWidget(self.table)
        # the chosen conflict, side by side
        self.subject = QLabel()
        self.subject.setWordWrap(True)
        self.mine_title, self.theirs_title = QLabel(), QLabel()
        for title in (self.mine_title, self.theirs_title):
            title.setWordWrap(True)   # who set it, on which laptop, when: a long line in French
        self.mine, self.theirs = QLabel(), QLabel()
        side = QGridLayout()
        for col, (title, value) in enumerate(((self.mine_title, self.mine), (self.theirs_title, self.theirs))):
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)  # values are the records' own text, never markup
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setFrameShape(QFrame.Shape.StyledPanel)
            value.setMargin(6)
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            side.addWidget(title, 0, col)
            side.addWidget(value, 1, col)
            side.setColumnStretch(col, 1)
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_both = QPushButton(self.tr("Keep both"))
        self.seen = QPushButton(self.tr("Understood"))
        for button, slot in ((self.keep_mine, self.keep_local), (self.keep_theirs, self.keep_remote),
                             (self.keep_both, self.keep_both_values), (self.seen, self.keep_local)):
            button.setAccessibleName(button.text())
            button.clicked.connect(slot)
        self.summary = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.seen, self.keep_both, self.keep_theirs, self.keep_mine):
            buttons.addWidget(button)
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(self.subject)
        detail.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self._show_current()

    # -- the vault -------------------------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self.vault = vault
        self.refresh()

    def clear(self) -> None:
        self.set_vault(None)

    def activated(self) -> None:
        self.refresh()

    def vault_changed(self, _event) -> None:
        """Any commit may have queued a conflict (changes received) or closed one (a resolution received)."""
        self.refresh()

    def refresh(self) -> None:
        before = self.current()
        self.found = conflicts.listed(self.vault) if self.vault is not None else []
        people = [q.entity_id for q in self.found if q.entity == "person"]
        self.names = lists.person_names(self.vault, people) if people else {}
        self.sides = {q.id: conflicts.who(self.vault, q) for q in self.found}
        self.table.setRowCount(len(self.found))
        for row, q in enumerate(self.found):
            cells = ((self._record(q), self._what(q), self._value(q.local), self._value(q.remote))
                     if q.kind == "conflict" else (self._record(q), self._notice(q), "", ""))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("\n", " · "))
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        for col in range(3):
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))
        self.body.setCurrentWidget(self.table if self.found else self.empty)
        again = next((row for row, q in enumerate(self.found) if before is not None and q.id == before.id), 0)
        self.table.setCurrentCell(again if self.found else -1, 0)
        self.summary.setText(self.tr("%n to resolve", "", len(self.found)) if self.found else "")
        self._show_current()
        emit(self.counted, len(self.found))

    def current(self):
        row = self.table.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    # (bound methods, not lambdas: Qt drops them with this page; a lambda would be called while it is destroyed)
    def keep_local(self) -> None:
        self.resolve("local")

    def keep_remote(self) -> None:
        self.resolve("remote")

    def keep_both_values(self) -> None:
        self.resolve("both")

    def _current_changed(self, *_cells) -> None:
        self._show_current()

    def resolve(self, keep: str) -> None:
        q = self.current()
        if q is None or self.vault is None:
            return
        try:
            conflicts.resolve(self.vault, q.id, keep)
        except conflicts.AlreadyResolved:
            emit(self.status, self.tr("This conflict was already resolved (perhaps on another laptop)."))
        except CommonsError as exc:
            emit(self.status, self.tr("Could not resolve the conflict: %1").replace("%1", type(exc).__name__))
        else:
            emit(self.status, self.tr("Resolved: %1, %2.").replace("%1", self._record(q)).replace("%2", self._what(q))
                 if q.kind == "conflict" else self.tr("Notice acknowledged."))
        self.refresh()  # (a notice acknowledged changes no record: no "vault changed" event)

    # -- words -----------------------------------------------------------------------------------------------
    def _show_current(self) -> None:
        q = self.current()
        conflict = q is not None and q.kind == "conflict"
        self.detail.setVisible(q is not None)
        keeps = conflicts.keeps(q) if conflict else ()
        self.keep_mine.setVisible(conflict)
        self.keep_theirs.setVisible(conflict)
        self.keep_both.setVisible(conflict)
        self.keep_both.setEnabled("both" in keeps)
        self.keep_both.setToolTip("" if "both" in keeps else self.tr("Only an element of a list can keep both values"))
        self.seen.setVisible(q is not None and not conflict)
        if q is None:
            return
        local, remote = self.sides.get(q.id, (None, None))
        if not conflict:
            by = (" " + _escape(self._side_words(remote))) if remote is not None else ""
            self.subject.setText(f"<b>{_escape(self._record(q))}</b>: {_escape(self._notice(q))}{by}")
            self.mine_title.clear()
            self.theirs_title.clear()
            self.mine.setVisible(False)
            self.theirs.setVisible(False)
            return
        self.subject.setText(f"<b>{_escape(self._record(q))}</b>: {_escape(self._what(q))}")
        self.mine.setVisible(True)
        self.theirs.setVisible(True)
        self.mine_title.setText(self._side(self.tr("Mine (this laptop)"), q.local_hlc, local))
        self.theirs_title.setText(self._side(self.tr("Theirs (another laptop)"), q.remote_hlc, remote))
        self.mine.setText(self._value(q.local))
        self.theirs.setText(self._value(q.remote))

    def _side(self, title: str, stamp: str | None, who=None) -> str:
        if who is not None:
            return f"<b>{_escape(title)}</b> — " + _escape(self._side_words(who))
        when = fmt.moment(stamp, seconds=False) if stamp else ""
        return f"<b>{_escape(title)}</b>" + (" — " + _escape(self.tr("changed %1").replace("%1", when)) if when else "")

    def _by(self, who) -> str:
        """"Ana on Secrétariat" (the laptop's name, else the start of its id; the author when one was given); "the
        server Contacts" for what came from a contacts server."""
        if who.server:
            device = self.tr("the server %1").replace("%1", who.name)
        else:
            device = who.name or self.tr("laptop %1").replace("%1", who.device[:8])
        if who.author:
            return self.tr("%1 on %2").replace("%1", who.author).replace("%2", device)
        return device

    def _side_words(self, who) -> str:
        when = fmt.moment(who.at, seconds=False) if who.at else ""
        if when:
            return self.tr("changed %1 by %2").replace("%1", when).replace("%2", self._by(who))
        return self.tr("changed by %1").replace("%1", self._by(who))

    def _record(self, q) -> str:
        if q.entity == "person":
            return self.names.get(q.entity_id) or self.tr("(a person since erased)")
        return label(ENTITIES, q.entity)

    def _what(self, q) -> str:
        field = label(FIELD_NAMES, q.field or "")
        if q.element is None:
            return field
        return self.tr("%1: one element").replace("%1", field)

    def _notice(self, q) -> str:
        return self.tr(NOTICES[q.code]).replace("%1", str(q.remote or "")) if q.code in NOTICES else q.code

    def _value(self, value: Any) -> str:
        if value in (None, "", [], {}):
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, list):
            return "\n".join(self._value(x) for x in value)
        if isinstance(value, dict):
            items = [(k, v) for k, v in value.items() if v not in (None, "", [], {})]
            rest = [self._value(v) if isinstance(v, (list, dict)) else str(v) for k, v in items if k != "kind"]
            kind = [label(CONTACT_KINDS, str(v)) for k, v in items if k == "kind"]
            return ", ".join(rest) + (f" ({kind[0]})" if kind else "")
        return str(value)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
