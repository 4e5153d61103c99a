"""Records as lines of text for people (JSON output uses core.model.to_plain instead)."""

from __future__ import annotations

from typing import Any

from ..core.model import Contribution, Document, DocumentVersion, Membership, Organisation, Person, Relationship
from ..services.history import hlc_time


def _when(hlc: str) -> str:
    return hlc_time(hlc) if hlc else ""


def _contacts(record: Person | Organisation) -> list[tuple[str, Any]]:
    return [
        ("email", [f"{e.address} ({e.kind})" for e in record.emails]),
        ("phone", [f"{p.number} ({p.kind})" for p in record.phones]),
        ("address", [a.one_line() for a in record.addresses]),
    ]


def person_fields(p: Person) -> list[tuple[str, Any]]:
    return [
        ("id", p.id), ("name", p.display_name), ("given", p.given), ("family", p.family),
        ("member number", p.member_number), *_contacts(p),
        ("birth date", p.birth_date.isoformat() if p.birth_date else ""), ("languages", ", ".join(p.languages)),
        ("consents", [f"{c.what} ({c.given_on or '?'} to {c.until or 'open'})" for c in p.consents]),
        ("custom", [f"{k}: {v}" for k, v in sorted(p.custom.items())]), ("tags", ", ".join(p.tags)),
        ("notes", p.notes), ("created", _when(p.created)), ("updated", _when(p.updated)),
    ]


def organisation_fields(o: Organisation) -> list[tuple[str, Any]]:
    return [
        ("id", o.id), ("name", o.name), ("kind", o.kind), ("website", o.website), *_contacts(o),
        ("custom", [f"{k}: {v}" for k, v in sorted(o.custom.items())]), ("tags", ", ".join(o.tags)),
        ("notes", o.notes), ("created", _when(o.created)), ("updated", _when(o.updated)),
    ]


def _day(d) -> str:
    return d.isoformat() if d else ""


MEMBERSHIP_HEADERS = ("id", "type", "status", "start", "end")
CONTRIBUTION_HEADERS = ("id", "date", "amount", "kind", "method", "period", "person")
DOCUMENT_HEADERS = ("id", "title", "file", "type", "size", "version")
VERSION_HEADERS = ("version", "file", "type", "size", "sha256", "added")
RELATIONSHIP_HEADERS = ("id", "kind", "from", "to", "role")


def membership_row(m: Membership) -> list[str]:
    return [m.id, m.type, m.status, _day(m.start), _day(m.end)]


def contribution_row(c: Contribution) -> list[str]:
    period = f"{_day(c.period_start)}..{_day(c.period_end)}" if c.period_start or c.period_end else ""
    return [c.id, _day(c.date), f"{c.amount:.2f} {c.currency}", c.kind, c.method, period, c.person_id]


def document_row(d: Document) -> list[Any]:
    v = d.current
    return [d.id, d.title, v.file_name if v else "", v.media_type if v else "", v.size if v else "",
            v.number if v else ""]


def version_row(v: DocumentVersion) -> list[Any]:
    return [v.number, v.file_name, v.media_type, v.size, v.sha256[:16], _when(v.created)]


def relationship_row(r: Relationship) -> list[str]:
    return [r.id, r.kind, r.from_id, f"{r.to_entity} {r.to_id}", r.role]
