"""The JSON export format (documented in docs/json-format.md): complete, schema-versioned, and the
records part of an exchange bundle. Reading it (one record at a time) yields a Batch for the import planner."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from json.encoder import c_make_encoder, encode_basestring
from typing import Any, BinaryIO

from ..core.errors import InvalidInput
from ..core.ids import is_uuid
from ..core.model import Person, to_plain
from ..vault.exchange_plain import Records
from ..vault.records import BULK, collector_paused
from . import json_stream
from . import records_json as rj
from .as_read import AsRead
from .collect import Collected
from .errors import OverLimit, UnreadableFile
from .incoming import Batch, Incoming, IncomingDocument, IncomingLink
from .limits import DEFAULT, Limits
from .textio import lone_surrogate

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
        if isinstance(v, Records) or _records(v):
            separator = f" {json.dumps(k)}: [\n  "  # (lazy records: whether there are any is known once read)
            for record in v:  # one record per line, a comma after all but the last (emit's work, without a call)
                text = "".join(_C_ENCODE(record, 0)) if record.__class__ is dict and _C_ENCODE else _one(record)
                pending.append(separator)
                pending.append(text)
                size += len(separator) + len(text)
                if size >= CHUNK:
                    out.write("".join(pending).encode("utf-8"))
                    pending.clear()
                    size = 0
                separator = ",\n  "
            emit(f" {json.dumps(k)}: []{comma}\n" if separator[0] == " " else f"\n ]{comma}\n")
        else:
            emit(f" {json.dumps(k)}: {_one(v)}{comma}\n")
    emit("}\n")
    out.write("".join(pending).encode("utf-8"))


def _records(value: Any) -> bool:
    """A non-empty list of records (dicts): written one per line."""
    return isinstance(value, list) and bool(value) and all(isinstance(x, dict) for x in value)


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
SECTIONS = ("people", "organisations", "relationships", "memberships", "contributions", "documents")
# the fields of each section that hold ids: a UUID each when given (a 10 KB "id" is refused, not carried around)
_ID_FIELDS = {"people": ("id",), "organisations": ("id",), "relationships": ("id", "from_id", "to_id"),
              "memberships": ("id", "person_id"), "contributions": ("id", "person_id"), "documents": ("id",)}


def read_batch(source: bytes | BinaryIO, limits: Limits = DEFAULT, *,
               file_content: Callable[[dict[str, Any]], bytes] | None = None) -> Batch:
    """The records of a JSON export (bytes, or a binary stream read from its position), read one record at a time
    (json_stream): the text and the document are never held whole, limits are checked as records come (OverLimit),
    and what is not an export is refused at its first key. ``line`` of each record is its line in the file. The
    header ("format", "version") must come before the records, as ``write`` puts it. Invalid records (a value of
    the wrong kind, an id that is not a UUID, a lone surrogate, a document whose content does not match its
    "sha256" or "size") are row errors."""
    stream = io.BytesIO(source) if isinstance(source, bytes | bytearray) else source
    with collector_paused(True):
        return _read(json_stream.Reader(stream, limits), limits, file_content)


def _read(reader: json_stream.Reader, limits: Limits, file_content) -> Batch:
    batch = Batch()
    header: dict[str, Any] = {}
    by_person: dict[str, int] = {}  # a person's key -> its place in batch.items (which may be packed: no object kept)
    related: list[tuple[str, int, Any]] = []   # memberships and contributions, placed once every person is known
    rows = records = 0
    shared = rj.Repeated()  # the file's repeated texts and dates, each kept once
    checker = AsRead()      # which people are already what the planner's validation would make of them
    for item in reader.items():
        if item.records is None:
            if item.key in SECTIONS:
                raise UnreadableFile(f"\"{item.key}\" must be a list")
            header[item.key] = item.value
            _check_header(header, item.key)
            continue
        if item.key not in SECTIONS:
            continue  # a list this version does not know: read past it
        if "format" not in header or "version" not in header:
            raise UnreadableFile("not a Commons Desktop JSON export (\"format\" and \"version\" must come first)")
        section = item.key
        for line, raw, escapes in item.records:
            records += 1
            if records > limits.records:
                raise OverLimit("records", limits.records, line)
            if section in ("people", "organisations"):
                rows += 1
                if rows > limits.rows:
                    raise OverLimit("rows", limits.rows, line)
            try:
                _check_record(raw, section, escapes)
                if section == "documents":
                    _document(raw, batch, line, file_content)
                elif section == "relationships":
                    batch.links.append(IncomingLink(line, rj.relationship_from(raw, shared)))
                elif section in ("memberships", "contributions"):
                    related.append((section, line, (rj.membership_from if section == "memberships"
                                                    else rj.contribution_from)(raw, shared)))
                else:
                    record, tags = (rj.person_from if section == "people" else rj.organisation_from)(raw, shared)
                    incoming = Incoming(line, record, source_id=record.id.lower(), tags=tags)
                    record.id = ""
                    if section == "people":
                        by_person[incoming.key] = len(batch.items)
                        incoming.as_read = _as_read(checker, record)  # type: ignore[arg-type]
                    batch.items.append(incoming)
            except (InvalidInput, ValueError) as exc:
                batch.errors.append((line, f"{section}: {exc}"))
    if header.get("format") != FORMAT:
        raise UnreadableFile("not a Commons Desktop JSON export (no \"format\": \"commons-desktop/records\")")
    if "version" not in header:
        raise UnreadableFile("missing or invalid \"version\"")
    placed: dict[int, list[tuple[str, Any]]] = {}
    for section, line, rec in related:
        place = by_person.get(rec.person_id.lower())
        if place is None:
            batch.errors.append((line, f"{section}: refers to a person not in the file"))
            continue
        rec.id = ""
        placed.setdefault(place, []).append((section, rec))
    for place in sorted(placed):  # in file order: a packed list decodes each chunk once
        owner = batch.items[place]
        for section, rec in placed[place]:
            (owner.memberships if section == "memberships" else owner.contributions).append(rec)
        batch.items[place] = owner  # (kept: the item read from a packed list is a copy)
    return batch


def _as_read(checker: AsRead, p: Person) -> bool:
    """Whether the planner may take this person as it is (exchange/as_read.py): its validation gives it back."""
    return checker.person(p.given, p.family, p.emails, p.phones, p.addresses, p.birth_date, p.languages, p.notes,
                          p.consents, p.custom) and (not p.member_number or checker.member_number(p.member_number))


def _check_header(header: dict[str, Any], key: str) -> None:
    if key == "format" and header["format"] != FORMAT:
        raise UnreadableFile("not a Commons Desktop JSON export (no \"format\": \"commons-desktop/records\")")
    if key == "version":
        version = header["version"]
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise UnreadableFile("missing or invalid \"version\"")
        if version > VERSION:
            raise UnreadableFile(f"written by a newer version (format version {version}, this program reads "
                                 f"{VERSION})")


def _check_record(raw: Any, section: str, escapes: bool) -> None:
    if not isinstance(raw, dict):
        raise InvalidInput("expected an object")
    if escapes and lone_surrogate(raw):
        raise InvalidInput("a text holds a lone surrogate (\\ud800-\\udfff escape), which is not a character")
    for key in _ID_FIELDS[section]:
        value = raw.get(key)
        if isinstance(value, str) and value and not is_uuid(value.lower()):
            raise InvalidInput(f"{key}: not an id (a UUID), {len(value):,} characters")
    if section == "documents":
        links = raw.get("links") or []
        if isinstance(links, list) and any(isinstance(x, dict) and isinstance(x.get("id"), str)
                                           and not is_uuid(x["id"].lower()) for x in links):
            raise InvalidInput("links: an id that is not a UUID")


def _document(raw: dict[str, Any], batch: Batch, line: int, file_content) -> None:
    links = raw.get("links") or []
    if not isinstance(links, list) or not all(isinstance(x, dict) and isinstance(x.get("id"), str) for x in links):
        raise InvalidInput("links: expected a list of {entity, id}")
    if file_content is not None and isinstance(raw.get("file"), str):
        content = file_content(raw)
    elif isinstance(raw.get("content_base64"), str):
        content = base64.b64decode(raw["content_base64"], validate=True)
    else:
        return  # described only: nothing to import
    declared = raw.get("sha256")
    if declared is not None and (not isinstance(declared, str)
                                 or declared.lower() != hashlib.sha256(content).hexdigest()):
        raise InvalidInput("the content does not match its sha256")
    size = raw.get("size")
    if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size != len(content)):
        raise InvalidInput(f"the content is {len(content):,} bytes, not the {size!r} its size says")
    tags = raw.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise InvalidInput("tags: expected a list of texts")
    batch.documents.append(IncomingDocument(
        str(raw.get("id") or f"#{line}"), str(raw.get("title") or raw.get("file_name") or "document"),
        str(raw.get("file_name") or "document"), str(raw.get("media_type") or "application/octet-stream"),
        content, [x["id"].lower() for x in links], tags, line))
