"""The contributions page: contributions filtered by year, kind and method (newest first, page by page), their
totals per year and kind, and the export of what the filters show (a spreadsheet or CSV, recorded in the disclosure
log)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from ..core.errors import InvalidInput
from ..core.model import Contribution
from ..exchange import csv_io, sheet_write
from ..vault import exchange_log
from ..vault.connection import Vault
from ..vault.memberships import Contributions
from .exports import logged_write, write_private
from .lists import person_names

FORMATS = ("ods", "xlsx", "csv")
COLUMNS = ("date", "person", "amount", "currency", "method", "kind", "period_start", "period_end", "notes")
EXPORT_LIMIT = 1_000_000


@dataclass(frozen=True)
class Filter:
    """Which contributions a page shows: a year, a kind (dues, donation), a method; None: any."""

    year: int | None = None
    kind: str | None = None
    method: str | None = None

    def span(self) -> tuple[date | None, date | None]:
        return (date(self.year, 1, 1), date(self.year, 12, 31)) if self.year else (None, None)


@dataclass(frozen=True)
class Total:
    year: int
    kind: str
    currency: str
    amount: Decimal
    count: int


def page(vault: Vault, chosen: Filter, offset: int, limit: int) -> list[Contribution]:
    since, until = chosen.span()
    return Contributions(vault).list(since=since, until=until, kind=chosen.kind, method=chosen.method,
                                     limit=max(limit, 0), offset=max(offset, 0))


def count(vault: Vault, chosen: Filter) -> int:
    since, until = chosen.span()
    return Contributions(vault).count(since=since, until=until, kind=chosen.kind, method=chosen.method)


def totals(vault: Vault, chosen: Filter) -> list[Total]:
    """Per year and kind (one line per currency), newest year first."""
    since, until = chosen.span()
    return [Total(*row) for row in Contributions(vault).totals(since=since, until=until, kind=chosen.kind,
                                                                method=chosen.method)]


def years(vault: Vault) -> list[int]:
    return Contributions(vault).years()


def cells(c: Contribution, name: str, method_word: Callable[[str], str] = str, kind_word: Callable[[str], str] = str,
          day: Callable[[date], str] = date.isoformat) -> list[str]:
    """A row of the exported list, in COLUMNS' order."""
    return [day(c.date) if c.date else "", name, f"{c.amount:.2f}", c.currency, method_word(c.method),
            kind_word(c.kind), day(c.period_start) if c.period_start else "",
            day(c.period_end) if c.period_end else "", c.notes]


def export(vault: Vault, chosen: Filter, fmt: str, path: str | Path, *, header: Sequence[str] = COLUMNS,
           sheet: str = "Contributions", method_word: Callable[[str], str] = str,
           kind_word: Callable[[str], str] = str, day: Callable[[date], str] = date.isoformat) -> int:
    """Write the contributions the filter chooses (every one, newest first) and record the disclosure; returns
    how many were written."""
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown format {fmt!r} ({', '.join(FORMATS)})")
    found = page(vault, chosen, 0, EXPORT_LIMIT)
    names = person_names(vault, [c.person_id for c in found])
    table = [cells(c, names.get(c.person_id, ""), method_word, kind_word, day) for c in found]
    data = (csv_io.write_table(list(header), table) if fmt == "csv"
            else sheet_write.writer(fmt, list(header), table, sheet))
    target = Path(path)
    with logged_write(vault, target, lambda: write_private(target, data)):
        exchange_log.log_disclosure(vault, kind=f"contributions-{fmt}", recipients=["file"], destination=target.name,
                                    profile="", selection="contributions", fields=list(COLUMNS),
                                    records=[("person", i) for i in dict.fromkeys(c.person_id for c in found)])
    return len(found)
