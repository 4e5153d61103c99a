"""Bulk reads for exports (exchange helper's module, like exchange_match): many records in a few queries
instead of a few queries per record. Each function returns exactly what the repositories' per-record
methods return (tests/bench/test_exchange_equivalence.py holds them together)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from json.scanner import c_make_scanner
from operator import itemgetter
from typing import Any

from ..core.errors import NotFound
from ..core.model import Address, Consent, Contribution, Email, Membership, Organisation, Person, Phone, Relationship
from .memberships import _cents, _d
from .relationships import _rel

_CHUNK = 900  # ids per IN (...) query
_TAGS = ("SELECT rt.entity_id, t.name FROM record_tag rt JOIN tag t ON t.rid = rt.tag_rid "
         "WHERE rt.entity_id IN ({marks}) ORDER BY t.name")
_LINKED = ("SELECT DISTINCT l.entity_id FROM document_link l JOIN document d ON d.id = l.document_id "
           "WHERE d.deleted IS NULL AND l.entity_id IN ({marks})")
_HAVING = {  # which records have at least one live row of these
    "membership": "SELECT DISTINCT person_id FROM membership WHERE deleted IS NULL AND person_id IN ({marks})",
    "contribution": "SELECT DISTINCT person_id FROM contribution WHERE deleted IS NULL AND person_id IN ({marks})",
    "relationship_from": "SELECT DISTINCT from_id FROM relationship WHERE deleted IS NULL AND from_id IN ({marks})",
    "relationship_to": "SELECT DISTINCT to_id FROM relationship WHERE deleted IS NULL AND to_id IN ({marks})",
    "document": _LINKED,
}


def _chunks(ids: Sequence[str]):
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start:start + _CHUNK])
        yield chunk, ",".join("?" * len(chunk))


def _broad(vault, table: str, count: int) -> bool:
    """Whether reading the whole table beats looking these many records up one by one: a list in another order
    than the table's (a list sorted by name) visits its pages at random, decrypting many of them again and again."""
    return count >= 2000 and count * 10 >= vault.conn.execute(
        f"SELECT coalesce(max(rid), 0) FROM {table}").fetchone()[0]  # noqa: S608


def _rows(vault, table: str, ids: Sequence[str]) -> tuple[dict[str, int], dict[str, tuple]]:
    """(column positions, row by id) of these records, deleted ones included."""
    out: dict[str, tuple] = {}
    at: dict[str, int] = {}
    if _broad(vault, table, len(ids)):
        wanted = set(ids)
        cur = vault.conn.execute(f"SELECT * FROM {table}")  # noqa: S608
        at = {d[0]: n for n, d in enumerate(cur.description)}
        key = at["id"]
        for row in cur:
            if row[key] in wanted:
                out[row[key]] = row
        return at, out
    for chunk, marks in _chunks(ids):
        cur = vault.conn.execute(f"SELECT * FROM {table} WHERE id IN ({marks})", chunk)  # noqa: S608
        at = {d[0]: n for n, d in enumerate(cur.description)}
        key = at["id"]
        for row in cur.fetchall():
            out[row[key]] = row
    return at, out


def tags(vault, ids: Sequence[str], *, broad: bool = False) -> dict[str, list[str]]:
    """Each record's tag names, in contacts.tags_of's order. ``broad``: read every tag (many records asked)."""
    out: dict[str, list[str]] = {}
    if broad:
        wanted = set(ids)
        for ident, name in vault.conn.execute(_TAGS.replace("rt.entity_id IN ({marks}) ", "1 ")):
            if ident in wanted:
                out.setdefault(ident, []).append(name)
        return out
    for chunk, marks in _chunks(ids):
        for ident, name in vault.conn.execute(_TAGS.format(marks=marks), chunk):
            out.setdefault(ident, []).append(name)
    return out


_SCAN = c_make_scanner(json.JSONDecoder()) if c_make_scanner is not None else None


def _json(text: str) -> Any:
    """``json.loads``, without parsing the empty lists and objects most columns hold, and without its Python-level
    wrapper for the compact JSON the vault writes (the C scanner alone: half the time; anything it does not read
    whole goes through ``json.loads``, which gives the same value or the same error)."""
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


def _live(rows: dict[str, tuple], deleted: int, ident: str, entity: str) -> tuple:
    row = rows.get(ident)
    if row is None or row[deleted] is not None:
        raise NotFound(entity, ident)
    return row


def _contacts(row: tuple, at: dict[str, int]) -> tuple[list[Email], list[Phone], list[Address]]:
    """contacts.load_contacts of a row given as a tuple."""
    return ([Email(**e) for e in _json(row[at["emails"]])], [Phone(**p) for p in _json(row[at["phones"]])],
            [Address(**a) for a in _json(row[at["addresses"]])])


