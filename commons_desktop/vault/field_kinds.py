"""Kinds of field (vault/codec.py): how a value of the domain object is kept in its column, what its plain JSON value
is, how each comes back from the others, and, for multi-valued kinds, what identifies one element (``Kind.key``,
docs/changes.md). Values of unusual shapes (not what validation gives; a hand-edited stored row) take each kind's
generic path, which gives the same result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import date
from decimal import Decimal
from functools import cached_property
from json.encoder import encode_basestring as _s  # what dumps writes for a string (ensure_ascii=False)
from typing import Any

from ..core.model import Address, Consent, Email, Phone
from ..core.text import fold, phone_digits
from .json_text import amount_text, cents, compile_function, day, dumps, f_string, iso, loads, plain


class _Other(Exception):
    """A value of a shape the fast path does not write: the generic path does."""


def _same_text(self: Any, c: Any) -> str:
    """The ``json`` of a kind whose column holds the JSON text of its plain value."""
    return c


class Kind:
    """How one field is kept. ``identity``: object value, column value and plain value are the same (text, numbers):
    the compiled functions read it as it is."""
    identity = False
    multi = False  # a multi-valued field, merged by element (``key``)
    empty_column: str | None = None  # the column of an empty value (a collection kind's '[]' or '{}'), when fixed

    def col(self, v: Any) -> Any:
        """The column value of an object's value."""
        return v

    def plain(self, v: Any) -> Any:
        """The plain JSON value of an object's value."""
        return v

    def plain_of_col(self, c: Any) -> Any:
        """The plain value of a stored column: ``plain(obj(c))``."""
        return c

    def obj(self, c: Any) -> Any:
        """The object's value of a stored column."""
        return c

    def obj_of_plain(self, x: Any) -> Any:
        return x

    def json(self, c: Any) -> str:
        """The JSON text of the plain value, from the column (``dumps(plain_of_col(c))`` for what the vault writes)."""
        return dumps(c)

    def key(self, element: Any) -> str:
        """What identifies one element (a plain value) of a multi-valued field."""
        raise TypeError("not a multi-valued kind")


class Text(Kind):
    identity = True

    def json(self, c: Any) -> str:
        return _s(c) if c.__class__ is str else dumps(c)


class Number(Kind):
    identity = True


class Day(Kind):
    """A date, stored and carried as ISO text."""

    def col(self, v: Any) -> Any:
        return v.isoformat() if v.__class__ is date else (v or None)

    plain = col

    def plain_of_col(self, c: Any) -> Any:
        return iso(c)

    def obj(self, c: Any) -> Any:
        return day(c)

    def obj_of_plain(self, x: Any) -> Any:
        return day(x) if x.__class__ is str or x is None else x

    def json(self, c: Any) -> str:
        return "null" if c is None else _s(c)


class Amount(Kind):
    """A Decimal amount, stored in minor units, carried as text ('12.50')."""

    def col(self, v: Any) -> Any:
        return int(Decimal(str(v)) * 100)

    def plain(self, v: Any) -> Any:
        return str(v)

    def plain_of_col(self, c: Any) -> Any:
        return amount_text(c)

    def obj(self, c: Any) -> Any:
        return cents(c)

    def obj_of_plain(self, x: Any) -> Any:
        return Decimal(str(x))

    def json(self, c: Any) -> str:
        return _s(amount_text(c))


class MaybeAmount(Amount):
    """An amount that may be unset (None: a membership type without a default fee)."""

    def col(self, v: Any) -> Any:
        return None if v is None else int(Decimal(str(v)) * 100)

    def plain(self, v: Any) -> Any:
        return None if v is None else str(v)

    def plain_of_col(self, c: Any) -> Any:
        return None if c is None else amount_text(c)

    def obj(self, c: Any) -> Any:
        return None if c is None else cents(c)

    def obj_of_plain(self, x: Any) -> Any:
        return None if x is None else Decimal(str(x))

    def json(self, c: Any) -> str:
        return "null" if c is None else _s(amount_text(c))


