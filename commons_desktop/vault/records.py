"""The one write path for records: every insert, field update, tombstone and restore stamps an HLC and the
device, remembers which HLC set each field, and appends to the change log in the same transaction."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from datetime import date
from json.encoder import c_make_encoder, encode_basestring
from operator import itemgetter
from typing import Any

from ..core.errors import NotFound
from ..core.ids import uuid7_batch
from ..core.model import to_plain
from .connection import Vault


def _default(obj: Any) -> Any:
    converted = to_plain(obj)
    if converted is obj:
        raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")
    return converted


# the same text as json.dumps(to_plain(value), ...), without walking plain values twice; the C encoder is built
# once here rather than on every call as JSONEncoder.encode does
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=_default)
_C_ENCODE = (c_make_encoder(None, _default, encode_basestring, None, ":", ",", True, False, True)
             if c_make_encoder is not None else None)
_SCALARS = frozenset((str, int, float, bool, type(None)))
_FIELDS: dict[type, tuple[str, ...]] = {}


def dumps(value: Any) -> str:
    if _C_ENCODE is None or type(value) is str:
        return _ENCODER.encode(value)
    return "".join(_C_ENCODE(value, 0))


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
    names = _FIELDS.get(kind)
    if names is None:
        if not hasattr(value, "__dataclass_fields__") or isinstance(value, type):
            return to_plain(value)
        names = _FIELDS[kind] = tuple(f.name for f in fields(value))
    out = {}
    for name in names:
        x = getattr(value, name)
        out[name] = x if type(x) in _SCALARS else plain(x)
    return out


STEP = 5000  # records between two calls of insert_many's step (progress, cancel)
BULK = 1000  # from this many records on, the cyclic garbage collector waits until the batch is written


@contextmanager
def collector_paused(pause: bool) -> Iterator[None]:
    """A bulk insert builds rows it keeps until the end; automatic collections would scan them again and again
    (measured: 9% of a 100,000-person insert). Reference counting still frees everything as usual.

    On the way out, everything the collector tracks is moved to its oldest generation (``freeze`` then ``unfreeze``:
    two list splices) before it is enabled again. Otherwise the first allocation after would start a young
    collection over every object made while paused (measured: 0.3-0.8 s after each phase of a 100,000-row import,
    1.4 million objects). They are examined at the next full collection, as the oldest objects always are, by
    which time an import's are mostly freed by reference counting."""
    paused = pause and gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def _values_of(names: list[str]) -> Callable[[dict[str, Any]], tuple]:
    """A function giving a columns dict's values in ``names`` order, as a tuple."""
    if len(names) == 1:
        only = names[0]
        return lambda columns: (columns[only],)
    return itemgetter(*names)


def log_change(vault: Vault, hlc: str, entity: str, entity_id: str, op: str, fields: dict | None) -> None:
    vault.conn.execute(
        "INSERT INTO change_log(hlc, device, author, entity, entity_id, op, fields) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (hlc, vault.device, vault.author, entity, entity_id, op, None if fields is None else dumps(fields)),
    )