def live_rows(vault, table: str, ids: Sequence[str], *, with_tags: bool = True
              ) -> tuple[dict[str, int], list[tuple], dict[str, list[str]] | None]:
    """(column positions, the rows of these records in ``ids`` order, each record's tag names or None when not
    asked); NotFound for a missing or deleted one."""
    if not ids:
        return {}, [], {} if with_tags else None
    at, rows = _rows(vault, table, ids)
    tagged = tags(vault, ids, broad=_broad(vault, table, len(ids))) if with_tags else None
    deleted = at["deleted"]
    return at, [_live(rows, deleted, ident, table) for ident in ids], tagged


def every_person(vault, columns: str = "*") -> tuple[dict[str, int], list[tuple], dict[str, list[str]]]:
    """``live_rows`` of every live person in list order (``People.ids()``: by sort key, then rid), in one query
    instead of the ids first and then their rows; ``columns``: those to read (the id among them)."""
    cur = vault.conn.execute(f"SELECT {columns} FROM person NOT INDEXED "  # noqa: S608 - the callers' own names
                             "WHERE deleted IS NULL ORDER BY sort_key, rid")
    at = {d[0]: n for n, d in enumerate(cur.description)}
    rows = cur.fetchall()
    key = at["id"]
    return at, rows, tags(vault, [r[key] for r in rows], broad=True)


def people(vault, ids: Sequence[str]) -> list[Person]:
    """``[People(vault).get(i) for i in ids]`` (NotFound for a missing or deleted one)."""
    at, rows, tagged = live_rows(vault, "person", ids)
    if not rows:
        return []
    given, family, birth, languages, notes, consents, custom, ident_at, created, updated, number = (
        at[k] for k in ("given", "family", "birth_date", "languages", "notes", "consents", "custom", "id", "created",
                        "updated", "member_number"))
    out = []
    for row in rows:
        emails, phones, addresses = _contacts(row, at)
        out.append(Person(
            given=row[given], family=row[family], emails=emails, phones=phones, addresses=addresses,
            birth_date=_d(row[birth]), languages=_json(row[languages]), notes=row[notes],
            consents=[Consent(c["what"], _d(c.get("given_on")), _d(c.get("until"))) for c in _json(row[consents])],
            custom=_json(row[custom]), id=row[ident_at], tags=tagged.get(row[ident_at], []),
            created=row[created], updated=row[updated], deleted=False, member_number=row[number],
        ))
    return out


def organisations(vault, ids: Sequence[str]) -> list[Organisation]:
    """``[Organisations(vault).get(i) for i in ids]`` (NotFound for a missing or deleted one)."""
    at, rows = _rows(vault, "organisation", ids)
    tagged = tags(vault, ids, broad=_broad(vault, "organisation", len(ids)))
    out = []
    for ident in ids:
        row = _live(rows, at["deleted"], ident, "organisation")
        emails, phones, addresses = _contacts(row, at)
        out.append(Organisation(
            name=row[at["name"]], kind=row[at["kind"]], website=row[at["website"]], emails=emails, phones=phones,
            addresses=addresses, notes=row[at["notes"]], custom=_json(row[at["custom"]]), id=row[at["id"]],
            tags=tagged.get(ident, []), created=row[at["created"]], updated=row[at["updated"]], deleted=False,
        ))
    return out


def having(vault, what: str, ids: Sequence[str]) -> set[str]:
    """Which of these records have at least one live membership, contribution, relationship (as ``from`` or ``to``:
    'relationship_from' / 'relationship_to') or linked document ('document')."""
    sql = _HAVING[what]
    found: set[str] = set()
    if _broad(vault, "person", len(ids)):
        everyone = sql.replace(" IN ({marks})", " IS NOT NULL")
        return set(ids).intersection(r[0] for r in vault.conn.execute(everyone))
    for chunk, marks in _chunks(ids):
        found.update(r[0] for r in vault.conn.execute(sql.format(marks=marks), chunk))  # noqa: S608
    return found


def _grouped(vault, sql: str, column: str, ids: Sequence[str]) -> tuple[dict[str, int], dict[str, list[tuple]]]:
    """(column positions, rows by that column) of ``sql`` (a SELECT * ... WHERE ... {where}) whose ``column`` is
    one of ids. Rows stay tuples: an export of everything reads 300,000 contributions."""
    out: dict[str, list[tuple]] = {}
    at: dict[str, int] = {}
    wanted = set(ids)
    if _broad(vault, "person", len(ids)):
        parts = [(sql.format(where=f"{column} IS NOT NULL"), [])]
    else:
        parts = [(sql.format(where=f"{column} IN ({marks})"), chunk) for chunk, marks in _chunks(ids)]
    for query, params in parts:
        cur = vault.conn.execute(query, params)
        at = {d[0]: n for n, d in enumerate(cur.description)}
        key = at[column]
        for row in cur.fetchall():
            if row[key] in wanted:
                group = out.get(row[key])
                if group is None:
                    out[row[key]] = [row]
                else:
                    group.append(row)
    return at, out