class _Decoded(Kind):
    """A kind whose column holds the JSON text of its plain value, and whose object value is that plain value."""

    def plain_of_col(self, c: Any) -> Any:
        return loads(c)

    obj = plain_of_col

    def obj_of_plain(self, x: Any) -> Any:
        return self.plain(x)

    json = _same_text


class JsonValue(_Decoded):
    """Any JSON value kept as its text (a saved search's filters)."""

    def __init__(self, empty: Any):
        self.empty = empty

    def col(self, v: Any) -> Any:
        return dumps(v) if v else dumps(self.empty)

    def plain(self, v: Any) -> Any:
        return plain(v)


class Items(Kind):
    """A list of small dataclasses whose attributes are all text (emails, phones, addresses), kept as the JSON text
    of their plain dicts. ``identify``: the text that identifies one element, from its plain dict."""
    multi = True
    empty_column = "[]"

    def __init__(self, cls: type, identify: Callable[[dict[str, Any]], str]):
        self.cls = cls
        self.attrs = tuple(f.name for f in fields(cls))
        self.key = identify  # type: ignore[method-assign]
        self._env = {"_s": _s, "cls": cls, "_Other": _Other, "keys": frozenset(self.attrs)}
        # the vault writes each item's keys sorted: in a column's text this starts each item, and only items
        self.item_start = '{"' + min(self.attrs) + '":'

    # compiled when first used
    @cached_property
    def _guard(self) -> str:
        checks = " or ".join(f"x.{a}.__class__ is not str" for a in self.attrs)
        return f"    if x.__class__ is not cls or {checks}:\n        raise _Other\n"

    @cached_property
    def _item_json(self) -> Callable[[Any], str]:
        """An item's JSON text (keys sorted); _Other for an item of another shape."""
        pieces: list[tuple[bool, str]] = []
        for n, a in enumerate(sorted(self.attrs)):
            pieces += [(False, ("{" if n == 0 else ",") + f'"{a}":'), (True, f"_s(x.{a})")]
        source = f"def item_json(x):\n{self._guard}    return {f_string([*pieces, (False, '}')])}\n"
        return compile_function("item_json", source, self._env)

    @cached_property
    def _item_plain(self) -> Callable[[Any], dict[str, Any]]:
        """An item's plain dict; _Other for an item of another shape."""
        value = ", ".join(f"{a!r}: x.{a}" for a in self.attrs)
        return compile_function("item_plain", f"def item_plain(x):\n{self._guard}    return {{{value}}}\n", self._env)

    @cached_property
    def _usual(self) -> Callable[[Any], bool]:
        """Whether plain(cls(**x)) gives x back as it is: a dict of exactly the attributes (whatever their values)."""
        return compile_function("usual", "def usual(x):\n    return x.__class__ is dict and x.keys() == keys\n",
                                self._env)

    def col(self, v: Any) -> Any:
        if not v:
            return "[]"
        if v.__class__ is list:
            try:
                return "[" + ",".join(map(self._item_json, v)) + "]"
            except _Other:
                pass
        return dumps(plain(v))

    def plain(self, v: Any) -> Any:
        if not v:
            return []
        if v.__class__ is list:
            try:
                return list(map(self._item_plain, v))
            except _Other:
                pass
        return plain(v)

    def plain_of_col(self, c: Any) -> Any:
        if c == "[]":
            return []
        items = loads(c)
        if items.__class__ is list and all(map(self._usual, items)):
            return items
        return [plain(self.cls(**x)) for x in items]

    def count(self, c: str) -> int:
        """How many items a column the vault wrote holds, counted on its text (in valid JSON an unescaped quote
        starts or ends a string, and after the end of a string comes no key)."""
        return c.count(self.item_start)

    def obj(self, c: Any) -> Any:
        cls = self.cls
        return [cls(**x) for x in loads(c)] if c != "[]" else []

    def obj_of_plain(self, x: Any) -> Any:
        cls = self.cls
        return [cls(**e) for e in x or ()]

    json = _same_text


