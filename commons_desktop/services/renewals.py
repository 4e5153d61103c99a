"""The renewal list: members whose membership ends within N days (soonest first), then lapsed members (most
recently lapsed first), each with what a reminder needs: email, postal address, the type's label and fee, the date
the renewal is due. Exported as a spreadsheet or CSV, printed as reminder letters (services/letters.py), its emails
copied as one BCC list. Every file that leaves is recorded in the disclosure log."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from ..core.model import Person
from ..exchange import csv_io, sheet_write
from ..vault import exchange_log
from ..vault.connection import Vault
from ..vault.memberships import Memberships, MembershipTypes
from ..vault.people import People
from .exports import logged_write, write_private
from .members import current_status, latest

RENEWABLE = ("active", "honorary", "pending")
LATE_DUE_DAYS = 30  # a lapsed member's reminder asks to pay within this many days
MAX_ROWS = 5000
FORMATS = ("ods", "xlsx", "csv")
# the columns of an exported renewal list (ui/ or cli/ give their header words)
COLUMNS = ("name", "email", "status", "type", "end", "days_left", "amount", "currency", "due", "street", "postcode",
           "city", "country")


@dataclass(frozen=True)
class RenewalRow:
    person_id: str
    name: str
    status: str  # today's status (services.members.current_status)
    type: str  # the membership type's code
    end: date | None
    days_left: int | None  # days until the end (negative: since it ended)
    type_label: str = ""
    email: str = ""
    address_lines: tuple[str, ...] = ()
    address: tuple[str, str, str, str] = ("", "", "", "")  # street, postcode, city, country
    amount: Decimal | None = None  # the type's fee
    currency: str = "EUR"
    due: date | None = None  # when the renewal is due (the end; a lapsed member: LATE_DUE_DAYS from today)

    @property
    def ended(self) -> bool:
        return self.days_left is not None and self.days_left < 0


def renewal_list(vault: Vault, *, within_days: int = 30, today: date | None = None, include_lapsed: bool = True,
                 limit: int = MAX_ROWS) -> list[RenewalRow]:
    """Members whose membership ends within ``within_days`` days, then (optionally) lapsed members."""
    today = today or date.today()
    horizon = today + timedelta(days=max(0, within_days))
    repo = Memberships(vault)
    candidates = repo.renewal_candidates(horizon, limit)
    kinds = {t.code: t for t in MembershipTypes(vault).all()}
    by_person = repo.of_people(candidates)
    people = People(vault)
    rows = []
    for person_id in candidates:
        memberships = by_person.get(person_id)
        if not memberships:
            continue
        status = current_status(memberships, today)
        m = latest(memberships)
        if status in RENEWABLE and m.end is not None and m.end <= horizon:
            pass
        elif not (status == "lapsed" and include_lapsed):
            continue
        try:
            person = people.get(person_id)
        except Exception:  # noqa: BLE001 - a person deleted since is not listed
            continue
        kind = kinds.get(m.type)
        days = (m.end - today).days if m.end else None
        due = m.end if m.end and m.end >= today else today + timedelta(days=LATE_DUE_DAYS)
        rows.append(RenewalRow(person_id, person.display_name, status, m.type, m.end, days,
                               kind.label if kind else m.type, person.emails[0].address if person.emails else "",
                               address_lines(person), _address_parts(person), kind.fee if kind else None,
                               kind.currency if kind else "EUR", due))
    rows.sort(key=_order)
    return rows


def _order(row: RenewalRow):
    """Memberships about to end first (soonest first), then lapsed ones (most recently lapsed first)."""
    end = (row.end or date.min).toordinal()
    return (1, -end, row.name) if row.status == "lapsed" else (0, end, row.name)


def address_lines(person: Person) -> tuple[str, ...]:
    """The lines of a person's first postal address as an envelope shows them (empty: no address)."""
    if not person.addresses:
        return ()
    a = person.addresses[0]
    return tuple(x for x in (*a.street.splitlines(), " ".join(y for y in (a.postcode, a.city) if y), a.region,
                             a.country) if x.strip())


def _address_parts(person: Person) -> tuple[str, str, str, str]:
    if not person.addresses:
        return ("", "", "", "")
    a = person.addresses[0]
    return (a.street, a.postcode, a.city, a.country)


def bcc_list(rows: Sequence[RenewalRow]) -> str:
    """The emails of these rows as one list for a BCC field ("a@x.org, b@y.org"), each once."""
    return ", ".join(dict.fromkeys(r.email for r in rows if r.email))


def cells(row: RenewalRow, status_word: Callable[[str], str] = str,
          day: Callable[[date], str] = date.isoformat) -> list[str]:
    """A row of the exported list, in COLUMNS' order (``status_word`` and ``day``: how the caller writes them)."""
    street, postcode, city, country = row.address
    return [row.name, row.email, status_word(row.status), row.type_label, day(row.end) if row.end else "",
            "" if row.days_left is None else str(row.days_left), "" if row.amount is None else f"{row.amount:.2f}",
            row.currency if row.amount is not None else "", day(row.due) if row.due else "", street, postcode, city,
            country]


def export_list(vault: Vault, rows: Sequence[RenewalRow], fmt: str, path: str | Path, *,
                header: Sequence[str] = COLUMNS, sheet: str = "Renewals",
                status_word: Callable[[str], str] = str, day: Callable[[date], str] = date.isoformat,
                recipients: Sequence[str] = ("file",)) -> int:
    """Write the renewal list as a spreadsheet (.ods, .xlsx: every cell text) or CSV (cells guarded against
    formulas) and record the disclosure; returns how many rows were written."""
    if fmt not in FORMATS:
        from ..core.errors import InvalidInput
        raise InvalidInput(f"unknown format {fmt!r} ({', '.join(FORMATS)})")
    target = Path(path)
    table = [cells(r, status_word, day) for r in rows]
    data = (csv_io.write_table(list(header), table) if fmt == "csv"
            else sheet_write.writer(fmt, list(header), table, sheet))
    with logged_write(vault, target, lambda: write_private(target, data)):
        exchange_log.log_disclosure(vault, kind=f"renewals-{fmt}", recipients=list(recipients),
                                    destination=target.name, profile="", selection="renewals",
                                    fields=list(COLUMNS), records=[("person", r.person_id) for r in rows])
    return len(rows)
