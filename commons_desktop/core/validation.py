"""Field validation: each check returns the cleaned value or raises InvalidField naming the field."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from typing import TypeVar

from . import dates
from .errors import InvalidField, Reason
from .text import clean as _clean_text
from .text import clean_lines, clean_multiline

_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]{1,64}@[A-Za-z0-9\u00c0-\uffff](?:[A-Za-z0-9\u00c0-\uffff-]{0,62})"
                    r"(?:\.[A-Za-z0-9\u00c0-\uffff](?:[A-Za-z0-9\u00c0-\uffff-]{0,62}))+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{3,30}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_URL = re.compile(r"^(https?://)?[^\s/$.?#][^\s]*\.[^\s]+$", re.IGNORECASE)
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_DIGITS = dict.fromkeys(b"0123456789", None)
_SURROGATE = re.compile("[\ud800-\udfff]")

E = TypeVar("E", bound=StrEnum)

MAX_NAME = 200
MAX_NOTES = 100_000
MAX_MEMBER_NUMBER = 50
MAX_STREET = 300     # an address's street
MAX_POSTCODE = 20
MAX_CUSTOM = 2000    # a custom field's value


def no_lone_surrogate(value: str, field: str) -> str:
    """``value`` when it holds no lone surrogate (U+D800-U+DFFF: what Python makes of bytes that are not text in the
    locale's encoding, e.g. a Latin-1 argument in a C locale; a JSON escape). Such a value cannot be stored, shown or
    written as UTF-8: every text check refuses it here, one place for every entry path. Printable text never holds
    one (surrogates are not printable), so the common case costs one C call."""
    if not value.isprintable() and _SURROGATE.search(value):
        raise InvalidField(field, Reason.LONE_SURROGATE, value)
    return value


def clean(value: str | None, field: str) -> str:
    """core.text.clean, refusing a lone surrogate (no_lone_surrogate)."""
    return no_lone_surrogate(_clean_text(value), field)


def email(value: str, field: str = "email") -> str:
    v = clean(value, field)
    if not _is_email(v):
        raise InvalidField(field, Reason.NOT_EMAIL, value)
    return v


def _is_email(v: str) -> bool:
    """The rule of an email address once cleaned (email, email_as_is)."""
    return bool(_EMAIL.match(v)) and ".." not in v


def phone(value: str, field: str = "phone") -> str:
    v = clean(value, field)
    if not _is_phone(v):
        raise InvalidField(field, Reason.NOT_PHONE, value)
    return v


def _is_phone(v: str) -> bool:
    """The rule of a phone number once cleaned (phone, phone_as_is): at least 3 digits among the characters
    _PHONE allows (once it matches, every character is ASCII: the digits are what the others are not)."""
    return bool(_PHONE.match(v)) and len(v) - len(v.translate(_DIGITS)) >= 3


def email_as_is(value: str) -> bool:
    """Whether ``email(value)`` gives ``value`` back as it is. Printable text is what ``clean`` leaves alone once it
    has no white space, and an address ``_EMAIL`` matches has none: one regular expression (any other text: ``email``
    itself)."""
    if value.isprintable():
        return _is_email(value)
    try:
        return email(value) == value
    except InvalidField:
        return False


def phone_as_is(value: str) -> bool:
    """Whether ``phone(value)`` gives ``value`` back as it is (printable text: what ``clean`` leaves alone has no
    double space and no space at either end; any other text: ``phone`` itself)."""
    if value.isprintable():
        return "  " not in value and value.strip() == value and _is_phone(value)
    try:
        return phone(value) == value
    except InvalidField:
        return False


def iso_date(value: str | date | None, field: str = "date", past: bool = False) -> date | None:
    """A date, from a date or from text as people write it (core/dates.py: ISO, 14/07/1962, 14.07.62...; ``past``:
    a date never in the future, for the two-digit-year pivot). ISO text takes the fast path."""
    if value is None or value.__class__ is date:  # the usual cases first (comparing a date with "" is slow)
        return value
    if value == "":
        return None
    if isinstance(value, date):
        return value
    text = clean(value, field)
    try:
        return date.fromisoformat(text)
    except ValueError:
        return dates.read(text, field, past=past)


def plain_text(value: object, limit: int = MAX_NAME) -> str | None:
    """What ``text(value, field, limit=limit)`` returns when ``value`` is printable text that cannot fail
    (``clean``'s fast path, inlined for the hot paths of validation); None when the full check is needed. Printable
    text has no line break: it is also what ``lines=True`` and ``multiline=True`` give it."""
    if value.__class__ is str and value.isprintable():  # type: ignore[attr-defined]
        v = value.strip() if "  " not in value else " ".join(value.split())  # type: ignore[attr-defined]
        if len(v) <= limit:
            return v
    return None


def text(value: str | None, field: str, *, required: bool = False, limit: int = MAX_NAME,
         multiline: bool = False, lines: bool = False) -> str:
    """Cleaned text: one line (line breaks become spaces), ``multiline`` (notes: lines kept as typed) or ``lines``
    (address lines: each line cleaned, empty lines dropped); see core.text."""
    v = no_lone_surrogate(clean_multiline(value) if multiline else clean_lines(value) if lines else _clean_text(value),
                          field)
    if required and not v:
        raise InvalidField(field, Reason.EMPTY)
    if len(v) > limit:
        raise InvalidField(field, Reason.TOO_LONG, limit=limit)
    return v


def amount(value: str | Decimal | int | float, field: str = "amount") -> Decimal:
    try:
        d = Decimal(str(value).replace(",", ".").strip())
    except InvalidOperation:
        raise InvalidField(field, Reason.NOT_AMOUNT, str(value)) from None
    if not d.is_finite() or d <= 0 or d >= Decimal("1e12"):
        raise InvalidField(field, Reason.NOT_POSITIVE_AMOUNT, str(value))
    if d != d.quantize(Decimal("0.01")):
        raise InvalidField(field, Reason.TOO_MANY_DECIMALS, str(value))
    return d.quantize(Decimal("0.01"))


def currency(value: str, field: str = "currency") -> str:
    v = clean(value, field).upper()
    if not _CURRENCY.match(v):
        raise InvalidField(field, Reason.NOT_CURRENCY, value)
    return v


def url(value: str, field: str = "website") -> str:
    v = clean(value, field)
    if v and not _URL.match(v):
        raise InvalidField(field, Reason.NOT_URL, value)
    return v


def language(value: str, field: str = "language") -> str:
    v = clean(value, field)
    if not _LANG.match(v):
        raise InvalidField(field, Reason.NOT_LANGUAGE, value)
    return v


def choice(enum: type[E], value: str | E, field: str) -> E:
    if value.__class__ is str:  # a dict lookup instead of calling the enum (what it does for a plain string)
        found = members(enum).get(value)  # type: ignore[arg-type]
        if found is not None:
            return found
    try:
        return enum(value)
    except ValueError:
        raise InvalidField(field, Reason.NOT_ONE_OF, str(value), allowed=[e.value for e in enum]) from None


@cache
def members(enum: type[E]) -> dict[str, E]:
    """value -> member of an enum of strings."""
    return {e.value: e for e in enum}


def member_number(value: str, field: str = "member number") -> str:
    """A member number as it is stored and compared: one line of text (spaces collapsed, controls removed), at most
    MAX_MEMBER_NUMBER characters; '' for none. Kept as written otherwise (leading zeros and letters matter)."""
    return text(value, field, limit=MAX_MEMBER_NUMBER)


def tag_name(value: str, field: str = "tag") -> str:
    v = clean(value, field)
    if not v or len(v) > 80:
        raise InvalidField(field, Reason.TAG_LENGTH, value)
    return v
