"""The header words and sheet names of the renewal list and contributions exports, in the interface language, and
the format a chosen file name asks for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...services import dues, renewals

CONTEXT = "TableWords"
RENEWAL = {
    "name": QT_TRANSLATE_NOOP("TableWords", "Name"),
    "email": QT_TRANSLATE_NOOP("TableWords", "Email"),
    "status": QT_TRANSLATE_NOOP("TableWords", "Status"),
    "type": QT_TRANSLATE_NOOP("TableWords", "Membership type"),
    "end": QT_TRANSLATE_NOOP("TableWords", "Ends"),
    "days_left": QT_TRANSLATE_NOOP("TableWords", "Days left"),
    "amount": QT_TRANSLATE_NOOP("TableWords", "Dues"),
    "currency": QT_TRANSLATE_NOOP("TableWords", "Currency"),
    "due": QT_TRANSLATE_NOOP("TableWords", "Due by"),
    "street": QT_TRANSLATE_NOOP("TableWords", "Street"),
    "postcode": QT_TRANSLATE_NOOP("TableWords", "Postcode"),
    "city": QT_TRANSLATE_NOOP("TableWords", "City"),
    "country": QT_TRANSLATE_NOOP("TableWords", "Country"),
}
CONTRIBUTION = {
    "date": QT_TRANSLATE_NOOP("TableWords", "Date"),
    "person": QT_TRANSLATE_NOOP("TableWords", "Person"),
    "amount": QT_TRANSLATE_NOOP("TableWords", "Amount"),
    "currency": QT_TRANSLATE_NOOP("TableWords", "Currency"),
    "method": QT_TRANSLATE_NOOP("TableWords", "Method"),
    "kind": QT_TRANSLATE_NOOP("TableWords", "Kind"),
    "period_start": QT_TRANSLATE_NOOP("TableWords", "Period from"),
    "period_end": QT_TRANSLATE_NOOP("TableWords", "Period to"),
    "notes": QT_TRANSLATE_NOOP("TableWords", "Notes"),
}
SHEETS = {
    "renewals": QT_TRANSLATE_NOOP("TableWords", "Renewals"),
    "contributions": QT_TRANSLATE_NOOP("TableWords", "Contributions"),
}
assert tuple(RENEWAL) == renewals.COLUMNS and tuple(CONTRIBUTION) == dues.COLUMNS


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def renewal_headers() -> list[str]:
    return [_t(RENEWAL[c]) for c in renewals.COLUMNS]


def contribution_headers() -> list[str]:
    return [_t(CONTRIBUTION[c]) for c in dues.COLUMNS]


def sheet_name(which: str) -> str:
    return _t(SHEETS[which])


def suffix_format(path: str) -> tuple[str, str]:
    """(path, format) of a file name chosen to export a table: its suffix says the format; another suffix, or none,
    gets .ods (a spreadsheet)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("ods", "xlsx", "csv"):
        return path, suffix
    return path + ".ods", "ods"
