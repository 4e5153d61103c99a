"""What an export carries: a selection of records (explicit ids, a tag, a search or saved search, or
everything) and the fields allowed to leave. Profiles store both under a name."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..core.errors import InvalidInput, NotFound
from ..core.model import Organisation, Person
from ..vault import search as vsearch
from ..vault import tags as vtags
from ..vault.connection import Vault
from ..vault.people import People
from ..vault.saved_searches import SavedSearches

RELATED = ("memberships", "contributions", "relationships", "documents")
ALL_FIELDS = tuple(dict.fromkeys((*Person.FIELDS, *Organisation.FIELDS, "tags", *RELATED)))


@dataclass
class Selection:
    ids: list[str] = field(default_factory=list)
    tag: str = ""
    search: str = ""

    def to_json(self) -> str:
        return json.dumps({k: v for k, v in (("ids", self.ids), ("tag", self.tag), ("search", self.search)) if v},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Selection:
        d: dict[str, Any] = json.loads(text or "{}")
        return cls(list(d.get("ids") or []), d.get("tag") or "", d.get("search") or "")

    def describe(self) -> str:
        if self.ids:
            return f"{len(self.ids)} chosen record(s)"
        if self.tag:
            return f"tag {self.tag!r}"
        if self.search:
            return f"search {self.search!r}"
        return "everything"


def check_fields(fields: list[str] | None) -> list[str] | None:
    if not fields:
        return None
    unknown = [f for f in fields if f not in ALL_FIELDS and f != "id"]
    if unknown:
        raise InvalidInput(f"unknown field(s): {', '.join(unknown)} (known: {', '.join(ALL_FIELDS)})")
    return list(dict.fromkeys(f for f in fields if f != "id"))


def resolve(vault: Vault, sel: Selection) -> tuple[list[str], list[str]]:
    """(person ids, organisation ids) of the live records selected, in list order."""
    if sel.ids:
        people, orgs = [], []
        for ident in dict.fromkeys(sel.ids):
            kind = vtags.entity_of(vault, ident)
            if kind == "person":
                people.append(ident)
            elif kind == "organisation":
                orgs.append(ident)
            else:
                raise InvalidInput(f"{ident} is a {kind}, not a person or an organisation")
        return people, orgs
    if sel.tag:
        name = vtags.find_tag(vault, sel.tag)  # accents and case ignored, as search (vault.tags.find_tag)
        if name is None:
            raise NotFound("tag", sel.tag)
        found = vtags.tagged(vault, name)
        people = set(i for e, i in found if e == "person")
        orgs = set(i for e, i in found if e == "organisation")
        return ([i for i in People(vault).ids() if i in people],
                [i for i in _org_ids(vault) if i in orgs])
    if sel.search:
        query, tag = sel.search, None
        try:
            saved = SavedSearches(vault).by_name(sel.search)
            query, tag = saved.query, (saved.filters or {}).get("tag")
        except NotFound:
            pass
        people = People(vault).ids(text=query, tag=tag)
        orgs = [h.id for h in vsearch.search(vault, query, entities=("organisation",), limit=1_000_000)] \
            if query and not tag else []
        return people, orgs
    return People(vault).ids(), _org_ids(vault)


def _org_ids(vault: Vault) -> list[str]:
    from ..vault.exchange_match import organisation_ids
    return organisation_ids(vault)