class RecordTable:
    """Generic storage of one entity kind. ``columns`` maps each logged field to its column value."""

    entity: str = ""
    table: str = ""

    def __init__(self, vault: Vault):
        self.vault = vault

    # hooks for derived data (search index, contact points); run inside the write transaction
    def after_insert(self, rids: Sequence[int], ids: Sequence[str], records: Sequence[dict[str, Any]],
                     tags: Sequence[Sequence[str]] | None = None) -> None:
        """``tags``: each new record's tags, in the index's order, when ``insert_many`` was given some."""

    def after_write(self, ids: Sequence[str]) -> None:
        pass

    def after_delete(self, ids: Sequence[str]) -> None:
        pass

    def rid_of(self, ident: str, *, include_deleted: bool = False) -> int:
        sql = f"SELECT rid, deleted FROM {self.table} WHERE id = ?"  # noqa: S608 - table names are constants
        row = self.vault.conn.execute(sql, (ident,)).fetchone()
        if row is None or (row[1] is not None and not include_deleted):
            raise NotFound(self.entity, ident)
        return row[0]

    # -- what a repository provides -------------------------------------------------------------------
    def columns_of(self, logged: dict[str, Any]) -> dict[str, Any]:
        """Column values for a record given as its logged (plain, JSON-ready) fields."""
        raise NotImplementedError

    def logged_of(self, row: dict[str, Any]) -> dict[str, Any]:
        """The logged fields of a stored row."""
        raise NotImplementedError

    def log_text(self, logged: dict[str, Any], columns: dict[str, Any]) -> str:
        """The change-log payload of a new record: ``dumps(logged)``; a repository may build the same text faster
        from the column values it just encoded."""
        return dumps(logged)

    # -- writes -----------------------------------------------------------------------------------------
    def insert_many(self, records: Iterable[dict[str, Any]], ids: Sequence[str] | None = None,
                    tags: Sequence[Sequence[str]] | None = None, step: Callable[[int], None] | None = None
                    ) -> list[str]:
        """Insert records given as logged fields: one executemany per table, one transaction. ``tags``: tag names
        for each record, written as ``tags.add_tag`` would (a 'tag' change-log entry after the record's 'create'),
        and indexed with the record: a new record is indexed once, not once more after its tags. ``step(n)`` is
        called as the records' rows are written, every STEP records (progress, and a cancel check that may raise:
        everything is then rolled back). Each table is written in one go: writing 100,000 records in chunks, table
        after table, made SQLite read and write the same index pages again and again (measured: 8.5 s instead of
        6.3 s for the same rows)."""
        records = list(records)
        if not records:
            return []
        head = self.columns_of(records[0])
        columns_of, log_text = self.columns_of, self.log_text

        def encoded() -> Iterator[tuple[tuple, str]]:
            values = _values_of(list(head))
            for i, logged in enumerate(records):
                columns = head if i == 0 else columns_of(logged)
                yield values(columns), log_text(logged, columns)

        with self.vault.transaction(), collector_paused(len(records) >= BULK):
            rids, out, stored_tags = self.write_new(len(records), list(head), encoded(), ids, tags, step)
            self.after_insert(rids, out, records, stored_tags)
        return out

    def write_new(self, count: int, names: list[str], encoded: Iterable[tuple[tuple, str]],
                  ids: Sequence[str] | None = None, tags: Sequence[Sequence[str]] | None = None,
                  step: Callable[[int], None] | None = None) -> tuple[range, list[str], list[list[str]] | None]:
        """The rows of ``count`` new records, each given as (its column values in ``names`` order, its change-log
        text), their 'create' entries and their tags (see ``insert_many``); returns their rids, ids and stored tags
        (None without tags). Derived data (``after_insert``) is the caller's, in the same transaction."""
        v = self.vault
        with v.transaction() as c:
            first = c.execute(f"SELECT coalesce(max(rid), 0) + 1 FROM {self.table}").fetchone()[0]  # noqa: S608
            rids = range(first, first + count)
            out = list(ids) if ids else uuid7_batch(count)
            stamps = v.hlc.stamps(count)
            log_rows: list[tuple] = []
            device, author, entity = v.device, v.author, self.entity

            def rows() -> Iterator[tuple]:  # built while SQLite writes them
                for i, (values, text) in enumerate(encoded):
                    hlc, ident = stamps[i], out[i]
                    log_rows.append((hlc, device, author, entity, ident, "create", text))
                    yield (rids[i], ident, hlc, hlc, *values)
                    if step is not None and (i + 1) % STEP == 0:
                        step(STEP)

            cols = ", ".join(f'"{n}"' for n in ["rid", "id", "created", "updated", *names])
            marks = ", ".join("?" * (len(names) + 4))
            c.executemany(f"INSERT INTO {self.table} ({cols}) VALUES ({marks})", rows())  # noqa: S608
            if len(log_rows) != count:
                raise ValueError(f"{len(log_rows)} records encoded, {count} announced")
            if step is not None and count % STEP:
                step(count % STEP)
            c.executemany("INSERT INTO change_log(hlc, device, author, entity, entity_id, op, fields) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)", log_rows)
            stored_tags = None
            if tags is not None and any(tags):
                from .tags import tag_new_records
                stored_tags = tag_new_records(v, self.entity, out, tags)
        return rids, out, stored_tags

    def update_fields(self, ident: str, new: dict[str, Any]) -> dict[str, Any]:
        """Set the given logged fields where they differ from what is stored; log only those.
        Returns the fields that changed (empty: nothing was written)."""
        v = self.vault
        with v.transaction() as c:
            row = self.fetch_row(ident)
            current = self.logged_of(row)
            changed = {f: to_plain(val) for f, val in new.items() if dumps(val) != dumps(current.get(f))}
            if not changed:
                return {}
            columns = self.columns_of({**current, **changed})
            sets = {k: val for k, val in columns.items() if row.get(k) != val}
            hlc = v.hlc.now()
            clocks = json.loads(row["clocks"] or "{}")
            clocks.update(dict.fromkeys(changed, hlc))
            assign = "".join(f'"{k}" = ?, ' for k in sets)
            c.execute(f"UPDATE {self.table} SET {assign}updated = ?, clocks = ? WHERE id = ?",  # noqa: S608
                      [*sets.values(), hlc, dumps(clocks), ident])
            log_change(v, hlc, self.entity, ident, "update", changed)
            self.after_write([ident])
        return changed

    def tombstone(self, ident: str) -> str:
        v = self.vault
        with v.transaction() as c:
            self.rid_of(ident)
            hlc = v.hlc.now()
            c.execute(f"UPDATE {self.table} SET deleted = ?, updated = ? WHERE id = ?", (hlc, hlc, ident))  # noqa: S608
            log_change(v, hlc, self.entity, ident, "delete", None)
            self.after_delete([ident])
        return hlc

    def restore(self, ident: str) -> None:
        v = self.vault
        with v.transaction() as c:
            self.rid_of(ident, include_deleted=True)
            hlc = v.hlc.now()
            c.execute(f"UPDATE {self.table} SET deleted = NULL, updated = ? WHERE id = ?", (hlc, ident))  # noqa: S608
            log_change(v, hlc, self.entity, ident, "restore", None)
            self.after_write([ident])

    def fetch_row(self, ident: str, *, include_deleted: bool = False) -> dict[str, Any]:
        cur = self.vault.conn.execute(f"SELECT * FROM {self.table} WHERE id = ?", (ident,))  # noqa: S608
        row = cur.fetchone()
        if row is None:
            raise NotFound(self.entity, ident)
        data = dict(zip([d[0] for d in cur.description], row, strict=True))
        if data.get("deleted") is not None and not include_deleted:
            raise NotFound(self.entity, ident)
        return data

    def field_clock(self, ident: str, field: str) -> str:
        row = self.fetch_row(ident, include_deleted=True)
        return json.loads(row["clocks"] or "{}").get(field, row["created"])

