"""Writing a plan: everything in ONE transaction (a failure or a cancel leaves the vault untouched)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from ..core.errors import NotFound
from ..vault import exchange_store, tags
from ..vault.connection import Vault
from ..vault.documents import Documents
from ..vault.memberships import Contributions, Memberships
from ..vault.organisations import Organisations
from ..vault.people import People
from ..vault.relationships import Relationships
from .plan import Plan

ProgressLike = Callable[[int, int, str], None]


class CancelLike(Protocol):
    def check(self) -> None: ...


def apply_plan(vault: Vault, plan: Plan, *, origin: int | None = None, progress: ProgressLike | None = None,
               cancel: CancelLike | None = None) -> None:
    total = len(plan.actions) + len(plan.documents) + len(plan.tombstones)
    done = 0

    def tick(n: int, label: str) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total, label)
        if cancel is not None:
            cancel.check()

    repos = {"person": People(vault), "organisation": Organisations(vault)}
    with vault.transaction():
        creates = defaultdict(list)
        for a in plan.actions:
            if a.op == "create":
                creates[a.entity].append(a)
        # new records are indexed with their tags; progress and cancel every few thousand records
        if orgs := creates["organisation"]:
            repos["organisation"].insert_many([a.record for a in orgs],
                                              ids=[a.target for a in orgs], tags=[a.tags for a in orgs],
                                              step=lambda n: tick(n, "creating records"))
        if people := creates["person"]:
            repos["person"].insert_many([a.record for a in people], ids=[a.target for a in people],
                                        tags=[a.tags for a in people], step=lambda n: tick(n, "creating records"))
        for a in plan.actions:
            if a.op == "update" and a.changed:
                record = repos[a.entity].codec.plain(a.record)
                repos[a.entity].update_fields(a.target, {f: record[f] for f in a.changed})
                tick(1, "updating records")
            elif a.op == "update":
                tick(1, "updating records")
        by_tag: dict[str, list[str]] = defaultdict(list)  # new tags of existing records (new records have theirs)
        tagged: dict[str, list[str]] = defaultdict(list)  # re-indexed once each, after all their tags
        memberships, contributions = [], []
        for a in plan.actions:
            if a.op != "create" and a.tags:
                for t in a.tags:
                    by_tag[t].append(a.target)
                tagged[a.entity].append(a.target)
            memberships += [replace(m, person_id=a.target) for m in a.memberships]
            contributions += [replace(c, person_id=a.target) for c in a.contributions]
        for name, ids in by_tag.items():
            tags.add_tag(vault, name, ids, reindex=False)
        for entity, ids in tagged.items():
            repos[entity].after_write(ids)
        Memberships(vault).insert_many(memberships)
        Contributions(vault).insert_many(contributions)
        if plan.relationships:
            Relationships(vault).insert_many(plan.relationships,
                                             ids=[r.id for r in plan.relationships])
        docs = Documents(vault)
        for doc, links in plan.documents:
            d = docs.add(doc.title, doc.content, doc.file_name, doc.media_type, links)
            for t in doc.tags:
                tags.add_tag(vault, t, [d.id])
            tick(1, "storing documents")
        for t in plan.tombstones:
            repo = repos.get(t.entity)
            if repo is not None:
                try:
                    repo.tombstone(t.id)
                except NotFound:
                    pass  # already deleted here
            tick(1, "applying deletions")
        if origin is not None:
            exchange_store.set_origins(vault, origin, [(a.entity, a.target) for a in plan.actions])
        if cancel is not None:
            cancel.check()  # the last chance to roll everything back
