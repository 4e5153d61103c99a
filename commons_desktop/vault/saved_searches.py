"""Saved searches: a named query (search text plus filters) that lists and export profiles can reuse."""

from __future__ import annotations

from typing import Any

from ..core import validation
from ..core.errors import Conflict, NotFound
from ..core.model import SavedSearch
from .codecs import SAVED_SEARCH
from .records import RecordTable


class SavedSearches(RecordTable):
    codec = SAVED_SEARCH

    def add(self, name: str, query: str = "", filters: dict[str, Any] | None = None) -> SavedSearch:
        name = validation.text(name, "name", required=True)
        if self.vault.conn.execute("SELECT 1 FROM saved_search WHERE name = ? AND deleted IS NULL", (name,)).fetchone():
            raise Conflict(f"a saved search named {name!r} exists")
        ident = self.insert_many([SavedSearch(name, validation.text(query, "query", limit=500), filters or {})])[0]
        return self.get(ident)

    def get(self, ident: str) -> SavedSearch:
        return self.load(ident)

    def by_name(self, name: str) -> SavedSearch:
        row = self.vault.conn.execute("SELECT id FROM saved_search WHERE name = ? AND deleted IS NULL",
                                      (name,)).fetchone()
        if row is None:
            raise NotFound("saved search", name)
        return self.get(row[0])

    def all(self) -> list[SavedSearch]:
        return [self.get(r[0]) for r in self.vault.conn.execute(
            "SELECT id FROM saved_search WHERE deleted IS NULL ORDER BY name")]
