"""A seeded random workload on several real vaults that edit offline and exchange their changes in random orders
(vault/replication.py), and what must hold at the end: every vault's canonical dump the same, every concurrent
different edit of one field queued as a conflict somewhere, and no edit lost (each field shows the value of the
latest change that set it, unless the record was erased)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from commons_desktop.core.changes import Op
from commons_desktop.core.errors import MemberNumberTaken, NotFound
from commons_desktop.core.model import Contribution, Email, Membership, Person
from commons_desktop.services.merge import merge
from commons_desktop.vault import changelog, conflicts, replication, tags
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.erase import erase_person
from commons_desktop.vault.memberships import Contributions, Memberships, MembershipTypes
from commons_desktop.vault.people import People
from tests.vault.replicas import Clock, on_the_wire, open_replicas

NAMES = ["Ada", "Grace", "Émilie", "Zoé", "Jean", "Li"]
NOTES = ["", "called", "to call", "bureau"]
MAILS = ["a@x.org", "b@x.org", "c@x.org", "d@x.org"]
KINDS = ["home", "work", "other"]
TAGS = ["bureau", "CA", "Bénévoles"]


class Workload:
    def __init__(self, seed: int, template: tuple[Path, str], folder: Path, count: int = 3, steps: int = 60,
                 skew: float = 3600.0):
        self.rng = random.Random(seed)
        names = [f"v{n}" for n in range(count)]
        self.clocks = {n: Clock(1_780_000_000.0 + self.rng.uniform(-skew, skew)) for n in names}
        self.vaults = open_replicas(template, folder, names, self.clocks)
        self.steps = steps

    def close(self) -> None:
        for v in self.vaults.values():
            v.close()

    # -- edits --------------------------------------------------------------------------------------------------------
    def _live(self, v: Vault) -> list[str]:
        return People(v).ids()

    def _person(self) -> Person:
        r = self.rng
        return Person(given=r.choice(NAMES), family=r.choice(NAMES), notes=r.choice(NOTES),
                      member_number=r.choice(["", "", "4", "5"]),
                      emails=[Email(m, r.choice(KINDS)) for m in r.sample(MAILS, r.randint(0, 2))])

    def edit(self, v: Vault) -> None:
        r = self.rng
        live = self._live(v)
        people = People(v)
        choice = r.random()
        if not live or choice < 0.12:
            try:
                people.add(self._person())
            except MemberNumberTaken:
                pass
            return
        ident = r.choice(live)
        if choice < 0.40:
            field = r.choice(["given", "family", "notes"])
            people.update_fields(ident, {field: r.choice(NAMES if field != "notes" else NOTES)})
        elif choice < 0.43:
            people.update_fields(ident, {"birth_date": r.choice([None, "1980-05-17", "1990-01-02"])})
        elif choice < 0.45:
            try:
                people.update_fields(ident, {"member_number": r.choice(["1", "2", "3", ""])})
            except MemberNumberTaken:
                pass  # (taken here: the editor refuses it)
        elif choice < 0.62:
            emails = [{"address": e.address, "kind": e.kind} for e in people.get(ident).emails]
            move = r.random()
            if move < 0.4 or not emails:
                have = {e["address"] for e in emails}
                free = [m for m in MAILS if m not in have]
                if free:
                    emails.append({"address": r.choice(free), "kind": r.choice(KINDS)})
            elif move < 0.7:
                emails.pop(r.randrange(len(emails)))
            else:
                r.choice(emails)["kind"] = r.choice(KINDS)
            people.update_fields(ident, {"emails": emails})
        elif choice < 0.67:
            custom = dict(people.get(ident).custom)
            custom[r.choice(["size", "diet"])] = r.choice(["S", "M", "veg", ""])
            people.update_fields(ident, {"custom": {k: x for k, x in custom.items() if x}})
        elif choice < 0.75:
            name = r.choice(TAGS)
            if name in people.get(ident).tags:
                tags.remove_tag(v, name, [ident])
            else:
                tags.add_tag(v, name, [ident])
        elif choice < 0.80:
            people.delete(ident)
        elif choice < 0.83:
            dead = [i for (i,) in v.conn.execute("SELECT id FROM person WHERE deleted IS NOT NULL")]
            if dead:
                try:
                    people.restore(r.choice(dead))
                except MemberNumberTaken:
                    pass
        elif choice < 0.85:
            erase_person(v, ident)
        elif choice < 0.87 and len(live) > 1:
            other = r.choice([i for i in live if i != ident])
            merge(v, ident, other)
        elif choice < 0.92:
            docs = Documents(v)
            existing = docs.list(limit=100)
            if existing and r.random() < 0.6:
                docs.add_version(r.choice(existing).id, f"v {r.random()}".encode(), "doc.txt", "text/plain")
            else:
                docs.add("Doc", f"first {r.random()}".encode(), "doc.txt", "text/plain", links=[("person", ident)])
        elif choice < 0.96:
            held = Memberships(v).of_person(ident)
            roll = r.random()
            if held and roll < 0.45:
                Memberships(v).update_fields(held[0].id, {"status": r.choice(["active", "lapsed", "resigned"])})
            elif roll < 0.6:  # the vault's list of types (each laptop makes 'member' itself when it first needs it)
                kinds = MembershipTypes(v)
                listed = kinds.all()
                if listed:
                    kinds.update_fields(r.choice(listed).code, r.choice(
                        [{"fee": r.choice([None, "20.00", "25.00"])}, {"label": r.choice(["Membre", "Member"])}]))
            else:
                Memberships(v).add(Membership(ident, r.choice(["member", "member", "soutien"]),
                                              start=date(2026, 1, 1)))
        else:
            Contributions(v).add(Contribution(ident, Decimal(r.choice(["10.00", "25.50"])), date=date(2026, 2, 1)))

    # -- exchanges ----------------------------------------------------------------------------------------------------
    def send(self, src: Vault, dst: Vault, *, prefix: bool = True, twice: bool = False) -> None:
        changes = replication.local_changes(src, after_hlc=None)
        if prefix and changes:  # a folder holding only part of src's segments so far
            changes = changes[:self.rng.randint(1, len(changes))]
        batch = on_the_wire(changes)
        replication.apply_remote(dst, batch, allow_mass_delete=True)
        if twice:
            replication.apply_remote(dst, batch, allow_mass_delete=True)

    def run(self, check: Callable[[], None] | None = None) -> None:
        r = self.rng
        vaults = list(self.vaults.values())
        clocks = list(self.clocks.values())
        for _ in range(self.steps):
            for c in clocks:
                c.tick(r.choice([0.0, 0.0005, 0.002, 0.5]))  # same millisecond often
            if r.random() < 0.3:
                src, dst = r.sample(vaults, 2)
                self.send(src, dst, twice=r.random() < 0.2)
            else:
                self.edit(r.choice(vaults))
        for _ in range(2):  # everyone gets everything
            for dst in vaults:
                for src in vaults:
                    if src is not dst:
                        self.send(src, dst, prefix=False)

    # -- what must hold -----------------------------------------------------------------------------------------------
    def converged(self) -> dict:
        dumps = [replication.canonical(v) for v in self.vaults.values()]
        for d in dumps[1:]:
            assert d == dumps[0]
        return dumps[0]

    def every_change(self) -> list:
        seen: dict[tuple[str, str], object] = {}
        for v in self.vaults.values():
            for c in replication.local_changes(v, after_hlc=None):
                seen[c.key] = c
        return sorted(seen.values(), key=lambda c: (c.hlc, c.device))

    def no_edit_lost(self, dump: dict) -> None:
        """Each scalar field of a person, and of a membership type (whose code several laptops make), shows the value
        of the latest change (by clock) that set it."""
        latest: dict[tuple[str, str, str], tuple[tuple[str, str], object]] = {}
        scalars = {"person": ("given", "family", "notes", "birth_date"), "membership_type": ("label", "fee")}
        for c in self.every_change():
            if c.entity not in scalars or c.fields is None or c.op not in (Op.CREATE, Op.UPDATE):
                continue
            for name in scalars[c.entity]:
                if name in c.fields:
                    stamp = (c.hlc, c.device)
                    key = (c.entity, c.entity_id, name)
                    if key not in latest or latest[key][0] < stamp:
                        latest[key] = (stamp, c.fields[name])
        for (entity, ident, name), (_, value) in latest.items():
            if ident in dump["erased"]:
                assert ident not in dump[entity]
                continue
            assert dump[entity][ident]["fields"][name] == value, (entity, ident, name)

    def concurrent_edits_queued(self, dump: dict) -> None:
        """Two updates of one field that replaced the same clock with different values: a conflict for it
        somewhere (unless the record was erased)."""
        groups: dict[tuple[str, str, str], dict[str, object]] = {}
        for c in self.every_change():
            if c.entity != "person" or c.op is not Op.UPDATE or c.fields is None:
                continue
            for name in ("given", "family", "notes", "birth_date"):
                if name in c.fields:
                    groups.setdefault((c.entity_id, name, c.replaced[name]), {})[c.device] = c.fields[name]
        queued = {(q.entity_id, q.field) for v in self.vaults.values()
                  for q in conflicts.listed(v, include_resolved=True) if q.kind == "conflict"}
        for (ident, name, _), by_device in groups.items():
            values = {repr(x) for x in by_device.values()}
            if len(by_device) > 1 and len(values) > 1 and ident not in dump["erased"]:
                assert (ident, name) in queued, (ident, name)

    def counts_kept(self) -> None:
        """The kept counts (vault/counts.py) say what each vault holds after every received change."""
        from commons_desktop.vault import counts
        for v in self.vaults.values():
            assert counts.kept(v) == counts.recount(v)

    def nothing_erased_remains(self, dump: dict) -> None:
        for v in self.vaults.values():
            for ident in dump["erased"]:
                try:
                    People(v).get(ident, include_deleted=True)
                except NotFound:
                    pass
                else:
                    raise AssertionError(f"erased {ident} still here")
                assert all(c.fields is None for c in changelog.history(v, ident, limit=10_000))
