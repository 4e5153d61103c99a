"""The CSV export of people made from their stored rows, one row at a time: each person's cells from the plain values
its codec decodes from the row (vault/codecs.PERSON, the same values the JSON export carries; texts as stored, contacts
and consents of the shape the vault writes read straight from their JSON, any other shape through the codec's
``plain_of_col``), without building a Person, an Email or a Consent object per value, nor a dict per person or per
contact, and without holding every person's cells in memory. The numbered columns (how many emails, phones and
addresses) are counted on the stored text first (``Items.count``), the custom keys read, and both checked again as
each row is made.

It gives the header and rows ``csv_people.columns_for`` and ``person_cells`` give for the same people
(tests/exchange/test_golden_exports.py holds both to the same committed files), for the domain fields of
``csv_people.PERSON_EXPORT_FIELDS``. A stored value the codec does not read raises ``OtherShape`` before anything is
written: the caller then goes through the objects. Single CSV columns (``email2``, ``city``, ``name``...) go through
``person_cells``."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from ..vault.codecs import PERSON
from ..vault.exchange_read import TAGS, every_person_counted, every_person_paged, latest_memberships, live_rows
from ..vault.json_text import compile_function, iso, loads
from .cells import join_tags
from .csv_people import PERSON_EXPORT_FIELDS, columns, consent_line
from .fields import ADDRESS_PARTS

_PARTS = tuple("kind" if p == "type" else p for p in ADDRESS_PARTS)  # an address's keys, in its columns' order
_ITEMS = {"emails": itemgetter("address", "kind"), "phones": itemgetter("number", "kind"),
          "addresses": itemgetter(*_PARTS)}
_KINDS = {f: PERSON.by_name[f].kind for f in _ITEMS}
_LANGUAGES, _CONSENTS = PERSON.by_name["languages"].kind.plain_of_col, PERSON.by_name["consents"].kind.plain_of_col
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


def _flat(items: list, get: itemgetter) -> list:
    """Plain contacts as their values one after the other ([address, kind, address, kind...])."""
    if not items:
        return []
    if len(items) == 1:
        return list(get(items[0]))
    return [v for x in items for v in get(x)]


_scan = json.JSONDecoder().scan_once  # the C scanner: (value, end) of the JSON text at an index


def _cells_of(field: str):
    """A function: a stored contacts column (emails, phones, addresses) -> its cells one after the other, what
    ``_flat(kind.plain_of_col(text), get)`` gives: items of the shape the vault writes (a dict of exactly the item's
    keys) read as they are, without a list of plain dicts in between; any other through the codec."""
    kind, get = _KINDS[field], _ITEMS[field]
    size, decode = len(kind.attrs), kind.plain_of_col

    def cells(text: str) -> Sequence[str]:
        if text == "[]":
            return ()
        try:
            items, end = _scan(text, 0)
        except (StopIteration, ValueError, TypeError):  # (not JSON, or not text: the codec says what it is)
            return _flat(decode(text), get)
        if items.__class__ is list and end == len(text):
            if len(items) == 1:
                x = items[0]
                if x.__class__ is dict and len(x) == size:
                    try:
                        return get(x)
                    except KeyError:  # (a dict of other keys: the codec reads it)
                        pass
            else:
                try:
                    if all(x.__class__ is dict and len(x) == size for x in items):
                        return [v for x in items for v in get(x)]
                except KeyError:
                    pass
        return _flat(decode(text), get)
    return cells


# languages, consents and birth dates repeat down a federation: each distinct stored text becomes its cell once
@lru_cache(maxsize=4096)
def _languages(text: str) -> str:
    """The languages cell of a stored column."""
    return ", ".join(_LANGUAGES(text)) if text != "[]" else ""


@lru_cache(maxsize=8192)
def _consents(text: str) -> str:
    """The consents cell of a stored column: one line per consent (csv_people.consent_line)."""
    if text == "[]":
        return ""
    lines = []
    for c in loads(text):  # as the vault writes them: read directly (any other shape through the codec)
        what = c["what"] if c.__class__ is dict else None
        if what.__class__ is not str:
            return "\n".join(consent_line(c["what"], c["given_on"] or "", c["until"] or "") for c in _CONSENTS(text))
        lines.append(consent_line(what, iso(c.get("given_on")) or "", iso(c.get("until")) or ""))
    return "\n".join(lines)


def _custom_keys(stored: list[tuple], column: int) -> list[str]:
    keys: set[str] = set()
    read = PERSON.by_name["custom"].kind.plain_of_col
    for r in stored:
        text = r[column]
        if text != "{}":
            values = read(text)
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
    (``serves``), in ``ids`` order (None: every live person, in list order, read in pages twice: their contacts'
    counts and custom keys first, then their rows as they are written; call it inside a transaction so that both
    passes read the same rows)."""
    if ids is None:
        return _everyone(vault, chosen)
    at, stored, tagged = live_rows(vault, "person", ids)
    if not stored:
        return Table(columns(chosen, 1, 1, 1, []), [], 0, iter(()))
    ids = [r[at["id"]] for r in stored]
    try:
        counts = {f: max(max(kind.count(r[at[f]]) for r in stored), 1) for f, kind in _KINDS.items()}
        keys = _custom_keys(stored, at["custom"])
    except Exception as exc:  # noqa: BLE001 - any value this does not read: the objects say what it is
        raise OtherShape from exc
    header = columns(chosen, counts["emails"], counts["phones"], counts["addresses"], keys)
    memberships, shown = latest_memberships(vault, ids) if "membership" in chosen else (0, {})
    return Table(header, ids, memberships, _rows(at, stored, tagged or {}, chosen, counts, keys, shown, ids))


