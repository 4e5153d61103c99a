"""This laptop as a device of its team, and the names devices go by (vault/team.py): each device has a name (the
computer's host name until someone names it), carried to the others in its index (sync/replicate.py); the Team page,
`commons team status` and the conflicts (who set each value) show devices by their names."""

from __future__ import annotations

from ..vault import replication
from ..vault import team as store
from ..vault.connection import Vault


def this_device(vault: Vault) -> str:
    return replication.device_id(vault)


def names(vault: Vault) -> dict[str, str]:
    """Every known device's name, this one's included (its host name until it was named)."""
    out = store.names(vault)
    me = vault.get_meta("device_id")
    if me and me not in out:
        out[me] = store.default_name()
    return out


def set_name(vault: Vault, name: str) -> str:
    """Name this device (the others see it after its next sync). Returns the name kept; TeamError 'bad-name' when
    nothing printable is left of it."""
    return store.set_name(vault, this_device(vault), name)
