"""Bulk reads for exports: many records in a few queries instead of a few queries per record, decoded by their
codecs (vault/codecs.py) as the repositories' per-record methods decode them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter

from ..core.errors import InvalidField, NotFound, Reason
from .codecs import DOCUMENT, DOCUMENT_VERSION
from .json_text import iso, loads

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


_VERSION_COLUMNS = ("document_id", "number", "file_name", "media_type", "size", "sha256", "created")


# a record's live documents, in Documents.list(linked_to=...)'s order (the same query)
_LINKED_TO = ("SELECT d.id FROM document d JOIN document_link l ON l.document_id = d.id WHERE l.entity_id = ? "
              "AND d.deleted IS NULL ORDER BY d.title LIMIT ? OFFSET ?")


def linked_documents(vault, ids: Sequence[str], limit: int = 100_000) -> list:
    """The live documents linked to these records, each once, in the records' order (each record's in
    ``Documents.list(linked_to=...)``'s order), each as ``Documents.get`` makes it (its current version, its links in
    their stored order, its tags), read in four queries per ``_CHUNK`` documents instead of five per document."""
    listed: dict[str, None] = {}
    some = having(vault, "document", ids)
    for ident in ids:
        if ident in some:
            listed.update((r[0], None) for r in vault.conn.execute(_LINKED_TO, (ident, limit, 0)))
    made = _documents(vault, list(listed))
    return [made[ident] for ident in listed]


_VERSION_COLUMNS = ("document_id", "number", "file_name", "media_type", "size", "sha256", "created")


def _documents(vault, ids: list[str]) -> dict[str, object]:
    out: dict[str, object] = {}
    version = DOCUMENT_VERSION.decoder({c: n for n, c in enumerate(_VERSION_COLUMNS)})
    for chunk, marks in _chunks(ids):
        cur = vault.conn.execute(f"SELECT * FROM document WHERE id IN ({marks})", chunk)  # noqa: S608
        at = {d[0]: n for n, d in enumerate(cur.description)}
        decode, number, deleted = DOCUMENT.decoder(at), at["current_version"], at["deleted"]
        rows = {r[at["id"]]: r for r in cur.fetchall()}
        current = {r[0]: version(r) for r in vault.conn.execute(
            f"SELECT {', '.join('v.' + c for c in _VERSION_COLUMNS)} FROM document AS d "  # noqa: S608
            f"JOIN document_version AS v ON v.document_id = d.id AND v.number = d.current_version "
            f"WHERE d.id IN ({marks})", chunk)}
        links: dict[str, list[tuple[str, str]]] = {}
        for ident, entity, entity_id in vault.conn.execute(  # (the primary key's order, as Documents.get reads them)
                f"SELECT document_id, entity, entity_id FROM document_link WHERE document_id IN ({marks}) "  # noqa: S608
                "ORDER BY document_id, entity, entity_id", chunk):
            links.setdefault(ident, []).append((entity, entity_id))
        tagged = tags(vault, chunk)
        for ident in chunk:
            row = rows.get(ident)
            if row is None or row[deleted] is not None:
                raise NotFound("document", ident)
            doc = decode(row)
            if row[number] and ident not in current:
                raise NotFound("document version", f"{ident} v{row[number]}")
            doc.current = current.get(ident) if row[number] else None
            doc.links, doc.tags = links.get(ident, []), tagged.get(ident, [])
            out[ident] = doc
    return out


_CONTENTS = ("SELECT v.document_id, v.sha256, v.content FROM document_version AS v WHERE v.document_id IN ({marks}) "
             "AND v.number = (SELECT max(number) FROM document_version WHERE document_id = v.document_id)")


def contents(vault, ids: Sequence[str]) -> dict[str, bytes]:
    """Each of these documents' content, as ``Documents.content(id)`` gives it (its latest version, checked against
    its SHA-256: InvalidField otherwise), in one query per ``_CHUNK`` documents instead of two per document."""
    out: dict[str, bytes] = {}
    for chunk, marks in _chunks(ids):
        for ident, sha, data in vault.conn.execute(_CONTENTS.format(marks=marks), chunk):
            if hashlib.sha256(data).hexdigest() != sha:
                raise InvalidField("document", Reason.DIGEST_MISMATCH)
            out[ident] = bytes(data)
    missing = [i for i in ids if i not in out]
    if missing:
        raise NotFound("document version", f"{missing[0]} vNone")  # (as Documents.version says it)
    return out


def _live(rows: dict[str, tuple], deleted: int, ident: str, entity: str) -> tuple:
    row = rows.get(ident)
    if row is None or row[deleted] is not None:
        raise NotFound(entity, ident)
    return row


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


PAGE = 2000  # rows fetched at a time by the paged readers (a module-level seam: tests make it small)


def pages(cursor) -> Iterator[list[tuple]]:
    """A cursor's rows a page (``PAGE`` rows) at a time: a reader of every record holds one page, not the table."""
    while page := cursor.fetchmany(PAGE):
        yield page