def _everyone(vault, chosen: Sequence[str]) -> Table:
    """``table`` of every live person, never holding more than a page of their rows (exchange_read.PAGE): their
    contacts counted by SQLite on the stored text (``Items.count``'s count) and their custom keys read first."""
    at, paged = every_person_counted(vault, [(f, kind.item_start) for f, kind in _KINDS.items()], ["custom"])
    ids: list[str] = []
    counts = dict.fromkeys(_KINDS, 1)
    keys: set[str] = set()
    read_custom = PERSON.by_name["custom"].kind.plain_of_col
    key, custom = at["id"], at["custom"]
    counted = [(f, itemgetter(at[f])) for f in _KINDS]
    try:
        for page in paged:
            ids.extend(r[key] for r in page)
            for f, get in counted:
                most = max(map(get, page))
                if most > counts[f]:
                    counts[f] = most
            for r in page:
                if r[custom] is not None:
                    values = read_custom(r[custom])
                    if type(values) is not dict:
                        raise OtherShape
                    keys.update(values)
    except OtherShape:
        raise
    except Exception as exc:  # noqa: BLE001 - any value this does not read: the objects say what it is
        raise OtherShape from exc
    if not ids:
        return Table(columns(chosen, 1, 1, 1, []), [], 0, iter(()))
    ordered = sorted(keys)
    header = columns(chosen, counts["emails"], counts["phones"], counts["addresses"], ordered)
    memberships, shown = latest_memberships(vault, ids) if "membership" in chosen else (0, {})

    def rows() -> Iterator[list[str]]:  # read again when written: one page of rows at a time, with their tags
        at, paged = every_person_paged(vault, _COLUMNS, tagged=True)
        yield from _rows(at, itertools.chain.from_iterable(paged), None, chosen, counts, ordered, shown, ids)
    return Table(header, ids, memberships, rows())


def _rows(at: dict[str, int], stored: Iterable[tuple], tagged: dict[str, list[str]] | None, chosen: Sequence[str],
          counts: dict[str, int], keys: list[str], shown: dict[str, tuple], ids: list[str]) -> Iterator[list[str]]:
    """Every person's row, from the codec's plain values of every field of the person, chosen or not (so that a
    row made here is one the objects make; languages, consents and birth dates once per distinct stored text); any
    error is OtherShape: the objects then say what is wrong, if anything, for these columns."""
    try:
        yield from _made(at, stored, tagged, chosen, counts, keys, shown, ids)
    except OtherShape:
        raise
    except Exception as exc:  # noqa: BLE001
        raise OtherShape from exc


