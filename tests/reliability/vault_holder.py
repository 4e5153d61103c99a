"""Another program holding a vault open (for the lock tests): opens it with a key, prints "ready", then obeys
one line at a time on stdin: "add NAME" saves a person and answers "saved NAME" only once the save returned
(an acknowledged save) or "refused KIND" when it raised; "close" closes the vault and exits."""

from __future__ import annotations

import inspect
import sys

from commons_desktop.core.model import Person
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People


def main(path: str, key: str) -> None:
    named = "program" in inspect.signature(Vault.open).parameters  # (code from before the lock: to show the loss)
    vault = Vault.open(path, key=key, device="holder", **({"program": "vault-holder"} if named else {}))
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "add":
            try:
                People(vault).add(Person(given=arg, family="Holder"))
            except Exception as exc:  # noqa: BLE001 - told to the parent
                print(f"refused {type(exc).__name__}", flush=True)
            else:
                print(f"saved {arg}", flush=True)
        elif command == "close":
            vault.close()
            print("closed", flush=True)
            return


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
