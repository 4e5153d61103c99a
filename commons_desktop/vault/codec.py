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

The kinds are in vault/field_kinds.py; multi-valued kinds (contacts, consents, languages, custom fields) also say
what identifies an element (``Kind.key``): the change writer records element changes under those keys
(docs/changes.md).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from functools import cached_property
from json.encoder import encode_basestring as _s  # what dumps writes for a string (ensure_ascii=False)
from typing import Any

from .field_kinds import Day, Kind, Text, _same_text
from .json_text import SCALARS, compile_function, dumps, f_string, loads, plain


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
        self._env: dict[str, Any] = {"cls": cls, "dumps": dumps, "_s": _s, "_SCALARS": SCALARS, "_plain": plain,
                                     "_date": date}
        for n, f in enumerate(self.fields):
            # each kind's conversions bound once: the compiled functions call them without an attribute lookup
            for name in ("col", "plain", "plain_of_col", "obj", "json"):
                self._env[f"{name}{n}"] = getattr(f.kind, name)
        for n, d in enumerate(self.derived):
            self._env[f"d{n}"] = d.of
        self._decoders: dict[tuple, Callable] = {}

    # each compiled when first used (a command that never reads a kind of record does not pay for it)
    @cached_property
    def row(self) -> Callable[[Any], tuple]:
        """The column values of an object, in ``columns`` order."""
        return self._row()

    @cached_property
    def log_text(self) -> Callable[[tuple], str]:
        """The change-log text of a new record (``dumps`` of its plain value), from its ``row``."""
        return self._log_text()

    @cached_property
    def plain(self) -> Callable[[Any], dict[str, Any]]:
        """The plain value of an object's fields."""
        return self._plain()

    def _row(self) -> Callable[[Any], tuple]:
        parts = [self._column_of(n, f) for n, f in enumerate(self.fields)]
        parts += [f"d{n}(o)" for n in range(len(self.derived))]
        return compile_function("row", f"def row(o):\n    return ({', '.join(parts)},)\n", self._env)

    @staticmethod
    def _column_of(n: int, f: Field) -> str:
        """The expression of one field's column value: as it is, or through its kind, whose usual cases (no date,
        a date; an empty list or dict) are written out so that they cost no call."""
        if f.kind.identity:
            return f"o.{f.name}"
        if isinstance(f.kind, Day):
            return f"(None if (v := o.{f.name}) is None else v.isoformat() if v.__class__ is _date else col{n}(v))"
        empty = f.kind.empty_column
        if empty is not None:
            return f"(col{n}(v) if (v := o.{f.name}) else {empty!r})"
        return f"col{n}(o.{f.name})"

    def _log_text(self) -> Callable[[tuple], str]:
        """``dumps(plain)`` of a record, from its ``row``: the JSON text of each field from its column (as it is for a
        list or dict column, quoted for a text), keys sorted. A value of another type than its column's usual one
        takes each kind's own ``json``."""
        order = sorted(range(len(self.fields)), key=lambda n: self.fields[n].name)
        fast: list[tuple[bool, str]] = []
        slow: list[tuple[bool, str]] = []
        for i, n in enumerate(order):
            f = self.fields[n]
            lead = (False, ("{" if i == 0 else ",") + f'"{f.name}":')
            kind = type(f.kind)
            if kind is Text:  # (encode_basestring refuses what is not text: TypeError, the slow path)
                value = f"_s(r[{n}])"
            elif kind is Day:
                value = f"'null' if r[{n}] is None else _s(r[{n}])"
            elif f.kind.json.__func__ is _same_text:  # type: ignore[attr-defined] # (always text: the kind's col)
                value = f"r[{n}]"
            else:
                value = f"json{n}(r[{n}])"
            fast += [lead, (True, value)]
            slow += [lead, (True, f"json{n}(r[{n}])")]
        end = [(False, "}" if fast else "{}")]
        source = (f"def log_text(r):\n    try:\n        return {f_string(fast + end)}\n"
                  f"    except TypeError:\n        return {f_string(slow + end)}\n")
        return compile_function("log_text", source, self._env)

    def _plain(self) -> Callable[[Any], dict[str, Any]]:
        """The plain value of an object's fields (``{f: to_plain(getattr(o, f)) for f in FIELDS}``)."""
        parts = [f"{f.name!r}: {self._plain_of(n, f)}" for n, f in enumerate(self.fields)]
        return compile_function("plain", f"def plain(o):\n    return {{{', '.join(parts)}}}\n", self._env)

    @staticmethod
    def _plain_of(n: int, f: Field) -> str:
        if f.kind.identity:
            return f"(v if (v := o.{f.name}).__class__ in _SCALARS else _plain(v))"
        if isinstance(f.kind, Day):
            return f"(None if (v := o.{f.name}) is None else v.isoformat() if v.__class__ is _date else plain{n}(v))"
        empty = f.kind.empty_column
        if empty is not None:  # an empty list or dict of the object: a new empty one
            kind = type(loads(empty)).__name__
            return f"({empty} if not (v := o.{f.name}) and v.__class__ is {kind} else plain{n}(v))"
        return f"plain{n}(o.{f.name})"

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
        return compile_function("make", f"def make(t):\n    return cls({parts})\n", self._env)

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
            source = f"def decode(r):\n    return cls({', '.join(parts)})\n"
            found = self._decoders[key] = compile_function("decode", source, self._env)
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
            source = f"def decode(r):\n    return {{{', '.join(parts)}}}\n"
            found = self._decoders[key] = compile_function("decode", source, self._env)
        return found

    def positions(self, description: Sequence[Sequence[Any]]) -> dict[str, int]:
        """Column name -> position, from a cursor's description."""
        return {d[0]: n for n, d in enumerate(description)}
