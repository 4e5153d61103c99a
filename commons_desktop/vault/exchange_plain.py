"""Bulk reads for the JSON formats (the JSON export, bundles): records as their plain JSON values, decoded straight
from their rows by their codecs (vault/codecs.py: ``Codec.plain_decoder``), without building domain objects only to
turn them back into plain values."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter
from typing import Any

from .codecs import CONTRIBUTION, MEMBERSHIP, ORGANISATION, PERSON, RELATIONSHIP
from .exchange_read import _grouped, _ordered_membership, live_rows, relationship_rows


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


def _records(vault, codec, ids: Sequence[str], fields: set[str] | None) -> Records:
    if not ids:
        return Records([], dict, str)
    with_tags = fields is None or "tags" in fields
    at, ordered, tagged = live_rows(vault, codec.table, ids, with_tags=with_tags)  # NotFound now, not when written
    plain = codec.plain_decoder(at, None if fields is None else [f for f in codec.names if f in fields])
    key = at["id"]
    if tagged is None:
        return Records(ordered, plain, itemgetter(key))

    def make(row: tuple) -> dict[str, Any]:
        record = plain(row)
        record["tags"] = tagged.get(row[key], [])
        return record
    return Records(ordered, make, itemgetter(key))


def people(vault, ids: Sequence[str], fields: set[str] | None = None) -> Records:
    """``[records_json.person_json(p, fields) for p in exchange_read.people(vault, ids)]``."""
    return _records(vault, PERSON, ids, fields)


def organisations(vault, ids: Sequence[str], fields: set[str] | None = None) -> Records:
    """``[records_json.organisation_json(o, fields) for o in exchange_read.organisations(vault, ids)]``."""
    return _records(vault, ORGANISATION, ids, fields)


def memberships(vault, person_ids: Sequence[str]) -> Records:
    """The plain value of each of ``exchange_read.memberships_of``'s memberships, person after person (in
    ``person_ids`` order), each person's by start then creation."""
    at, grouped = _grouped(vault, "SELECT * FROM membership WHERE deleted IS NULL AND {where}", "person_id",
                           person_ids)
    if not grouped:
        return Records([], dict, str)
    return Records(_flat(grouped, person_ids, _ordered_membership(at["start"], at["created"])),
                   MEMBERSHIP.plain_decoder(at), itemgetter(at["id"]))


def contributions(vault, person_ids: Sequence[str]) -> Records:
    """The plain value of each of ``exchange_read.contributions_of``'s contributions, person after person, each
    person's oldest first (by date, then rid)."""
    at, grouped = _grouped(vault, "SELECT * FROM contribution WHERE deleted IS NULL AND {where}", "person_id",
                           person_ids)
    if not grouped:
        return Records([], dict, str)
    when, rid = at["date"], at["rid"]
    return Records(_flat(grouped, person_ids, lambda r: (r[when], r[rid])), CONTRIBUTION.plain_decoder(at),
                   itemgetter(at["id"]))


def _flat(grouped: dict[str, list[tuple]], person_ids: Sequence[str], order) -> list[tuple]:
    out: list[tuple] = []
    for i in person_ids:
        rows = grouped.get(i)
        if rows:
            out += sorted(rows, key=order) if len(rows) > 1 else rows
    return out


def relationships(vault, ids: Sequence[str], chosen: set[str]) -> Records:
    """The plain value of the relationships ``collect`` keeps of ``exchange_read.relationships_of``: record after
    record (in ``ids`` order), each once, both ends among ``chosen``."""
    at, related = relationship_rows(vault, ids)
    if not related:
        return Records([], dict, str)
    seen: set[str] = set()
    kept = []
    key, from_id, to_id = at["id"], at["from_id"], at["to_id"]
    for i in ids:
        for r in related.get(i, ()):
            if r[key] not in seen and r[from_id] in chosen and r[to_id] in chosen:
                seen.add(r[key])
                kept.append(r)
    return Records(kept, RELATIONSHIP.plain_decoder(at), itemgetter(key))
