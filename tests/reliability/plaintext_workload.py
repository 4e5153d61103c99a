"""Workload for the no-plaintext test: writes records and documents holding a canary string through
the services and vault layers (the CLI part is driven by the test itself), then closes everything."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from commons_desktop.core.model import Address, Contribution, Email, Membership, Organisation, Person, Phone
from commons_desktop.services.session import AppDirs, Session
from commons_desktop.vault import search, tags
from commons_desktop.vault.backup import backup_to
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.integrity import change_passphrase
from commons_desktop.vault.keyring_store import KeyStore
from commons_desktop.vault.memberships import Contributions, Memberships
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People


def main(vault_path: str, canary: str, backups: str) -> None:
    session = Session(AppDirs.default(), KeyStore())
    vault = session.create(vault_path, "plaintext test passphrase", name=f"Club {canary}")
    people = People(vault)
    p = people.add(Person(given=canary, family=f"{canary}family", emails=[Email(f"{canary}@exemple.org")],
                          phones=[Phone("+32 470 99 88 77")], addresses=[Address(street=f"rue {canary}",
                                                                                  city=f"{canary}ville")],
                          notes=f"notes {canary} " * 50, custom={"badge": canary}))
    people.add_many([Person(given=f"{canary}{i}", notes=canary) for i in range(2000)])
    o = Organisations(vault).add(Organisation(name=f"{canary} org", notes=canary))
    tags.add_tag(vault, f"{canary}tag", [p.id, o.id])
    Memberships(vault).add(Membership(p.id, notes=canary, start=date(2026, 1, 1)))
    Contributions(vault).add(Contribution(p.id, Decimal("12"), date=date(2026, 1, 1), notes=canary))
    docs = Documents(vault)
    d = docs.add(f"{canary} minutes", (f"document body {canary}\n" * 5000).encode(), "minutes.txt", "text/plain",
                 [("person", p.id)])
    docs.add_version(d.id, f"second version {canary}".encode(), "minutes.txt", "text/plain")
    assert search.search(vault, canary)
    assert docs.content(d.id, 1).startswith(b"document body")
    p.notes = f"edited {canary}"
    people.update(p.id, p)
    people.delete(p.id)
    backup_to(vault, backups, keep=2)
    change_passphrase(vault, "another plaintext test passphrase")
    vault.close()
    print("done")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
    Path(sys.argv[1]).exists()
