"""Replication between the laptops of one collective (issue 12): changes on the wire, this vault's own changes, and
applying those of the others (docs/changes.md says what a change holds, docs/replication.md how they merge).

The wire form of a change is a JSON-safe dict (``wire``); what comes from another laptop is read as hostile
(``unwire``: any malformed value is a ``BadChange`` with a code, never another exception). Each vault is one *device*
(``device_id``): its own changes carry that id, so a vault never takes another's changes for its own, even when both
are opened on one computer.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from ..core.changes import Change, Element, ElementChange, Op
from ..core.errors import BadChange
from ..core.ids import uuid7
from . import changelog
from .codecs import BY_ENTITY, DOCUMENT_VERSION
from .connection import Vault
from .field_kinds import Amount, Consents, Day, Items, JsonValue, Kind, Number, Pairs, Text, Words

WIRE_VERSION: int = 1

_KEYS = frozenset(("hlc", "device", "author", "entity", "id", "op", "fields", "replaced", "elements"))
_HLC = re.compile(r"\d{13}\.\d{5}")
_DEVICE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_TEXT = 1_000_000        # characters of one text value (a note); the vault's own limits are far lower
MAX_ITEMS = 10_000          # elements of one multi-valued field, fields of one change
MAX_AUTHOR = 200
MAX_CONTENT = 64 * 1024 * 1024  # bytes of a document version carried by a change (the vault's limit is 50 MB)
_LINKABLE = frozenset(("person", "organisation", "relationship", "membership", "contribution", "document"))


# -- the wire ---------------------------------------------------------------------------------------------------------
def wire(change: Change) -> dict:
    """A change as a JSON-safe dict (what a segment carries): its stamp, record, operation and payload."""
    elements = None
    if change.elements:
        elements = {f: [[e.op.value, e.key, e.replaced, e.replaces] for e in items]
                    for f, items in change.elements.items()}
    return {"hlc": change.hlc, "device": change.device, "author": change.author, "entity": change.entity,
            "id": change.entity_id, "op": change.op.value, "fields": change.fields, "replaced": change.replaced,
            "elements": elements}


def unwire(obj: object) -> Change:
    """The change a wire dict describes, every part checked: the stamp's and device's form, a known record kind and
    operation, the payload the operation carries with each field's value of its kind's plain shape, sizes bounded.
    Raises BadChange (code, params) for anything else."""
    if not isinstance(obj, dict):
        raise BadChange("not-an-object")
    keys = set(obj)
    if keys - _KEYS:
        raise BadChange("unknown-key", key=sorted(str(k) for k in keys - _KEYS)[0][:40])
    if _KEYS - keys:
        raise BadChange("missing-key", key=sorted(_KEYS - keys)[0])
    hlc, device, author = obj["hlc"], obj["device"], obj["author"]
    if not isinstance(hlc, str) or not _HLC.fullmatch(hlc):
        raise BadChange("bad-hlc")
    if not isinstance(device, str) or not _DEVICE.fullmatch(device):
        raise BadChange("bad-device")
    if not isinstance(author, str) or len(author) > MAX_AUTHOR:
        raise BadChange("bad-author")
    entity = obj["entity"]
    if not isinstance(entity, str) or entity not in BY_ENTITY:
        raise BadChange("unknown-entity")
    try:
        op = Op(obj["op"])
    except (ValueError, TypeError):
        raise BadChange("unknown-op") from None
    ident = obj["id"]
    if not isinstance(ident, str) or not _ID.fullmatch(ident):
        raise BadChange("bad-id")
    fields, replaced, elements = obj["fields"], obj["replaced"], obj["elements"]
    where = {"entity": entity, "op": op.value}
    if op is not Op.UPDATE and (replaced is not None or elements is not None):
        raise BadChange("unexpected-key", **where)
    items = None
    if fields is not None:  # None: a change whose payload was erased (or a delete, restore, erase)
        fields = _payload(entity, op, fields, where)
        if op is Op.UPDATE:
            replaced = _replaced(fields, replaced, where)
            items = _elements(entity, fields, elements, where)
    elif replaced is not None or elements is not None:
        raise BadChange("unexpected-key", **where)
    return Change(op, entity, ident, fields, replaced, items, hlc, device, author)


def _payload(entity: str, op: Op, fields: Any, where: dict[str, str]) -> dict[str, Any]:
    if not isinstance(fields, dict) or len(fields) > MAX_ITEMS:
        raise BadChange("bad-payload", **where)
    codec = BY_ENTITY[entity]
    if op in (Op.CREATE, Op.UPDATE):
        if op is Op.UPDATE and not fields:
            raise BadChange("bad-payload", **where)
        for name, value in fields.items():
            field = codec.by_name.get(name) if isinstance(name, str) else None
            if field is None:
                raise BadChange("unknown-field", field=str(name)[:40], **where)
            _check_plain(field.kind, value, name, where)
        return dict(fields)
    if op in (Op.TAG, Op.UNTAG):
        _exact(fields, {"tag"}, where)
        tag = fields["tag"]
        if not isinstance(tag, str) or not tag.strip() or len(tag) > 200:
            raise BadChange("bad-value", field="tag", **where)
        return dict(fields)
    if op in (Op.LINK, Op.UNLINK):
        _exact(fields, {"entity", "id"}, where)
        target, target_id = fields["entity"], fields["id"]
        if entity != "document" or not isinstance(target, str) or target not in _LINKABLE \
                or not isinstance(target_id, str) or not _ID.fullmatch(target_id):
            raise BadChange("bad-value", field="link", **where)
        return dict(fields)
    if op is Op.MERGE:
        if len(fields) != 1 or not (set(fields) <= {"merged", "into"}):
            raise BadChange("bad-payload", **where)
        (value,) = fields.values()
        if not isinstance(value, str) or not _ID.fullmatch(value):
            raise BadChange("bad-value", field="merge", **where)
        return dict(fields)
    if op is Op.VERSION:
        if entity != "document":
            raise BadChange("bad-payload", **where)
        _exact(fields, {*DOCUMENT_VERSION.names, "content"}, where, optional={"content"})
        for name in DOCUMENT_VERSION.names:
            _check_plain(DOCUMENT_VERSION.by_name[name].kind, fields[name], name, where)
        if not isinstance(fields["number"], int) or not isinstance(fields["size"], int) or fields["size"] < 0 \
                or not isinstance(fields["sha256"], str) or not _SHA256.fullmatch(fields["sha256"]):
            raise BadChange("bad-value", field="version", **where)
        if "content" in fields:
            content = fields["content"]
            if not isinstance(content, str) or len(content) > MAX_CONTENT * 4 // 3 + 4:
                raise BadChange("too-large", field="content", **where)
            try:
                data = base64.b64decode(content, validate=True)
            except ValueError:
                raise BadChange("bad-value", field="content", **where) from None
            import hashlib
            if len(data) != fields["size"] or hashlib.sha256(data).hexdigest() != fields["sha256"]:
                raise BadChange("bad-value", field="content", **where)
        return dict(fields)
    if op is Op.DELETE:  # what the deleting laptop had seen of the record (its greatest stamp)
        _exact(fields, {"saw"}, where)
        if not isinstance(fields["saw"], str) or not _HLC.fullmatch(fields["saw"]):
            raise BadChange("bad-value", field="saw", **where)
        return dict(fields)
    raise BadChange("bad-payload", **where)  # restore, erase: no payload


def _exact(fields: dict, keys: set[str], where: dict[str, str], optional: frozenset[str] | set[str] = frozenset()
           ) -> None:
    if not (keys - optional) <= set(fields) <= keys:
        raise BadChange("bad-payload", **where)


def _replaced(fields: dict[str, Any], replaced: Any, where: dict[str, str]) -> dict[str, str | None]:
    if not isinstance(replaced, dict) or set(replaced) != set(fields):
        raise BadChange("bad-replaced", **where)
    for clock in replaced.values():
        if clock is not None and (not isinstance(clock, str) or not _HLC.fullmatch(clock)):
            raise BadChange("bad-replaced", **where)
    return dict(replaced)


def _elements(entity: str, fields: dict[str, Any], elements: Any, where: dict[str, str]
              ) -> dict[str, tuple[ElementChange, ...]] | None:
    if elements is None:
        return None
    if not isinstance(elements, dict):
        raise BadChange("bad-elements", **where)
    codec = BY_ENTITY[entity]
    out: dict[str, tuple[ElementChange, ...]] = {}
    for name, items in elements.items():
        if name not in fields or not codec.by_name[name].kind.multi:
            raise BadChange("bad-elements", field=str(name)[:40], **where)
        if not isinstance(items, list) or len(items) > 2 * MAX_ITEMS:
            raise BadChange("bad-elements", field=name, **where)
        changes = []
        for item in items:
            if not isinstance(item, list) or len(item) != 4:
                raise BadChange("bad-elements", field=name, **where)
            op, key, replaced, replaces = item
            try:
                kind = Element(op)
            except (ValueError, TypeError):
                raise BadChange("bad-elements", field=name, **where) from None
            if not isinstance(key, str) or len(key) > MAX_TEXT:
                raise BadChange("bad-elements", field=name, **where)
            for clock in (replaced,):
                if clock is not None and (not isinstance(clock, str) or not _HLC.fullmatch(clock)):
                    raise BadChange("bad-elements", field=name, **where)
            if replaces is not None and (not isinstance(replaces, str) or len(replaces) > MAX_TEXT):
                raise BadChange("bad-elements", field=name, **where)
            changes.append(ElementChange(kind, key, replaced, replaces))
        out[name] = tuple(changes)
    return out or None


def _text(value: Any, name: str, where: dict[str, str]) -> None:
    if not isinstance(value, str):
        raise BadChange("bad-value", field=name, **where)
    if len(value) > MAX_TEXT:
        raise BadChange("too-large", field=name, **where)


def _day(value: Any, name: str, where: dict[str, str]) -> None:
    if value is None:
        return
    if not isinstance(value, str) or len(value) != 10:
        raise BadChange("bad-value", field=name, **where)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise BadChange("bad-value", field=name, **where) from None


def _json_value(value: Any, depth: int = 0) -> bool:
    if depth > 20:
        return False
    if value is None or isinstance(value, (bool, int, float)):
        return True
    if isinstance(value, str):
        return len(value) <= MAX_TEXT
    if isinstance(value, list):
        return len(value) <= MAX_ITEMS and all(_json_value(x, depth + 1) for x in value)
    if isinstance(value, dict):
        return len(value) <= MAX_ITEMS and all(isinstance(k, str) and _json_value(x, depth + 1)
                                               for k, x in value.items())
    return False


def _check_plain(kind: Kind, value: Any, name: str, where: dict[str, str]) -> None:
    """A field's plain value has its kind's shape (what ``Kind.obj_of_plain`` reads without surprise)."""
    if isinstance(kind, Text):
        _text(value, name, where)
    elif isinstance(kind, Number):
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 2 ** 62:
            raise BadChange("bad-value", field=name, **where)
    elif isinstance(kind, Day):
        _day(value, name, where)
    elif isinstance(kind, Amount):
        if not isinstance(value, str) or len(value) > 40:
            raise BadChange("bad-value", field=name, **where)
        try:
            amount = Decimal(value)
        except InvalidOperation:
            raise BadChange("bad-value", field=name, **where) from None
        if not amount.is_finite() or amount <= 0 or amount != amount.quantize(Decimal("0.01")) \
                or amount >= Decimal(10) ** 15:
            raise BadChange("bad-value", field=name, **where)
    elif isinstance(kind, Items):
        if not isinstance(value, list) or len(value) > MAX_ITEMS:
            raise BadChange("bad-value", field=name, **where)
        attrs = set(kind.attrs)
        for item in value:
            if not isinstance(item, dict) or set(item) != attrs:
                raise BadChange("bad-value", field=name, **where)
            for x in item.values():
                _text(x, name, where)
    elif isinstance(kind, Consents):
        if not isinstance(value, list) or len(value) > MAX_ITEMS:
            raise BadChange("bad-value", field=name, **where)
        for item in value:
            if not isinstance(item, dict) or set(item) != {"what", "given_on", "until"}:
                raise BadChange("bad-value", field=name, **where)
            _text(item["what"], name, where)
            _day(item["given_on"], name, where)
            _day(item["until"], name, where)
    elif isinstance(kind, Words):
        if not isinstance(value, list) or len(value) > MAX_ITEMS:
            raise BadChange("bad-value", field=name, **where)
        for item in value:
            _text(item, name, where)
    elif isinstance(kind, Pairs):
        if not isinstance(value, dict) or len(value) > MAX_ITEMS:
            raise BadChange("bad-value", field=name, **where)
        for k, x in value.items():
            _text(k, name, where)
            _text(x, name, where)
    elif isinstance(kind, JsonValue):
        if not isinstance(value, dict) or not _json_value(value):
            raise BadChange("bad-value", field=name, **where)
    else:  # a kind this reader does not know: refused rather than guessed
        raise BadChange("unknown-field", field=name, **where)


# -- this vault as a device -------------------------------------------------------------------------------------------
def device_id(vault: Vault) -> str:
    """This vault's device id: random, made on first use and kept in the vault (``meta`` 'device_id'); the vault
    stamps its changes with it from then on (Vault reads it when opened). The changes already in the log were all
    made here (nothing is received before a vault has its id): they take it too, so that they are this device's."""
    found = vault.get_meta("device_id")
    if found:
        vault.device = found
        return found
    made = uuid7()
    with vault.transaction() as c:
        c.execute("INSERT INTO meta(key, value) VALUES ('device_id', ?)", (made,))
        c.execute("UPDATE change_log SET device = ?", (made,))
    vault.device = made
    return made


