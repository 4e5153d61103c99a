"""Dates as people write them: the ONE reader of a date typed or read from text (CSV and spreadsheet cells, the
CLI's options, vCard BDAY, the people editor's text). Stdlib only.

Accepted (spaces around the value are ignored; a time after the date is ignored: "1962-07-14 00:00:00"):
- ISO 8601: ``1962-07-14`` (also ``1962-7-14``), its basic form ``19620714`` (vCard BDAY), ``1962/07/14``,
  ``1962.07.14``: a four-digit year first is never ambiguous.
- Day first, as written in Europe: ``14/07/1962``, ``14.07.1962``, ``14-07-1962``, and with a two-digit year
  ``14/07/62`` (what LibreOffice in French saves by default), ``14.07.62``, ``14-07-62``.

Day or month first: the users are European, so ``03/04/1962`` is the 3rd of April. Month first is read only when
the caller says so (``month_first=True``); the CSV and spreadsheet import decides it for a whole column, from a
value that can only be month first (``7/14/1962``, as Outlook writes on a US system) and none that can only be
day first (see ``month_first_column``). A single value (a CLI option) is always day first: ``7/14/1962`` is
refused there rather than guessed.

Two-digit years (the pivot):
- a date that is never in the future (``past=True``: a birth date) takes the latest century that does not put it
  after today: on 2026-12-02, ``14/07/62`` is 1962-07-14, ``01/12/26`` is 2026-12-01, ``03/12/26`` is 1926-12-03;
- any other date (a membership's start or end, a contribution, a consent) takes the year within 80 years before
  and 19 years after today (the window of Java's SimpleDateFormat): on 2026-12-02, ``62`` is 1962, ``45`` is 2045
  and ``46`` is 1946.

A date without a year (vCard ``--0714``, Google Contacts ``--07-14``) is not a date: ``month_day`` recognises it
so that a reader can keep it as text instead of refusing the row or dropping the value: the imports (CSV,
spreadsheets, vCard) keep it in the custom field ``birthday`` (NO_YEAR_FIELD) as ``--07-14``.
"""

from __future__ import annotations

import re
from datetime import date

from .errors import InvalidField, Reason

NOT_A_DATE = Reason.NOT_DATE  # the reason code of a text that is no date
NO_YEAR_FIELD = "birthday"  # the custom field where imports keep a birthday written without its year
WINDOW_BEFORE = 80  # two-digit years of dates that may be in the future: from 80 years before today...
WINDOW_AFTER = 19   # ...to 19 years after it (100 years in all)

_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ].*)?", re.S)
_BASIC = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T.*)?", re.S)
_DAY_FIRST = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:\s.*)?", re.S)
_MONTH_DAY = re.compile(r"--(\d{2})-?(\d{2})")


def read(value: str, field: str = "date", *, past: bool = False, month_first: bool = False,
         today: date | None = None) -> date | None:
    """The date written in ``value`` (None when it is empty or only spaces); InvalidField naming ``field``
    when it is not a date in one of the forms above. ``past``: the two-digit-year pivot of a date that is
    never in the future; ``month_first``: read ``7/14/1962`` as July 14 (a whole column's decision)."""
    text = value.strip()
    if not text:
        return None
    try:
        m = _YEAR_FIRST.fullmatch(text) or _BASIC.fullmatch(text)
        if m:
            groups = m.groups()
            y, mo, d = (groups[0], groups[2], groups[3]) if len(groups) == 4 else groups
            return date(int(y), int(mo), int(d))
        m = _DAY_FIRST.fullmatch(text)
        if m:
            a, b, y = int(m.group(1)), int(m.group(3)), m.group(4)
            day, month = (b, a) if month_first else (a, b)
            if len(y) == 4:
                return date(int(y), month, day)
            return _two_digit_year(int(y), month, day, past, today or date.today())
    except ValueError:  # a day or month out of range
        pass
    raise InvalidField(field, Reason.NOT_DATE, text[:80])


def _two_digit_year(yy: int, month: int, day: int, past: bool, today: date) -> date:
    year = today.year - today.year % 100 + yy
    if past:
        if (year, month, day) > (today.year, today.month, today.day):
            year -= 100
    elif year > today.year + WINDOW_AFTER:
        year -= 100
    elif year < today.year - WINDOW_BEFORE:
        year += 100
    return date(year, month, day)


def month_day(value: str) -> str | None:
    """'--0714' or '--07-14' (a date without its year, as vCard and Google Contacts write it) -> '--07-14';
    None for anything else."""
    m = _MONTH_DAY.fullmatch(value.strip())
    if not m:
        return None
    month, day = int(m.group(1)), int(m.group(2))
    try:
        date(2000, month, day)  # a leap year: 29 February is a birthday
    except ValueError:
        return None
    return f"--{month:02d}-{day:02d}"


def month_first_column(values) -> bool:
    """Whether a column's slashed or dotted dates are month first: its first value that can be read one way only
    decides (``7/14/1962`` -> month first, ``14/07/1962`` -> day first); day first when none decides."""
    for v in values:
        m = _DAY_FIRST.fullmatch(v.strip())
        if m:
            a, b = int(m.group(1)), int(m.group(3))
            if a > 12 >= b:
                return False
            if b > 12 >= a:
                return True
    return False
