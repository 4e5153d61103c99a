"""The one shape of each record kind: field -> column, encode, decode to object, decode to plain JSON value.

A codec is a table of fields (``Field(name, kind)``) and derived columns. Each *kind* says how a value of the
domain object is kept in its column, what its plain JSON value is (what the change log, the JSON export and bundles
carry), and how to get each back from the others. From its table a codec compiles, once, the few functions that
every reader and writer calls per record (``row``, ``log_text``, ``plain``, ``decoder``, ``plain_decoder``): the
table is the only place a record's shape is written, and the compiled functions are the fast path (no loop over
the fields, no call for a field stored as it is).

Plain values are what ``core.model.to_plain`` makes of the object's value: dates as ISO text, amounts as text, lists
of contacts as lists of dicts. A list or dict column holds the compact JSON text of that plain value (keys sorted,
``dumps``), so its text is also what a change-log entry writes for it. Values of unusual shapes (not what
validation gives; a hand-edited stored row) take the generic path of their kind, which gives the same result.

Multi-valued kinds (contacts, consents, languages, custom fields) also say what identifies an element
(``Kind.key``): the change writer records element changes under those keys (docs/changes.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from functools import lru_cache
from json.encoder import c_make_encoder
from json.encoder import encode_basestring as _s  # what dumps writes for a string (ensure_ascii=False)
from json.scanner import c_make_scanner
from typing import Any

from ..core.model import Address, Consent, Email, Phone, to_plain
from ..core.text import fold, phone_digits


# -- JSON text -----------------------------------------------------------------------------------------------------
def _default(obj: Any) -> Any:
    converted = to_plain(obj)
    if converted is obj:
        raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")
    return converted


# the same text as json.dumps(to_plain(value), ensure_ascii=False, separators=(",", ":"), sort_keys=True), without
# walking plain values twice; the C encoder is built once here rather than on every call as JSONEncoder.encode does
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=_default)
_C_ENCODE = (c_make_encoder(None, _default, _s, None, ":", ",", True, False, True)
             if c_make_encoder is not None else None)
_SCAN = c_make_scanner(json.JSONDecoder()) if c_make_scanner is not None else None
_SCALARS = frozenset((str, int, float, bool, type(None)))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def dumps(value: Any) -> str:
    """The vault's JSON text of a value: compact, keys sorted, non-ASCII as it is."""
    if _C_ENCODE is None or type(value) is str:
        return _ENCODER.encode(value)
    return "".join(_C_ENCODE(value, 0))


def loads(text: str) -> Any:
    """``json.loads``, without parsing the empty lists and objects most columns hold, and without its Python-level
    wrapper (the C scanner alone; anything it does not read whole goes through ``json.loads``, which gives the same
    value or the same error)."""
    if text == "[]":
        return []
    if text == "{}":
        return {}
    if _SCAN is not None and type(text) is str:
        try:
            value, end = _SCAN(text, 0)
        except (StopIteration, ValueError):
            return json.loads(text)
        if end == len(text):
            return value
    return json.loads(text)


