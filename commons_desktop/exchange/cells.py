"""Reading and writing single cell values: dates (ISO or day-first/month-first), amounts, statuses,
payment methods, lists, tags; and the formula-injection guard used by CSV exports (and undone on import)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from itertools import chain

from ..core import dates
from ..core.errors import InvalidField, Reason
from ..core.text import fold

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A sign, then nothing but digits, spaces and a phone number's punctuation: a phone number ('+33 6 12 34 56 78',
# '+1 (555) 123-4567') or a number ('-5'). Without a letter, a quote or an operator other than '-' and '/', no
# spreadsheet can make a call, a reference, a link or a string of it: such a cell is not guarded (docs/csv-format.md).
_NUMBER = r"[0-9 \u00a0\u202f().\/-]*[0-9][0-9 \u00a0\u202f().\/-]*"
_SIGNED_NUMBER = re.compile(r"[+-]" + _NUMBER)
# in a row's cells joined with a NUL before each: a cell ``guard`` changes (or may: an apostrophe first), found by one
# search instead of a test per cell
_GUARDED = re.compile(r"\x00(?:[=@\t\r']|[+-](?!" + _NUMBER + r"(?:\x00|\Z)))")
_GUARDED_FIRST = frozenset((*FORMULA_START, "'"))

# 1901-01-01 is "no date" only in a Galette file (exchange/galette.py decodes it there): elsewhere it is a date
_EMPTY_DATES = {"0000-00-00", "00/00/0000", "0/0/00", "00/00/00"}

_STATUS = {
    "active": "active", "actif": "active", "active member": "active", "a jour": "active", "oui": "active",
    "yes": "active", "1": "active", "membre actif": "active", "adherent": "active", "valide": "active",
    "pending": "pending", "en attente": "pending", "attente": "pending", "nouveau": "pending",
    "lapsed": "lapsed", "expire": "lapsed", "expired": "lapsed", "en retard": "lapsed", "inactif": "lapsed",
    "inactive": "lapsed", "0": "lapsed", "non": "lapsed", "no": "lapsed", "echu": "lapsed", "a relancer": "lapsed",
    "resigned": "resigned", "demissionnaire": "resigned", "demission": "resigned", "parti": "resigned",
    "radie": "resigned", "left": "resigned",
    "honorary": "honorary", "honoraire": "honorary", "membre d honneur": "honorary", "d honneur": "honorary",
}
_METHOD = {
    "cash": "cash", "especes": "cash", "espece": "cash", "liquide": "cash",
    "transfer": "transfer", "virement": "transfer", "bank transfer": "transfer", "virement bancaire": "transfer",
    "card": "card", "carte": "card", "carte bancaire": "card", "cb": "card", "credit card": "card",
    "cheque": "cheque", "check": "cheque", "cheque bancaire": "cheque",
    "direct debit": "direct_debit", "prelevement": "direct_debit", "direct_debit": "direct_debit",
    "sepa": "direct_debit", "other": "other", "autre": "other", "helloasso": "card", "paypal": "other",
}


def unguard(value: str) -> str:
    """Undo the export guard: a leading apostrophe before a formula character (or another apostrophe)."""
    if len(value) >= 2 and value[0] == "'" and (value[1] in FORMULA_START or value[1] == "'"):
        return value[1:]
    return value


def guard(value: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula: an apostrophe before a cell starting with '=', '@', a
    tab or a carriage return, or with '+' or '-' unless it is a phone number or a number (``_SIGNED_NUMBER``); and
    before a cell that starts with an apostrophe and one of those characters (or another apostrophe), so that
    ``unguard`` gives back every value as it was."""
    if not value:
        return value
    first = value[0]
    if first in FORMULA_START:
        return value if (first == "+" or first == "-") and _SIGNED_NUMBER.fullmatch(value) else "'" + value
    if first == "'" and len(value) > 1 and (value[1] in FORMULA_START or value[1] == "'"):
        return "'" + value
    return value


def guard_rows(rows: list[Sequence[str]]) -> list[Sequence[str]]:
    """Rows of cells with every cell guarded (``guard``): ``rows`` themselves when no cell starts with a character
    ``guard`` may act on (one search over all their cells, joined), else each such cell guarded."""
    try:
        text = "\x00" + "\x00".join(chain.from_iterable(rows))
    except TypeError:  # a cell that is not text (None...): looked at one by one
        text = None
    if text is not None and text.count("\x00") == sum(map(len, rows)) and _GUARDED.search(text) is None:
        return rows  # (no cell holds a NUL itself: each one starts right after one)
    return [[guard(c) if c and c[0] in _GUARDED_FIRST else c for c in row] for row in rows]


