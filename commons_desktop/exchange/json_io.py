"""The JSON export format (documented in docs/json-format.md): complete, schema-versioned, and the
records part of an exchange bundle. Reading it yields a Batch for the import planner."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from json.encoder import c_make_encoder, encode_basestring
from typing import Any, BinaryIO

from ..core.errors import InvalidInput
from ..core.model import to_plain
from ..vault.exchange_plain import Records
from ..vault.records import BULK, collector_paused
from . import records_json as rj
from .collect import Collected
from .errors import UnreadableFile
from .incoming import Batch, Incoming, IncomingDocument, IncomingLink
from .limits import DEFAULT, Limits

FORMAT = "commons-desktop/records"
VERSION = 1


def build(data: Collected, *, source: dict[str, str] | None = None,
          content: Callable[[str], bytes] | None = None, file_ref: Callable[[str], str] | None = None,
          now: datetime | None = None) -> dict[str, Any]:
    """The export document. Documents carry their bytes inline (``content_base64``, via ``content``) or a
    reference to an archive member (``file``, via ``file_ref``) or only their description."""
    with collector_paused(len(data.people) + len(data.organisations) >= BULK):
        return _build(data, source, content, file_ref, now)


def _build(data: Collected, source: dict[str, str] | None, content: Callable[[str], bytes] | None,
           file_ref: Callable[[str], str] | None, now: datetime | None) -> dict[str, Any]:
    fields = set(data.fields) if data.fields is not None else None
    doc: dict[str, Any] = {
        "format": FORMAT, "version": VERSION,
        "exported_at": (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "source": source or {}, "fields": data.field_list(),
        "people": data.people if data.plain else [rj.person_json(p, fields) for p in data.people],
        "organisations": data.organisations if data.plain else [rj.organisation_json(o, fields)
                                                                 for o in data.organisations],
    }
    as_json = (lambda records: records) if data.plain else (lambda records: [rj.plain(r) for r in records])
    if data.allows("relationships"):
        doc["relationships"] = as_json(data.relationships)
    if data.allows("memberships"):
        doc["memberships"] = as_json(data.memberships)
    if data.allows("contributions"):
        doc["contributions"] = as_json(data.contributions)
    if data.allows("documents"):
        docs = []
        for d in data.documents:
            v = d.current
            if v is None:
                continue
            entry = {"id": d.id, "title": d.title, "file_name": v.file_name, "media_type": v.media_type,
                     "size": v.size, "sha256": v.sha256, "links": [{"entity": e, "id": i} for e, i in d.links],
                     "tags": list(d.tags)}
            if file_ref is not None:
                entry["file"] = file_ref(d.id)
            elif content is not None:
                entry["content_base64"] = base64.b64encode(content(d.id)).decode("ascii")
            docs.append(entry)
        doc["documents"] = docs
    return doc


def dumps(doc: dict[str, Any]) -> bytes:
    """One record per line, so that a line number in an error message points at a record."""
    out = io.BytesIO()
    write(doc, out)
    return out.getvalue()


CHUNK = 1 << 20  # characters encoded and written at a time


def write(doc: dict[str, Any], out: BinaryIO) -> None:
    """``dumps(doc)``, written to ``out`` a chunk at a time: the whole text never exists at once (the whole
    federation is 170 MB of JSON), and lists of records may be lazy (vault.exchange_plain.Records)."""
    with collector_paused(True):
        _write(doc, out)


def _write(doc: dict[str, Any], out: BinaryIO) -> None:
    pending: list[str] = []
    size = 0

    def emit(text: str) -> None:
        nonlocal size
        pending.append(text)
        size += len(text)
        if size >= CHUNK:
            out.write("".join(pending).encode("utf-8"))
            pending.clear()
            size = 0

    emit("{\n")
    keys = list(doc)
    for n, k in enumerate(keys):
        v = doc[k]
        comma = "," if n < len(keys) - 1 else ""
        if _records(v):
            emit(f" {json.dumps(k)}: [\n")
            separator = "  "
            for record in v:  # one record per line, a comma after all but the last
                emit(separator + _one(record))
                separator = ",\n  "
            emit(f"\n ]{comma}\n")
        else:
            emit(f" {json.dumps(k)}: {_one([] if isinstance(v, Records) else v)}{comma}\n")
    emit("}\n")
    out.write("".join(pending).encode("utf-8"))


def _records(value: Any) -> bool:
    """A non-empty list of records (dicts), or lazy records: written one per line."""
    if isinstance(value, list):
        return bool(value) and all(isinstance(x, dict) for x in value)
    return isinstance(value, Records) and len(value) > 0


def _default(obj: Any) -> Any:
    converted = to_plain(obj)
    if converted is obj:
        raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")
    return converted


# json.dumps(to_plain(value), ensure_ascii=False, sort_keys=True), with the C encoder built once (json.dumps builds
# one per call) and records, dates and decimals converted only where they occur
_C_ENCODE = (c_make_encoder(None, _default, encode_basestring, None, ": ", ", ", True, False, True)
             if c_make_encoder is not None else None)


def _one(value: Any) -> str:
    if _C_ENCODE is None or isinstance(value, str | int | float) or value is None:
        return json.dumps(to_plain(value), ensure_ascii=False, sort_keys=True)
    return "".join(_C_ENCODE(value, 0))


# -- reading ------------------------------------------------------------------------------------------------------
def loads(data: bytes, limits: Limits = DEFAULT) -> dict[str, Any]:
    if len(data) > limits.file_bytes:
        raise UnreadableFile(f"file is {len(data):,} bytes, over the limit of {limits.file_bytes:,}")
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise UnreadableFile(f"not a JSON file ({str(exc)[:120]})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise UnreadableFile("not a Commons Desktop JSON export (no \"format\": \"commons-desktop/records\")")
    version = doc.get("version")
    if not isinstance(version, int) or version < 1:
        raise UnreadableFile("missing or invalid \"version\"")
    if version > VERSION:
        raise UnreadableFile(f"written by a newer version (format version {version}, this program reads {VERSION})")
    for k in ("people", "organisations", "relationships", "memberships", "contributions", "documents"):
        if not isinstance(doc.get(k, []), list):
            raise UnreadableFile(f"\"{k}\" must be a list")
    total = sum(len(doc.get(k, [])) for k in ("people", "organisations", "relationships", "memberships",
                                               "contributions", "documents"))
    if total > limits.rows:
        raise UnreadableFile(f"more than {limits.rows:,} records")
    return doc


def to_batch(doc: dict[str, Any], *, file_content: Callable[[dict[str, Any]], bytes] | None = None) -> Batch:
    """Records of a loaded document. ``line`` is the record's line in files we wrote (one record per line)."""
    batch = Batch()
    first = _first_lines(doc)
    by_person: dict[str, Incoming] = {}
    for section, reader in (("people", rj.person_from), ("organisations", rj.organisation_from)):
        for n, raw in enumerate(doc.get(section, [])):
            line = first.get(section, 0) + n
            try:
                record, tags = reader(raw)
                item = Incoming(line, record, source_id=record.id.lower(), tags=tags)
                record.id = ""
            except InvalidInput as exc:
                batch.errors.append((line, f"{section}: {exc}"))
                continue
            batch.items.append(item)
            if section == "people":
                by_person[item.key] = item
    _related(doc, batch, by_person, first)
    _documents(doc, batch, first.get("documents", 0), file_content)
    return batch


