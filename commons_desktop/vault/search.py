"""Full-text search (FTS5, accent-insensitive, prefix matching) over people and organisations.

The index rows are written by the repositories in the same transaction as the records they describe;
their rowid is the record's rid. Bodies are folded (lower case, no accents) before indexing and the
tokenizer removes diacritics again, so 'é' finds 'e' and back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from ..core.text import fold, phone_digits
from ..core.values import Value
from .connection import Vault

_TOKEN_SPLIT = re.compile(r"[\W_]+", re.UNICODE)
MAX_TOKENS = 12


def fts_query(text: str) -> str | None:
    """User text -> an FTS5 query: every word must match as a prefix. None when there is no word."""
    tokens = [t for t in _TOKEN_SPLIT.split(fold(text)) if t][:MAX_TOKENS]
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


def _contact_words(record: Any) -> list[str]:
    """The words a person's or organisation's contacts add to its index (object)."""
    words: list[str] = [e.address for e in record.emails]
    for p in record.phones:
        number = p.number
        words += (number, phone_digits(number).lstrip("+"))
    for a in record.addresses:
        words += (a.postcode, a.city)
    return words


@lru_cache(maxsize=8192)
def _fold_short(text: str) -> str:
    return fold(text)


def fold_part(text: str) -> str:
    """``core.text.fold``, faster: ASCII needs no decomposition, and short words (names, cities) repeat."""
    if text.isascii():
        return " ".join(text.lower().split())  # str.split and re's \s agree on what is white space
    return _fold_short(text) if len(text) <= 64 else fold(text)


def fold_one(part: str) -> str:
    """What ``fold_joined`` makes of one part: ``fold(part)`` (fold_joined repeats this expression inline)."""
    return " ".join(part.lower().split()) if part.isascii() else fold_part(part)


def fold_joined(parts: Iterable[str]) -> str:
    """Equal to ``fold(" ".join(p for p in parts if p))``: a space is a starter, so NFKD, accent removal,
    case folding and space collapsing all work part by part."""
    out = []
    for part in parts:
        if part:
            folded = " ".join(part.lower().split()) if part.isascii() else fold_part(part)
            if folded:
                out.append(folded)
    return " ".join(out)


def person_body(p: Any, tags: Iterable[str] = (), organisations: Iterable[str] = ()) -> str:
    """The index text of a person (object): names, member number, contact words, organisations, tags, notes, folded:
    what ``fold_joined((given, family, member_number, *contact words, *organisations, *tags, notes))`` gives, each
    ASCII part folded inline, the contact words in one call when they are ASCII and the tags once per combination (a
    bulk insert indexes 100,000 people)."""
    given, family, notes, number = p.given, p.family, p.notes, p.member_number
    parts = [" ".join(given.lower().split()) if given.isascii() else fold_part(given),
             " ".join(family.lower().split()) if family.isascii() else fold_part(family)]
    if number:
        parts.append(" ".join(number.lower().split()) if number.isascii() else fold_part(number))
    if p.emails or p.phones or p.addresses:
        words = _contact_words(p)
        joined = " ".join(words)
        parts.append(" ".join(joined.lower().split()) if joined.isascii() else fold_joined(words))
    if organisations:
        parts.append(fold_joined(organisations))
    if tags:
        parts.append(_folded_tags(tuple(tags)))
    if notes:
        parts.append(" ".join(notes.lower().split()) if notes.isascii() else fold_part(notes))
    return " ".join(filter(None, parts))


@lru_cache(maxsize=4096)
def _folded_tags(tags: tuple[str, ...]) -> str:
    return fold_joined(tags)


def organisation_body(o: Any, tags: Iterable[str] = ()) -> str:
    parts = [o.name, o.kind, o.website, *_contact_words(o), *tags, o.notes]
    return fold_joined(parts)


def write_index(vault: Vault, entity: str, rows: Iterable[tuple[int, str]], *, fresh: bool = False) -> None:
    """(rid, body) pairs: replace the index rows of these records (``fresh``: they have none yet, and ``rows`` may
    then be an iterator, read once; else a sequence)."""
    table = _fts_table(entity)
    c = vault.conn
    if not fresh:
        c.executemany(f"DELETE FROM {table} WHERE rowid = ?", [(rid,) for rid, _ in rows])  # noqa: S608
    c.executemany(f"INSERT INTO {table}(rowid, body) VALUES (?, ?)", rows)  # noqa: S608


def drop_index(vault: Vault, entity: str, rids: Sequence[int]) -> None:
    vault.conn.executemany(f"DELETE FROM {_fts_table(entity)} WHERE rowid = ?", [(r,) for r in rids])  # noqa: S608


def optimize(vault: Vault) -> None:
    """Merge the index segments: deleted terms are really gone afterwards (used by erasure)."""
    for table in ("person_fts", "organisation_fts"):
        vault.conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")  # noqa: S608


def _fts_table(entity: str) -> str:
    if entity not in ("person", "organisation"):
        raise ValueError(entity)
    return f"{entity}_fts"


# the search index holds live people only (a tombstone or an erasure drops its entry), so counting its matches counts
# the people: a few ms where joining each match to its record costs ~100 ms at 100,000
_COUNT_PEOPLE = "SELECT count(*) FROM person_fts WHERE person_fts MATCH ?"
_COUNT_PEOPLE_AT_MOST = "SELECT count(*) FROM (SELECT 1 FROM person_fts WHERE person_fts MATCH ? LIMIT ?)"


def count_people(vault: Vault, text: str, *, at_most: int | None = None) -> int | None:
    """How many live people match ``text`` (every word a prefix), counting at most ``at_most``; None when the text
    holds no word (it filters nothing)."""
    query = fts_query(text)
    if query is None:
        return None
    if at_most is None:
        return vault.conn.execute(_COUNT_PEOPLE, (query,)).fetchone()[0]
    return vault.conn.execute(_COUNT_PEOPLE_AT_MOST, (query, at_most)).fetchone()[0]


class Hit(Value):
    """Immutable (core/values.py)."""

    __slots__ = ("entity", "id", "label", "detail", "rank")

    entity: str
    id: str
    label: str
    detail: str
    rank: float


# rank inside the index first, then read only the best rows' records (joining first reads every match's record);
# every index row has its record (same transaction), so the hits are the same
# Ranking is bounded: bm25 is computed for at most RANK_WINDOW matches (in index order), and the best
# ``limit`` of those are returned. A query matching fewer records than that (every query of three letters
# or two words on the 100,000-person benchmark, in practice) is ranked exactly; a broad one such as a
# two-letter prefix matching half the federation gets good matches at bounded cost instead of scoring
# 50,000 rows per keystroke (p95 16 ms -> 4 ms at 100,000 people, see bench/RESULTS.md).
RANK_WINDOW = 2000
_PERSON_RANKED = ("SELECT p.id, p.given, p.family, p.city, f.r FROM (SELECT rowid, r FROM (SELECT rowid, "
                  "bm25(person_fts) AS r FROM person_fts WHERE person_fts MATCH ?1 LIMIT ?3) ORDER BY r LIMIT ?2) f "
                  "JOIN person p ON p.rid = f.rowid ORDER BY f.r")
_ORGANISATION_RANKED = ("SELECT o.id, o.name, o.city, f.r FROM (SELECT rowid, r FROM (SELECT rowid, "
                        "bm25(organisation_fts) AS r FROM organisation_fts WHERE organisation_fts MATCH ?1 LIMIT ?3) "
                        "ORDER BY r LIMIT ?2) f JOIN organisation o ON o.rid = f.rowid ORDER BY f.r")


def search(vault: Vault, text: str, *, entities: Sequence[str] = ("person", "organisation"),
           limit: int = 50) -> list[Hit]:
    """Ranked (bm25, bounded by RANK_WINDOW) search. Each word is a prefix; all must match. Tombstoned records
    are not indexed."""
    query = fts_query(text)
    if query is None:
        return []
    hits: list[Hit] = []
    c = vault.conn
    if "person" in entities:
        for pid, given, family, city, rank in c.execute(_PERSON_RANKED, (query, limit, RANK_WINDOW)):
            hits.append(Hit("person", pid, " ".join(x for x in (given, family) if x), city, rank))
    if "organisation" in entities:
        for oid, name, city, rank in c.execute(_ORGANISATION_RANKED, (query, limit, RANK_WINDOW)):
            hits.append(Hit("organisation", oid, name, city, rank))
    hits.sort(key=lambda h: h.rank)
    return hits[:limit]

