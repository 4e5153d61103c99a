"""The records of an export, read as they are written (vault.exchange_read.selected: one query per kind of record,
walked a page at a time): as their plain JSON values for the JSON formats (the JSON export, bundles), decoded straight
from their rows by their codecs (vault/codecs.py: ``Codec.plain_decoder``) without building domain objects only to
turn them back into plain values, or as domain objects (``make_of``: the vCard, printed documents)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial
from itertools import chain
from operator import itemgetter
from typing import Any

from . import exchange_read as xr
from .codecs import CONTRIBUTION, MEMBERSHIP, ORGANISATION, PERSON, RELATIONSHIP


class Records(Sequence):
    """Records made from their stored rows as they are read: ``read()`` runs one query (exchange_read.selected...)
    whose pages are made into records one at a time when iterated, so an export of the whole federation holds a page
    of rows, never every record; iterated again, they are read again. ``count``: how many there are, or a function
    asking the vault (a count, not a reading) — a reading to its end counts them too. ``ids``: the records' ids when
    known without reading them (they are read by their ids)."""

    def __init__(self, read: Callable[[], Iterator[list]], make: Callable[[Any], Any],
                 ident: Callable[[Any], str], count: int | Callable[[], int], ids: Sequence[str] | None = None):
        self.read, self.make, self.ident, self._count, self._ids = read, make, ident, count, ids

    def __len__(self) -> int:
        if callable(self._count):
            self._count = self._count()
        return self._count

    def __iter__(self) -> Iterator[Any]:
        return chain.from_iterable(map(partial(map, self.make), self._counted()))

    def _counted(self) -> Iterator[list]:
        made = 0
        for page in self.read():
            made += len(page)
            yield page
        self._count = made

    def __getitem__(self, index):  # type: ignore[override]
        return list(self)[index]

    def ids(self) -> list[str]:
        if self._ids is not None:
            return list(self._ids)
        return [self.ident(r) for page in self.read() for r in page]

    def __eq__(self, other: object) -> bool:
        return list(self) == (list(other) if isinstance(other, Sequence) else other)

    __hash__ = None  # type: ignore[assignment]


NONE = Records(lambda: iter(()), dict, str, 0, ())
Maker = Callable[[dict[str, int]], Callable[[tuple], Any]]  # column positions -> a function making a record of a row


def own(vault, codec, ids: Sequence[str], make_of: Maker, tagged: bool, names: Sequence[str] | None = None
        ) -> Records:
    """Records of ``codec``'s kind read by their ids, in ``ids``' order (a missing or deleted one NotFound when
    read), made by ``make_of(columns)``; ``tagged``: with their tag names (the row's ``TAGS`` column); ``names``:
    the columns read (None: all of them; "deleted" among them)."""
    if not ids:
        return NONE
    at = xr.columns(vault, codec.table, names, xr.POS, *((xr.TAGS,) if tagged else ()))
    ids = list(ids)
    return Records(lambda: xr.selected(vault, codec.table, ids, tagged=tagged, names=names), make_of(at),
                   itemgetter(at["id"]), len(ids), ids)


def _plain_columns(codec) -> list[str]:
    """The columns a plain value is made of (the id and the fields): the rows SQLite sorts carry no more."""
    return ["id", *(f.stored for f in codec.fields)]


def object_columns(codec) -> list[str]:
    """The columns a domain object is made of (``Codec.decoder``: its meta columns, "deleted" among them, and its
    fields)."""
    return [*codec.meta, *(f.stored for f in codec.fields)]


def _records(vault, codec, ids: Sequence[str], fields: set[str] | None) -> Records:
    with_tags = fields is None or "tags" in fields

    def make_of(at: dict[str, int]) -> Callable[[tuple], dict[str, Any]]:
        plain = codec.plain_decoder(at, None if fields is None else [f for f in codec.names if f in fields])
        if not with_tags:
            return plain
        tags = at[xr.TAGS]

        def make(row: tuple) -> dict[str, Any]:
            record = plain(row)
            record["tags"] = row[tags]
            return record
        return make
    return own(vault, codec, ids, make_of, with_tags, [*_plain_columns(codec), "deleted"])


def people(vault, ids: Sequence[str], fields: set[str] | None = None) -> Records:
    """``[records_json.person_json(People(vault).get(i), fields) for i in ids]``."""
    return _records(vault, PERSON, ids, fields)


def organisations(vault, ids: Sequence[str], fields: set[str] | None = None) -> Records:
    """``[records_json.organisation_json(Organisations(vault).get(i), fields) for i in ids]``."""
    return _records(vault, ORGANISATION, ids, fields)


def _of_people(vault, codec, person_ids: Sequence[str], order: str, make_of: Maker | None) -> Records:
    if not person_ids:
        return NONE
    ids = list(person_ids)
    names = object_columns(codec) if make_of else _plain_columns(codec)
    at = xr.columns(vault, codec.table, names, xr.POS)
    return Records(lambda: xr.selected(vault, codec.table, ids, by="person_id", order=order, names=names),
                   (make_of or codec.plain_decoder)(at), itemgetter(at["id"]),
                   lambda: xr.count_selected(vault, codec.table, ids))


def memberships(vault, person_ids: Sequence[str], make_of: Maker | None = None) -> Records:
    """The plain value (or ``make_of(columns)``'s) of the live memberships of these people (``Memberships.of_person``),
    person after person (in ``person_ids`` order), each person's by start (none first), then creation."""
    return _of_people(vault, MEMBERSHIP, person_ids, MEMBERSHIP_ORDER, make_of)


MEMBERSHIP_ORDER = "t.start IS NOT NULL, coalesce(t.start, ''), t.created, t.rid"  # as _ordered_membership


def contributions(vault, person_ids: Sequence[str], make_of: Maker | None = None) -> Records:
    """The plain value (or ``make_of(columns)``'s) of the live contributions of these people, person after person
    (in ``person_ids`` order), each person's oldest first (by date, then rid)."""
    return _of_people(vault, CONTRIBUTION, person_ids, "t.date, t.rid", make_of)


def relationships(vault, ids: Sequence[str], org_ids: Sequence[str], make_of: Maker | None = None) -> Records:
    """The plain value (or ``make_of(columns)``'s) of the live relationships from or to these people whose both ends
    are chosen (among ``ids`` and ``org_ids``), each once: person after person (in ``ids`` order), each at the first
    of its ends, each person's by creation (``Relationships.of``'s order)."""
    if not ids:
        return NONE
    ids, org_ids = list(ids), list(org_ids)
    names = object_columns(RELATIONSHIP) if make_of else _plain_columns(RELATIONSHIP)
    at = xr.columns(vault, "relationship", names)
    return Records(lambda: xr.selected_relationships(vault, ids, org_ids, names),
                   (make_of or RELATIONSHIP.plain_decoder)(at), itemgetter(at["id"]),
                   lambda: xr.count_relationships(vault, ids, org_ids))
