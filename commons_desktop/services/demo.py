"""The demo collective: a realistic, seeded federation of people, organisations, memberships, dues and documents.

``generate`` is what ``make run``, the CLI ``demo`` command and the benchmark call. It writes through the
vault's bulk paths (HLC + change log + search index + contact points written together), in ONE transaction
for the whole demo, reporting progress between batches and checking the cancel token inside each batch: a
cancelled or failed run rolls everything back and leaves the vault as it was.
Same seed, same sizes -> the same content (only ids and HLC stamps differ).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal

from ..core.model import Contribution, Membership, MembershipType, Relationship
from ..vault import search
from ..vault.connection import Vault
from ..vault.documents import Documents
from ..vault.memberships import Contributions, Memberships, MembershipTypes
from ..vault.organisations import Organisations
from ..vault.people import People
from ..vault.relationships import Relationships
from . import demo_data, demo_documents, demo_records
from .progress import NEVER, CancelToken, Progress, no_progress

BATCH = 10_000
ORG_TAGS = (("partenaire", 0.15), ("fédération", 0.05))


def default_sizes(people: int) -> dict[str, int]:
    return {"organisations": people // 5, "relationships": people // 2, "memberships": people * 3 // 10,
            "contributions": people * 3, "documents": people // 50}


class _Run:
    def __init__(self, vault: Vault, total: int, progress: Progress, cancel: CancelToken):
        self.vault, self.total, self.progress, self.cancel = vault, total, progress, cancel
        self.done = 0

    def batches(self, count: int, label: str, write: Callable[[range], None]) -> None:
        """Call ``write`` on ranges of at most BATCH indexes, each in its own transaction."""
        for start in range(0, count, BATCH):
            part = range(start, min(count, start + BATCH))
            self.cancel.check()  # asked before the batch: nothing to undo
            with self.vault.transaction():
                write(part)
                self.cancel.check()
            self.done += len(part)
            self.progress(self.done, self.total, label)


def generate(vault: Vault, *, people: int = 1000, organisations: int | None = None, seed: int = 1,
             memberships: int | None = None, contributions: int | None = None, documents: int | None = None,
             relationships: int | None = None, progress: Progress | None = None,
             cancel: CancelToken | None = None) -> dict[str, int]:
    """Fill ``vault`` with a demo federation; returns the number of records created per entity."""
    sizes = default_sizes(people)
    given = {"organisations": organisations, "relationships": relationships, "memberships": memberships,
             "contributions": contributions, "documents": documents}
    sizes.update({k: max(0, n) for k, n in given.items() if n is not None})
    if not people:
        sizes.update(relationships=0, memberships=0, contributions=0, documents=0)
    if people < 2 and not sizes["organisations"]:
        sizes["relationships"] = 0
    rng = random.Random(seed)
    run = _Run(vault, people + sum(sizes.values()), progress or no_progress, cancel or NEVER)
    org_ids: list[str] = []
    person_ids: list[str] = []
    names: list[str] = []
    currencies: list[str] = []
    seen: dict[str, int] = {}

    def write_orgs(part: range) -> None:
        orgs = [demo_records.organisation(rng, n, seen) for n in part]
        tag_lists = [[t for t, share in ORG_TAGS if rng.random() < share] for _ in part]
        ids = Organisations(vault).insert_many(orgs, tags=tag_lists)
        org_ids.extend(ids)

    def write_people(part: range) -> None:
        batch, tag_lists = [], []
        for n in part:
            p = demo_data.person(rng, n)
            batch.append(p)
            tag_lists.append(demo_data.person_tags(rng))
            names.append(p.display_name)
            currencies.append(demo_records.currency_of(p.addresses[0].country if p.addresses else ""))
        ids = People(vault).insert_many(batch, tags=tag_lists)  # indexed with their tags
        person_ids.extend(ids)

    def write_relationships(part: range) -> None:
        rels: list[Relationship] = [demo_records.to_relationship(
            demo_records.relationship(rng, people, len(org_ids)), person_ids, org_ids) for _ in part]
        Relationships(vault).insert_many(rels)

    member_of = rng.sample(range(people), min(people, sizes["memberships"]))

    def write_types() -> None:
        kinds = MembershipTypes(vault)
        known = {t.code for t in kinds.all()}
        for code, label, fee, months in demo_records.TYPE_LIST:
            if code not in known:
                kinds.add(MembershipType(label, Decimal(fee), "EUR", months, code))

    def write_memberships(part: range) -> None:
        ms: list[Membership] = [demo_records.membership(
            rng, person_ids[member_of[i] if i < len(member_of) else rng.randrange(people)]) for i in part]
        Memberships(vault).insert_many(ms)

    def write_contributions(part: range) -> None:
        cs: list[Contribution] = []
        for _ in part:
            who = rng.randrange(people)
            cs.append(demo_records.contribution(rng, person_ids[who], currencies[who]))
        Contributions(vault).insert_many(cs)

    def write_documents(part: range) -> None:
        repo = Documents(vault)
        for n in part:
            d = demo_documents.document(rng, n, people, names)
            repo.add(d.title, d.content, d.file_name, d.media_type, [("person", person_ids[i]) for i in d.people])

    with vault.bulk_cache(), vault.transaction():  # the whole demo or nothing: the batches join this transaction
        run.batches(sizes["organisations"], "organisations", write_orgs)
        run.batches(people, "people", write_people)
        run.batches(sizes["relationships"], "relationships", write_relationships)
        if sizes["memberships"]:
            write_types()
        run.batches(sizes["memberships"], "memberships", write_memberships)
        run.batches(sizes["contributions"], "contributions", write_contributions)
        run.batches(sizes["documents"], "documents", write_documents)
        # tagging and linking re-index most people after their first indexing: merge the index's segments once
        # (about a second at 100,000 people; a search then reads one segment instead of dozens)
        search.optimize(vault)
    return {"people": len(person_ids), "organisations": len(org_ids), **{k: sizes[k] for k in (
        "relationships", "memberships", "contributions", "documents")}}
