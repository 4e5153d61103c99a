"""Memberships and contributions (dues, donations)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from ..core.errors import NotFound
from ..core.model import Contribution, Membership, to_plain
from .records import RecordTable


# dates and amounts repeat a lot (an export reads 300,000 contributions of a few thousand dates and a few amounts);
# both are immutable, so one object per value is shared
@lru_cache(maxsize=8192)
def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@lru_cache(maxsize=4096)
def _cents(minor: int) -> Decimal:
    """Minor units back to an amount with two decimals (12.50, not 12.5, as validation writes it)."""
    return (Decimal(minor) / 100).quantize(Decimal("0.01"))


def _require_person(vault, person_id: str) -> None:
    if not vault.conn.execute("SELECT 1 FROM person WHERE id = ? AND deleted IS NULL", (person_id,)).fetchone():
        raise NotFound("person", person_id)


class Memberships(RecordTable):
    entity = "membership"
    table = "membership"

    def columns_of(self, logged: dict[str, Any]) -> dict[str, Any]:
        return {k: logged.get(k) for k in Membership.FIELDS}

    def logged_of(self, row: dict[str, Any]) -> dict[str, Any]:
        return {k: row[k] for k in Membership.FIELDS}

    def add(self, m: Membership) -> Membership:
        m = m.validated()
        _require_person(self.vault, m.person_id)
        return self.get(self.insert_many([{k: to_plain(getattr(m, k)) for k in Membership.FIELDS}])[0])

    def update(self, ident: str, m: Membership) -> dict[str, Any]:
        m = m.validated()
        return self.update_fields(ident, {k: to_plain(getattr(m, k)) for k in Membership.FIELDS})

    def get(self, ident: str) -> Membership:
        return _membership(self.fetch_row(ident))

    def of_person(self, person_id: str) -> list[Membership]:
        cur = self.vault.conn.execute(
            "SELECT * FROM membership WHERE person_id = ? AND deleted IS NULL ORDER BY start, created", (person_id,))
        names = [d[0] for d in cur.description]
        return [_membership(dict(zip(names, r, strict=True))) for r in cur.fetchall()]



def _membership(row: dict[str, Any]) -> Membership:
    return Membership(row["person_id"], row["type"], row["status"], _d(row["start"]), _d(row["end"]), row["notes"],
                      row["id"], row["created"], row["updated"], row["deleted"] is not None)


class Contributions(RecordTable):
    entity = "contribution"
    table = "contribution"

    def columns_of(self, logged: dict[str, Any]) -> dict[str, Any]:
        cols = {k: logged.get(k) for k in Contribution.FIELDS if k != "amount"}
        cols["amount_minor"] = int(Decimal(str(logged["amount"])) * 100)
        return cols

    def logged_of(self, row: dict[str, Any]) -> dict[str, Any]:
        out = {k: row[k] for k in Contribution.FIELDS if k != "amount"}
        out["amount"] = str(_cents(row["amount_minor"]))
        return out

    def add(self, c: Contribution) -> Contribution:
        c = c.validated()
        _require_person(self.vault, c.person_id)
        return self.get(self.insert_many([{k: to_plain(getattr(c, k)) for k in Contribution.FIELDS}])[0])

    def update(self, ident: str, c: Contribution) -> dict[str, Any]:
        c = c.validated()
        return self.update_fields(ident, {k: to_plain(getattr(c, k)) for k in Contribution.FIELDS})

    def get(self, ident: str) -> Contribution:
        return _contribution(self.fetch_row(ident))

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
        names = [d[0] for d in cur.description]
        return [_contribution(dict(zip(names, r, strict=True))) for r in cur.fetchall()]

    def total(self, person_id: str | None = None) -> dict[str, Decimal]:
        sql = "SELECT currency, sum(amount_minor) FROM contribution WHERE deleted IS NULL"
        params: list[Any] = []
        if person_id:
            sql += " AND person_id = ?"
            params.append(person_id)
        return {cur: _cents(total) for cur, total in self.vault.conn.execute(sql + " GROUP BY currency", params)}


def _contribution(row: dict[str, Any]) -> Contribution:
    return Contribution(row["person_id"], _cents(row["amount_minor"]), row["currency"], _d(row["date"]),
                        row["method"], row["kind"], _d(row["period_start"]), _d(row["period_end"]), row["notes"],
                        row["id"], row["created"], row["deleted"] is not None)
