"""What the home page shows when a vault opens: members by status, renewals due this month, dues received this
year, the last changes and the last backup (each then opens the page that shows it in full)."""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ..core.model import ChangeEntry
from ..vault import backup, changelog
from ..vault.connection import Vault
from ..vault.memberships import Contributions
from . import lists, status_filter
from .renewals import renewal_list

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


def overview(vault: Vault, today: date | None = None) -> Overview:
    today = today or date.today()
    counts = Counter(status_filter.statuses(vault, today).values())
    counts["none"] = max(0, lists.people_count(vault) - sum(counts.values()))
    month_end = date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    days = (month_end - today).days
    due = renewal_list(vault, within_days=days, today=today, include_lapsed=False)
    totals: dict[str, Decimal] = {}
    paid = 0
    for _year, _kind, currency, total, n in Contributions(vault).totals(
            since=date(today.year, 1, 1), until=date(today.year, 12, 31), kind="dues"):
        totals[currency] = totals.get(currency, Decimal("0.00")) + total
        paid += n
    return Overview(today, {s: counts.get(s, 0) for s in status_filter.STATUSES}, len(due), days, totals, paid,
                    changelog.history(vault, limit=LAST_CHANGES), backup.last_backup(vault))
