"""A demo federation in a copy of the session's vault template, for the equivalence tests' module fixtures."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager

from commons_desktop.services import demo
from commons_desktop.vault.connection import Vault


@contextmanager
def demo_vault(tmp_path_factory, vault_template, name: str, *, people: int, seed: int) -> Iterator[Vault]:
    """An open vault holding ``demo.generate(people=..., seed=...)``; closed on the way out."""
    src, key = vault_template
    path = tmp_path_factory.mktemp(name) / "federation.commons"
    shutil.copyfile(src, path)
    vault = Vault.open(path, key=key)
    try:
        demo.generate(vault, people=people, seed=seed)
        yield vault
    finally:
        vault.close()
