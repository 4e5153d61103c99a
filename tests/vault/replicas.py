"""Several real vaults for replication tests: copies of the session's template vault (one KDF), each opened with its
own clock (skew, same-millisecond edits) and its own device id (vault/replication.py)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable
from pathlib import Path

from commons_desktop.core.changes import Change
from commons_desktop.vault import replication
from commons_desktop.vault.connection import Vault


class Clock:
    """A settable clock (seconds since the epoch)."""

    def __init__(self, at: float = 1_780_000_000.0):
        self.at = at

    def __call__(self) -> float:
        return self.at

    def tick(self, seconds: float = 0.001) -> None:
        self.at += seconds


def open_replicas(template: tuple[Path, str], folder: Path, names: Iterable[str],
                  clocks: dict[str, Clock] | None = None) -> dict[str, Vault]:
    src, key = template
    out = {}
    for name in names:
        path = folder / f"{name}.commons"
        shutil.copyfile(src, path)
        clock = (clocks or {}).get(name)
        v = Vault.open(path, key=key, device="same-computer", author=name,
                       **({"clock": clock} if clock is not None else {}))
        replication.device_id(v)
        out[name] = v
    return out


def on_the_wire(changes: Iterable[Change]) -> list[Change]:
    """Changes as another laptop reads them: wired, through JSON text, unwired."""
    text = json.dumps([replication.wire(c) for c in changes])
    return [replication.unwire(x) for x in json.loads(text)]


def send(src: Vault, dst: Vault, *, twice: bool = False, **options) -> replication.Applied:
    """``src``'s own changes applied to ``dst`` through the wire (JSON text)."""
    changes = on_the_wire(replication.local_changes(src, after_hlc=None))
    applied = replication.apply_remote(dst, changes, **options)
    if twice:
        replication.apply_remote(dst, changes, **options)
    return applied


def exchange(vaults: Iterable[Vault]) -> None:
    """Every vault gets every other's changes."""
    vaults = list(vaults)
    for dst in vaults:
        for src in vaults:
            if src is not dst:
                send(src, dst)
