"""Real team vaults syncing through real folders (services/team.py, services/sync.py's team job), and a seeded
random workload of offline edits."""

from __future__ import annotations

import random
from pathlib import Path

from commons_desktop.core.model import Email, Person
from commons_desktop.services import sync, team
from commons_desktop.sync import segments as seg
from commons_desktop.vault import erase, replication, tags
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People
from tests.vault.replicas import open_replicas


def sync_vault(vault: Vault, *, allow_deletes: bool = False, names: list[str] | None = None) -> dict:
    """``commons sync`` of every team folder of this vault: {server name: outcome}."""
    return sync.run(vault, None, names, options=sync.Options(confirm_deletions=allow_deletes))  # type: ignore[arg-type]


def errors_of(outcomes: dict) -> dict:
    """{server name: error code} of the outcomes that failed."""
    return {name: o.error for name, o in outcomes.items() if o.error}


def close_all(vaults: dict[str, Vault]) -> None:
    for v in vaults.values():
        v.close()


def make_team(template, tmp: Path, names: list[str], folders: list[Path], clocks=None) -> dict[str, Vault]:
    """The first vault makes the team, adds the folders and syncs; each other joins by an invitation to its key."""
    tmp.mkdir(parents=True, exist_ok=True)
    for f in folders:
        f.mkdir(parents=True, exist_ok=True)
    vaults = open_replicas(template, tmp, names, clocks)
    first = vaults[names[0]]
    team.init(first)
    for f in folders:
        team.add_folder(first, f)
    assert all(o.error is None for o in sync_vault(first).values())
    for name in names[1:]:
        identity, recipient = seg.new_identity()
        report = team.join(vaults[name], team.invite(first, recipient=recipient), identity=identity)
        assert all(r["error"] is None for r in report["transports"].values()), report
    return vaults


class Workload:
    """Offline edits chosen by a seeded random generator: creates, edits of the same and of different fields,
    email adds and removes, tags, deletes and (rarely) erasures."""

    FIRST = ("Ada", "Louise", "Jean", "Marie", "Olympe", "Jules", "Rosa", "Émile")
    CITIES = ("Lyon", "Paris", "Nantes", "Lille", "Brest")

    def __init__(self, seed: int):
        self.rnd = random.Random(seed)
        self.n = 0

    def step(self, v: Vault, *, erasures: bool = True) -> None:
        people = People(v)
        ids = people.ids()
        r = self.rnd.random()
        if not ids or r < 0.25:
            self.n += 1
            people.add(Person(given=self.rnd.choice(self.FIRST), family=f"Canary{self.n}x{self.rnd.randrange(10**6)}",
                              emails=[Email(f"p{self.n}.{self.rnd.randrange(10**6)}@example.org")]))
            return
        ident = self.rnd.choice(ids)
        p = people.get(ident)
        if r < 0.45:
            people.update(ident, _with(p, notes=f"note {self.rnd.randrange(1000)}"))
        elif r < 0.6:
            people.update(ident, _with(p, given=self.rnd.choice(self.FIRST)))
        elif r < 0.7:
            people.update(ident, _with(p, emails=[*p.emails, Email(f"x{self.rnd.randrange(10**6)}@example.net")]))
        elif r < 0.75 and p.emails:
            people.update(ident, _with(p, emails=p.emails[1:]))
        elif r < 0.88:
            tags.add_tag(v, self.rnd.choice(("bureau", "bénévole", "CanaryTag")), [ident])
        elif r < 0.96 or not erasures:
            people.delete(ident)
        else:
            erase.erase_person(v, ident)


def _with(p: Person, **changes) -> Person:
    fields = {f: getattr(p, f) for f in Person.FIELDS}
    fields.update(changes)
    return Person(**fields)


def canonical(v: Vault) -> dict:
    return replication.canonical(v)
