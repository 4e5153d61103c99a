"""Bulk reads for the JSON formats (the JSON export, bundles): records as their JSON values, straight from their
rows, without building domain objects only to turn them back into plain values.

Each function gives exactly what ``exchange.records_json`` makes of ``exchange_read``'s objects
(``person_json``, ``organisation_json``, ``plain``): the vault stores contacts, languages, consents and custom
fields as the JSON of those very values, so decoding a column gives them. A value of another shape than the usual
one (a hand-edited row, an old layout) goes through the objects, as before. tests/bench/test_export_plain.py
compares both on whole vaults.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

from ..core.model import Address, Consent, Email, Organisation, Person, Phone
from .exchange_read import _grouped, _json, date_cell, live_rows, relationship_rows
from .memberships import _cents, _d
from .records import plain as _generic


class Records(Sequence):
    """Records as JSON values, made from their stored rows one at a time when iterated: an export of the whole
    federation keeps the rows (compact tuples), not 500,000 dicts, and writes each record as it is made."""

    def __init__(self, rows: list, make: Callable[[Any], dict[str, Any]], ident: Callable[[Any], str]):
        self.rows, self.make, self.ident = rows, make, ident

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self.make(r) for r in self.rows[index]]
        return self.make(self.rows[index])

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return map(self.make, self.rows)

    def ids(self) -> list[str]:
        return [self.ident(r) for r in self.rows]

    def __eq__(self, other: object) -> bool:
        return list(self) == (list(other) if isinstance(other, Sequence) else other)

    __hash__ = None  # type: ignore[assignment]


_FIELDS_OF = {"emails": ("address", "kind"), "phones": ("number", "kind"),
              "addresses": ("street", "postcode", "city", "region", "country", "kind")}
_KIND = {"emails": Email, "phones": Phone, "addresses": Address}


@lru_cache(maxsize=8192)
def _iso(value: str | None) -> str | None:
    """A stored date as ``plain`` writes it after reading it (parsed, then ISO again)."""
    return date_cell(value) or None


def _contacts(name: str, text: str) -> list:
    if text == "[]":
        return []
    items = _json(text)
    if type(items) is list:
        keys = _FIELDS_OF[name]
        for item in items:
            if type(item) is not dict or len(item) != len(keys) or not all(type(item.get(k)) is str for k in keys):
                break
        else:
            return items
    return [_generic(_KIND[name](**x)) for x in items]


def _consents(text: str) -> list:
    """What ``plain`` makes of the Consent objects the vault reads from this column."""
    if text == "[]":
        return []
    out = []
    for c in _json(text):
        what = c["what"]
        if type(what) is not str:
            out.append(_generic(Consent(what, _d(c.get("given_on")), _d(c.get("until")))))
        else:
            out.append({"what": what, "given_on": _iso(c.get("given_on")), "until": _iso(c.get("until"))})
    return out


def _readers(at: dict[str, int], wanted: tuple[str, ...]) -> list[tuple[str, int, Any]]:
    """(key, column, how to turn the stored value into the JSON value) for each wanted field but tags."""
    out = []
    for f in wanted:
        if f in _FIELDS_OF:
            out.append((f, at[f], lambda text, f=f: _contacts(f, text)))
        elif f == "birth_date":
            out.append((f, at[f], _iso))
        elif f == "consents":
            out.append((f, at[f], _consents))
        elif f in ("languages", "custom"):
            out.append((f, at[f], _json))
        elif f != "tags":
            out.append((f, at[f], None))
    return out


def _fields(names: tuple[str, ...], fields: set[str] | None) -> tuple[str, ...]:
    return tuple(f for f in names if fields is None or f in fields)


def _records(vault, table: str, names: tuple[str, ...], ids: Sequence[str], fields: set[str] | None) -> Records:
    if not ids:
        return Records([], dict, str)
    wanted = _fields((*names, "tags"), fields)
    at, ordered, tagged = live_rows(vault, table, ids, with_tags="tags" in wanted)  # NotFound now, not when written
    readers = _readers(at, wanted)
    key = at["id"]

    def make(row: tuple) -> dict[str, Any]:
        record: dict[str, Any] = {"id": row[key]}
        for f, column, read in readers:
            record[f] = row[column] if read is None else read(row[column])
        if tagged is not None:
            record["tags"] = tagged.get(row[key], [])
        return record
    return Records(ordered, make, itemgetter(key))


def people(vault, ids: Sequence[str], fields: set[str] | None = None) -> Records:
    """``[records_json.person_json(p, fields) for p in exchange_read.people(vault, ids)]``."""
    return _records(vault, "person", Person.FIELDS, ids, fields)


def organisations(vault, ids: Sequence[str], fields: set[str] | None = None) -> Records:
    """``[records_json.organisation_json(o, fields) for o in exchange_read.organisations(vault, ids)]``."""
    return _records(vault, "organisation", Organisation.FIELDS, ids, fields)


def memberships(vault, person_ids: Sequence[str]) -> Records:
    """``records_json.plain`` of each of ``exchange_read.memberships_of``'s memberships, person after person (in
    ``person_ids`` order), each person's by start then creation."""
    at, grouped = _grouped(vault, "SELECT * FROM membership WHERE deleted IS NULL AND {where}", "person_id",
                           person_ids)
    if not grouped:
        return Records([], dict, str)
    get = itemgetter(*(at[k] for k in ("person_id", "type", "status", "start", "end", "notes", "id")))
    start, created = at["start"], at["created"]

    def make(row: tuple) -> dict[str, Any]:
        person, kind, status, begin, end, notes, ident = get(row)
        return {"person_id": person, "type": kind, "status": status, "start": _iso(begin), "end": _iso(end),
                "notes": notes, "id": ident}
    def order(row: tuple) -> tuple:
        return (row[start] is not None, row[start] or "", row[created])
    return Records(_flat(grouped, person_ids, order), make, itemgetter(at["id"]))


