"""Commits people one transaction each with the WAL never checkpointed, prints each name once committed,
then dies without closing (os._exit): the vault is left with its WAL, as after a crash."""

from __future__ import annotations

import os
import sys

from commons_desktop.core.model import Person
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People


def main(path: str, key: str, count: int) -> None:
    vault = Vault.open(path, key=key, device="wal-writer")
    vault.conn.execute("PRAGMA wal_autocheckpoint = 0")
    for n in range(count):
        People(vault).add(Person(given=f"Committed{n}", family="Wal", notes="w" * 500))
        print(f"Committed{n}", flush=True)
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