def day_first(values: list[str]) -> bool:
    """Whether a column's slashed dates are DD/MM (European, the default) or MM/DD (core.dates.month_first_column)."""
    return not dates.month_first_column(values)


def parse_date(value: str, field: str, dayfirst: bool = True, *, past: bool = False) -> date | None:
    """A date cell, read by core.dates (``past``: a birth date, for the two-digit-year pivot); the values that
    spreadsheets write for "no date" (0000-00-00, 00/00/0000, Outlook's 0/0/00) give None."""
    v = value.strip()
    if not v or v in _EMPTY_DATES:
        return None
    return dates.read(v, field, past=past, month_first=not dayfirst)


def parse_amount(value: str, field: str = "amount") -> tuple[Decimal, str] | None:
    """'25,00 €' -> (Decimal('25.00'), 'EUR'); '' -> None. The currency is '' when not written."""
    v = value.strip()
    if not v:
        return None
    currency = ""
    for sym, code in (("€", "EUR"), ("eur", "EUR"), ("chf", "CHF"), ("£", "GBP"), ("$", "USD"), ("cad", "CAD")):
        if sym in v.lower():
            currency = code
            v = re.sub(re.escape(sym), "", v, flags=re.IGNORECASE)
    v = v.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if "," in v and "." in v:
        v = v.replace(".", "").replace(",", ".") if v.rfind(",") > v.rfind(".") else v.replace(",", "")
    v = v.replace(",", ".")
    try:
        amount = Decimal(v)
    except InvalidOperation:
        raise InvalidField(field, Reason.NOT_AMOUNT, value.strip()[:80]) from None
    if not amount.is_finite():
        raise InvalidField(field, Reason.NOT_AMOUNT, value.strip()[:80])
    return amount, currency


def parse_status(value: str) -> str | None:
    """A membership status from a word in French or English; None if the word is not a status."""
    return _STATUS.get(fold(value).replace("'", " ").replace("-", " ").strip())


def parse_method(value: str) -> str:
    return _METHOD.get(fold(value).replace("-", " ").strip(), "other") if value.strip() else "transfer"


def split_list(value: str) -> list[str]:
    """'a, b; c' -> ['a', 'b', 'c'] (commas, semicolons or line breaks separate items)."""
    return [x.strip() for x in re.split(r"[,;\n]", value) if x.strip()]


_TAG_ESCAPES = str.maketrans({"\\": "\\\\", ",": "\\,", ";": "\\;"})
_TAG_PARTS = re.compile(r"\\[\\,;]|[,;\r\n]")


def join_tags(tags: list[str]) -> str:
    """The tags cell: 'bureau, comité\\, fêtes' for ['bureau', 'comité, fêtes']. Tags are separated by ', '; a
    comma, semicolon or backslash inside a tag is written after a backslash (a tag never holds a line break)."""
    return ", ".join(t.translate(_TAG_ESCAPES) for t in tags)


def split_tags(value: str) -> list[str]:
    """A tags cell read back (``join_tags``'s, or any other tool's): tags separated by commas, semicolons or line
    breaks; '\\,' '\\;' and '\\\\' are a comma, a semicolon and a backslash inside a tag; empty tags are dropped."""
    if "\\" not in value:
        return split_list(value.replace("\r", "\n"))
    tags, piece, start = [], [], 0
    for m in _TAG_PARTS.finditer(value):
        piece.append(value[start:m.start()])
        start = m.end()
        if len(m.group()) == 2:
            piece.append(m.group()[1])
        else:
            tags.append("".join(piece).strip())
            piece = []
    piece.append(value[start:])
    tags.append("".join(piece).strip())
    return [t for t in tags if t]


def language_code(value: str) -> str:
    """'fr_FR' -> 'fr-FR', 'Français' -> 'fr', 'English' -> 'en'."""
    v = value.strip()
    named = {"francais": "fr", "french": "fr", "anglais": "en", "english": "en", "neerlandais": "nl",
             "dutch": "nl", "allemand": "de", "german": "de", "espagnol": "es", "spanish": "es",
             "italien": "it", "italian": "it", "arabe": "ar", "arabic": "ar", "portugais": "pt"}
    f = fold(v)
    if f in named:
        return named[f]
    parts = v.replace("_", "-").split("-")
    return "-".join([parts[0].lower(), *parts[1:]])