def every_person_paged(vault, columns: str = "*", *, tagged: bool = False
                       ) -> tuple[dict[str, int], Iterator[list[tuple]]]:
    """(column positions, the pages of) every live person's ``columns`` in list order (``People.ids()``: by sort key,
    then rid; one query instead of the ids first and then their rows), read as they are used; ``tagged``: each with
    its tag names in ``tags``' order as a JSON array's text (column ``TAGS``, read beside the row: the names' lists
    repeat, a caller reads each text once). A caller going over them twice reads both inside one transaction (the
    same rows)."""
    cur = vault.conn.execute(f"SELECT {columns}{', ' + _TAG_NAMES if tagged else ''} "  # noqa: S608 - our names
                             "FROM person AS t NOT INDEXED WHERE deleted IS NULL ORDER BY sort_key, rid")
    at = {d[0]: n for n, d in enumerate(cur.description)}
    if tagged:
        at = {**{k: n for k, n in at.items() if n < len(at) - 1}, TAGS: len(at) - 1}
    return at, pages(cur)


def every_person_counted(vault, counted: Sequence[tuple[str, str]], decoded: Sequence[str] = ()
                         ) -> tuple[dict[str, int], Iterator[list[tuple]]]:
    """(column positions, the pages of) every live person's id in list order (as ``every_person_paged``), then for
    each (column, text) of ``counted`` how many times the column's text holds that text (``str.count``: counted by
    SQLite, no column's text read into Python), then each of ``decoded``'s columns (None where it holds '{}'). The
    rows SQLite sorts are these small ones, not the columns counted."""
    parts = ["id"]
    params: list[str] = []
    for column, text in counted:  # occurrences = characters removed by replace() / the text's length
        parts.append(f"(length({column}) - length(replace({column}, ?, ''))) / length(?) AS {column}")
        params += [text, text]
    parts += [f"nullif({column}, '{{}}') AS {column}" for column in decoded]
    cur = vault.conn.execute(f"SELECT {', '.join(parts)} FROM person AS t NOT INDEXED "  # noqa: S608 - our names
                             "WHERE deleted IS NULL ORDER BY sort_key, rid", params)
    return {d[0]: n for n, d in enumerate(cur.description)}, pages(cur)


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
    ``Memberships.of_person``'s order: by start, then creation, as CSV cells: dates in ISO form, None as '')."""
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


def date_cell(value: str | None) -> str:
    """A stored date as a cell: parsed, then ISO again ('' for none)."""
    return iso(value) or ""


# -- records in the order of a selection, read as they are written --------------------------------------------------
# One query per kind of record: the table is scanned once (NOT INDEXED: its pages in file order, each decrypted once),
# joined to the selection's positions (the ids as a JSON array: json_each, nothing written, not even a temporary
# table) and sorted by SQLite (in memory: temp_store = MEMORY; its sorter holds compact rows, not Python objects). A
# cursor walked once, a page at a time. Looking the records up by id instead (pages of ``IN (...)``, or the join
# driven by the ids) visits the table's pages at random, decrypting them again and again: 2-4x the CPU at 100,000
# people.
_SELECTED = "WITH sel(pos, id) AS MATERIALIZED (SELECT key, value FROM json_each(?)) "
POS, TAGS = "_pos", "_tags"  # the extra columns of a selected row: its position in the selection, its tag names


def columns(vault, table: str, names: Sequence[str] | None, *extra: str) -> dict[str, int]:
    """Column positions of the rows ``selected`` reads from ``table``: ``names`` (None: all its columns), then
    ``extra``."""
    if names is None:
        names = [d[0] for d in vault.conn.execute(f"SELECT * FROM {table} LIMIT 0").description]  # noqa: S608
    return {name: n for n, name in enumerate([*names, *extra])}


def _listed(alias: str, names: Sequence[str] | None) -> str:
    return f"{alias}.*" if names is None else ", ".join(f'{alias}."{n}"' for n in names)


def _selected_sql(vault, table: str, by: str, count: int, where: str, order: str | None, what: str) -> str:
    """``what`` of the rows joined to the selection; ``order``: None (unsorted), or what follows ``s.pos``. A few
    records (not ``_broad``) are looked up by the index of ``by`` instead of scanning the table."""
    joined = (f"{table} AS t NOT INDEXED JOIN sel AS s ON s.id = t.{by}" if _broad(vault, table, count)
              else f"sel AS s CROSS JOIN {table} AS t ON t.{by} = s.id")
    return (_SELECTED + f"SELECT {what} FROM {joined}{' WHERE ' + where if where else ''}"  # noqa: S608 - our names
            f"{'' if order is None else ' ORDER BY s.pos' + (', ' + order if order else '')}")