# each chosen column's cells in a row, as an expression of _built's arguments (see _builder)
_CELLS = {"id": "key", "given": "given", "family": "family", "emails": "*e, *pads[width_e - len(e)]",
          "phones": "*ph, *pads[width_p - len(ph)]", "addresses": "*a, *pads[width_a - len(a)]", "birth_date": "birth",
          "languages": "languages", "notes": "notes", "consents": "consents", "custom": "*custom", "tags": "tags",
          "membership": "*membership", "member_number": "number"}


@lru_cache(maxsize=64)
def _builder(chosen: tuple[str, ...]):
    """A function making a row of these columns from its pieces: one list display, no intermediate sequence."""
    source = ("def _built(key, given, family, e, width_e, ph, width_p, a, width_a, birth, languages, notes, consents, "
              "custom, tags, membership, number, pads):\n"
              f"    return [{', '.join(_CELLS[f] for f in chosen)}]\n")
    return compile_function("_built", source, {})


@lru_cache(maxsize=4096)
def _tags_cell(text: str) -> str:
    """The tags cell of a record's tag names as a JSON array (exchange_read.TAGS; combinations repeat)."""
    return join_tags(loads(text)) if text != "[]" else ""


def _made(at: dict[str, int], stored: Iterable[tuple], tagged: dict[str, list[str]] | None, chosen: Sequence[str],
          counts: dict[str, int], keys: list[str], shown: dict[str, tuple], ids: list[str]) -> Iterator[list[str]]:
    """(``tagged``: each person's tag names by id, or None: read with the rows, their column ``TAGS`` as JSON text.)"""
    width_e, width_p, width_a = (counts[f] * _WIDTH[f] for f in ("emails", "phones", "addresses"))
    pads = [[""] * n for n in range(max(width_e, width_p, width_a) + 1)]
    built = _builder(tuple(chosen))
    custom = "custom" in chosen and keys
    # every decoded field's column read directly (texts as stored, as the codec's plain values have them)
    i_id, i_given, i_family, i_notes, i_number = (at[f] for f in ("id", "given", "family", "notes", "member_number"))
    i_emails, i_phones, i_addresses, i_custom = (at[f] for f in ("emails", "phones", "addresses", "custom"))
    read_custom = PERSON.by_name["custom"].kind.plain_of_col
    birth, languages, consents = at["birth_date"], at["languages"], at["consents"]
    tag_names = at.get(TAGS)
    email, phone, address = _cells_of("emails"), _cells_of("phones"), _cells_of("addresses")
    most_e, most_p, most_a = 2, 2, 6  # the widths counted again (one item each at least, as the counts)
    seen: set[str] = set()
    no_values: dict = {}
    for row, ident in zip(stored, ids, strict=True):  # (the rows counted: another person is OtherShape)
        key = row[i_id]
        if key != ident:
            raise OtherShape
        e, ph, a = email(row[i_emails]), phone(row[i_phones]), address(row[i_addresses])
        if len(e) > most_e:
            most_e = len(e)
        if len(ph) > most_p:
            most_p = len(ph)
        if len(a) > most_a:
            most_a = len(a)
        text = row[i_custom]
        if text == "{}":
            values = no_values
        else:
            values = read_custom(text)
            if type(values) is not dict:
                raise OtherShape
            if values:
                seen.update(values)
        if most_e > width_e or most_p > width_p or most_a > width_a:
            raise OtherShape
        if tagged is None:
            tags = _tags_cell(row[tag_names])
        else:
            tags = tagged.get(key)
            tags = join_tags(tags) if tags else ""  # (tags: cells.join_tags)
        yield built(key, row[i_given], row[i_family], e, width_e, ph, width_p, a, width_a, iso(row[birth]) or "",
                    _languages(row[languages]), row[i_notes], _consents(row[consents]),
                    [values.get(k, "") for k in keys] if custom else (), tags, shown.get(key, _NO_MEMBERSHIP),
                    row[i_number], pads)
    if (most_e, most_p, most_a) != (width_e, width_p, width_a) or seen != set(keys):
        raise OtherShape  # not what was counted (keys in another order): nothing was written yet