def _first_lines(doc: dict[str, Any]) -> dict[str, int]:
    """The line of each section's first record, as ``dumps`` lays the file out (one record per line)."""
    out, line = {}, 1
    for k, v in doc.items():
        line += 1
        if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            out[k] = line + 1
            line += len(v) + 1
    return out


def _related(doc: dict[str, Any], batch: Batch, by_person: dict[str, Incoming], first: dict[str, int]) -> None:
    for section, reader in (("relationships", rj.relationship_from), ("memberships", rj.membership_from),
                            ("contributions", rj.contribution_from)):
        for n, raw in enumerate(doc.get(section, [])):
            line = first.get(section, 0) + n
            try:
                rec = reader(raw)
            except InvalidInput as exc:
                batch.errors.append((line, f"{section}: {exc}"))
                continue
            if section == "relationships":
                batch.links.append(IncomingLink(line, rec))  # type: ignore[arg-type]
                continue
            owner = by_person.get(rec.person_id.lower())  # type: ignore[union-attr]
            if owner is None:
                batch.errors.append((line, f"{section}: refers to a person not in the file"))
                continue
            rec.id = ""
            (owner.memberships if section == "memberships" else owner.contributions).append(rec)  # type: ignore


def _documents(doc: dict[str, Any], batch: Batch, line: int, file_content) -> None:
    for n, raw in enumerate(doc.get("documents", [])):
        line += 1 if n else 0
        try:
            if not isinstance(raw, dict):
                raise InvalidInput("expected an object")
            links = raw.get("links") or []
            if not isinstance(links, list) or not all(isinstance(x, dict) and isinstance(x.get("id"), str)
                                                      for x in links):
                raise InvalidInput("links: expected a list of {entity, id}")
            if file_content is not None and isinstance(raw.get("file"), str):
                content = file_content(raw)
            elif isinstance(raw.get("content_base64"), str):
                content = base64.b64decode(raw["content_base64"], validate=True)
            else:
                continue  # described only: nothing to import
            tags = raw.get("tags") or []
            if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
                raise InvalidInput("tags: expected a list of texts")
            batch.documents.append(IncomingDocument(
                str(raw.get("id") or f"#{line}"), str(raw.get("title") or raw.get("file_name") or "document"),
                str(raw.get("file_name") or "document"), str(raw.get("media_type") or "application/octet-stream"),
                content, [x["id"].lower() for x in links], tags, line))
        except (InvalidInput, ValueError) as exc:
            batch.errors.append((line, f"documents: {exc}"))