def latest_memberships(vault, person_ids: Sequence[str]) -> tuple[int, dict[str, tuple[str, str, str, str]]]:
    """(how many live memberships these people have, the (type, status, start, end) of each one's last in
    ``memberships_of``'s order, as CSV cells: dates in ISO form, None as '')."""
    at, grouped = _grouped(vault, "SELECT * FROM membership WHERE deleted IS NULL AND {where}", "person_id",
                           person_ids)
    if not grouped:
        return 0, {}
    get = itemgetter(*(at[k] for k in ("type", "status", "start", "end")))
    start, created = at["start"], at["created"]
    out = {}
    count = 0
    for ident, rows in grouped.items():
        count += len(rows)
        last = rows[0] if len(rows) == 1 else \
            sorted(rows, key=lambda r: (r[start] is not None, r[start] or "", r[created]))[-1]
        kind, status, begin, end = get(last)
        out[ident] = (kind or "", status or "", date_cell(begin), date_cell(end))
    return count, out


@lru_cache(maxsize=8192)
def date_cell(value: str | None) -> str:
    """A stored date as a cell: parsed, then ISO again ('' for none)."""
    parsed = _d(value)
    return parsed.isoformat() if parsed else ""


def memberships_of(vault, person_ids: Sequence[str]) -> dict[str, list[Membership]]:
    """``Memberships(vault).of_person(i)`` of each person who has any (ordered by start, then creation)."""
    at, grouped = _grouped(vault, "SELECT * FROM membership WHERE deleted IS NULL AND {where}", "person_id",
                           person_ids)
    if not grouped:
        return {}
    get = itemgetter(*(at[k] for k in ("person_id", "type", "status", "start", "end", "notes", "id", "created",
                                        "updated", "deleted")))
    start, created = at["start"], at["created"]

    def made(row: tuple) -> Membership:
        person, kind, status, begin, end, notes, ident, made_at, updated, deleted = get(row)
        return Membership(person, kind, status, _d(begin), _d(end), notes, ident, made_at, updated, deleted is not None)
    return {i: [made(r) for r in sorted(rows, key=lambda r: (r[start] is not None, r[start] or "", r[created]))]
            for i, rows in grouped.items()}


def contributions_of(vault, person_ids: Sequence[str]) -> dict[str, list[Contribution]]:
    """``reversed(Contributions(vault).list(person_id=i, limit=...))`` of each person who has any: oldest first
    (by date, then rid)."""
    at, grouped = _grouped(vault, "SELECT * FROM contribution WHERE deleted IS NULL AND {where}", "person_id",
                           person_ids)
    if not grouped:
        return {}
    get = itemgetter(*(at[k] for k in ("person_id", "amount_minor", "currency", "date", "method", "kind",
                                        "period_start", "period_end", "notes", "id", "created", "deleted")))
    when, rid = at["date"], at["rid"]

    def made(row: tuple) -> Contribution:
        person, minor, currency, day, method, kind, start, end, notes, ident, created, deleted = get(row)
        return Contribution(person, _cents(minor), currency, _d(day), method, kind, _d(start), _d(end), notes, ident,
                            created, deleted is not None)
    return {i: [made(r) for r in sorted(rows, key=lambda r: (r[when], r[rid]))] for i, rows in grouped.items()}


def relationship_rows(vault, ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """The live relationship rows (as dicts) from or to each of these records that has any, by creation."""
    sql = "SELECT * FROM relationship WHERE deleted IS NULL AND {where}"
    rows: dict[str, dict[str, Any]] = {}
    for column in ("from_id", "to_id"):
        at, grouped = _grouped(vault, sql, column, ids)
        names = sorted(at, key=at.__getitem__)
        for group in grouped.values():
            rows.update((r[at["id"]], dict(zip(names, r, strict=True))) for r in group)
    out: dict[str, list[dict[str, Any]]] = {}
    wanted = set(ids)
    for r in rows.values():
        for end in {r["from_id"], r["to_id"]}:
            if end in wanted:
                out.setdefault(end, []).append(r)
    return {i: sorted(group, key=lambda r: r["created"]) for i, group in out.items()}


def relationships_of(vault, ids: Sequence[str]) -> dict[str, list[Relationship]]:
    """``Relationships(vault).of(i)`` (from or to the record, by creation) of each record that has any."""
    return {i: [_rel(r) for r in group] for i, group in relationship_rows(vault, ids).items()}
