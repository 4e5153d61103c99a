"""Organisations: storage (their codec: vault/codecs.ORGANISATION), search index, contact points, list pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..core.model import Organisation
from . import search
from .codecs import ORGANISATION
from .contacts import replace_contact_points, tags_of
from .records import RecordTable


class Organisations(RecordTable):
    codec = ORGANISATION

    def after_insert(self, rids: Sequence[int], ids: Sequence[str], records: Sequence[Organisation],
                     tags: Sequence[Sequence[str]] | None = None) -> None:
        tags = tags or [()] * len(records)
        search.write_index(self.vault, "organisation", [(r, search.organisation_body(x, t))
                                                        for r, x, t in zip(rids, records, tags, strict=True)])
        replace_contact_points(self.vault, "organisation", list(zip(ids, records, strict=True)), fresh=True)

    def after_write(self, ids: Sequence[str]) -> None:
        entries, contacts = [], []
        for ident in ids:
            o = self.load(ident)
            entries.append((self.rid_of(ident), search.organisation_body(o, tags_of(self.vault, ident))))
            contacts.append((ident, o))
        search.write_index(self.vault, "organisation", entries)
        replace_contact_points(self.vault, "organisation", contacts)
        # people index the names of their organisations: keep them current after a rename
        from .people import People
        marks = ",".join("?" * len(ids))
        sql = f"SELECT DISTINCT from_id FROM relationship WHERE to_id IN ({marks}) AND deleted IS NULL"  # noqa: S608
        people = [r[0] for r in self.vault.conn.execute(sql, list(ids))]
        if people:
            People(self.vault).after_write(people)

    def after_delete(self, ids: Sequence[str]) -> None:
        search.drop_index(self.vault, "organisation", [self.rid_of(i, include_deleted=True) for i in ids])
        self.vault.conn.executemany("DELETE FROM contact_point WHERE entity_id = ?", [(i,) for i in ids])

    def add(self, org: Organisation) -> Organisation:
        ident = self.insert_many([org.validated()])[0]
        return self.get(ident)

    def add_many(self, orgs: Sequence[Organisation]) -> list[str]:
        return self.insert_many([o.validated() for o in orgs])

    def update(self, ident: str, org: Organisation) -> dict[str, Any]:
        return self.update_record(ident, org.validated())

    def get(self, ident: str, *, include_deleted: bool = False) -> Organisation:
        o = self.load(ident, include_deleted=include_deleted)
        o.tags = tags_of(self.vault, ident)
        return o

    def delete(self, ident: str) -> str:
        return self.tombstone(ident)

    def count(self) -> int:
        return self.vault.conn.execute("SELECT count(*) FROM organisation WHERE deleted IS NULL").fetchone()[0]

    def page(self, *, offset: int = 0, limit: int = 100, text: str = "") -> list[Organisation]:
        where, params = "o.deleted IS NULL", []
        query = search.fts_query(text) if text else None
        if query:
            where += " AND o.rid IN (SELECT rowid FROM organisation_fts WHERE organisation_fts MATCH ?)"
            params.append(query)
        ids = [r[0] for r in self.vault.conn.execute(
            f"SELECT o.id FROM organisation o WHERE {where} ORDER BY o.sort_key, o.rid LIMIT ? OFFSET ?",  # noqa: S608
            [*params, limit, offset])]
        return [self.get(i) for i in ids]