def plain(value: Any) -> Any:
    """What ``core.model.to_plain`` returns, faster on dataclasses (no deep copy through ``asdict``)."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list or kind is tuple:
        return [x if type(x) in _SCALARS else plain(x) for x in value]
    if kind is dict:
        return {k: x if type(x) in _SCALARS else plain(x) for k, x in value.items()}
    if kind is date:
        return value.isoformat()
    names = _FIELD_NAMES.get(kind)
    if names is None:
        if not hasattr(value, "__dataclass_fields__") or isinstance(value, type):
            return to_plain(value)
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
    out = {}
    for name in names:
        x = getattr(value, name)
        out[name] = x if type(x) in _SCALARS else plain(x)
    return out


# dates and amounts repeat a lot (an export reads 300,000 contributions of a few thousand dates and a few amounts);
# both are immutable, so one object per value is shared
@lru_cache(maxsize=8192)
def day(value: str | None) -> date | None:
    """A stored date (ISO text) as a date; None for none."""
    return date.fromisoformat(value) if value else None


@lru_cache(maxsize=8192)
def iso(value: str | None) -> str | None:
    """A stored date as its plain value: parsed, then ISO again (None for none)."""
    parsed = day(value)
    return parsed.isoformat() if parsed else None


@lru_cache(maxsize=4096)
def cents(minor: int) -> Decimal:
    """Minor units back to an amount with two decimals (12.50, not 12.5, as validation writes it)."""
    return (Decimal(minor) / 100).quantize(Decimal("0.01"))


@lru_cache(maxsize=4096)
def amount_text(minor: int) -> str:
    return str(cents(minor))


def _same_text(self: Any, c: Any) -> str:
    """The ``json`` of a kind whose column holds the JSON text of its plain value."""
    return c


def _compile(name: str, source: str, env: dict[str, Any]) -> Callable:
    scope: dict[str, Any] = {}
    exec(compile(source, f"<codec {name}>", "exec"), env, scope)  # noqa: S102 - source built from constant tables
    return scope[name]


class _Other(Exception):
    """A value of a shape the fast path does not write: the generic path does."""


# -- kinds of field --------------------------------------------------------------------------------------------
class Kind:
    """How one field is kept. ``identity``: object value, column value and plain value are the same (text, numbers):
    the compiled functions read it as it is."""
    identity = False
    multi = False  # a multi-valued field, merged by element (``key``)

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


class JsonValue(Kind):
    """Any JSON value kept as its text (a saved search's filters)."""

    def __init__(self, empty: Any):
        self.empty = empty

    def col(self, v: Any) -> Any:
        return dumps(v) if v else dumps(self.empty)

    def plain(self, v: Any) -> Any:
        return plain(v)

    def plain_of_col(self, c: Any) -> Any:
        return loads(c)

    obj = plain_of_col
    obj_of_plain = plain

    json = _same_text


class Items(Kind):
    """A list of small dataclasses whose attributes are all text (emails, phones, addresses), kept as the JSON text
    of their plain dicts. ``identify``: the text that identifies one element, from its plain dict."""
    multi = True

    def __init__(self, cls: type, identify: Callable[[dict[str, Any]], str]):
        self.cls = cls
        self.attrs = tuple(f.name for f in fields(cls))
        self.key = identify  # type: ignore[method-assign]
        checks = " or ".join(f"x.{a}.__class__ is not str" for a in self.attrs)
        item_json = " + ',' + ".join(f"'\"{a}\":' + _s(x.{a})" for a in sorted(self.attrs))
        item_plain = ", ".join(f"{a!r}: x.{a}" for a in self.attrs)
        env = {"_s": _s, "cls": cls, "_Other": _Other}
        self._item_json = _compile("item_json", f"def item_json(x):\n    if x.__class__ is not cls or {checks}:\n"
                                   f"        raise _Other\n    return '{{' + {item_json} + '}}'\n", env)
        self._item_plain = _compile("item_plain", f"def item_plain(x):\n    if x.__class__ is not cls or {checks}:\n"
                                    f"        raise _Other\n    return {{{item_plain}}}\n", env)
        env["keys"] = frozenset(self.attrs)
        # what plain(cls(**x)) gives back as it is: a dict of exactly the attributes (whatever their values)
        self._usual = _compile("usual", "def usual(x):\n    return x.__class__ is dict and x.keys() == keys\n", env)
        # the vault writes each item's keys sorted: in a column's text this starts each item, and only items
        self.item_start = '{"' + min(self.attrs) + '":'

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


class Words(Kind):
    """A list of texts (languages), identified by their text without regard to case."""
    multi = True

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

    def plain_of_col(self, c: Any) -> Any:
        return loads(c)

    obj = plain_of_col
    obj_of_plain = plain

    json = _same_text


class Pairs(Kind):
    """A dict of texts (custom fields); each key is an element."""
    multi = True

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

    def plain_of_col(self, c: Any) -> Any:
        return loads(c)

    obj = plain_of_col
    obj_of_plain = plain

    json = _same_text


def _address_key(a: dict[str, Any]) -> str:
    return "|".join(fold(a.get(p) or "") for p in ("street", "postcode", "city", "region", "country"))


def _phone_key(p: dict[str, Any]) -> str:
    number = p.get("number") or ""
    return phone_digits(number) or fold(number)


TEXT, NUMBER, DATE, AMOUNT = Text(), Number(), Day(), Amount()
EMAILS = Items(Email, lambda e: (e.get("address") or "").casefold())
PHONES = Items(Phone, _phone_key)
ADDRESSES = Items(Address, _address_key)
CONSENTS, LANGUAGES, CUSTOM, FILTERS = Consents(), Words(), Pairs(), JsonValue({})


# -- codecs ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    column: str = ""

    @property
    def stored(self) -> str:
        return self.column or self.name


@dataclass(frozen=True)
class Derived:
    """A column kept for lists and sorting, computed from the object (a sort key, the first city)."""
    column: str
    of: Callable[[Any], Any]


_META = ("id", "created", "updated", "deleted")


class Codec:
    """The shape of one record kind (see the module's docstring). ``columns``: the column names, in the order of
    the values ``row`` gives (the fields' columns, then the derived ones)."""

    def __init__(self, entity: str, table: str, cls: type, table_fields: Sequence[Field],
                 derived: Sequence[Derived] = (), meta: Sequence[str] = _META):
        self.entity, self.table, self.cls = entity, table, cls
        self.fields = tuple(table_fields)
        self.names = tuple(f.name for f in self.fields)
        self.by_name = {f.name: f for f in self.fields}
        self.derived = tuple(derived)
        self.columns = tuple(f.stored for f in self.fields) + tuple(d.column for d in self.derived)
        own = {f.name for f in fields(cls)}
        self.meta = tuple(m for m in meta if m in own)
        self._env: dict[str, Any] = {"cls": cls, "dumps": dumps, "_s": _s, "_SCALARS": _SCALARS, "_plain": plain}
        for n, f in enumerate(self.fields):
            # each kind's conversions bound once: the compiled functions call them without an attribute lookup
            for name in ("col", "plain", "plain_of_col", "obj", "json"):
                self._env[f"{name}{n}"] = getattr(f.kind, name)
        for n, d in enumerate(self.derived):
            self._env[f"d{n}"] = d.of
        self.row = self._row()
        self.log_text = self._log_text()
        self.plain = self._plain()
        self._decoders: dict[tuple, Callable] = {}

    def _row(self) -> Callable[[Any], tuple]:
        parts = [f"o.{f.name}" if f.kind.identity else f"col{n}(o.{f.name})" for n, f in enumerate(self.fields)]
        parts += [f"d{n}(o)" for n in range(len(self.derived))]
        return _compile("row", f"def row(o):\n    return ({', '.join(parts)},)\n", self._env)

    def _log_text(self) -> Callable[[tuple], str]:
        """``dumps(plain)`` of a record, from its ``row``: the JSON text of each field from its column (as it is for a
        list or dict column, quoted for a text), keys sorted. A value of another type than its column's usual one
        takes each kind's own ``json``."""
        order = sorted(range(len(self.fields)), key=lambda n: self.fields[n].name)
        fast, slow = [], []
        for i, n in enumerate(order):
            f = self.fields[n]
            lead = repr(("{" if i == 0 else ",") + f'"{f.name}":')
            kind = type(f.kind)
            if kind is Text:
                value = f"_s(r[{n}])"
            elif kind is Day:
                value = f"('null' if r[{n}] is None else _s(r[{n}]))"
            elif f.kind.json.__func__ is _same_text:  # type: ignore[attr-defined]
                value = f"r[{n}]"
            else:
                value = f"json{n}(r[{n}])"
            fast += [lead, value]
            slow += [lead, f"json{n}(r[{n}])"]
        fast = fast or ["'{'"]
        slow = slow or ["'{'"]
        source = (f"def log_text(r):\n    try:\n        return {' + '.join(fast)} + '}}'\n"
                  f"    except TypeError:\n        return {' + '.join(slow)} + '}}'\n")
        return _compile("log_text", source, self._env)

    def _plain(self) -> Callable[[Any], dict[str, Any]]:
        """The plain value of an object's fields (``{f: to_plain(getattr(o, f)) for f in FIELDS}``)."""
        parts = [f"{f.name!r}: (v if (v := o.{f.name}).__class__ in _SCALARS else _plain(v))" if f.kind.identity
                 else f"{f.name!r}: plain{n}(o.{f.name})" for n, f in enumerate(self.fields)]
        return _compile("plain", f"def plain(o):\n    return {{{', '.join(parts)}}}\n", self._env)

    # -- from plain values ------------------------------------------------------------------------------------------
    def obj_of_plain(self, values: dict[str, Any], **meta: Any) -> Any:
        known = {f.name: f.kind.obj_of_plain(values[f.name]) for f in self.fields if f.name in values}
        return self.cls(**known, **meta)

    def maker(self, names: Sequence[str]) -> Callable[[Sequence], Any]:
        """A function: the values of these fields, in this order -> the object (the others: the model's defaults).
        For readers that build records from columns of values (never by the model's positional order)."""
        unknown = [n for n in names if n not in self.by_name]
        if unknown:
            raise ValueError(f"not fields of {self.entity}: {unknown}")
        parts = ", ".join(f"{name}=t[{n}]" for n, name in enumerate(names))
        return _compile("make", f"def make(t):\n    return cls({parts})\n", self._env)

    # -- from stored rows --------------------------------------------------------------------------------------------
    def decoder(self, at: dict[str, int], names: Sequence[str] | None = None) -> Callable[[Sequence], Any]:
        """A function: a stored row (a tuple whose columns are at ``at``) -> the domain object (meta attributes from
        their columns; ``deleted`` as a bool; tags and other linked data are the caller's). ``names``: only these
        fields (others keep the model's defaults)."""
        key = ("obj", tuple(sorted(at.items())), None if names is None else tuple(names))
        found = self._decoders.get(key)
        if found is None:
            parts = []
            for n, f in enumerate(self.fields):
                if names is not None and f.name not in names:
                    continue
                column = f"r[{at[f.stored]}]"
                parts.append(f"{f.name}={column}" if f.kind.identity else f"{f.name}=obj{n}({column})")
            for m in self.meta:
                if m in at:
                    parts.append(f"deleted=r[{at[m]}] is not None" if m == "deleted" else f"{m}=r[{at[m]}]")
            found = self._decoders[key] = _compile("decode", f"def decode(r):\n    return cls({', '.join(parts)})\n",
                                                   self._env)
        return found

    def plain_decoder(self, at: dict[str, int], names: Sequence[str] | None = None,
                      with_id: bool = True) -> Callable[[Sequence], dict[str, Any]]:
        """A function: a stored row -> its plain value (``{"id": ..., field: value...}`` in the model's order, only
        ``names`` when given), ``plain(decoder(at)(row))`` without the objects."""
        key = ("plain", tuple(sorted(at.items())), None if names is None else tuple(names), with_id)
        found = self._decoders.get(key)
        if found is None:
            parts = [f"'id': r[{at['id']}]"] if with_id else []
            for n, f in enumerate(self.fields):
                if names is not None and f.name not in names:
                    continue
                column = f"r[{at[f.stored]}]"
                parts.append(f"{f.name!r}: {column}" if f.kind.identity
                             else f"{f.name!r}: plain_of_col{n}({column})")
            found = self._decoders[key] = _compile("decode", f"def decode(r):\n    return {{{', '.join(parts)}}}\n",
                                                   self._env)
        return found

    def positions(self, description: Sequence[Sequence[Any]]) -> dict[str, int]:
        """Column name -> position, from a cursor's description."""
        return {d[0]: n for n, d in enumerate(description)}