class Consents(Kind):
    """Consents (what, given on, until), kept as the JSON text of their plain dicts; identified by what they are
    for."""
    multi = True
    empty_column = "[]"

    def key(self, element: Any) -> str:
        return fold(element.get("what") or "")

    def col(self, v: Any) -> Any:
        if not v:
            return "[]"
        parts = []
        for c in v:
            if c.__class__ is not Consent or c.what.__class__ is not str:
                return dumps(plain(v))
            given, until = c.given_on, c.until
            if not (given is None or given.__class__ is date) or not (until is None or until.__class__ is date):
                return dumps(plain(v))
            parts.append(f'{{"given_on":{_s(given.isoformat()) if given else "null"},'
                         f'"until":{_s(until.isoformat()) if until else "null"},"what":{_s(c.what)}}}')
        return "[" + ",".join(parts) + "]"

    def plain(self, v: Any) -> Any:
        return plain(v) if v else []

    def plain_of_col(self, c: Any) -> Any:
        if c == "[]":
            return []
        out = []
        for x in loads(c):
            what = x["what"]
            if what.__class__ is not str:
                out.append(plain(Consent(what, day(x.get("given_on")), day(x.get("until")))))
            else:
                out.append({"what": what, "given_on": iso(x.get("given_on")), "until": iso(x.get("until"))})
        return out

    def obj(self, c: Any) -> Any:
        return [Consent(x["what"], day(x.get("given_on")), day(x.get("until"))) for x in loads(c)] if c != "[]" \
            else []

    def obj_of_plain(self, x: Any) -> Any:
        return [Consent(e["what"], day(e.get("given_on")), day(e.get("until"))) for e in x or ()]

    json = _same_text


class Words(_Decoded):
    """A list of texts (languages), identified by their text without regard to case."""
    multi = True
    empty_column = "[]"

    def key(self, element: Any) -> str:
        return element.casefold() if element.__class__ is str else dumps(element)

    def col(self, v: Any) -> Any:
        if not v:
            return "[]"
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    return dumps(plain(v))
            return "[" + ",".join(map(_s, v)) + "]"
        return dumps(plain(v))

    def plain(self, v: Any) -> Any:
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    return plain(v)
            return list(v)
        return plain(v)


class Pairs(_Decoded):
    """A dict of texts (custom fields); each key is an element."""
    multi = True
    empty_column = "{}"

    def key(self, element: Any) -> str:
        return element  # the custom field's name

    def col(self, v: Any) -> Any:
        if not v:
            return "{}"
        if v.__class__ is dict:
            for k, x in v.items():
                if k.__class__ is not str or x.__class__ is not str:
                    return dumps(plain(v))
            return "{" + ",".join(f"{_s(k)}:{_s(v[k])}" for k in sorted(v)) + "}"
        return dumps(plain(v))

    def plain(self, v: Any) -> Any:
        if v.__class__ is dict:
            for x in v.values():
                if x.__class__ is not str:
                    return plain(v)
            return dict(v)
        return plain(v)


def _address_key(a: dict[str, Any]) -> str:
    return "|".join(fold(a.get(p) or "") for p in ("street", "postcode", "city", "region", "country"))


def _phone_key(p: dict[str, Any]) -> str:
    number = p.get("number") or ""
    return phone_digits(number) or fold(number)


TEXT, NUMBER, DATE, AMOUNT, MAYBE_AMOUNT = Text(), Number(), Day(), Amount(), MaybeAmount()
EMAILS = Items(Email, lambda e: (e.get("address") or "").casefold())
PHONES = Items(Phone, _phone_key)
ADDRESSES = Items(Address, _address_key)
CONSENTS, LANGUAGES, CUSTOM, FILTERS = Consents(), Words(), Pairs(), JsonValue({})
