"""What merging queued for a person (vault/conflicts.py): list it, and resolve a conflict by keeping this laptop's
value, the other laptop's, or both (list elements only). A resolution is itself a local change of the record, which
replicates: the other laptops take it, and close their own copy of the conflict when it had seen both values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..core.errors import CommonsError, UsageError
from ..vault import conflicts
from ..vault import servers as server_store
from ..vault import team as team_store
from ..vault.codecs import BY_ENTITY
from ..vault.connection import Vault
from ..vault.field_changes import keyed
from ..vault.field_kinds import Pairs
from ..vault.replication import record_tables

KEEP = ("local", "remote", "both")


class AlreadyResolved(CommonsError):
    def __init__(self, ident: int, resolution: str | None):
        super().__init__(f"conflict {ident} is already resolved ({resolution})")
        self.ident = ident
        self.resolution = resolution


class BothNotPossible(UsageError):
    """'both' keeps two values side by side: only an element of a list can."""

    def __init__(self, ident: int):
        super().__init__(f"conflict {ident} is about one value: keep local or remote")
        self.ident = ident


def listed(vault: Vault, *, include_resolved: bool = False) -> list[conflicts.Queued]:
    return conflicts.listed(vault, include_resolved=include_resolved)


@dataclass(frozen=True)
class Who:
    """Who set one side of a conflict: the device (its id, its name: "" when it was never named), the person working
    there (the author, "" when none was given) and when (an HLC stamp; None: when the record was made)."""
    device: str
    name: str
    author: str
    at: str | None
    here: bool   # this laptop
    server: bool = False   # a contacts server (its name is the server's): what a phone or the server's web page changed


def who(vault: Vault, q: conflicts.Queued) -> tuple[Who | None, Who]:
    """Who set this laptop's value (None when unknown: the record's creation) and who set the one received."""
    from .sync_contacts import device_of
    local, remote = conflicts.origins(vault, q)
    names = team_store.names(vault)
    me = vault.get_meta("device_id") or vault.device
    servers = {device_of(s.target_id): s.name for s in server_store.all_servers(vault) if s.kind == "carddav"}

    def of(device: str, author: str, at: str | None) -> Who:
        if device in servers:
            return Who(device, servers[device], author, at, False, server=True)
        return Who(device, names.get(device, ""), author, at, device == me)

    return (of(*local, q.local_hlc) if local else None), of(*remote, q.remote_hlc)


def keeps(q: conflicts.Queued) -> tuple[str, ...]:
    """What ``resolve`` accepts for this conflict: ``both`` only for an element of a list (not of a dict of named
    values, which holds one value per name); nothing to choose for a notice (any ``keep`` acknowledges it)."""
    if q.kind != conflicts.CONFLICT:
        return ()
    if q.element is None or isinstance(BY_ENTITY[q.entity].by_name[q.field or ""].kind, Pairs):
        return ("local", "remote")
    return KEEP


def resolve(vault: Vault, ident: int, keep: str) -> conflicts.Queued:
    """Keep ``local`` (the value this laptop held), ``remote`` (the one received) or ``both`` (a list element: both
    values kept in the list). A notice is acknowledged whatever ``keep`` says."""
    if keep not in KEEP:
        raise UsageError(f"keep one of: {', '.join(KEEP)}")
    with vault.transaction():
        q = conflicts.get(vault, ident)
        if q.resolved is not None:
            raise AlreadyResolved(ident, q.resolution)
        if q.kind == conflicts.CONFLICT:
            _write(vault, q, keep)
        conflicts.resolve(vault, ident, keep if q.kind == conflicts.CONFLICT else "seen", vault.hlc.now())
    return conflicts.get(vault, ident)


def _write(vault: Vault, q: conflicts.Queued, keep: str) -> None:
    table = record_tables(vault)[q.entity]
    codec = BY_ENTITY[q.entity]
    field = q.field or ""
    kind = codec.by_name[field].kind
    if keep not in keeps(q):
        raise BothNotPossible(q.id)
    if q.element is None:
        table.update_fields(q.entity_id, {field: q.local if keep == "local" else q.remote})
        return
    current = codec.plain(table.load(q.entity_id))[field]
    elements = keyed(kind, current)
    if keep == "both":
        chosen = [q.local, q.remote]
    else:
        chosen = [q.local if keep == "local" else q.remote]
    value: Any
    if isinstance(kind, Pairs):
        value = {k: x for k, x in elements.items() if k != q.element}
        value[q.element] = chosen[0]
    else:
        value, placed = [], False
        for key, element in elements.items():
            if key == q.element:
                value += chosen
                placed = True
            else:
                value.append(element)
        if not placed:
            value += chosen
    table.update_fields(q.entity_id, {field: value})
