"""What the home page shows when a vault opens: members by status, renewals due this month, dues received this
year, the last changes and the last backup (each then opens the page that shows it in full)."""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

from ..core.model import ChangeEntry
from ..vault import backup, changelog
from ..vault.connection import Vault
from ..vault.memberships import Contributions
from ..vault.people import People
from . import lists, status_filter
from .members import current_status, latest
from .progress import NEVER, CancelToken, no_progress
from .renewals import RENEWABLE

LAST_CHANGES = 6


@dataclass(frozen=True)
class Overview:
    today: date
    statuses: dict[str, int]  # status (services.status_filter.STATUSES) -> people with it today
    renewals_this_month: int  # memberships ending from today to the month's last day
    days_to_month_end: int
    dues_this_year: dict[str, Decimal]  # currency -> total of the year's dues
    dues_count: int
    last_changes: list[ChangeEntry] = field(default_factory=list)
    last_backup: tuple[str, str] | None = None  # (ISO UTC time, folder)


class _Membership(NamedTuple):  # what current_status and latest read of a membership
    status: str
    start: date | None
    end: date | None
    created: str
    deleted: bool = False


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def members_today(vault: Vault, today: date, horizon: date, cancel: CancelToken = NEVER) -> tuple[Counter, int]:
    """(people per status today, memberships to renew by ``horizon``: those the renewal list shows without the
    lapsed ones), in one pass over the memberships."""
    counts: Counter = Counter()
    due = 0
    for n, (_rid, rows) in enumerate(groupby(People(vault).membership_rows(), key=itemgetter(0))):
        if not n % 1000:
            cancel.check()
        group = [_Membership(status, _day(start), _day(end), created or "") for _r, status, start, end, created in rows]
        status = current_status(group, today)  # type: ignore[arg-type]
        counts[status] += 1
        last = latest(group)  # type: ignore[arg-type]
        if status in RENEWABLE and last.end is not None and last.end <= horizon:
            due += 1
    return counts, due


def overview(vault: Vault, today: date | None = None, *, progress=no_progress,
             cancel: CancelToken = NEVER) -> Overview:
    """The home page's figures. At 100,000 people this reads every membership (0.3-0.7 s): the desktop asks for it
    through its worker bridge, off the GUI thread, so the window answers while it is read (ui/home/view.py)."""
    today = today or date.today()
    month_end = date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    days = (month_end - today).days
    counts, due = members_today(vault, today, month_end, cancel)
    counts["none"] = max(0, lists.people_count(vault) - sum(counts.values()))
    totals: dict[str, Decimal] = {}
    paid = 0
    for _year, _kind, currency, total, n in Contributions(vault).totals(
            since=date(today.year, 1, 1), until=date(today.year, 12, 31), kind="dues"):
        totals[currency] = totals.get(currency, Decimal("0.00")) + total
        paid += n
    return Overview(today, {s: counts.get(s, 0) for s in status_filter.STATUSES}, due, days, totals, paid,
                    changelog.history(vault, limit=LAST_CHANGES), backup.last_backup(vault))
