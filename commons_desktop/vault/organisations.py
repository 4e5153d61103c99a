"""Organisations: storage, search index, contact points, list pages."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..core.model import Organisation, to_plain
from ..core.text import sort_key
from . import search
from .contacts import first_city, load_contacts, replace_contact_points, tags_of
from .records import RecordTable, dumps


def organisation_logged(o: Organisation) -> dict[str, Any]:
    return {f: to_plain(getattr(o, f)) for f in Organisation.FIELDS}


class Organisations(RecordTable):
    entity = "organisation"
    table = "organisation"

    def columns_of(self, logged: dict[str, Any]) -> dict[str, Any]:
        return {
            "name": logged.get("name") or "", "sort_key": sort_key(logged.get("name") or ""),
            "kind": logged.get("kind") or "", "website": logged.get("website") or "",
            "emails": dumps(logged.get("emails") or []), "phones": dumps(logged.get("phones") or []),
            "addresses": dumps(logged.get("addresses") or []), "city": first_city(logged),
            "notes": logged.get("notes") or "", "custom": dumps(logged.get("custom") or {}),
        }

    def logged_of(self, row: dict[str, Any]) -> dict[str, Any]:
        return {
            "name": row["name"], "kind": row["kind"], "website": row["website"], "emails": json.loads(row["emails"]),
            "phones": json.loads(row["phones"]), "addresses": json.loads(row["addresses"]), "notes": row["notes"],
            "custom": json.loads(row["custom"]),
        }

    def after_insert(self, rids: Sequence[int], ids: Sequence[str], records: Sequence[dict[str, Any]],
                     tags: Sequence[Sequence[str]] | None = None) -> None:
        tags = tags or [()] * len(records)
        search.write_index(self.vault, "organisation", [(r, search.organisation_body(x, t))
                                                        for r, x, t in zip(rids, records, tags, strict=True)])
        replace_contact_points(self.vault, "organisation", list(zip(ids, records, strict=True)), fresh=True)

    def after_write(self, ids: Sequence[str]) -> None:
        entries, contacts = [], []
        for ident in ids:
            row = self.fetch_row(ident)
            logged = self.logged_of(row)
            entries.append((row["rid"], search.organisation_body(logged, tags_of(self.vault, ident))))
            contacts.append((ident, logged))
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
        ident = self.insert_many([organisation_logged(org.validated())])[0]
        return self.get(ident)

    def add_many(self, orgs: Sequence[Organisation]) -> list[str]:
        return self.insert_many([organisation_logged(o.validated()) for o in orgs])

    def update(self, ident: str, org: Organisation) -> dict[str, Any]:
        return self.update_fields(ident, organisation_logged(org.validated()))

    def get(self, ident: str, *, include_deleted: bool = False) -> Organisation:
        row = self.fetch_row(ident, include_deleted=include_deleted)
        emails, phones, addresses = load_contacts(row)
        return Organisation(
            name=row["name"], kind=row["kind"], website=row["website"], emails=emails, phones=phones,
            addresses=addresses, notes=row["notes"], custom=json.loads(row["custom"]), id=row["id"],
            tags=tags_of(self.vault, row["id"]), created=row["created"], updated=row["updated"],
            deleted=row["deleted"] is not None,
        )

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
