"""A change: one entry of the change log (docs/changes.md), the unit of history, undo and replication.

Every change is identified by the device that made it and its hybrid-logical-clock stamp, ``(device, hlc)``,
unique in a vault's log: a change received twice is the same change. Local changes are stamped by the writer
(vault/changelog.py); changes received from another laptop keep theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Op(StrEnum):
    CREATE = "create"    # fields: every field's plain value
    UPDATE = "update"    # fields: each field set, its new plain value; replaced and elements (below)
    DELETE = "delete"    # a tombstone (fields: None)
    RESTORE = "restore"  # the tombstone lifted (fields: None)
    TAG = "tag"          # fields: {"tag": name}
    UNTAG = "untag"      # fields: {"tag": name}
    VERSION = "version"  # a document's new version: fields: its plain value (number, file name, ... sha256)
    LINK = "link"        # a document linked to a record: fields: {"entity": kind, "id": record id}
    UNLINK = "unlink"    # the link removed: fields as for LINK
    MERGE = "merge"      # a duplicate merged: on the kept record {"merged": id}, on the merged one {"into": id}
    ERASE = "erase"      # erasure: the record's data is gone, payloads included (fields: None)


class Element(StrEnum):
    ADD = "add"
    REMOVE = "remove"
    SET = "set"  # the element kept its identity, another of its values changed (an email's kind, a consent's dates)


@dataclass(frozen=True)
class ElementChange:
    """One element of a multi-valued field added, removed or set. ``key``: what identifies it (codec kinds' ``key``);
    ``replaced``: the clock of the element it removed or set (None for an add); ``replaces``: for an add, the key of
    the element it took the place of (an element edited in place: the merge sees one element edited, not two)."""
    op: Element
    key: str
    replaced: str | None = None
    replaces: str | None = None


@dataclass(frozen=True)
class FieldSet:
    """One field set by an update: its new plain value (whole, for a multi-valued field too), the clock of the value
    it replaced, and for a multi-valued field what happened to which element."""
    value: Any
    replaced: str | None
    elements: tuple[ElementChange, ...] = ()


@dataclass
class Change:
    """A change to one record. ``hlc``/``device``/``author`` empty: a local change, stamped when written. ``seq``:
    its position in this vault's log, when read back (0 before it is written)."""
    op: Op
    entity: str
    entity_id: str
    fields: dict[str, Any] | None = None
    replaced: dict[str, str | None] | None = None           # UPDATE: field -> clock of the value it replaced
    elements: dict[str, tuple[ElementChange, ...]] | None = None  # UPDATE: multi-valued field -> its elements' changes
    hlc: str = ""
    device: str = ""
    author: str = ""
    seq: int = 0

    @classmethod
    def update(cls, entity: str, entity_id: str, sets: dict[str, FieldSet], **stamp: Any) -> Change:
        elements = {f: s.elements for f, s in sets.items() if s.elements}
        return cls(Op.UPDATE, entity, entity_id, {f: s.value for f, s in sets.items()},
                   {f: s.replaced for f, s in sets.items()}, elements or None, **stamp)

    def sets(self) -> dict[str, FieldSet]:
        """An update's fields as FieldSets."""
        replaced, elements = self.replaced or {}, self.elements or {}
        return {f: FieldSet(x, replaced.get(f), elements.get(f, ())) for f, x in (self.fields or {}).items()}

    @property
    def key(self) -> tuple[str, str]:
        """What identifies the change in every vault: (device, hlc)."""
        return self.device, self.hlc