def contributions(vault, person_ids: Sequence[str]) -> Records:
    """``records_json.plain`` of each of ``exchange_read.contributions_of``'s contributions, person after person,
    each person's oldest first (by date, then rid)."""
    at, grouped = _grouped(vault, "SELECT * FROM contribution WHERE deleted IS NULL AND {where}", "person_id",
                           person_ids)
    if not grouped:
        return Records([], dict, str)
    get = itemgetter(*(at[k] for k in ("person_id", "amount_minor", "currency", "date", "method", "kind",
                                        "period_start", "period_end", "notes", "id")))
    when, rid = at["date"], at["rid"]

    def make(row: tuple) -> dict[str, Any]:
        person, minor, currency, day, method, kind, start, end, notes, ident = get(row)
        return {"person_id": person, "amount": _amount(minor), "currency": currency, "date": _iso(day),
                "method": method, "kind": kind, "period_start": _iso(start), "period_end": _iso(end), "notes": notes,
                "id": ident}
    return Records(_flat(grouped, person_ids, lambda r: (r[when], r[rid])), make, itemgetter(at["id"]))


def _flat(grouped: dict[str, list[tuple]], person_ids: Sequence[str], order) -> list[tuple]:
    out: list[tuple] = []
    for i in person_ids:
        rows = grouped.get(i)
        if rows:
            out += sorted(rows, key=order) if len(rows) > 1 else rows
    return out


@lru_cache(maxsize=4096)
def _amount(minor: int) -> str:
    return str(_cents(minor))


def relationships(vault, ids: Sequence[str], chosen: set[str]) -> Records:
    """``records_json.plain`` of the relationships ``collect`` keeps of ``exchange_read.relationships_of``: record
    after record (in ``ids`` order), each once, both ends among ``chosen``."""
    related = relationship_rows(vault, ids)
    seen: set[str] = set()
    kept = []
    for i in ids:
        for r in related.get(i, ()):
            if r["id"] not in seen and r["from_id"] in chosen and r["to_id"] in chosen:
                seen.add(r["id"])
                kept.append(r)

    def make(r: dict[str, Any]) -> dict[str, Any]:
        return {"kind": r["kind"], "from_id": r["from_id"], "to_id": r["to_id"], "to_entity": r["to_entity"],
                "role": r["role"], "start": _iso(r["start"]), "end": _iso(r["end"]), "id": r["id"]}
    return Records(kept, make, itemgetter("id"))
