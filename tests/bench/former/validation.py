"""Field validation: each check returns the cleaned value or raises InvalidField naming the field."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar

from commons_desktop.core import dates
from commons_desktop.core.errors import InvalidField
from tests.bench.former.text import clean, clean_multiline

_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]{1,64}@[A-Za-z0-9\u00c0-\uffff](?:[A-Za-z0-9\u00c0-\uffff-]{0,62})"
                    r"(?:\.[A-Za-z0-9\u00c0-\uffff](?:[A-Za-z0-9\u00c0-\uffff-]{0,62}))+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{3,30}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_URL = re.compile(r"^(https?://)?[^\s/$.?#][^\s]*\.[^\s]+$", re.IGNORECASE)
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

E = TypeVar("E", bound=StrEnum)

MAX_NAME = 200
MAX_NOTES = 100_000


def email(value: str, field: str = "email") -> str:
    v = clean(value)
    if not _EMAIL.match(v) or ".." in v:
        raise InvalidField(field, "not an email address", value)
    return v


def phone(value: str, field: str = "phone") -> str:
    v = clean(value)
    if not _PHONE.match(v) or sum(c.isdigit() for c in v) < 3:
        raise InvalidField(field, "not a phone number", value)
    return v


def iso_date(value: str | date | None, field: str = "date") -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(clean(value))
    except ValueError:  # issue 10 item 7: text that is not ISO is read by core.dates, as the code does now
        return dates.read(clean(value), field, past=field == "birth date")


def text(value: str | None, field: str, *, required: bool = False, limit: int = MAX_NAME,
         multiline: bool = False) -> str:
    v = clean_multiline(value) if multiline else clean(value)
    if required and not v:
        raise InvalidField(field, "must not be empty")
    if len(v) > limit:
        raise InvalidField(field, f"longer than {limit} characters")
    return v


def amount(value: str | Decimal | int | float, field: str = "amount") -> Decimal:
    try:
        d = Decimal(str(value).replace(",", ".").strip())
    except InvalidOperation:
        raise InvalidField(field, "not an amount", str(value)) from None
    if not d.is_finite() or d <= 0 or d >= Decimal("1e12"):
        raise InvalidField(field, "must be a positive amount", str(value))
    if d != d.quantize(Decimal("0.01")):
        raise InvalidField(field, "at most two decimals", str(value))
    return d.quantize(Decimal("0.01"))


def currency(value: str, field: str = "currency") -> str:
    v = clean(value).upper()
    if not _CURRENCY.match(v):
        raise InvalidField(field, "not a three-letter currency code", value)
    return v


def url(value: str, field: str = "website") -> str:
    v = clean(value)
    if v and not _URL.match(v):
        raise InvalidField(field, "not a web address", value)
    return v


def language(value: str, field: str = "language") -> str:
    v = clean(value)
    if not _LANG.match(v):
        raise InvalidField(field, "not a language code (e.g. fr, en, nl-BE)", value)
    return v


def choice(enum: type[E], value: str | E, field: str) -> E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise InvalidField(field, f"must be one of {allowed}", str(value)) from None


def tag_name(value: str, field: str = "tag") -> str:
    v = clean(value)
    if not v or len(v) > 80:
        raise InvalidField(field, "a tag has 1 to 80 characters", value)
    return v
