"""Relationships: person to organisation, person to person (member of, works at, contact for, household)."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.errors import InvalidField, NotFound, Reason
from ..core.model import Relationship
from .codecs import RELATIONSHIP
from .records import RecordTable

_CHUNK = 500  # ids per IN (...) query


class Relationships(RecordTable):
    codec = RELATIONSHIP

    def _reindex_people(self, ids: Sequence[str], records: Sequence[Relationship] | None = None) -> None:
        """Re-index the live people at either end of these relationships (their index rows hold the names of their
        organisations), a few queries per 500 relationships. ``records``: the relationships, when just inserted."""
        from .people import People
        c = self.vault.conn
        ends: list[tuple[str, str, str]] = []
        if records is not None:
            ends = [(r.from_id, r.to_id, r.to_entity or "") for r in records]
        else:
            for start in range(0, len(ids), _CHUNK):
                chunk = list(ids[start:start + _CHUNK])
                marks = ",".join("?" * len(chunk))
                found = c.execute(f"SELECT id, from_id, to_id, to_entity FROM relationship WHERE id IN ({marks})",  # noqa: S608
                                  chunk).fetchall()
                missing = set(chunk) - {r[0] for r in found}
                if missing:
                    raise NotFound(self.entity, sorted(missing)[0])
                ends += [r[1:] for r in found]
        people = {a for a, _, _ in ends} | {b for _, b, kind in ends if kind == "person"}
        wanted = sorted(people)
        alive: list[str] = []
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            alive += [r[0] for r in c.execute(
                f"SELECT id FROM person WHERE id IN ({marks}) AND deleted IS NULL", chunk)]  # noqa: S608
        if alive:
            People(self.vault).after_write(alive)

    def after_insert(self, rids, ids, records, tags=None) -> None:
        self._reindex_people(ids, records)

    def after_write(self, ids: Sequence[str]) -> None:
        self._reindex_people(ids)

    def after_delete(self, ids: Sequence[str]) -> None:
        self._reindex_people(ids)

    def add(self, rel: Relationship) -> Relationship:
        r = rel.validated()
        c = self.vault.conn
        if not c.execute("SELECT 1 FROM person WHERE id = ? AND deleted IS NULL", (r.from_id,)).fetchone():
            raise NotFound("person", r.from_id)
        table = "person" if r.to_entity == "person" else "organisation"
        if not c.execute(f"SELECT 1 FROM {table} WHERE id = ? AND deleted IS NULL", (r.to_id,)).fetchone():  # noqa: S608
            raise NotFound(table, r.to_id)
        if r.from_id == r.to_id:
            raise InvalidField("relationship", Reason.RELATED_TO_SELF)
        ident = self.insert_many([r])[0]
        return self.get(ident)

    def get(self, ident: str) -> Relationship:
        return self.load(ident)

    def of(self, record_id: str) -> list[Relationship]:
        cur = self.vault.conn.execute(
            "SELECT * FROM relationship WHERE (from_id = ? OR to_id = ?) AND deleted IS NULL ORDER BY created",
            (record_id, record_id))
        decode = self.codec.decoder(self.codec.positions(cur.description))
        return [decode(r) for r in cur.fetchall()]
