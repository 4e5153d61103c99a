"""The one write path for records: every insert, field update, tombstone and restore encodes the record with its
kind's codec (vault/codecs.py), stamps it, remembers which clock set each field, and writes its change through the
change writer (vault/changelog.py) in the same transaction."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..core.changes import Change, Op
from ..core.errors import NotFound
from ..core.ids import uuid7_batch
from . import changelog
from .codec import Codec
from .connection import Vault
from .field_changes import clocks_after, field_sets
from .json_text import dumps, loads

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


Origin = tuple[str, str, str]  # (hlc, device, author) of a change received from another laptop
State = tuple[str, str, str | None]  # (updated, clocks text, deleted) of a record as another laptop holds it


class RecordTable:
    """Storage of one record kind, as its codec says."""

    codec: Codec

    def __init__(self, vault: Vault):
        self.vault = vault

    @property
    def entity(self) -> str:
        return self.codec.entity

    @property
    def table(self) -> str:
        return self.codec.table

    # hooks for derived data (search index, contact points); run inside the write transaction
    def after_insert(self, rids: Sequence[int], ids: Sequence[str], records: Sequence[Any],
                     tags: Sequence[Sequence[str]] | None = None) -> None:
        """``records``: the new records (objects); ``tags``: each one's tags, in the index's order, when
        ``insert_many`` was given some."""

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

    # -- writes -----------------------------------------------------------------------------------------------------
    def insert_many(self, records: Iterable[Any], ids: Sequence[str] | None = None,
                    tags: Sequence[Sequence[str]] | None = None, step: Callable[[int], None] | None = None,
                    origins: Sequence[Origin] | None = None, states: Sequence[State] | None = None) -> list[str]:
        """Insert new records (validated objects): one executemany per table, one transaction. ``tags``: tag names
        for each record, written as ``tags.add_tag`` would (a 'tag' change after the record's 'create'), and indexed
        with the record: a new record is indexed once, not once more after its tags. ``step(n)`` is called as the
        records' rows are written, every STEP records (progress, and a cancel check that may raise: everything is
        then rolled back). ``origins``: each record's (hlc, device, author) when the creates come from another
        laptop (its ids are then given too). ``states``: each record's (updated, clocks text, tombstone) as another
        laptop holds it (a snapshot's), written with the row: a deleted record is never live here, not even for a
        moment (a member number is unique among live people only). Each table is written in one go: writing 100,000
        records in chunks, table after table, made SQLite read and write the same index pages again and again
        (measured: 8.5 s instead of 6.3 s for the same rows)."""
        records = list(records)
        if not records:
            return []
        v, codec = self.vault, self.codec
        count = len(records)
        with v.transaction() as c, collector_paused(count >= BULK):
            first = c.execute(f"SELECT coalesce(max(rid), 0) + 1 FROM {self.table}").fetchone()[0]  # noqa: S608
            rids = range(first, first + count)
            out = list(ids) if ids else uuid7_batch(count)
            remote = origins is not None
            if origins is None:
                device, author = v.device, v.author
                origins = [(hlc, device, author) for hlc in changelog.stamps(v, count)]
            log_rows: list[tuple] = []
            entity, encode, log_text = self.entity, codec.row, codec.log_text

            def rows() -> Iterator[tuple]:  # built while SQLite writes them
                for i, record in enumerate(records):
                    values = encode(record)
                    hlc, device, author = origins[i]
                    ident = out[i]
                    log_rows.append((hlc, device, author, entity, ident, "create", log_text(values)))
                    yield (rids[i], ident, hlc, hlc, *values) if states is None else (
                        rids[i], ident, hlc, *states[i], *values)
                    if (i + 1) % STEP == 0:
                        # the logged values are written as the rows are, a few thousand at a time, never all held
                        # (100,000 people's are ~50 MB); SQLite runs this between two rows of the INSERT above
                        changelog.write_rows(v, entity, log_rows, remote=remote)
                        log_rows.clear()
                        if step is not None:
                            step(STEP)

            state = ["updated"] if states is None else ["updated", "clocks", "deleted"]
            cols = ", ".join(f'"{n}"' for n in ["rid", "id", "created", *state, *codec.columns])
            marks = ", ".join("?" * (len(codec.columns) + 3 + len(state)))
            c.executemany(f"INSERT INTO {self.table} ({cols}) VALUES ({marks})", rows())  # noqa: S608
            if step is not None and count % STEP:
                step(count % STEP)
            changelog.write_rows(v, entity, log_rows, remote=remote)
            log_rows.clear()
            stored_tags = None
            if tags is not None and any(tags):
                from .tags import tag_new_records
                stored_tags = tag_new_records(v, self.entity, out, tags)
            self.after_insert(rids, out, records, stored_tags)
        return out

    def update_record(self, ident: str, record: Any) -> dict[str, Any]:
        """Save a whole edited (validated) record; only the fields that differ are written and logged."""
        return self.update_fields(ident, self.codec.plain(record))

    def update_fields(self, ident: str, new: dict[str, Any]) -> dict[str, Any]:
        """Set the given fields (plain values) where they differ from what is stored; log only those, each with the
        clock of the value it replaced. Returns the fields that changed (empty: nothing was written)."""
        with self.vault.transaction():
            row, at = self._stored(ident)
            current = self.codec.plain_decoder(at, with_id=False)(row)
            clocks = loads(row[at["clocks"]] or "{}")
            sets = field_sets(self.codec, current, new, clocks, row[at["created"]])
            if not sets:
                return {}
            change = Change.update(self.entity, ident, sets)
            self.apply_update(change, row, at, clocks)
        return change.fields or {}

    def apply_update(self, change: Change, row: Sequence, at: dict[str, int], clocks: dict[str, Any], *,
                     values: dict[str, Any] | None = None, merged_clocks: dict[str, Any] | None = None) -> bool:
        """Write an update (local: stamped now; or received, with its own stamp) to the stored ``row`` and the log;
        False when the log already holds it. The record takes the change's values for the fields it sets, or, for a
        received change merged with this vault's own (vault/replication.py), ``values`` (the plain values that won
        here) and ``merged_clocks`` (the record's clocks after the merge)."""
        v, codec = self.vault, self.codec
        if not changelog.write(v, change):
            return False
        record = codec.decoder(at)(row)
        for name, value in (change.fields if values is None else values).items():
            setattr(record, name, codec.by_name[name].kind.obj_of_plain(value))
        values = codec.row(record)
        sets = {k: x for k, x, old in zip(codec.columns, values, (row[at[k]] for k in codec.columns), strict=True)
                if old != x}
        updated = max(row[at["updated"]], change.hlc)
        assign = "".join(f'"{k}" = ?, ' for k in sets)
        v.conn.execute(f"UPDATE {self.table} SET {assign}updated = ?, clocks = ? WHERE id = ?",  # noqa: S608
                       [*sets.values(), updated,
                        dumps(clocks_after(clocks, change) if merged_clocks is None else merged_clocks),
                        change.entity_id])
        if row[at["deleted"]] is None:  # a tombstoned record (a change received for it) has no derived data
            self.after_write([change.entity_id])
        return True

    def tombstone(self, ident: str) -> str:
        v = self.vault
        with v.transaction() as c:
            self.rid_of(ident)
            # what this laptop had seen of the record: an edit made elsewhere and not seen here restores it (merging)
            saw = c.execute("SELECT max(hlc) FROM change_log WHERE entity_id = ?", (ident,)).fetchone()[0]
            change = Change(Op.DELETE, self.entity, ident, {"saw": saw} if saw else None)
            changelog.write(v, change)
            c.execute(f"UPDATE {self.table} SET deleted = ?, updated = ? WHERE id = ?",  # noqa: S608
                      (change.hlc, change.hlc, ident))
            self.after_delete([ident])
        return change.hlc

    def restore(self, ident: str) -> None:
        v = self.vault
        with v.transaction() as c:
            self.rid_of(ident, include_deleted=True)
            change = Change(Op.RESTORE, self.entity, ident)
            changelog.write(v, change)
            c.execute(f"UPDATE {self.table} SET deleted = NULL, updated = ? WHERE id = ?",  # noqa: S608
                      (change.hlc, ident))
            self.after_write([ident])

    # -- reads ------------------------------------------------------------------------------------------------------
    def _stored(self, ident: str, *, include_deleted: bool = False) -> tuple[tuple, dict[str, int]]:
        cur = self.vault.conn.execute(f"SELECT * FROM {self.table} WHERE id = ?", (ident,))  # noqa: S608
        row = cur.fetchone()
        at = {d[0]: n for n, d in enumerate(cur.description)}
        if row is None or (row[at["deleted"]] is not None and not include_deleted):
            raise NotFound(self.entity, ident)
        return row, at

    def fetch_row(self, ident: str, *, include_deleted: bool = False) -> dict[str, Any]:
        row, at = self._stored(ident, include_deleted=include_deleted)
        return {k: row[n] for k, n in at.items()}

    def load(self, ident: str, *, include_deleted: bool = False) -> Any:
        """The stored record as its object (linked data such as tags is the repository's)."""
        row, at = self._stored(ident, include_deleted=include_deleted)
        return self.codec.decoder(at)(row)

    def field_clock(self, ident: str, field: str) -> str:
        row = self.fetch_row(ident, include_deleted=True)
        return loads(row["clocks"] or "{}").get(field, row["created"])
