"""What an update changes, field by field and element by element, and the clocks it replaces (docs/changes.md).

A record's ``clocks`` column keeps, for each field, the HLC of the change that last set it, and for each element of a
multi-valued field, under ``"<field>[]"``, the HLC that last added or set that element (keyed by what identifies
the element: the codec kind's ``key``). A field or element without a clock was set when the record was created (every
later add or set of an element records its own clock).
"""

from __future__ import annotations

from typing import Any

from ..core.changes import Change, Element, ElementChange, FieldSet
from .codec import Codec
from .field_kinds import Kind
from .json_text import dumps


def element_clocks(clocks: dict[str, Any], field: str) -> dict[str, str]:
    return clocks.get(field + "[]") or {}


def keyed(kind: Kind, value: Any) -> dict[str, Any]:
    """A multi-valued plain value by element key (in order; the n-th repeat of a key is 'key#n')."""
    if isinstance(value, dict):
        return dict(value)
    out: dict[str, Any] = {}
    for element in value or ():
        key = kind.key(element)
        if key in out:
            n = 2
            while f"{key}#{n}" in out:
                n += 1
            key = f"{key}#{n}"
        out[key] = element
    return out


def element_changes(kind: Kind, old: Any, new: Any, clocks: dict[str, str], default: str | None
                    ) -> tuple[ElementChange, ...]:
    """The elements a new value adds, removes or sets against the old one. An element removed and another added at
    the same place in the list is an element edited in place: the add names the one it replaces."""
    before, after = keyed(kind, old), keyed(kind, new)
    removed = [k for k in before if k not in after]
    added = [k for k in after if k not in before]
    replaces: dict[str, str] = {}
    if removed and added and not isinstance(new, dict):
        where = {k: n for n, k in enumerate(before)}
        gone = {where[k]: k for k in removed}
        for n, k in enumerate(after):
            if k in added and n in gone:
                replaces[k] = gone[n]
    out = [ElementChange(Element.REMOVE, k, clocks.get(k, default)) for k in removed]
    out += [ElementChange(Element.SET, k, clocks.get(k, default)) for k in after
            if k in before and dumps(before[k]) != dumps(after[k])]
    out += [ElementChange(Element.ADD, k, None, replaces.get(k)) for k in added]
    return tuple(out)


def field_sets(codec: Codec, current: dict[str, Any], new: dict[str, Any], clocks: dict[str, Any],
               created: str | None) -> dict[str, FieldSet]:
    """The fields of ``new`` (plain values) that differ from ``current``, each with the clock it replaces and, for a
    multi-valued field, its element changes."""
    out: dict[str, FieldSet] = {}
    for name, value in new.items():
        if dumps(value) == dumps(current.get(name)):
            continue
        replaced = clocks.get(name, created)
        kind = codec.by_name[name].kind
        elements = element_changes(kind, current.get(name), value, element_clocks(clocks, name), created) \
            if kind.multi else ()
        out[name] = FieldSet(value, replaced, elements)
    return out


def clocks_after(clocks: dict[str, Any], change: Change) -> dict[str, Any]:
    """The record's clocks once this update is applied: each field it set, and each element it added or set, at the
    change's clock; the elements it removed have none, and under ``"<field>[-]"`` the clock each removal replaced
    (merging, vault/replication.py: a change that clock covers does not bring the element back)."""
    out = dict(clocks)
    for name, items in (change.elements or {}).items():
        mine = dict(element_clocks(out, name))
        removed = dict(out.get(name + "[-]") or {})
        for e in items:
            if e.op is Element.REMOVE:
                mine.pop(e.key, None)
                removed[e.key] = max(removed.get(e.key, ""), e.replaced or "")
            else:
                mine[e.key] = change.hlc
        if mine:
            out[name + "[]"] = mine
        else:
            out.pop(name + "[]", None)
        if removed:  # what each removal had seen of its element: an add or set it had seen does not bring it back
            out[name + "[-]"] = removed
    for name in change.fields or {}:
        out[name] = change.hlc
    return out
