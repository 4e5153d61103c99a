"""Memberships and contributions (dues, donations)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from ..core.errors import NotFound
from ..core.model import Contribution, Membership
from .codecs import CONTRIBUTION, MEMBERSHIP
from .json_text import cents
from .records import RecordTable


def _require_person(vault, person_id: str) -> None:
    if not vault.conn.execute("SELECT 1 FROM person WHERE id = ? AND deleted IS NULL", (person_id,)).fetchone():
        raise NotFound("person", person_id)


class Memberships(RecordTable):
    codec = MEMBERSHIP

    def add(self, m: Membership) -> Membership:
        m = m.validated()
        _require_person(self.vault, m.person_id)
        return self.get(self.insert_many([m])[0])

    def update(self, ident: str, m: Membership) -> dict[str, Any]:
        return self.update_record(ident, m.validated())

    def get(self, ident: str) -> Membership:
        return self.load(ident)

    def of_person(self, person_id: str) -> list[Membership]:
        cur = self.vault.conn.execute(
            "SELECT * FROM membership WHERE person_id = ? AND deleted IS NULL ORDER BY start, created", (person_id,))
        decode = self.codec.decoder(self.codec.positions(cur.description))
        return [decode(r) for r in cur.fetchall()]


class Contributions(RecordTable):
    codec = CONTRIBUTION

    def add(self, c: Contribution) -> Contribution:
        c = c.validated()
        _require_person(self.vault, c.person_id)
        return self.get(self.insert_many([c])[0])

    def update(self, ident: str, c: Contribution) -> dict[str, Any]:
        return self.update_record(ident, c.validated())

    def get(self, ident: str) -> Contribution:
        return self.load(ident)

    def list(self, *, person_id: str | None = None, since: date | None = None, until: date | None = None,
             limit: int = 1000, offset: int = 0) -> list[Contribution]:
        where, params = ["deleted IS NULL"], []
        if person_id:
            where.append("person_id = ?")
            params.append(person_id)
        if since:
            where.append("date >= ?")
            params.append(since.isoformat())
        if until:
            where.append("date <= ?")
            params.append(until.isoformat())
        cur = self.vault.conn.execute(
            f"SELECT * FROM contribution WHERE {' AND '.join(where)} ORDER BY date DESC, rid DESC "  # noqa: S608
            "LIMIT ? OFFSET ?", [*params, limit, offset])
        decode = self.codec.decoder(self.codec.positions(cur.description))
        return [decode(r) for r in cur.fetchall()]

    def total(self, person_id: str | None = None) -> dict[str, Decimal]:
        sql = "SELECT currency, sum(amount_minor) FROM contribution WHERE deleted IS NULL"
        params: list[Any] = []
        if person_id:
            sql += " AND person_id = ?"
            params.append(person_id)
        return {cur: cents(total) for cur, total in self.vault.conn.execute(sql + " GROUP BY currency", params)}
