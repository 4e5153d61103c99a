"""How an incoming record changes a matching one, per import mode.

- ``update``: a non-empty incoming value replaces the stored one (an empty cell never erases); emails,
  phones, addresses, languages and consents are added when new; custom fields are set.
- ``fill``: only empty stored fields are filled; lists only when the stored list is empty.
- ``replace`` (a bundle updating a record its sender sent before): the incoming record is the truth.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace as dc_replace
from typing import Any

from ..core.model import Contribution, Membership, Organisation, Person
from ..core.text import fold, phone_digits

Record = Person | Organisation

_LIST_KEYS: dict[str, Callable[[Any], Any]] = {
    "emails": lambda e: e.address.casefold(),
    "phones": lambda p: phone_digits(p.number),
    "addresses": lambda a: (fold(a.street), a.postcode.replace(" ", ""), fold(a.city)),
    "languages": lambda x: x.lower(),
    "consents": lambda c: (fold(c.what), c.given_on),
}


def merge(existing: Record, incoming: Record, mode: str, *, replace: bool = False) -> tuple[Record, list[str]]:
    """(the merged record, the names of the fields that changed)."""
    changes: dict[str, Any] = {}
    for name in type(existing).FIELDS:
        old, new = getattr(existing, name), getattr(incoming, name)
        value = new if replace else _merge_value(name, old, new, mode)
        if value != old:
            changes[name] = value
    return (dc_replace(existing, **changes) if changes else existing), list(changes)


def _merge_value(name: str, old: Any, new: Any, mode: str) -> Any:
    if name in _LIST_KEYS:
        if not new or (mode == "fill" and old):
            return old
        key = _LIST_KEYS[name]
        seen = {key(x) for x in old}
        return list(old) + [x for x in new if key(x) not in seen and not seen.add(key(x))]
    if name == "custom":
        if mode == "fill":
            return {**old, **{k: v for k, v in new.items() if v and not old.get(k)}}
        return {**old, **{k: v for k, v in new.items() if v}}
    if new in (None, "") or (mode == "fill" and old not in (None, "")):
        return old
    return new


def membership_key(m: Membership) -> tuple:
    return (fold(m.type), m.status, m.start, m.end)


def contribution_key(c: Contribution) -> tuple:
    return (c.amount, c.currency, c.date, c.kind)


def new_items(existing: list, incoming: list, key: Callable[[Any], Any]) -> list:
    """The incoming items not already present (by key), without in-batch repeats."""
    seen = {key(x) for x in existing}
    out = []
    for x in incoming:
        k = key(x)
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out
