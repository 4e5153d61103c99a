"""People: storage (their codec: vault/codecs.PERSON), derived data (search index, contact points) and list pages."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Any

import sqlcipher3

from ..core.errors import MemberNumberTaken, NotFound
from ..core.model import Person
from . import search
from .codecs import PERSON
from .contacts import contact_rows, insert_contact_points, tags_of
from .counts import kept
from .records import BULK, RecordTable, collector_paused

_CHUNK = 500  # ids per IN (...) query when re-indexing
_TAGS_OF = ("SELECT rt.entity_id, t.name FROM record_tag rt JOIN tag t ON t.rid = rt.tag_rid "
            "WHERE rt.entity_id IN ({marks}) ORDER BY t.name")
_ORGS_OF = ("SELECT r.from_id, o.name FROM relationship r JOIN organisation o ON o.id = r.to_id "
            "WHERE r.from_id IN ({marks}) AND r.to_entity = 'organisation' AND r.deleted IS NULL "
            "ORDER BY r.from_id, r.rid")
# a list filter matching fewer people than this drives the page query; broader ones are checked along the sort index.
# Driving reads every match's row (a page decrypted each, when not cached): 1,391 matches of 'chl' took 15 ms on a cold
# cache at 100,000 people, walking the index 2 ms (600: the first page of 64 rows in either way on a warm cache)
_SELECTIVE = 600
# a search matching at least one person in _DENSE_SHARE (a first letter) has its first page found along the sort order:
# each row in turn checked against the index (~12 us a row, stopping at the page's last match), rather than every match
# collected first (66,000 rowids of 'c' at 100,000 people: 9 ms against 1 ms). At most _DENSE_WINDOW rows per row
# wanted are checked (matches bunched late in the order, such as a family name most people share): past them the page
# is read the usual way, so that such a vault loses at most a few ms
_DENSE_SHARE = 4
_DENSE_WINDOW = 16
_DENSE_SAMPLE = 2048
_DENSE_LETTERS = 3  # person_fts's longest prefix index (prefix = '1 2 3', migration V5)
# a search that narrows the one before (a letter typed at the end) matches a subset of its people: its first row is at
# or after the wider search's first row in the order, so its page starts there (an index seek) instead of walking the
# sort order from the start ('tremb' after 'trem' at 100,000 people: the T's are 85,000 index entries in). Orders whose
# key is never NULL only (NULLs compare as nothing); kept per connection, forgotten by any write
_NARROWING_ORDERS = frozenset(("name", "family", "given", "city", "updated", "created", "member_number"))
_TEXT_FILTER = "p.rid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)"
_STATUS_FILTER = "p.rid IN (SELECT rid FROM temp.person_status WHERE status = ?)"
_NO_STATUS_FILTER = "p.rid NOT IN (SELECT rid FROM temp.person_status)"
_COUNT_STATUS = "SELECT count(*) FROM temp.person_status WHERE status = ?"
_COUNT_STATUS_ANY = "SELECT count(*) FROM temp.person_status"
_COUNT_STATUS_TEXT = ("SELECT count(*) FROM person_fts f JOIN temp.person_status s ON s.rid = f.rowid "
                      "WHERE person_fts MATCH ? AND s.status = ?")
_COUNT_STATUS_TEXT_ANY = ("SELECT count(*) FROM person_fts f JOIN temp.person_status s ON s.rid = f.rowid "
                          "WHERE person_fts MATCH ?")
_TAG_FILTER = ("p.id IN (SELECT rt.entity_id FROM record_tag rt JOIN tag t ON t.rid = rt.tag_rid "
               "WHERE t.name = ? AND rt.entity = 'person')")
_COUNT_TEXT = "SELECT count(*) FROM (SELECT 1 FROM person_fts WHERE person_fts MATCH ? LIMIT ?)"
_COUNT_TEXT_UPTO = "SELECT count(*) FROM person_fts WHERE person_fts MATCH ? AND rowid <= ?"
_LAST_RID = "SELECT coalesce(max(rid), 0) FROM person"
_LIST_COLUMNS = ("p.id, p.given, p.family, coalesce(json_extract(p.emails, '$[0].address'), ''), "
                 "coalesce(json_extract(p.phones, '$[0].number'), ''), p.city, p.updated, p.member_number")
_LIST_SELECT = f"SELECT {_LIST_COLUMNS} FROM person p"  # noqa: S608
_COUNT_TAG = ("SELECT count(*) FROM (SELECT 1 FROM record_tag rt JOIN tag t ON t.rid = rt.tag_rid "
              "WHERE t.name = ? AND rt.entity = 'person' LIMIT ?)")
_CONTACTS_OF = "SELECT entity, entity_id, kind, value FROM contact_point WHERE entity_id IN ({marks})"
LIST_COLUMNS = ("given", "family", "email", "phone", "city", "updated", "member_number")
# member numbers sort as their index (migration V6) does: left-padded with zeros, so that 9 comes before 10
MEMBER_NUMBER_ORDER = "substr('00000000000000000000000000000000000000000000000000' || member_number, -50)"
_ORDER = {"name": "sort_key", "given": "given COLLATE NOCASE", "family": "sort_key", "city": "city COLLATE NOCASE",
          "email": "json_extract(emails, '$[0].address')", "phone": "json_extract(phones, '$[0].number')",
          "updated": "updated", "created": "created", "member_number": MEMBER_NUMBER_ORDER}
# the index each order walks (person_sort: sort_key), read through once by read_order_index
_ORDER_INDEX = {"name": "person_sort", "family": "person_sort", "given": "person_given_sort",
                "city": "person_city_sort", "email": "person_email_sort", "phone": "person_phone_sort",
                "updated": "person_updated_sort", "created": "person_created_sort",
                "member_number": "person_member_number_sort"}
_MEMBER_NUMBER_HOLDER = "SELECT id FROM person WHERE member_number = ? AND deleted IS NULL AND id != ?"


@dataclass(frozen=True)
class PersonRow:
    """One line of a people list: what a list view shows, without loading the whole record."""
    id: str
    given: str
    family: str
    email: str
    phone: str
    city: str
    updated: str
    member_number: str = ""


class People(RecordTable):
    codec = PERSON

    # -- derived data ---------------------------------------------------------------------------------------
    def after_insert(self, rids: Sequence[int], ids: Sequence[str], records: Sequence[Person],
                     tags: Sequence[Sequence[str]] | None = None) -> None:
        """Index the new people (with their tags) and write their contact points: each row made as SQLite writes it
        (100,000 people's index bodies and contact points are never all held at once)."""
        body = search.person_body
        search.write_index(self.vault, "person", ((rid, body(p, names)) for rid, p, names
                                                  in zip(rids, records, tags or repeat(()), strict=False)), fresh=True)
        insert_contact_points(self.vault, (row for ident, p in zip(ids, records, strict=False)
                                           for row in contact_rows("person", ident, p)))

    def after_write(self, ids: Sequence[str]) -> None:
        """Rebuild the search index rows and contact points of these (live) people: a few queries per chunk of
        ids, then one write per table in rid order (the index pages are then visited in order)."""
        ids = list(dict.fromkeys(ids))
        entries: list[tuple[int, str]] = []
        contacts: list[tuple[int, str, Person]] = []
        for start in range(0, len(ids), _CHUNK):
            self._derived(ids[start:start + _CHUNK], entries, contacts)
        entries.sort()
        contacts.sort(key=lambda item: item[0])
        search.write_index(self.vault, "person", entries)
        c = self.vault.conn
        c.executemany("DELETE FROM contact_point WHERE entity_id = ?", [(i,) for _, i, _ in contacts])
        insert_contact_points(self.vault, [r for _, ident, p in contacts for r in contact_rows("person", ident, p)])

    def _derived(self, ids: list[str], entries: list, contacts: list) -> None:
        c, marks = self.vault.conn, ",".join("?" * len(ids))
        cur = c.execute(f"SELECT * FROM person WHERE id IN ({marks})", ids)  # noqa: S608
        at = {d[0]: n for n, d in enumerate(cur.description)}
        decode = self.codec.decoder(at, ("given", "family", "member_number", "emails", "phones", "addresses", "notes"))
        key, rid, deleted = at["id"], at["rid"], at["deleted"]
        rows = {r[key]: r for r in cur.fetchall()}
        for ident in ids:
            if ident not in rows or rows[ident][deleted] is not None:
                raise NotFound(self.entity, ident)
        tags: dict[str, list[str]] = {}
        for ident, name in c.execute(_TAGS_OF.format(marks=marks), ids):
            tags.setdefault(ident, []).append(name)
        orgs: dict[str, list[str]] = {}
        for ident, name in c.execute(_ORGS_OF.format(marks=marks), ids):
            orgs.setdefault(ident, []).append(name)
        stored: dict[str, list[tuple]] = {}
        for row in c.execute(_CONTACTS_OF.format(marks=marks), ids):
            stored.setdefault(row[1], []).append(row)
        for ident in ids:
            row = rows[ident]
            p = decode(row)  # what the index and the contact points read of the record
            entries.append((row[rid], search.person_body(p, tags.get(ident, ()), orgs.get(ident, ()))))
            if sorted(contact_rows("person", ident, p)) != sorted(stored.get(ident, ())):
                contacts.append((row[rid], ident, p))  # unchanged contact points are left as they are

    def after_delete(self, ids: Sequence[str]) -> None:
        rids = [self.rid_of(i, include_deleted=True) for i in ids]
        search.drop_index(self.vault, "person", rids)
        self.vault.conn.executemany("DELETE FROM contact_point WHERE entity_id = ?", [(i,) for i in ids])

    def organisation_names(self, ident: str) -> list[str]:
        return [r[0] for r in self.vault.conn.execute(
            "SELECT o.name FROM relationship r JOIN organisation o ON o.id = r.to_id "
            "WHERE r.from_id = ? AND r.to_entity = 'organisation' AND r.deleted IS NULL ORDER BY r.rid", (ident,))]

    # -- records ----------------------------------------------------------------------------------------------
    def add(self, person: Person) -> Person:
        p = person.validated()
        with self.vault.transaction():
            self.check_member_number(p.member_number)
            ident = self.insert_many([p])[0]
        return self.get(ident)

    def insert_many(self, records: Iterable[Any], ids: Sequence[str] | None = None,
                    tags: Sequence[Sequence[str]] | None = None, step: Any = None,
                    origins: Sequence[Any] | None = None, states: Sequence[Any] | None = None) -> list[str]:
        """RecordTable.insert_many; MemberNumberTaken (nothing written) when the people give a member number twice,
        or one a live person already has (the unique index says so)."""
        records = list(records)
        try:
            return super().insert_many(records, ids, tags, step, origins, states)
        except sqlcipher3.IntegrityError as exc:
            if "member_number" not in str(exc):
                raise
            raise self._number_taken(records) from None

    # -- member numbers (unique among live people when set) -----------------------------------------------------
    def member_number_holder(self, number: str, *, other_than: str = "") -> str | None:
        """The id of the live person (other than ``other_than``) who has this member number, or None."""
        if not number:
            return None
        row = self.vault.conn.execute(_MEMBER_NUMBER_HOLDER, (number, other_than)).fetchone()
        return row[0] if row else None

    def check_member_number(self, number: str, *, other_than: str = "") -> None:
        """MemberNumberTaken when another live person has this member number."""
        holder = self.member_number_holder(number, other_than=other_than)
        if holder is not None:
            raise MemberNumberTaken(number, holder)

    def _number_taken(self, people: Sequence[Person]) -> MemberNumberTaken:
        """The error of a bulk insert that gave a member number twice, or one a live person already has."""
        seen: set[str] = set()
        for p in people:
            number = p.member_number
            if number:
                holder = self.member_number_holder(number)
                if holder is not None or number in seen:
                    return MemberNumberTaken(number, holder or "")
                seen.add(number)
        return MemberNumberTaken("", "")

    def find_by_member_number(self, number: str) -> str | None:
        """The live person with this member number (as stored: see core.validation.member_number), or None."""
        return self.member_number_holder(number)

    def update_fields(self, ident: str, new: dict[str, Any]) -> dict[str, Any]:
        if new.get("member_number"):
            with self.vault.transaction():
                self.check_member_number(new["member_number"], other_than=ident)
                return super().update_fields(ident, new)
        return super().update_fields(ident, new)

    def restore(self, ident: str) -> None:
        with self.vault.transaction():
            row = self.fetch_row(ident, include_deleted=True)
            self.check_member_number(row["member_number"], other_than=ident)
            super().restore(ident)

    def add_many(self, people: Iterable[Person], *, validated: bool = False) -> list[str]:
        people = list(people)
        with collector_paused(len(people) >= BULK):
            return self.insert_many(people if validated else [p.validated() for p in people])

    def update(self, ident: str, person: Person) -> dict[str, Any]:
        """Save a whole edited record; only the fields that differ are written and logged."""
        return self.update_record(ident, person.validated())

    def get(self, ident: str, *, include_deleted: bool = False) -> Person:
        p = self.load(ident, include_deleted=include_deleted)
        p.tags = tags_of(self.vault, ident)
        return p

    def delete(self, ident: str) -> str:
        return self.tombstone(ident)

    # -- lists ------------------------------------------------------------------------------------------------
    def count(self, *, text: str = "", tag: str | None = None, status: str | None = None) -> int:
        if status and not tag:
            return self._status_count(status, text)
        where, params = self._filter(text, tag, status=status)
        return self.vault.conn.execute(f"SELECT count(*) FROM person p WHERE {where}", params).fetchone()[0]  # noqa: S608

    def page(self, *, offset: int = 0, limit: int = 100, order: str = "name", descending: bool = False,
             text: str = "", tag: str | None = None, status: str | None = None) -> list[PersonRow]:
        """One page of the people list, sorted and filtered in SQL (never the whole table in memory).
        ``status`` filters on the membership status table loaded by ``load_statuses`` (see there)."""
        order_sql = _ORDER.get(order, "sort_key")
        direction = "DESC" if descending else "ASC"
        sorted_by = f"ORDER BY {order_sql} {direction}, p.rid {direction}"
        query = search.fts_query(text) if text and not tag and not status and offset == 0 and limit > 0 else None
        if query and self._dense(query):
            window = f"SELECT p.rid FROM person p WHERE p.deleted IS NULL {sorted_by} LIMIT ?"  # noqa: S608
            rows = self.vault.conn.execute(
                f"{_LIST_SELECT} NOT INDEXED WHERE p.rid IN (SELECT w.rid FROM ({window}) w WHERE EXISTS "  # noqa: S608
                f"(SELECT 1 FROM person_fts f WHERE f.rowid = w.rid AND person_fts MATCH ?) LIMIT ?) {sorted_by}",
                (limit * _DENSE_WINDOW, query, limit)).fetchall()
            if len(rows) == limit:  # the first ``limit`` matches in the order: the page
                return [PersonRow(*r) for r in rows]
        walk = self._broad(text, tag) | ({"status"} if status and self._broad_status(status) else set())
        where, params = self._filter(text, tag, walk=walk, status=status)  # every order has its index (v4)
        narrowing = (self._written(), order, descending, query) if query and order in _NARROWING_ORDERS else None
        start = self._start(narrowing)
        if start is not None:
            where += f" AND ({order_sql}, p.rid) {'<=' if descending else '>='} (?, ?)"
            params += start
        sql = f"SELECT {_LIST_COLUMNS}, {order_sql}, p.rid FROM person p WHERE {where} {sorted_by} LIMIT ? OFFSET ?"  # noqa: S608
        rows = self.vault.conn.execute(sql, [*params, limit, offset]).fetchall()
        if narrowing is not None:
            self.vault._people_first_row = (narrowing, list(rows[0][-2:]) if rows else None)
        return [PersonRow(*r[:-2]) for r in rows]

    def _written(self) -> tuple:
        """This connection, its changes and the commits of others since it opened: equal, nothing changed between."""
        c = self.vault.conn
        return c, c.total_changes, c.execute("PRAGMA data_version").fetchone()[0]

    def _start(self, narrowing: tuple | None) -> list | None:
        """(order key, rid) where the page of ``narrowing`` starts, when it narrows the last one read with no write
        in between: every word of the one before begins the word at its place."""
        last = getattr(self.vault, "_people_first_row", None)
        if narrowing is None or last is None or last[1] is None or last[0][:3] != narrowing[:3]:
            return None
        before, now = last[0][3].split(" "), narrowing[3].split(" ")  # ('"trem"*' -> '"tremb"*')
        if len(now) < len(before) or any(not b.endswith('"*') or not w.startswith(b[:-2])
                                         for b, w in zip(before, now, strict=False)):
            return None
        return last[1]

    def _dense(self, query: str) -> bool:
        """Whether one live person in _DENSE_SHARE or more matches ``query``, as estimated on the first _DENSE_SAMPLE
        row ids (0.1 ms; counting 25,000 matches of 'c' takes 1.6 ms: a wrong guess costs at most the window), for a
        search of words of at most _DENSE_LETTERS letters (the index's prefix lengths: checking a row against a longer
        prefix merges every word it begins, ~2 ms a row for 'exemple')."""
        if any(len(word) > _DENSE_LETTERS + 3 for word in query.split(" ")):  # ('"abc"*')
            return False
        c = self.vault.conn
        top, live = c.execute(_LAST_RID).fetchone()[0], kept(self.vault)["people"]
        span = min(top, _DENSE_SAMPLE)
        matching = c.execute(_COUNT_TEXT_UPTO, (query, span)).fetchone()[0]
        return live >= _SELECTIVE and matching * _DENSE_SHARE * top >= span * live  # live up to span: ~span*live/top

    def read_order_index(self, order: str = "name") -> int:
        """Read the index of ``order`` through once, into this connection's page cache (about 750 pages, ~9 ms at
        100,000 people): a broad search's first page walks it (the list's first 'trem' walks to the T's), and a
        first walk that decrypts every page it reads costs twice a later one (11 against 5 ms). The live rows."""
        index = _ORDER_INDEX.get(order, "person_sort")
        return self.vault.conn.execute(
            f"SELECT count(*) FROM person INDEXED BY {index} WHERE deleted IS NULL").fetchone()[0]  # noqa: S608

    def ids(self, *, order: str = "name", descending: bool = False, text: str = "",
            tag: str | None = None, status: str | None = None) -> list[str]:
        where, params = self._filter(text, tag, status=status)
        direction = "DESC" if descending else "ASC"
        # every id, unfiltered: reading the table in storage order and sorting is twice as fast as walking the sort
        # index and looking each row up (100,000 people: 0.56 s against 1.3 s); a filter keeps its indexes
        every = "" if text or tag or status else " NOT INDEXED"
        sql = (f"SELECT p.id FROM person p{every} WHERE {where} "  # noqa: S608
               f"ORDER BY {_ORDER.get(order, 'sort_key')} {direction}, p.rid {direction}")
        return [r[0] for r in self.vault.conn.execute(sql, params)]

    def _filter(self, text: str, tag: str | None, walk: Collection[str] = (),
                status: str | None = None) -> tuple[str, list[Any]]:
        """WHERE clause and parameters. Filters named in ``walk`` are written ``+p.x IN (...)``: the same test,
        but SQLite then walks the sort order's index and checks them, rather than fetching and sorting every match."""
        where, params = ["p.deleted IS NULL"], []
        query = search.fts_query(text) if text else None
        if query:
            where.append(("+" if "text" in walk else "") + _TEXT_FILTER)
            params.append(query)
        if tag:
            where.append(("+" if "tag" in walk else "") + _TAG_FILTER)
            params.append(tag)
        if status == "none":
            where.append(("+" if "status" in walk else "") + _NO_STATUS_FILTER)
        elif status:
            where.append(("+" if "status" in walk else "") + _STATUS_FILTER)
            params.append(status)
        return " AND ".join(where), params

    # -- membership status, as computed by the services for a day -----------------------------------------------
    def membership_rows(self):
        """(person rid, status, start, end, created) of every live membership of a live person, by person.
        The people in their table's order, each one's memberships through their index: SQLite otherwise reads the
        memberships first and looks each one's person up by id, then sorts (at 100,000 people, 50,000 memberships:
        0.5-0.8 s against 0.3 s)."""
        return self.vault.conn.execute(
            'SELECT p.rid, m.status, m.start, m."end", m.created FROM person p CROSS JOIN membership m '
            "ON m.person_id = p.id WHERE m.deleted IS NULL AND p.deleted IS NULL ORDER BY p.rid")

    def statuses_loaded(self, key: object) -> bool:
        return getattr(self.vault, "_status_key", None) == key

    def load_statuses(self, statuses: dict[int, str], key: object) -> None:
        """Keep person rid -> status (computed by services/members.current_status) in a temporary, in-memory
        table of this connection, so lists filter, count and page by status in SQL. ``key`` says what the
        statuses were computed from (day + change-log position)."""
        c = self.vault.conn
        c.execute("CREATE TEMP TABLE IF NOT EXISTS person_status (rid INTEGER PRIMARY KEY, status TEXT NOT NULL)")
        c.execute("CREATE INDEX IF NOT EXISTS temp.person_status_by_status ON person_status(status, rid)")
        c.execute("DELETE FROM temp.person_status")
        c.executemany("INSERT INTO temp.person_status(rid, status) VALUES (?, ?)", sorted(statuses.items()))
        self.vault._status_key = key

    def change_position(self) -> int:
        """The newest change-log entry: any write moves it (cheap: the log's rowid)."""
        return self.vault.conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]

    def _status_count(self, status: str, text: str = "") -> int:
        """How many live people have ``status`` (optionally matching ``text``): the status table and the search
        index both hold live people only, so neither needs the person table."""
        c, query = self.vault.conn, (search.fts_query(text) if text else None)
        if query:
            matching = c.execute("SELECT count(*) FROM person_fts WHERE person_fts MATCH ?", (query,)).fetchone()[0]
            known = c.execute(_COUNT_STATUS_TEXT_ANY if status == "none" else _COUNT_STATUS_TEXT,
                              (query,) if status == "none" else (query, status)).fetchone()[0]
        else:
            matching = self.count()
            known = c.execute(_COUNT_STATUS_ANY if status == "none" else _COUNT_STATUS,
                              () if status == "none" else (status,)).fetchone()[0]
        return matching - known if status == "none" else known

    def _broad_status(self, status: str) -> bool:
        return self._status_count(status) >= _SELECTIVE

    def _broad(self, text: str, tag: str | None) -> set[str]:
        """Which filters match at least _SELECTIVE people (bounded counts, well under a millisecond)."""
        broad, c = set(), self.vault.conn
        query = search.fts_query(text) if text else None
        if query and c.execute(_COUNT_TEXT, (query, _SELECTIVE)).fetchone()[0] >= _SELECTIVE:
            broad.add("text")
        if tag and c.execute(_COUNT_TAG, (tag, _SELECTIVE)).fetchone()[0] >= _SELECTIVE:
            broad.add("tag")
        return broad

    def find_by_contact(self, kind: str, value: str) -> list[str]:
        return [r[0] for r in self.vault.conn.execute(
            "SELECT DISTINCT cp.entity_id FROM contact_point cp JOIN person p ON p.id = cp.entity_id "
            "WHERE cp.kind = ? AND cp.value = ? AND cp.entity = 'person' AND p.deleted IS NULL", (kind, value))]
