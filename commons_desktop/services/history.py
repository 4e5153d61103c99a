"""The change log as people read it: a record's history, or the whole vault's, newest first."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ..core.changes import Op
from ..core.errors import InvalidField, NotFound, Reason
from ..core.model import ChangeEntry
from ..vault import changelog
from ..vault.connection import Vault


def entries(vault: Vault, ident: str | None = None, *, limit: int = 50) -> list[ChangeEntry]:
    """Newest first. A record id nothing was ever logged for is reported as not found."""
    if limit < 1:
        raise InvalidField("limit", Reason.AT_LEAST, str(limit), minimum=1)
    found = changelog.history(vault, ident or None, limit=limit)
    if ident and not found:
        raise NotFound("record", ident)
    return found


def hlc_time(hlc: str) -> str:
    """The wall-clock part of an HLC stamp, as an ISO time in UTC (seconds)."""
    wall, _, _ = hlc.partition(".")
    try:
        moment = datetime.fromtimestamp(int(wall) / 1000, tz=UTC)
    except (ValueError, OverflowError, OSError):
        return hlc
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def summary(fields: dict[str, Any] | None, op: str) -> str:
    """What a change did, in a few words: the field names for an update, the tag for a tag..."""
    if fields is None:
        return "(details erased)" if op in (Op.CREATE, Op.UPDATE, Op.TAG, Op.UNTAG, Op.LINK, Op.VERSION) else ""
    if op in (Op.TAG, Op.UNTAG):
        return str(fields.get("tag", ""))
    if op == Op.LINK:
        return f"{fields.get('entity', '')} {fields.get('id', '')}".strip()
    if op == Op.VERSION:
        return f"v{fields.get('number', '?')} {fields.get('file_name', '')}".strip()
    return ", ".join(sorted(fields))


def describe(entry: ChangeEntry) -> str:
    """One line: when, what kind of change, to which record, and which fields."""
    parts = [hlc_time(entry.hlc), entry.op, entry.entity, entry.entity_id]
    detail = summary(entry.fields, entry.op)
    if detail:
        parts.append(detail)
    if entry.author:
        parts.append(f"by {entry.author}")
    return "  ".join(parts)
