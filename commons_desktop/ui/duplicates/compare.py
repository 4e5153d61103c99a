"""Two possible duplicates side by side, with the fields needed to decide: names, emails, phones, birth dates,
addresses, the member number when either has one, organisations, membership status, tags, when each was created.
What both records share is in bold."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QWidget

from ...core.text import fold, phone_digits
from ...services.duplicates import Side
from ..format import day, stamp_day
from ..labels import CONTACT_KINDS, STATUSES, label


def _kind(kind: str) -> str:
    return f" ({label(CONTACT_KINDS, kind)})" if kind else ""


def _address(a) -> str:
    lines = [line.strip() for line in a.street.splitlines() if line.strip()]
    town = " ".join(x for x in (a.postcode, a.city) if x)
    lines += [x for x in (town, a.region, a.country) if x]
    return "\n".join(lines) + _kind(a.kind)


# (key, the elements of a side with the key each is compared by)
Elements = Callable[[Side], list[tuple[str, str]]]
ROWS: tuple[tuple[str, Elements], ...] = (
    ("name", lambda s: [(s.person.display_name, fold(s.person.display_name))]),
    ("emails", lambda s: [(e.address + _kind(e.kind), e.address.casefold()) for e in s.person.emails]),
    ("phones", lambda s: [(p.number + _kind(p.kind), phone_digits(p.number)) for p in s.person.phones]),
    ("birth_date", lambda s: [(day(s.person.birth_date), str(s.person.birth_date))] if s.person.birth_date else []),
    ("addresses", lambda s: [(_address(a), fold(a.one_line())) for a in s.person.addresses]),
    ("member_number", lambda s: [(n, n.casefold())] if (n := getattr(s.person, "member_number", "") or "") else []),
    ("organisations", lambda s: [(n, fold(n)) for n in s.organisations]),
    ("status", lambda s: [(label(STATUSES, s.status), s.status)]),
    ("tags", lambda s: [(t, fold(t)) for t in s.person.tags]),
    ("created", lambda s: [(stamp_day(s.person.created), "")]),
)
SHOWN_WHEN_PRESENT = {"member_number"}  # rows left out when neither record has a value


class CompareTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Record A"), self.tr("Record B")])
        self.setAccessibleName(self.tr("The two records side by side"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.texts: dict[str, tuple[str, str]] = {}  # key -> (A, B) as shown, for tests and screen readers

    def titles(self) -> dict[str, str]:
        return {"name": self.tr("Name"), "emails": self.tr("Emails"), "phones": self.tr("Phones"),
                "birth_date": self.tr("Birth date"), "addresses": self.tr("Addresses"),
                "member_number": self.tr("Member number"), "organisations": self.tr("Organisations"),
                "status": self.tr("Membership"), "tags": self.tr("Tags"), "created": self.tr("Added on")}

    def show_pair(self, pair: tuple[Side, Side] | None) -> None:
        self.clearContents()
        self.texts = {}
        if pair is None:
            self.setRowCount(0)
            return
        titles = self.titles()
        rows = []
        for key, elements in ROWS:
            a, b = elements(pair[0]), elements(pair[1])
            if key in SHOWN_WHEN_PRESENT and not (a or b):
                continue
            rows.append((key, a, b))
        self.setRowCount(len(rows))
        for row, (key, a, b) in enumerate(rows):
            title = QLabel(f"<b>{html.escape(titles[key])}</b>")
            title.setContentsMargins(4, 2, 8, 2)
            self.setCellWidget(row, 0, title)
            shared = {k for _t, k in a if k} & {k for _t, k in b if k}
            for col, side in ((1, a), (2, b)):
                cell = QLabel(self._cell(side, shared))
                cell.setTextFormat(Qt.TextFormat.RichText)
                cell.setWordWrap(True)
                cell.setContentsMargins(4, 2, 4, 2)
                cell.setAccessibleName(f"{titles[key]}: {' '.join(t for t, _k in side) or '—'}")
                self.setCellWidget(row, col, cell)
            self.texts[key] = (", ".join(t for t, _k in a), ", ".join(t for t, _k in b))
        self.fit_rows()

    def fit_rows(self) -> None:
        """Each row as tall as its tallest cell at the columns' widths (a wrapped label's own hint is a guess)."""
        for row in range(self.rowCount()):
            height = 0
            for col in range(self.columnCount()):
                cell = self.cellWidget(row, col)
                if cell is not None:
                    height = max(height, cell.heightForWidth(max(self.columnWidth(col), 1)))
            self.setRowHeight(row, height + 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_rows()

    @staticmethod
    def _cell(elements: list[tuple[str, str]], shared: set[str]) -> str:
        if not elements:
            return "—"
        shown = []
        for text, key in elements:
            escaped = html.escape(text).replace("\n", "<br>")
            shown.append(f"<b>{escaped}</b>" if key in shared else escaped)
        return "<br>".join(shown)