def local_changes(vault: Vault, *, after_hlc: str | None, limit: int | None = None) -> list[Change]:
    """The changes this device made after ``after_hlc`` (None: all of them), in clock order, at most ``limit``.
    A document version's change carries its content (base64, under ``content``) for the others to store. The
    changes of an erased record keep their operation and stamp; their payload is already gone (``changelog.scrub``)."""
    me = device_id(vault)
    sql = f"SELECT seq, {changelog._COLUMNS} FROM change_log WHERE device = ? AND hlc > ? ORDER BY hlc"  # noqa: S608
    params: list[Any] = [me, after_hlc or ""]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(max(0, int(limit)))
    out = [changelog.decode(r) for r in vault.conn.execute(sql, params)]
    for change in out:
        if change.op is Op.VERSION and change.fields:
            row = vault.conn.execute("SELECT content FROM document_version WHERE document_id = ? AND sha256 = ? "
                                     "AND created = ?", (change.entity_id, change.fields.get("sha256"),
                                                         change.hlc)).fetchone()
            if row is not None:
                change.fields = {**change.fields, "content": base64.b64encode(bytes(row[0])).decode("ascii")}
    return out


@dataclass(frozen=True)
class Applied:
    """What ``apply_remote`` did with a batch: changes received, applied (new here), duplicates (already here, or
    twice in the batch), conflicts and notices queued for a person, records deleted and erased here."""
    received: int = 0
    applied: int = 0
    duplicates: int = 0
    conflicts: int = 0
    notices: int = 0
    deleted: int = 0
    erased: int = 0
