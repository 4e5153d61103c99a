"""Saved searches: a named query (search text plus filters) that lists and export profiles can reuse."""

from __future__ import annotations

import json
from typing import Any

from ..core import validation
from ..core.errors import Conflict, NotFound
from ..core.model import SavedSearch
from .records import RecordTable, dumps


class SavedSearches(RecordTable):
    entity = "saved_search"
    table = "saved_search"

    def columns_of(self, logged: dict[str, Any]) -> dict[str, Any]:
        return {"name": logged["name"], "query": logged.get("query") or "",
                "filters": dumps(logged.get("filters") or {})}

    def logged_of(self, row: dict[str, Any]) -> dict[str, Any]:
        return {"name": row["name"], "query": row["query"], "filters": json.loads(row["filters"])}

    def add(self, name: str, query: str = "", filters: dict[str, Any] | None = None) -> SavedSearch:
        name = validation.text(name, "name", required=True)
        if self.vault.conn.execute("SELECT 1 FROM saved_search WHERE name = ? AND deleted IS NULL", (name,)).fetchone():
            raise Conflict(f"a saved search named {name!r} exists")
        ident = self.insert_many([{"name": name, "query": validation.text(query, "query", limit=500),
                                   "filters": filters or {}}])[0]
        return self.get(ident)

    def get(self, ident: str) -> SavedSearch:
        row = self.fetch_row(ident)
        return SavedSearch(row["name"], row["query"], json.loads(row["filters"]), row["id"])

    def by_name(self, name: str) -> SavedSearch:
        row = self.vault.conn.execute("SELECT id FROM saved_search WHERE name = ? AND deleted IS NULL",
                                      (name,)).fetchone()
        if row is None:
            raise NotFound("saved search", name)
        return self.get(row[0])

    def all(self) -> list[SavedSearch]:
        return [self.get(r[0]) for r in self.vault.conn.execute(
            "SELECT id FROM saved_search WHERE deleted IS NULL ORDER BY name")]
