"""The parts of a plan that refer to records by the file's keys: relationships, documents (vCard photos
included), CSV organisation columns, and a bundle's tombstones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.errors import ErrorText, InvalidField, InvalidInput, Reason
from ..core.ids import uuid7
from ..core.model import Organisation, Relationship
from ..core.text import sort_key
from ..vault import exchange_match
from ..vault.documents import size_limit
from .incoming import Batch
from .notes import Note, NoteCode

if TYPE_CHECKING:
    from .plan import Planner


def link_organisation(pl: Planner, person: str, name: str, line: int, kind: str = "member_of") -> None:
    """A CSV 'organisation' cell: the person becomes a member of that organisation (created if new)."""
    from .plan import Action, RowOutcome
    key = sort_key(name)
    target = pl.lookup("organisation", "name", key) or pl.planned("organisation", "name", key)
    if target is None:
        try:
            org = Organisation(name=name).validated()
        except InvalidInput as exc:
            pl.error(line, ErrorText(exc), name, "organisation")
            return
        target = uuid7()
        pl.add(Action("create", "organisation", target, org, line))
        pl.remember("organisation", org, target)
        pl.plan.rows.append(RowOutcome(line, "created", "organisation", org.name, "", target,
                                       reason="organisation-column"))
    _relationship(pl, Relationship(kind, person, target, "organisation"), line)


def _relationship(pl: Planner, rel: Relationship, line: int) -> None:
    links = pl.links
    if rel.from_id not in pl.links_loaded:
        pl.links_loaded.add(rel.from_id)
        if rel.from_id in pl.idx.people:
            links.update(exchange_match.existing_links(pl.vault, [rel.from_id]))
    k = (rel.from_id, rel.kind, rel.to_id)
    if k in links and not (rel.role or rel.start or rel.end):
        return  # it says no more than a link already there (a CSV organisation cell, a vCard ORG without details)
    if rel.from_id == rel.to_id:
        pl.error(line, ErrorText(InvalidField("relationship", Reason.RELATED_TO_SELF)), "", "relationship")
        return
    try:
        rel = rel.validated()
    except InvalidInput as exc:
        pl.error(line, ErrorText(exc), "", "relationship")
        return
    # the same link with the same role and dates is already there; another role or period is another link (a
    # treasurer from 2013 to 2015, then president) and is kept
    full = (*k, rel.role, rel.start.isoformat() if rel.start else None, rel.end.isoformat() if rel.end else None)
    if full in links:
        return
    links.add(k)
    links.add(full)
    rel.id = pl.new_id(rel.id)
    pl.plan.relationships.append(rel)


def _resolve(pl: Planner, key: str) -> tuple[str, str] | None:
    if key in pl.key_target:
        return pl.key_target[key]
    if key in pl.idx.people:
        return "person", key
    if key in pl.idx.organisations:
        return "organisation", key
    return None


def plan_links(pl: Planner, batch: Batch) -> None:
    for link in batch.links:
        r = link.relationship
        src, dst = _resolve(pl, r.from_id), _resolve(pl, r.to_id)
        if src is None or dst is None or src[0] != "person":
            pl.error(link.line, ErrorText(InvalidField("relationship", Reason.UNKNOWN_RECORD)))
            continue
        if pl.opt.mode == "create" and src[1] not in pl.by_target:
            continue  # create-only: people already in the vault are left as they are
        _relationship(pl, Relationship(r.kind, src[1], dst[1], dst[0], r.role, r.start, r.end, r.id), link.line)
    if batch.documents and pl.opt.keep_photos:
        _documents(pl, batch)
    elif batch.documents:
        pl.plan.notes.append(Note(NoteCode.DOCUMENTS_DROPPED, count=len(batch.documents)))
    for t in batch.tombstones:
        if t.id in pl.opt.from_origin:
            pl.plan.tombstones.append(t)
        else:
            pl.plan.notes.append(Note(NoteCode.TOMBSTONE_IGNORED, entity=t.entity, id=t.id))


def _documents(pl: Planner, batch: Batch) -> None:
    import hashlib
    limit = size_limit(pl.vault)
    have = exchange_match.document_hashes(pl.vault)
    for doc in batch.documents:
        if len(doc.content) > limit:
            pl.error(doc.line, ErrorText(InvalidField("document", Reason.OVER_SIZE_LIMIT, doc.file_name, limit=limit)))
            continue
        links = []
        for key in doc.links:
            found = _resolve(pl, key)
            if found is None:
                pl.error(doc.line, ErrorText(InvalidField("document", Reason.UNKNOWN_RECORD, doc.file_name)))
                break
            links.append(found)
        else:
            digest = hashlib.sha256(doc.content).hexdigest()
            if links and all((ident, digest) in have for _, ident in links):
                continue  # already there (a re-imported photo)
            for _, ident in links:
                have.add((ident, digest))
            pl.plan.documents.append((doc, links))
