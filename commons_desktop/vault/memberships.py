"""Memberships and contributions (dues, donations)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from ..core.errors import Conflict, NotFound
from ..core.model import Contribution, Membership, MembershipType
from ..core.text import fold
from .codecs import CONTRIBUTION, MEMBERSHIP, MEMBERSHIP_TYPE
from .json_text import cents
from .migrations import TYPES_VERSION
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

    # the list of types holds every type a membership uses (in the transaction that writes the membership)
    def after_insert(self, rids: Sequence[int], ids: Sequence[str], records: Sequence[Any],
                     tags: Sequence[Sequence[str]] | None = None) -> None:
        MembershipTypes(self.vault).ensure({m.type for m in records})

    def after_write(self, ids: Sequence[str]) -> None:
        marks = ",".join("?" * len(ids))
        MembershipTypes(self.vault).ensure(r[0] for r in self.vault.conn.execute(
            f"SELECT DISTINCT type FROM membership WHERE id IN ({marks})", list(ids)))  # noqa: S608

    def of_person(self, person_id: str) -> list[Membership]:
        cur = self.vault.conn.execute(
            "SELECT * FROM membership WHERE person_id = ? AND deleted IS NULL ORDER BY start, created", (person_id,))
        decode = self.codec.decoder(self.codec.positions(cur.description))
        return [decode(r) for r in cur.fetchall()]

    def of_people(self, person_ids: list[str]) -> dict[str, list[Membership]]:
        """The live memberships of each of these people (in ``of_person``'s order), read in chunks."""
        out: dict[str, list[Membership]] = {}
        for start in range(0, len(person_ids), 500):
            chunk = person_ids[start:start + 500]
            cur = self.vault.conn.execute(
                f"SELECT * FROM membership WHERE person_id IN ({','.join('?' * len(chunk))}) "  # noqa: S608
                "AND deleted IS NULL ORDER BY start, created", chunk)
            decode = self.codec.decoder(self.codec.positions(cur.description))
            for r in cur.fetchall():
                m = decode(r)
                out.setdefault(m.person_id, []).append(m)
        return out

    def renewal_candidates(self, horizon: date, limit: int) -> list[str]:
        """People with a live membership that may be renewed by ``horizon``: an active, honorary or pending one
        ending by then, or a lapsed one."""
        return [r[0] for r in self.vault.conn.execute(
            "SELECT DISTINCT person_id FROM membership WHERE deleted IS NULL AND ((status IN ('active', 'honorary', "
            "'pending') AND \"end\" IS NOT NULL AND \"end\" <= ?) OR status = 'lapsed') LIMIT ?",
            (horizon.isoformat(), limit))]

    def ids_of_type(self, code: str) -> list[str]:
        return [r[0] for r in self.vault.conn.execute(
            "SELECT id FROM membership WHERE type = ? AND deleted IS NULL ORDER BY rid", (code,))]


class MembershipTypes(RecordTable):
    """The vault's one list of membership types (table ``membership_type``): records of their own, written through
    their codec and the change writer like every record (their changes replicate). A type's id is its stable code.
    The list holds every type a membership uses: a membership written with a type the list does not have adds it
    (``Memberships.after_insert``/``after_write``, whatever writes it: the desktop, the CLI, an import, a bundle)."""

    codec = MEMBERSHIP_TYPE

    def all(self) -> list[MembershipType]:
        cur = self.vault.conn.execute("SELECT * FROM membership_type WHERE deleted IS NULL ORDER BY position, id")
        decode = self.codec.decoder(self.codec.positions(cur.description))
        return [decode(r) for r in cur.fetchall()]

    def get(self, code: str) -> MembershipType:
        try:
            return self.load(code)
        except NotFound:
            raise NotFound("membership type", code) from None

    def _next_position(self) -> int:
        return self.vault.conn.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM membership_type WHERE deleted IS NULL").fetchone()[0]

    def add(self, t: MembershipType) -> MembershipType:
        """A new type at the end of the list; its code is ``t.id`` or made from its label (``member-2`` when
        ``member`` is taken, by a live type or a removed one)."""
        t = t.validated()
        with self.vault.transaction() as c:
            taken = {fold(r[0]) for r in c.execute("SELECT id FROM membership_type")}
            code = t.id.strip() or _slug(t.label)
            if t.id.strip() and fold(code) in taken:
                raise Conflict(f"a membership type with the code {code!r} exists")
            base, n = code, 1
            while fold(code) in taken:
                n += 1
                code = f"{base}-{n}"
            self.insert_many([MembershipType(t.label, t.fee, t.currency, t.months, code, self._next_position())],
                             ids=[code])
        return self.get(code)

    def update(self, code: str, t: MembershipType) -> MembershipType:
        """A type's label, fee, currency and duration (its code never changes; its place in the list neither)."""
        t = t.validated()
        with self.vault.transaction():
            now = self.get(code)
            self.update_record(code, MembershipType(t.label, t.fee, t.currency, t.months, code, now.position))
        return self.get(code)

    def move(self, codes: list[str]) -> None:
        """The list in this order (codes left out keep their place after these); only the places that change are
        written."""
        with self.vault.transaction():
            rest = [t.code for t in self.all() if t.code not in codes]
            for position, code in enumerate([*codes, *rest]):
                self.update_fields(code, {"position": position})

    def in_use(self, code: str) -> int:
        return self.vault.conn.execute("SELECT count(*) FROM membership WHERE type = ? AND deleted IS NULL",
                                       (code,)).fetchone()[0]

    def remove(self, code: str) -> None:
        """Remove a type no live membership has (services.members.remove_type moves them to another first)."""
        with self.vault.transaction():
            self.get(code)
            if self.in_use(code):
                raise Conflict(f"memberships of type {code!r} exist")
            self.tombstone(code)

    def ensure(self, codes: Iterable[str]) -> None:
        """Every one of these codes in the list: a code it does not have becomes a type of that label (no fee, a
        year); a removed one comes back."""
        wanted = {code for code in codes if code}
        if not wanted or self.vault.schema_version < TYPES_VERSION:  # (a vault written as older code wrote it)
            return
        with self.vault.transaction() as c:
            have = dict(c.execute("SELECT id, deleted IS NOT NULL FROM membership_type"))
            missing = sorted(wanted - have.keys())
            for code in sorted(k for k in wanted & have.keys() if have[k]):
                self.restore(code)
            if missing:
                first = self._next_position()
                self.insert_many([MembershipType(code, None, "EUR", 12, code, first + n)
                                  for n, code in enumerate(missing)], ids=missing)


def _slug(label: str) -> str:
    """A code made from a label: 'Membre de soutien' -> 'membre-de-soutien'."""
    words = "".join(ch if ch.isalnum() else " " for ch in fold(label)).split()
    return "-".join(words)[:40].strip("-") or "type"


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
             kind: str | None = None, method: str | None = None, limit: int = 1000,
             offset: int = 0) -> list[Contribution]:
        where, params = _where(person_id, since, until, kind, method)
        cur = self.vault.conn.execute(
            f"SELECT * FROM contribution WHERE {where} ORDER BY date DESC, rid DESC "  # noqa: S608
            "LIMIT ? OFFSET ?", [*params, limit, offset])
        decode = self.codec.decoder(self.codec.positions(cur.description))
        return [decode(r) for r in cur.fetchall()]

    def count(self, *, person_id: str | None = None, since: date | None = None, until: date | None = None,
              kind: str | None = None, method: str | None = None) -> int:
        where, params = _where(person_id, since, until, kind, method)
        return self.vault.conn.execute(f"SELECT count(*) FROM contribution WHERE {where}",  # noqa: S608
                                       params).fetchone()[0]

    def totals(self, *, since: date | None = None, until: date | None = None, kind: str | None = None,
               method: str | None = None) -> list[tuple[int, str, str, Decimal, int]]:
        """(year, kind, currency, total, how many) of the contributions chosen, newest year first."""
        where, params = _where(None, since, until, kind, method)
        rows = self.vault.conn.execute(
            f"SELECT CAST(substr(date, 1, 4) AS INTEGER) AS year, kind, currency, sum(amount_minor), count(*) "  # noqa: S608
            f"FROM contribution WHERE {where} GROUP BY year, kind, currency ORDER BY year DESC, kind, currency",
            params)
        return [(year, kind_, cur, cents(total), n) for year, kind_, cur, total, n in rows]

    def years(self) -> list[int]:
        """The years some live contribution was paid in, newest first."""
        first = self.vault.conn.execute("SELECT min(date), max(date) FROM contribution WHERE deleted IS NULL"
                                        ).fetchone()
        if not first[0]:
            return []
        paid = "SELECT 1 FROM contribution WHERE date >= ? AND date <= ? AND deleted IS NULL LIMIT 1"
        return [y for y in range(int(first[1][:4]), int(first[0][:4]) - 1, -1)
                if self.vault.conn.execute(paid, (f"{y:04d}-01-01", f"{y:04d}-12-31")).fetchone()]

    def total(self, person_id: str | None = None) -> dict[str, Decimal]:
        sql = "SELECT currency, sum(amount_minor) FROM contribution WHERE deleted IS NULL"
        params: list[Any] = []
        if person_id:
            sql += " AND person_id = ?"
            params.append(person_id)
        return {cur: cents(total) for cur, total in self.vault.conn.execute(sql + " GROUP BY currency", params)}


def _where(person_id: str | None, since: date | None, until: date | None, kind: str | None,
           method: str | None) -> tuple[str, list[Any]]:
    where, params = ["deleted IS NULL"], []
    for column, value in (("person_id = ?", person_id), ("date >= ?", since and since.isoformat()),
                          ("date <= ?", until and until.isoformat()), ("kind = ?", kind), ("method = ?", method)):
        if value:
            where.append(column)
            params.append(value)
    return " AND ".join(where), params