# a record's tag names as one JSON array, read beside its row (tags' order): looked up by the record_tag index as the
# table is scanned (in file order), instead of a second query with its own copy of the selection and its own sort
_TAG_NAMES = ("(SELECT json_group_array(tg.name ORDER BY tg.name) FROM record_tag AS rt "
              "JOIN tag AS tg ON tg.rid = rt.tag_rid WHERE rt.entity_id = t.id)")


def selected(vault, table: str, ids: Sequence[str], *, by: str = "id", order: str = "",
             tagged: bool = False, names: Sequence[str] | None = None) -> Iterator[list[tuple]]:
    """The pages (``PAGE`` rows) of the rows of ``table`` whose ``by`` is one of ``ids``, in ``ids``' order (then
    ``order``, SQL on the table ``t``), each with its position in ``ids`` (column ``POS``) and, ``tagged``, its tag
    names in ``tags``' order (``TAGS``): see ``columns``. By ``id``: every one of ``ids``, deleted or missing ones
    NotFound (as ``live_rows``); by another column (``person_id``), the live rows only."""
    if not ids:
        return
    own = by == "id"
    sql = _selected_sql(vault, table, by, len(ids), "" if own else "t.deleted IS NULL", order,
                        _listed("t", names) + ", s.pos" + (", " + _TAG_NAMES if tagged else ""))
    cur = vault.conn.execute(sql, (json.dumps(list(ids)),))  # (the text not kept: SQLite holds its copy)
    deleted = next((n for n, d in enumerate(cur.description) if d[0] == "deleted"), None) if own else None
    at = -2 if tagged else -1  # the position's column
    expected = 0
    for page in pages(cur):
        if own:
            for row in page:
                if row[at] != expected or row[deleted] is not None:
                    raise NotFound(table, ids[min(expected, row[at])])
                expected += 1
        yield [(*row[:-1], loads(row[-1])) for row in page] if tagged else page
    if own and expected != len(ids):
        raise NotFound(table, ids[expected])


def count_selected(vault, table: str, ids: Sequence[str], *, by: str = "person_id") -> int:
    """How many live rows ``selected`` gives by ``by`` (the table scanned, nothing sorted)."""
    if not ids:
        return 0
    sql = _selected_sql(vault, table, by, len(ids), "t.deleted IS NULL", None, "count(*)")
    return vault.conn.execute(sql, (json.dumps(list(ids)),)).fetchone()[0]


_RELATED = (_SELECTED + ", orgs(id) AS MATERIALIZED (SELECT value FROM json_each(?)) "  # noqa: S608 - our names
            "SELECT {what} FROM {joined} LEFT JOIN sel AS t ON t.id = r.to_id "
            "WHERE r.deleted IS NULL AND (t.pos IS NOT NULL OR r.to_id IN (SELECT id FROM orgs)){order}")


def _related_sql(vault, count: int, what: str, order: str = "") -> str:
    joined = ("relationship AS r NOT INDEXED JOIN sel AS f ON f.id = r.from_id" if _broad(vault, "person", count)
              else "sel AS f CROSS JOIN relationship AS r ON r.from_id = f.id")
    return _RELATED.format(what=what, joined=joined, order=order)


def selected_relationships(vault, person_ids: Sequence[str], org_ids: Sequence[str],
                           names: Sequence[str] | None = None) -> Iterator[list[tuple]]:
    """The pages of the live relationships from a person of ``person_ids`` whose other end is chosen too (among
    ``person_ids`` or ``org_ids``), in the order ``collect`` keeps them (``Relationships.of`` person after person in
    ``person_ids`` order, each relationship once, at the first of its ends; each person's by creation). Columns:
    ``names`` (None: the table's; see ``columns``)."""
    if not person_ids:
        return
    sql = _related_sql(vault, len(person_ids), _listed("r", names),
                       " ORDER BY min(f.pos, coalesce(t.pos, f.pos)), r.created, r.rid")
    yield from pages(vault.conn.execute(sql, (json.dumps(list(person_ids)), json.dumps(list(org_ids)))))


def count_relationships(vault, person_ids: Sequence[str], org_ids: Sequence[str]) -> int:
    if not person_ids:
        return 0
    sql = _related_sql(vault, len(person_ids), "count(*)")
    return vault.conn.execute(sql, (json.dumps(list(person_ids)), json.dumps(list(org_ids)))).fetchone()[0]


STREAMING_CACHE_KIB = 2_000


@contextmanager
def streaming(vault) -> Iterator[None]:
    """A small page cache while an export reads its records (``selected``): each table is scanned once, its pages
    decrypted once whatever the cache holds, and the memory the cache gives back goes to SQLite's sorter (100,000
    people to JSON: peak RSS 30 MB lower). The cache's size is restored afterwards."""
    size = vault.conn.execute("PRAGMA cache_size").fetchone()[0]
    vault.conn.execute(f"PRAGMA cache_size = {-STREAMING_CACHE_KIB:d}")
    try:
        yield
    finally:
        vault.conn.execute(f"PRAGMA cache_size = {int(size):d}")
