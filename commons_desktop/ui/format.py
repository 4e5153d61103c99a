"""Dates, times and amounts shown the way the user's locale writes them, and times in the local time zone.

Every date or time the desktop shows goes through here: a day (14/07/1962 in French, 07/14/1962 in US
English; always four-digit years), a moment (an HLC stamp or an ISO UTC time, turned into local time), an
amount (25.50 EUR / 25,50 EUR). The date editors use the same day format (``day_format``)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, tzinfo
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QTime

_SHORT = QLocale.FormatType.ShortFormat
_LONG = QLocale.FormatType.LongFormat


def money(amount: Decimal, currency: str) -> str:
    return f"{QLocale().toString(float(amount), 'f', 2)} {currency}"


def day_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with two-digit days and months and four-digit years ("dd/MM/yyyy",
    "MM/dd/yyyy", "dd.MM.yyyy"): a birth date of 1962 must not read as 62."""
    text = (locale or QLocale()).dateFormat(_SHORT)
    text = re.sub(r"y+", "yyyy", text)
    text = re.sub(r"(?<!d)d(?!d)", "dd", text)
    return re.sub(r"(?<!M)M(?!M)", "MM", text)


def time_format(locale: QLocale | None = None) -> str:
    """The locale's time format, to the second, without a time-zone name ("HH:mm:ss", "h:mm:ss AP")."""
    text = (locale or QLocale()).timeFormat(_LONG)
    return re.sub(r"\s*t+\s*", " ", text).strip()


def day(value: date | None) -> str:
    """A date as the user's locale writes it ("" for no date)."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), day_format())


def period(start: date | None, end: date | None) -> str:
    """A period covered ("01/01/2026 – 31/12/2026"; one side may be open)."""
    if start is None and end is None:
        return ""
    return f"{day(start)} – {day(end)}"


def instant(stamp: str) -> datetime | None:
    """The UTC moment of an HLC stamp ("1767225600000.00003") or of an ISO time ("2026-01-01T00:00:00Z");
    None when ``stamp`` is neither."""
    text = (stamp or "").strip()
    if not text:
        return None
    wall, dot, counter = text.partition(".")
    if wall.isdigit() and (not dot or counter.isdigit()) and len(wall) >= 10:
        try:
            return datetime.fromtimestamp(int(wall) / 1000, tz=UTC)
        except (ValueError, OverflowError, OSError):
            return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def local(stamp: str, zone: tzinfo | None = None) -> datetime | None:
    """The moment of ``stamp`` in ``zone`` (by default the machine's local time zone)."""
    moment = instant(stamp)
    return None if moment is None else moment.astimezone(zone)


def moment(stamp: str, zone: tzinfo | None = None, *, seconds: bool = True) -> str:
    """An HLC stamp or ISO UTC time as the local date and time, in the user's locale ("14/07/2026 16:05:09");
    text that is neither is shown as it is."""
    when = local(stamp, zone)
    if when is None:
        return stamp
    clock = time_format()
    if not seconds:
        clock = re.sub(r"[:.]ss?", "", clock)
    locale = QLocale()
    return (f"{locale.toString(QDate(when.year, when.month, when.day), day_format())} "
            f"{locale.toString(QTime(when.hour, when.minute, when.second), clock)}")


def stamp_day(stamp: str, zone: tzinfo | None = None) -> str:
    """The local day of an HLC stamp or ISO time ("" when it is neither)."""
    when = local(stamp, zone)
    return "" if when is None else day(when.date())
