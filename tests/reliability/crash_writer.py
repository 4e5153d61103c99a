"""A writer process for the crash-safety test: commits transactions in a loop and prints the number
of each one AFTER its COMMIT returned (an acknowledged commit). The parent SIGKILLs it at random."""

from __future__ import annotations

import random
import sys
from datetime import date
from decimal import Decimal

from commons_desktop.core.model import Contribution, Email, Person
from commons_desktop.vault import tags
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.memberships import Contributions
from commons_desktop.vault.people import People


def main(path: str, key: str, start: int, seed: int) -> None:
    rng = random.Random(seed)
    vault = Vault.open(path, key=key, device="crash-writer")
    people, docs = People(vault), Documents(vault)
    n = start
    print("ready", flush=True)
    while True:
        kind = rng.random()
        with vault.transaction():
            if kind < 0.5:
                p = people.add(Person(given=f"acked{n}", family="Writer", emails=[Email(f"w{n}@exemple.org")],
                                      notes="x" * rng.randint(0, 3000)))
                Contributions(vault).add(Contribution(p.id, Decimal("5"), date=date(2026, 1, 1)))
            elif kind < 0.8:
                people.add_many([Person(given=f"acked{n}", family=f"Bulk{i}") for i in range(rng.randint(2, 300))])
            else:
                d = docs.add(f"acked{n}", rng.randbytes(rng.randint(10, 200_000)), "blob.bin",
                             "application/octet-stream")
                tags.add_tag(vault, f"t{n % 7}", [d.id])
        print(n, flush=True)
        n += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
