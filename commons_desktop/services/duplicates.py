"""Possible duplicates among people: the same email or phone (normalised contact points), or the same name
once folded (case, accents and spaces ignored, so "Émilie DUPRÉ" meets "emilie dupre").

The queries are read-only and run over the vault's derived tables (contact_point, person.sort_key).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..core.model import Person
from ..vault.connection import Vault
from ..vault.people import People
from .members import status_of

MAX_GROUP = 20  # a very common name makes pairs only with the first few records of its group


@dataclass
class DuplicatePair:
    first: str  # the older record (lower rid): kept by default when merging
    second: str
    reasons: list[str] = field(default_factory=list)  # "email", "phone", "name"
    values: list[str] = field(default_factory=list)  # the shared email / phone / name


def _groups(vault: Vault, limit: int) -> list[tuple[str, str, list[tuple[int, str]]]]:
    """(reason, shared value, [(rid, id)...]) of every group of live people sharing an email, phone or name."""
    c = vault.conn
    out = []
    for kind, value, members in c.execute(
        "SELECT cp.kind, cp.value, group_concat(p.rid || ':' || p.id, ' ') FROM (SELECT DISTINCT kind, value, "
        "entity_id FROM contact_point WHERE entity = 'person') cp JOIN person p ON p.id = cp.entity_id "
        "AND p.deleted IS NULL GROUP BY cp.kind, cp.value HAVING count(*) > 1 ORDER BY min(p.rid) LIMIT ?",
            (limit,)):
        out.append((kind, value, _split(members)))
    for value, members in c.execute(
        "SELECT sort_key, group_concat(rid || ':' || id, ' ') FROM person WHERE deleted IS NULL AND sort_key != '' "
        "GROUP BY sort_key HAVING count(*) > 1 ORDER BY min(rid) LIMIT ?", (limit,)):
        out.append(("name", value, _split(members)))
    return out


def _split(members: str) -> list[tuple[int, str]]:
    out = []
    for item in members.split(" "):
        rid, _, ident = item.partition(":")
        out.append((int(rid), ident))
    return sorted(set(out))


def find(vault: Vault, *, limit: int = 500) -> list[DuplicatePair]:
    """Pairs of people who may be the same person: several reasons first, then in creation order."""
    pairs: dict[tuple[str, str], DuplicatePair] = {}
    rank: dict[str, int] = {}
    for reason, value, members in _groups(vault, limit):
        members = members[:MAX_GROUP]
        rank.update({ident: rid for rid, ident in members})
        first = members[0][1]
        for _rid, other in members[1:]:
            pair = pairs.setdefault((first, other), DuplicatePair(first, other))
            if reason not in pair.reasons:
                pair.reasons.append(reason)
                pair.values.append(value)
    found = sorted(pairs.values(), key=lambda p: (-len(p.reasons), rank[p.first], rank[p.second]))
    return found[:limit]


@dataclass(frozen=True)
class Side:
    """One record of a possible pair, with what helps decide: its organisations and its membership status today."""
    person: Person
    organisations: tuple[str, ...]
    status: str  # services/members.status_of: 'none', 'active', 'lapsed'...


def sides(vault: Vault, first: str, second: str, today: date | None = None) -> tuple[Side, Side]:
    """Both records of a pair, side by side."""
    people = People(vault)
    out = []
    for ident in (first, second):
        person = people.get(ident)
        status, _found = status_of(vault, ident, today)
        out.append(Side(person, tuple(people.organisation_names(ident)), status))
    return out[0], out[1]
