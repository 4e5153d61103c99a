"""The CSV export of people made from their stored rows, one row at a time: each person's cells straight from the
columns the vault keeps, without building a Person, an Email or a Consent object per value first, and without
holding every person's cells in memory. The columns (how many emails, phones and addresses, which custom keys)
are counted on the stored text first, and checked again as each row is made.

It gives exactly the header and rows of ``csv_people.columns_for`` and ``person_cells`` over the people
``exchange_read.people`` makes (tests/bench/test_csv_export_equivalence.py compares them on whole vaults, hostile
values included), for the domain fields of ``csv_people.PERSON_EXPORT_FIELDS``. A stored value of another shape than
the one the vault writes raises ``OtherShape`` (before anything is written): the caller then goes through the
objects. Single CSV columns (``email2``, ``city``, ``name``...) go through ``person_cells`` too."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from ..vault.codec import loads as _json
from ..vault.exchange_read import date_cell, every_person, latest_memberships, live_rows
from .cells import join_tags
from .csv_people import PERSON_EXPORT_FIELDS, columns, consent_line
from .fields import ADDRESS_PARTS

_PARTS = tuple("kind" if p == "type" else p for p in ADDRESS_PARTS)  # an address's keys, in its columns' order
_EMAIL, _PHONE, _ADDRESS = itemgetter("address", "kind"), itemgetter("number", "kind"), itemgetter(*_PARTS)
_WIDTH = {"emails": 2, "phones": 2, "addresses": len(_PARTS)}
# a row's pieces, in this order: each a sequence of cells (see _made), joined in the chosen columns' order
_AT = {f: n for n, f in enumerate(("id", "given", "family", "emails", "phones", "addresses", "birth_date",
                                   "languages", "notes", "consents", "custom", "tags", "membership", "member_number"))}
_COLUMNS = "id, given, family, emails, phones, addresses, birth_date, languages, notes, consents, custom, member_number"
_NO_MEMBERSHIP = ("", "", "", "")


class OtherShape(Exception):
    """A stored value this module does not read (a hand-edited row, an old layout): export through the objects."""


def serves(chosen: Sequence[str]) -> bool:
    """Whether these columns (csv_columns' chosen names, 'id' first) are made here."""
    return all(f in PERSON_EXPORT_FIELDS for f in chosen)


def _flat(text: str, get: itemgetter, size: int) -> list:
    """A contacts column as its items' values one after the other ([address, kind, address, kind...]). The values'
    own types do not matter (the objects carry whatever the column holds, as this does); other keys do."""
    if text == "[]":
        return []
    items = _json(text)
    if type(items) is list:
        try:
            if len(items) == 1:
                x = items[0]
                if type(x) is dict and len(x) == size:
                    return list(get(x))
            elif all(type(x) is dict and len(x) == size for x in items):
                return [v for x in items for v in get(x)]
        except KeyError:  # as many keys as the fields, not the same ones
            pass
    raise OtherShape


@lru_cache(maxsize=4096)
def _languages(text: str) -> str:
    """The languages cell of a stored column (the same few lists over and over)."""
    if text == "[]":
        return ""
    value = _json(text)
    if type(value) is not list:
        raise OtherShape
    return ", ".join(value)


def _consents(text: str) -> str:
    """The consents cell: one line per consent (csv_people.consent_line)."""
    if text == "[]":
        return ""
    items = _json(text)
    if type(items) is not list:
        raise OtherShape
    lines = []
    for c in items:
        if type(c) is not dict or type(c.get("what")) is not str:
            raise OtherShape
        lines.append(consent_line(c["what"], date_cell(c.get("given_on")), date_cell(c.get("until"))))
    return "\n".join(lines)


# how each stored contact begins: the vault writes them with sorted keys, so that counting this in a column's text
# counts its items (in valid JSON an unescaped quote is a string's start or end, and after an end comes no name)
_FIRST_KEY = {"emails": '{"address":', "phones": '{"kind":', "addresses": '{"city":'}


def _custom_keys(stored: list[tuple], column: int) -> list[str]:
    keys: set[str] = set()
    for r in stored:
        text = r[column]
        if text != "{}":
            values = _json(text)
            if type(values) is not dict:
                raise OtherShape
            keys.update(values)
    return sorted(keys)


@dataclass
class Table:
    header: list[str]
    ids: list[str]        # the people, in the rows' order
    memberships: int      # how many live memberships they have (what leaves with the 'membership' columns)
    rows: Iterator[list[str]]


def table(vault, ids: Sequence[str] | None, chosen: Sequence[str]) -> Table:
    """The header, the people and their rows (made as they are read; OtherShape then) for these columns
    (``serves``), in ``ids`` order (None: every live person, in list order)."""
    everyone = ids is None
    if everyone:
        at, stored, tagged = every_person(vault, _COLUMNS)
    else:
        at, stored, tagged = live_rows(vault, "person", ids)
    if not stored:
        return Table(columns(chosen, 1, 1, 1, []), [], 0, iter(()))
    ids = [r[at["id"]] for r in stored]
    try:
        counts = {f: max(max(r[at[f]].count(start) for r in stored), 1) for f, start in _FIRST_KEY.items()}
        keys = _custom_keys(stored, at["custom"])
    except Exception as exc:  # noqa: BLE001 - any value this does not read: the objects say what it is
        raise OtherShape from exc
    header = columns(chosen, counts["emails"], counts["phones"], counts["addresses"], keys)
    memberships, shown = latest_memberships(vault, ids) if "membership" in chosen else (0, {})
    return Table(header, ids, memberships, _rows(at, stored, tagged or {}, chosen, counts, keys, shown))


def _rows(at: dict[str, int], stored: list[tuple], tagged: dict[str, list[str]], chosen: Sequence[str],
          counts: dict[str, int], keys: list[str], shown: dict[str, tuple]) -> Iterator[list[str]]:
    """Every person's row. Each one reads every value of its person, chosen or not, at least as strictly as the
    objects do (so a row made here is one the objects make); any error is OtherShape: the objects then say what is
    wrong, if anything, for these columns."""
    try:
        yield from _made(at, stored, tagged, chosen, counts, keys, shown)
    except OtherShape:
        raise
    except Exception as exc:  # noqa: BLE001
        raise OtherShape from exc


def _made(at: dict[str, int], stored: list[tuple], tagged: dict[str, list[str]], chosen: Sequence[str],
          counts: dict[str, int], keys: list[str], shown: dict[str, tuple]) -> Iterator[list[str]]:
    widths = [counts[f] * _WIDTH[f] for f in ("emails", "phones", "addresses")]
    pads = [[""] * n for n in range(max(widths) + 1)]
    where = [_AT[f] for f in chosen]
    pieces = itemgetter(*where) if len(where) > 1 else (lambda p, n=where[0]: (p[n],))
    chain = itertools.chain.from_iterable
    custom = "custom" in chosen and keys
    ident, given, family, email, phone, address, birth, languages, notes, consents, extra, number = (
        at[k] for k in ("id", "given", "family", "emails", "phones", "addresses", "birth_date", "languages",
                        "notes", "consents", "custom", "member_number"))
    width_e, width_p, width_a = widths
    most_e, most_p, most_a = 2, 2, 6  # the widths counted again (one item each at least, as the counts)
    seen: set[str] = set()
    for row in stored:
        key = row[ident]
        e, p, a = _flat(row[email], _EMAIL, 2), _flat(row[phone], _PHONE, 2), _flat(row[address], _ADDRESS, 6)
        if len(e) > most_e:
            most_e = len(e)
        if len(p) > most_p:
            most_p = len(p)
        if len(a) > most_a:
            most_a = len(a)
        values = row[extra]
        if values == "{}":
            values = {}
        else:
            values = _json(values)
            if type(values) is not dict:
                raise OtherShape
            seen.update(values)
        if most_e > width_e or most_p > width_p or most_a > width_a:
            raise OtherShape
        tags = tagged.get(key)
        yield list(chain(pieces((
            (key,), (row[given],), (row[family],), e + pads[width_e - len(e)], p + pads[width_p - len(p)],
            a + pads[width_a - len(a)], (date_cell(row[birth]),), (_languages(row[languages]),), (row[notes],),
            (_consents(row[consents]),), [values.get(k, "") for k in keys] if custom else (),
            (join_tags(tags) if tags else "",), shown.get(key, _NO_MEMBERSHIP),  # (tags: cells.join_tags)
            (row[number],)))))
    if (most_e, most_p, most_a) != (width_e, width_p, width_a) or seen != set(keys):
        raise OtherShape  # not what was counted (keys in another order): nothing was written yet
