"""Replication between the laptops of one collective (issue 12): changes on the wire, this vault's own changes, and
applying those of the others (docs/changes.md says what a change holds, docs/replication.md how they merge).

The wire form of a change is a JSON-safe dict (``wire``); what comes from another laptop is read as hostile
(``unwire``: any malformed value is a ``BadChange`` with a code, never another exception). Each vault is one *device*
(``device_id``): its own changes carry that id, so a vault never takes another's changes for its own, even when both
are opened on one computer.
"""

from __future__ import annotations

import base64
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import sqlcipher3

from ..core.changes import Change, Element, ElementChange, FieldSet, Op
from ..core.errors import BadChange, MassDelete
from ..core.ids import uuid7
from . import changelog, conflicts
from .codecs import BY_ENTITY, DOCUMENT_VERSION
from .connection import Vault
from .field_changes import field_sets, keyed
from .field_kinds import Amount, Consents, Day, Items, JsonValue, Kind, MaybeAmount, Number, Pairs, Text, Words
from .json_text import dumps, loads
from .records import RecordTable

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
# records whose id people choose (a membership type's code: what a membership's ``type`` holds, any text of one line),
# so that two laptops can make the same one: a received create of one that exists here is merged field by field
_NAMED = frozenset(("membership_type",))
MAX_NAMED_ID = 200
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
    if not _record_id(entity, ident):
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


def _record_id(entity: str, ident: object) -> bool:
    """A record's id as the wire and snapshots carry it: a generated id, or for a kind whose ids people choose, a code
    of one line."""
    return isinstance(ident, str) and bool(_ID.fullmatch(ident) or entity in _NAMED and _named_id(ident))


def _named_id(ident: str) -> bool:
    """A code people chose: one line of text as a membership's type holds it (no control character, no spaces around
    it), bounded."""
    return 0 < len(ident) <= MAX_NAMED_ID and ident == ident.strip() and ident.isprintable()


def _payload(entity: str, op: Op, fields: Any, where: dict[str, str]) -> dict[str, Any]:
    if not isinstance(fields, dict) or len(fields) > MAX_ITEMS:
        raise BadChange("bad-payload", **where)
    codec = BY_ENTITY[entity]
    if op in (Op.CREATE, Op.UPDATE):
        if op is Op.UPDATE and not fields:
            raise BadChange("bad-payload", **where)
        valid = _valid_of(codec)
        for name, value in fields.items():
            ok = valid.get(name) if isinstance(name, str) else None
            if ok is None:
                raise BadChange("unknown-field", field=str(name)[:40], **where)
            if not ok(value):  # the usual values pass this test; the rest are told apart (or refused) by _check_plain
                _check_plain(codec.by_name[name].kind, value, name, where)
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


def _day_ok(value: Any) -> bool:
    if value is None:
        return True
    if value.__class__ is not str or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _valid(kind: Kind) -> Any:
    """A quick test of a field's plain value: True for a value ``_check_plain`` accepts (False: ask it)."""
    if isinstance(kind, Text):
        return lambda v: v.__class__ is str and len(v) <= MAX_TEXT
    if isinstance(kind, Day):
        return _day_ok
    if isinstance(kind, Number):
        return lambda v: v.__class__ is int and abs(v) <= 2 ** 62
    if isinstance(kind, Items):
        attrs = frozenset(kind.attrs)
        return lambda v: v.__class__ is list and len(v) <= MAX_ITEMS and all(
            x.__class__ is dict and x.keys() == attrs and all(t.__class__ is str and len(t) <= MAX_TEXT
                                                             for t in x.values()) for x in v)
    if isinstance(kind, Words):
        return lambda v: v.__class__ is list and len(v) <= MAX_ITEMS and all(
            t.__class__ is str and len(t) <= MAX_TEXT for t in v)
    return lambda v: False


_VALID: dict[str, dict[str, Any]] = {}


def _valid_of(codec: Any) -> dict[str, Any]:
    """Each field's quick test (``_valid``), by name, made once per kind of record."""
    found = _VALID.get(codec.entity)
    if found is None:
        found = _VALID[codec.entity] = {f.name: _valid(f.kind) for f in codec.fields}
    return found


def _check_plain(kind: Kind, value: Any, name: str, where: dict[str, str]) -> None:
    """A field's plain value has its kind's shape (what ``Kind.obj_of_plain`` reads without surprise)."""
    if isinstance(kind, Text):
        _text(value, name, where)
    elif isinstance(kind, Number):
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 2 ** 62:
            raise BadChange("bad-value", field=name, **where)
    elif isinstance(kind, Day):
        _day(value, name, where)
    elif isinstance(kind, MaybeAmount) and value is None:  # (a membership type without a default fee)
        return
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
        if vault.install is not None:
            _set_meta(c, "device_install", vault.install)
            _set_meta(c, "device_file", _file_here(vault))
    vault.device = made
    return made


def _set_meta(c: sqlcipher3.Connection, key: str, value: str) -> None:
    c.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
              (key, value))


def bind_device(vault: Vault) -> str | None:
    """A copy of a team vault's file gets a device id of its own before it writes anything (docs/team.md "A copy of
    a vault file"). The device id is bound to the installation that made it (``meta`` 'device_install', never
    replicated): a team vault opened by another installation (``vault.install``: another computer, or another
    account) is a copy of that device's file, and two files writing as one device would give different changes one
    (device, hlc) and overwrite each other's index. The copy becomes a new device: the changes already in it stay as
    they are (the former device's, which that device publishes or has published), what it had published as the
    former device becomes segments of another device already applied (vault/team.py become_new_device), and it gets
    its own age identity. A vault not in a team (no segments, nothing published) is only bound to this
    installation. Returns the former device id when the vault became a new device, else None."""
    if vault.install is None or vault.readonly:
        return None
    from . import team as store

    def unnamed(found: str | None) -> bool:   # a team vault made before device names: named after the host
        return bool(found) and store.get(vault) is not None and not store.names(vault).get(found)

    found = vault.get_meta("device_id")
    if not found:
        return None   # (a vault that never replicated: device_id binds it when made)
    here = _file_here(vault)
    bound, where = vault.get_meta("device_install"), vault.get_meta("device_file")
    copied = bound == vault.install and _a_copy(vault, where)   # a copy on this same installation
    if bound == vault.install and not copied and not unnamed(found):
        if where != here:   # moved or renamed (or bound before files were): the same device, bound to it here
            with vault.transaction() as c:
                _set_meta(c, "device_file", here)
        return None   # (the usual open)
    with vault.transaction() as c:
        if (bound == vault.install and not copied) or bound is None or store.get(vault) is None:
            _set_meta(c, "device_install", vault.install)   # bound now (a vault made before this rule: as it is)
            _set_meta(c, "device_file", here)
            if unnamed(found):
                store.note_device(vault, found, name=store.default_name())
            return None
        made = uuid7()
        _set_meta(c, "device_id", made)
        _set_meta(c, "device_install", vault.install)
        _set_meta(c, "device_file", here)
        store.become_new_device(vault, found, made)
    vault.device = made
    return found


def _file_here(vault: Vault) -> str:
    """Which file this vault is: its path and its file identity (device, inode), as kept in ``meta`` 'device_file'."""
    return json.dumps({"path": str(Path(vault.path).resolve()), "id": list(vault.identity or ())}, sort_keys=True)


def _a_copy(vault: Vault, where: str | None) -> bool:
    """Whether this file is a copy of the one its device id is bound to on this installation: another file
    (identity) than the bound one, while the bound one is still where it was, as it was. A file moved or renamed
    (the bound path gone, or holding another file), or replaced in place (a sync tool's new file under the same
    path), is the same device."""
    try:
        bound = json.loads(where) if where else None
        path, ident = Path(bound["path"]), tuple(bound["id"])
    except (ValueError, TypeError, KeyError):
        return False   # bound before files were: taken as it is
    if vault.identity is None or tuple(vault.identity) == ident or path == Path(vault.path).resolve():
        return False
    try:
        st = os.stat(path)
    except OSError:
        return False   # the bound file is gone: this one was moved (or is the one left)
    return (st.st_dev, st.st_ino) == ident


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


# -- applying the changes of other laptops ----------------------------------------------------------------------------
MASS_DELETE_FLOOR = 10  # vaults with fewer live records are exempt from the mass-delete fail-safe
_CREATE_ORDER = ("person", "organisation", "document", "saved_search", "membership_type", "relationship", "membership",
                 "contribution")
_EDITS = ("update", "tag", "untag", "version", "link", "unlink")  # what an edit made elsewhere is (against a delete)
_REFERENCES = {"membership": (("person_id", "person"),), "contribution": (("person_id", "person"),),
               "relationship": (("from_id", "person"), ("to_id", None))}


def record_tables(vault: Vault) -> dict[str, RecordTable]:
    from .documents import Documents
    from .memberships import Contributions, Memberships, MembershipTypes
    from .organisations import Organisations
    from .people import People
    from .relationships import Relationships
    from .saved_searches import SavedSearches
    return {t.entity: t for t in (People(vault), Organisations(vault), Relationships(vault), Memberships(vault),
                                  Contributions(vault), Documents(vault), SavedSearches(vault), MembershipTypes(vault))}


def apply_remote(vault: Vault, changes: Sequence[Change], *, max_delete_share: float = 0.2,
                 allow_mass_delete: bool = False) -> Applied:
    """Apply changes made on other laptops (read with ``unwire``), in ONE transaction, by the rules of
    docs/replication.md: per field the greater clock wins, concurrent different values are both kept as a conflict;
    multi-valued fields by element; tags and links by element; deletes as tombstones (an edit made elsewhere that the
    delete had not seen restores the record, with a notice); erasure wins over everything. A change already here
    (the same device and stamp) is skipped; one about a record not here yet is kept and applied when the record
    arrives. The clock observes every stamp; one "vault changed" event (remote) follows the commit.

    Raises MassDelete, with nothing applied, when the batch's deletes and erasures would remove more than
    ``max_delete_share`` of the live records (vaults with fewer than MASS_DELETE_FLOOR exempt) and
    ``allow_mass_delete`` is False; BadChange when a change is not stamped or the vault refuses a value."""
    device_id(vault)
    batch: dict[tuple[str, str], Change] = {}
    duplicates = 0
    for change in changes:
        if not change.hlc or not change.device:
            raise BadChange("unstamped")
        if change.key in batch:
            duplicates += 1
        else:
            batch[change.key] = change
    try:
        with vault.transaction() as c:
            # a record created elsewhere for a person erased here may have been moved to another one since (a merge):
            # references are checked at the commit, once the batch is applied and its orphans are erased (_orphans)
            c.execute("PRAGMA defer_foreign_keys = ON")
            changelog.pending(vault)
            known = changelog.seen(vault, batch)
            parked = _parked_keys(vault, [k for k in batch if k not in known])
            duplicates += len(known) + len(parked)
            fresh = [c for k, c in batch.items() if k not in known and k not in parked]
            for change in fresh:
                vault.hlc.observe(change.hlc)
            _mass_delete_check(vault, fresh, max_delete_share, allow_mass_delete)
            merger = _Merger(vault)
            merger.run(fresh + _unpark(vault))
            if merger.scrub:  # as a local erasure does: no page or WAL frame keeps what was erased
                vault.after_commit(lambda: _scrub_file(vault))
            result = Applied(len(changes), merger.applied, duplicates, merger.conflicts, merger.notices,
                             merger.deleted, merger.erased)
    except sqlcipher3.IntegrityError:
        raise BadChange("refused-by-vault") from None
    return result


def _scrub_file(vault: Vault) -> None:
    """After received changes erased records here: the file vacuumed and its WAL emptied (vault/erase.py). Another
    program using this vault may keep the WAL busy or the file locked: then the WAL's frames go when the vault is
    closed (the erased rows themselves are already zeroed: secure_delete)."""
    from ..core.errors import VaultLocked
    from .connection import BUSY_TIMEOUT
    from .erase import scrub_file
    vault.conn.execute("PRAGMA busy_timeout = 0")   # a reader elsewhere would make each checkpoint wait its timeout
    try:
        scrub_file(vault, attempts=3)
    except VaultLocked:
        pass
    except sqlcipher3.OperationalError as exc:   # another program writing: this vault's close checkpoints the WAL
        if "locked" not in str(exc).lower() and "busy" not in str(exc).lower():
            raise
    finally:
        vault.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000):d}")


def _parked_keys(vault: Vault, keys: list[tuple[str, str]]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    if not vault.conn.execute("SELECT 1 FROM parked_change LIMIT 1").fetchone():
        return found
    for device, hlc in keys:
        if vault.conn.execute("SELECT 1 FROM parked_change WHERE device = ? AND hlc = ?", (device, hlc)).fetchone():
            found.add((device, hlc))
    return found


def _unpark(vault: Vault) -> list[Change]:
    rows = vault.conn.execute("SELECT change FROM parked_change").fetchall()
    if rows:
        vault.conn.execute("DELETE FROM parked_change")
    return [unwire(loads(r[0])) for r in rows]


def _mass_delete_check(vault: Vault, fresh: list[Change], share: float, allowed: bool) -> None:
    if allowed:
        return
    gone = {(c.entity, c.entity_id) for c in fresh if c.op in (Op.DELETE, Op.ERASE)}
    if not gone:
        return
    total = sum(vault.conn.execute(f"SELECT count(*) FROM {codec.table} WHERE deleted IS NULL").fetchone()[0]  # noqa: S608
                for codec in BY_ENTITY.values())
    if total < MASS_DELETE_FLOOR:
        return
    live = sum(1 for entity, ident in gone if vault.conn.execute(
        f"SELECT 1 FROM {BY_ENTITY[entity].table} WHERE id = ? AND deleted IS NULL", (ident,)).fetchone())  # noqa: S608
    if live > share * total:
        raise MassDelete(would_delete=live, total=total)


def _scrubbed(change: Change) -> Change:
    return Change(change.op, change.entity, change.entity_id, None, None, None, change.hlc, change.device,
                  change.author)


class _Merger:
    """One batch of received changes applied to one vault (inside apply_remote's transaction)."""

    def __init__(self, vault: Vault):
        self.vault, self.c = vault, vault.conn
        self.tables = record_tables(vault)
        self.applied = self.conflicts = self.notices = self.deleted = self.erased = 0
        self.scrub = False  # an erasure was applied: the file is vacuumed and its WAL emptied after the commit
        self.number_lost: list[str] = []  # received people stored without the member number they lost
        self.gone = {r[0] for r in self.c.execute(
            "SELECT DISTINCT entity_id FROM change_log WHERE op = 'erase' OR (op = 'create' AND fields IS NULL)")}

    def run(self, work: list[Change]) -> None:
        work.sort(key=lambda c: (c.hlc, c.device))
        self.gone |= {c.entity_id for c in work if c.op is Op.ERASE}
        creates = [c for c in work if c.op is Op.CREATE]
        for entity in _CREATE_ORDER:
            self._creates(entity, [c for c in creates if c.entity == entity])
        for change in work:
            if change.op is Op.CREATE:
                continue
            if change.op is Op.UPDATE and change.fields and self._moved_to_missing(change):
                self._park(change)
                continue
            if change.op is Op.ERASE:
                self._erase(change)
            elif change.entity_id in self.gone or change.fields is None and change.op not in (Op.DELETE, Op.RESTORE):
                self._log(_scrubbed(change))
            else:
                getattr(self, "_" + change.op.value)(change)

        self._orphans()

    def _moved_to_missing(self, change: Change) -> bool:
        refs = _REFERENCES.get(change.entity, ())
        fields = change.fields or {}
        if not any(name in fields for name, _ in refs):
            return False
        found = self._row(change.entity, change.entity_id)
        if found is None:
            return False
        whole = {**self.tables[change.entity].codec.plain_decoder(found[1], with_id=False)(found[0]), **fields}
        return self._missing_reference(change.entity, whole, set())

    def _orphans(self) -> None:
        """Records that still refer to an erased person once the batch is applied (created or moved elsewhere
        before the erasure reached that laptop) are theirs: erased with them, as the erasure would have done, and
        the erasure is a change of this laptop's that the others apply too (erasure wins: every laptop erases them,
        whatever became of them there)."""
        c = self.c
        found = [("membership", r[0]) for r in c.execute(
            "SELECT id FROM membership WHERE person_id NOT IN (SELECT id FROM person)")]
        found += [("contribution", r[0]) for r in c.execute(
            "SELECT id FROM contribution WHERE person_id NOT IN (SELECT id FROM person)")]
        found += [("relationship", r[0]) for r in c.execute(
            "SELECT id FROM relationship WHERE from_id NOT IN (SELECT id FROM person) OR (to_entity = 'person' AND "
            "to_id NOT IN (SELECT id FROM person)) OR (to_entity = 'organisation' AND to_id NOT IN "
            "(SELECT id FROM organisation))")]
        for entity, ident in found:
            row = c.execute(f"SELECT * FROM {BY_ENTITY[entity].table} WHERE id = ?", (ident,))  # noqa: S608
            at = {d[0]: n for n, d in enumerate(row.description)}
            values = row.fetchone()
            refs = [values[at[name]] for name, _ in _REFERENCES[entity]]
            if not any(self._erased_here(r) for r in refs):
                continue  # (not an erasure's: the commit refuses the batch)
            changelog.scrub(self.vault, [ident])
            for table in ("record_tag", "conflict", "parked_change"):
                c.execute(f"DELETE FROM {table} WHERE entity_id = ?", (ident,))  # noqa: S608
            c.execute(f"DELETE FROM {BY_ENTITY[entity].table} WHERE id = ?", (ident,))  # noqa: S608
            changelog.write(self.vault, Change(Op.ERASE, entity, ident))
            self.gone.add(ident)
            self.scrub = True

    # -- helpers ------------------------------------------------------------------------------------------------------
    def _log(self, change: Change) -> bool:
        written = changelog.write(self.vault, change)
        self.applied += written
        return written

    def _park(self, change: Change) -> None:
        self.c.execute("INSERT OR IGNORE INTO parked_change(device, hlc, entity_id, change) VALUES (?, ?, ?, ?)",
                       (change.device, change.hlc, change.entity_id, dumps(wire(change))))

    def _erased_here(self, ident: str) -> bool:
        return ident in self.gone or self.c.execute(
            "SELECT 1 FROM change_log WHERE entity_id = ? AND (op = 'erase' OR (op = 'create' AND fields IS NULL)) "
            "LIMIT 1", (ident,)).fetchone() is not None

    def _absent(self, change: Change) -> None:
        """A change about a record not here: erased (its payload goes), or not arrived yet (kept for later)."""
        if self._erased_here(change.entity_id):
            self.gone.add(change.entity_id)
            self._log(_scrubbed(change))
        else:
            self._park(change)

    def _row(self, entity: str, ident: str) -> tuple[tuple, dict[str, int]] | None:
        cur = self.c.execute(f"SELECT * FROM {BY_ENTITY[entity].table} WHERE id = ?", (ident,))  # noqa: S608
        row = cur.fetchone()
        return None if row is None else (row, {d[0]: n for n, d in enumerate(cur.description)})

    def _later(self, hlc: str, device: str, local: str, ident: str) -> bool:
        """Whether a received stamp comes after the local one (the same stamp: the greater device id)."""
        if hlc != local:
            return hlc > local
        row = self.c.execute("SELECT device FROM change_log WHERE entity_id = ? AND hlc = ? ORDER BY device DESC",
                             (ident, local)).fetchone()
        return row is None or device > row[0]

    def _rival(self, change: Change, name: str, value: Any) -> tuple[str, Any] | None:
        """A value of this field, set here by a change concurrent with the received one (neither is in the other's
        chain of replaced clocks, as far as this log holds them), that differs from it: the latest such, or None.
        A value already in a conflict with one the received change descends from is not queued again (the person
        who made it had it before them)."""
        sets: dict[str, tuple[str | None, Any]] = {}  # by stamp (what a replaced clock names)
        every: list[tuple[str, str, str | None, Any]] = []
        for hlc, device, op, fields, replaced in self.c.execute(
                "SELECT hlc, device, op, fields, replaced FROM change_log WHERE entity_id = ? "
                "AND op IN ('create', 'update') AND fields IS NOT NULL", (change.entity_id,)):
            values = loads(fields)
            if name in values:
                before = (loads(replaced) or {}).get(name) if op == "update" and replaced else None
                sets.setdefault(hlc, (before, values[name]))
                every.append((hlc, device, before, values[name]))

        def chain(start: str | None) -> set[str]:
            found: set[str] = set()
            while start and start not in found:
                found.add(start)
                start = sets[start][0] if start in sets else None
            return found

        ancestors = chain((change.replaced or {}).get(name))
        queued: dict[str, set[str]] = {}
        for a, b in self.c.execute("SELECT local_hlc, remote_hlc FROM conflict WHERE entity_id = ? AND field = ? "
                                   "AND element IS NULL", (change.entity_id, name)):
            queued.setdefault(a, set()).add(b)
            queued.setdefault(b, set()).add(a)
        text = dumps(value)
        best: tuple[str, Any] | None = None
        for hlc, device, before, x in every:
            if (hlc in ancestors and hlc != change.hlc) or (hlc, device) == (change.hlc, change.device) \
                    or dumps(x) == text or queued.get(hlc, set()) & ancestors:
                continue
            if change.hlc in chain(before):
                continue
            if best is None or hlc > best[0]:
                best = (hlc, x)
        return best

    def _replaced_at(self, ident: str, hlc: str, field: str, key: str | None = None) -> str:
        """The clock that the change stamped ``hlc`` here replaced, for this field (or element): what it had seen."""
        row = self.c.execute("SELECT op, replaced, elements FROM change_log WHERE entity_id = ? AND hlc = ?",
                             (ident, hlc)).fetchone()
        if row is None or row[0] != "update":
            return ""
        if key is None:
            return (loads(row[1]) if row[1] else {}).get(field) or ""
        for _op, k, replaced, _ in (loads(row[2]) if row[2] else {}).get(field, ()):
            if k == key:
                return replaced or ""
        return ""

    def _queue(self, kind: str, code: str, change: Change, **facts: Any) -> None:
        conflicts.add(self.vault, kind, code, change.entity, change.entity_id, remote_hlc=change.hlc,
                      remote_device=change.device, **facts)
        if kind == conflicts.CONFLICT:
            self.conflicts += 1
        else:
            self.notices += 1

    # -- creates ------------------------------------------------------------------------------------------------------
    def _creates(self, entity: str, items: list[Change]) -> None:
        if not items:
            return
        table = self.tables[entity]
        codec = table.codec
        present = self._present(codec.table, [c.entity_id for c in items])
        records, ids, origins = [], [], []
        numbers: dict[str, tuple[str, str]] = {}  # member numbers given by this batch's creates: (clock, id)
        batch: set[str] = set()  # the ids this batch creates
        again: list[Change] = []
        for change in items:
            ident = change.entity_id
            if ident in self.gone or change.fields is None:
                self._log(_scrubbed(change))
                continue
            if ident in present:  # (a snapshot brought it already; or a code both laptops made: merged field by field)
                if entity not in _NAMED:
                    self._log(change)
                elif ident in batch:  # (made by two others, both received here: the second merged once stored)
                    again.append(change)
                else:
                    self._update(change)
                continue
            if entity in _REFERENCES and self._missing_reference(entity, change.fields, batch):
                self._park(change)
                continue
            present.add(ident)
            if entity == "saved_search":
                change = self._unique_name(change)
            elif entity == "person" and change.fields.get("member_number"):
                number = change.fields["member_number"]
                earlier = numbers.get(number)
                if earlier is not None and earlier < (change.hlc, ident):
                    change = self._number_lost(change, earlier[1])
                else:
                    if earlier is None and not self._number_free(change, number, change.hlc):
                        change = self._number_lost(change, self._holder(number, ident) or "")
                    else:
                        numbers[number] = (change.hlc, ident)
            records.append(codec.obj_of_plain(change.fields))
            ids.append(ident)
            batch.add(ident)
            origins.append((change.hlc, change.device, change.author))
        if records:
            table.insert_many(records, ids=ids, origins=origins)
            self.applied += len(records)
        for change in again:
            self._update(change)
        while self.number_lost:
            self._clear_number(self.number_lost.pop())

    def _present(self, table: str, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found.update(r[0] for r in self.c.execute(
                f"SELECT id FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk))  # noqa: S608
        return found

    def _unique_name(self, change: Change) -> Change:
        """Saved searches have unique names: of two made with one name on two laptops, the later (by clock, then id)
        takes the last characters of its id after the name, on every laptop (here, renaming one's own is a change)."""
        name = (change.fields or {}).get("name") or ""
        row = self.c.execute("SELECT id, created, name FROM saved_search WHERE name = ?", (name,)).fetchone()
        if row is None:
            return change
        if (change.hlc, change.entity_id) > (row[1], row[0]):
            fields = {**(change.fields or {}), "name": f"{name} ({change.entity_id[-8:]})"}
            return Change(change.op, change.entity, change.entity_id, fields, None, None, change.hlc, change.device,
                          change.author)
        self.tables["saved_search"].update_fields(row[0], {"name": f"{row[2]} ({row[0][-8:]})"})
        return change

    # member numbers are unique among live people: of two people given one number on two laptops, the one given it
    # first (by clock, then id) keeps it on every laptop; the other's is emptied (here, on one's own, by a change
    # that replicates), with a notice
    def _holder(self, number: str, other_than: str) -> str | None:
        row = self.c.execute("SELECT id FROM person WHERE member_number = ? AND deleted IS NULL AND id != ?",
                             (number, other_than)).fetchone()
        return row[0] if row else None

    def _number_free(self, change: Change, number: str, hlc: str) -> bool:
        """Whether this change may give ``number`` to its person: nobody here has it, or whoever has it was given
        it later (their number is then emptied here, by a change of this laptop's)."""
        holder = self._holder(number, change.entity_id)
        if holder is None:
            return True
        row = self.c.execute("SELECT created, clocks FROM person WHERE id = ?", (holder,)).fetchone()
        given = loads(row[1] or "{}").get("member_number", row[0])
        if (given, holder) < (hlc, change.entity_id):
            return False
        self.tables["person"].update_fields(holder, {"member_number": ""})
        self._queue(conflicts.NOTICE, conflicts.NUMBER_TAKEN, change, field="member_number", local=holder,
                    remote=number, local_hlc=given)
        return True

    def _number_on_restore(self, change: Change) -> None:
        """A person coming back whose member number another live person has meanwhile: the one given it later loses
        it (the restored one's emptied by a change of this laptop's, written to its tombstoned row)."""
        found = self._row("person", change.entity_id)
        if found is None:
            return
        row, at = found
        number = row[at["member_number"]]
        if not number or self._number_free(change, number, loads(row[at["clocks"]] or "{}").get(
                "member_number", row[at["created"]])):
            return
        table = self.tables["person"]
        clocks = loads(row[at["clocks"]] or "{}")
        sets = field_sets(table.codec, {"member_number": number}, {"member_number": ""}, clocks, row[at["created"]])
        table.apply_update(Change.update("person", change.entity_id, sets), row, at, clocks)
        self._number_lost(change, self._holder(number, change.entity_id) or "")
        self.number_lost.remove(change.entity_id)

    def _clear_number(self, ident: str) -> None:
        """A received person stored without the member number it lost: this laptop's decision is a change of its
        own, which replicates (every laptop then empties it, whatever it holds there)."""
        found = self._row("person", ident)
        if found is None:
            return
        row, at = found
        clocks = loads(row[at["clocks"]] or "{}")
        replaced = clocks.get("member_number", row[at["created"]])
        change = Change.update("person", ident, {"member_number": FieldSet("", replaced)})
        self.tables["person"].apply_update(change, row, at, clocks)

    def _number_lost(self, change: Change, holder: str) -> Change:
        number = (change.fields or {}).get("member_number")
        self.number_lost.append(change.entity_id)
        self._queue(conflicts.NOTICE, conflicts.NUMBER_TAKEN, change, field="member_number", local=holder,
                    remote=number)
        return Change(change.op, change.entity, change.entity_id, {**(change.fields or {}), "member_number": ""},
                      change.replaced, change.elements, change.hlc, change.device, change.author)

    def _missing_reference(self, entity: str, fields: dict[str, Any], batch: set[str]) -> bool:
        """Whether the record refers to one not here yet (an erased one is not awaited: see _orphans)."""
        for name, target in _REFERENCES.get(entity, ()):
            target = target or (fields.get("to_entity") or "person")
            ident = fields.get(name) or ""
            if ident in batch or target not in BY_ENTITY or self._erased_here(ident):
                continue
            if not self.c.execute(f"SELECT 1 FROM {BY_ENTITY[target].table} WHERE id = ?",  # noqa: S608
                                  (ident,)).fetchone():
                return True
        return False

    # -- updates ------------------------------------------------------------------------------------------------------
    def _update(self, change: Change) -> None:
        table = self.tables[change.entity]
        found = self._row(change.entity, change.entity_id)
        if found is None:
            self._absent(change)
            return
        row, at = found
        codec = table.codec
        clocks = loads(row[at["clocks"]] or "{}")
        created = row[at["created"]]
        current = codec.plain_decoder(at, with_id=False)(row)
        merged = dict(clocks)
        values: dict[str, Any] = {}
        hlc, ident = change.hlc, change.entity_id
        for name, value in (change.fields or {}).items():
            kind = codec.by_name[name].kind
            if kind.multi and change.elements and name in change.elements:
                new = self._elements(change, name, kind, current.get(name), value, merged, created)
                if new is not None:
                    values[name] = new
                merged[name] = max(merged.get(name, created), hlc)
                continue
            local = clocks.get(name, created)
            replaced = (change.replaced or {}).get(name) or ""
            mine = current.get(name)
            same = dumps(mine) == dumps(value)
            wins = self._later(hlc, change.device, local, ident)
            if kind.multi:
                concurrent = replaced < local if wins else self._replaced_at(ident, local, name) < hlc
                if concurrent:  # a list reordered, nothing else: the local order stays
                    continue
            if wins and name == "member_number" and value and change.entity == "person" \
                    and not self._number_free(change, value, hlc):
                self._number_lost(change, self._holder(value, ident) or "")
                value = ""
                same = dumps(mine) == dumps(value)
            rival = None if kind.multi else self._rival(change, name, value)
            if rival is not None:
                self._queue(conflicts.CONFLICT, conflicts.FIELD, change, field=name, local=rival[1], remote=value,
                            local_hlc=rival[0])
            elif wins and replaced:
                conflicts.settled_elsewhere(self.vault, ident, name, None, replaced, hlc)
            if wins:
                merged[name] = hlc
                if not same:
                    values[name] = value
        table.apply_update(change, row, at, clocks, values=values, merged_clocks=merged)
        self.applied += 1
        while self.number_lost:
            self._clear_number(self.number_lost.pop())
        if row[at["deleted"]] is not None:
            self._settle(change)

    def _elements(self, change: Change, name: str, kind: Kind, mine: Any, value: Any, merged: dict[str, Any],
                  created: str) -> Any:
        """The field's new value, merged element by element (None: nothing changes here)."""
        local, remote = keyed(kind, mine), keyed(kind, value)
        order = list(local)
        clocks = dict(merged.get(name + "[]") or {})
        removed = dict(merged.get(name + "[-]") or {})  # key -> what the removal had seen of the element
        hlc, ident = change.hlc, change.entity_id
        gone_at: dict[str, int] = {}
        changed = False
        for e in change.elements[name]:  # type: ignore[index]
            if e.op is Element.REMOVE:
                removed[e.key] = max(removed.get(e.key, ""), e.replaced or "")
                if e.key not in local:
                    continue
                held = clocks.get(e.key, created)
                if (e.replaced or "") >= held:
                    gone_at[e.key] = order.index(e.key)
                    order.remove(e.key)
                    del local[e.key]
                    clocks.pop(e.key, None)
                    changed = True
                else:  # edited here since the other laptop saw it: the edit wins
                    self._queue(conflicts.NOTICE, conflicts.KEPT_ELEMENT, change, field=name, element=e.key,
                                local=local[e.key], local_hlc=held)
                continue
            new = remote.get(e.key)
            if new is None:
                continue
            if e.key in local:
                held = clocks.get(e.key, created)
                old = local[e.key]
                if dumps(old) == dumps(new):
                    clocks[e.key] = max(held, hlc)
                    continue
                wins = self._later(hlc, change.device, held, ident)
                concurrent = (e.replaced or "") < held if wins else self._replaced_at(ident, held, name, e.key) < hlc
                if concurrent:
                    self._queue(conflicts.CONFLICT, conflicts.ELEMENT, change, field=name, element=e.key, local=old,
                                remote=new, local_hlc=held)
                elif wins and e.replaced:
                    conflicts.settled_elsewhere(self.vault, ident, name, e.key, e.replaced, hlc)
                if wins:
                    local[e.key] = new
                    clocks[e.key] = hlc
                    changed = True
                continue
            seen_by_removal = removed.get(e.key)
            if seen_by_removal is not None and seen_by_removal >= hlc:
                continue  # removed here by a change that had seen this one
            at = gone_at.get(e.replaces) if e.replaces else None
            if at is not None:
                order.insert(at, e.key)
            else:
                order.append(e.key)
            local[e.key] = new
            clocks[e.key] = hlc
            changed = True
        if clocks:
            merged[name + "[]"] = clocks
        else:
            merged.pop(name + "[]", None)
        if removed:
            merged[name + "[-]"] = removed
        if not changed:
            return None
        return {k: local[k] for k in order} if isinstance(kind, Pairs) else [local[k] for k in order]

    # -- tombstones ---------------------------------------------------------------------------------------------------
    def _delete(self, change: Change) -> None:
        if self._row(change.entity, change.entity_id) is None:
            self._absent(change)
            return
        self._log(change)
        self._settle(change)

    _restore = _delete

    def _settle(self, change: Change) -> None:
        """The record's tombstone from its log: deleted by its latest delete unless a later restore lifted it, or an
        edit made elsewhere that the delete had not seen (an edit is never silently lost)."""
        entity, ident = change.entity, change.entity_id
        table = self.tables[entity]
        deletes, restores = [], []
        for op, hlc, fields in self.c.execute("SELECT op, hlc, fields FROM change_log WHERE entity_id = ? AND "
                                              "op IN ('delete', 'restore')", (ident,)):
            if op == "delete":
                deletes.append((hlc, (loads(fields) or {}).get("saw") if fields else None))
            else:
                restores.append(hlc)
        want = None
        edited = False
        if deletes:
            hlc, saw = max(deletes)
            if not restores or max(restores) < hlc:
                edits = ",".join(f"'{x}'" for x in _EDITS)
                last = self.c.execute(f"SELECT max(hlc) FROM change_log WHERE entity_id = ? AND op IN ({edits})",  # noqa: S608
                                      (ident,)).fetchone()[0]
                edited = bool(last and last > (saw or hlc))
                want = None if edited else hlc
        (held,) = self.c.execute(f"SELECT deleted FROM {table.table} WHERE id = ?", (ident,)).fetchone()  # noqa: S608
        if (held is None) == (want is None):
            if held is not None and want != held:
                self.c.execute(f"UPDATE {table.table} SET deleted = ? WHERE id = ?", (want, ident))  # noqa: S608
            if change.op is Op.DELETE and want is None and edited:
                self._queue(conflicts.NOTICE, conflicts.DELETE_REFUSED, change)
            return
        if want is None and entity == "person":
            self._number_on_restore(change)
        self.c.execute(f"UPDATE {table.table} SET deleted = ? WHERE id = ?", (want, ident))  # noqa: S608
        if want is None:
            table.after_write([ident])
            if edited or change.op is not Op.RESTORE:
                self._queue(conflicts.NOTICE, conflicts.RESTORED, change)
        else:
            table.after_delete([ident])
            self.deleted += 1

    # -- tags, links, versions, merges ------------------------------------------------------------------------------
    def _tag(self, change: Change) -> None:
        from . import tags
        found = self._row(change.entity, change.entity_id)
        if found is None:
            self._absent(change)
            return
        if not self._log(change):
            return
        ident, name = change.entity_id, change.fields["tag"]  # type: ignore[index]
        latest = self.c.execute(
            "SELECT op FROM change_log WHERE entity_id = ? AND op IN ('tag', 'untag') AND "
            "lower(json_extract(fields, '$.tag')) = lower(?) ORDER BY hlc DESC, device DESC LIMIT 1",
            (ident, name)).fetchone()
        want = latest is not None and latest[0] == "tag"
        row = self.c.execute("SELECT t.rid FROM record_tag rt JOIN tag t ON t.rid = rt.tag_rid "
                             "WHERE rt.entity_id = ? AND t.name = ?", (ident, name)).fetchone()
        if want and row is None:
            rid, _ = tags._tag_row(self.vault, name)
            self.c.execute("INSERT OR IGNORE INTO record_tag(tag_rid, entity, entity_id) VALUES (?, ?, ?)",
                           (rid, change.entity, ident))
        elif not want and row is not None:
            self.c.execute("DELETE FROM record_tag WHERE tag_rid = ? AND entity_id = ?", (row[0], ident))
        else:
            return self._after_edit(change, found)
        if found[0][found[1]["deleted"]] is None:
            tags._reindex(self.vault, {change.entity: [ident]})
        self._after_edit(change, found)

    _untag = _tag

    def _after_edit(self, change: Change, found: tuple[tuple, dict[str, int]]) -> None:
        if found[0][found[1]["deleted"]] is not None:
            self._settle(change)

    def _link(self, change: Change) -> None:
        found = self._row("document", change.entity_id)
        if found is None:
            self._absent(change)
            return
        ident, target, target_id = change.entity_id, change.fields["entity"], change.fields["id"]  # type: ignore[index]
        if self._erased_here(target_id):  # a link naming an erased person: its payload goes, the link too
            self._log(_scrubbed(change))
            self.c.execute("DELETE FROM document_link WHERE document_id = ? AND entity_id = ?", (ident, target_id))
            return
        if not self._log(change):
            return
        latest = self.c.execute(
            "SELECT op FROM change_log WHERE entity_id = ? AND op IN ('link', 'unlink') AND "
            "json_extract(fields, '$.entity') = ? AND json_extract(fields, '$.id') = ? "
            "ORDER BY hlc DESC, device DESC LIMIT 1", (ident, target, target_id)).fetchone()
        if latest is not None and latest[0] == "link":
            self.c.execute("INSERT OR IGNORE INTO document_link(document_id, entity, entity_id) VALUES (?, ?, ?)",
                           (ident, target, target_id))
        else:
            self.c.execute("DELETE FROM document_link WHERE document_id = ? AND entity = ? AND entity_id = ?",
                           (ident, target, target_id))
        self._after_edit(change, found)

    _unlink = _link

    def _version(self, change: Change) -> None:
        found = self._row("document", change.entity_id)
        if found is None:
            self._absent(change)
            return
        fields = dict(change.fields or {})
        content = fields.pop("content", None)
        logged = Change(change.op, change.entity, change.entity_id, fields, None, None, change.hlc, change.device,
                        change.author)
        if not self._log(logged):
            return
        ident = change.entity_id
        if content is not None and not self.c.execute(
                "SELECT 1 FROM document_version WHERE document_id = ? AND created = ? AND sha256 = ?",
                (ident, change.hlc, fields["sha256"])).fetchone():
            # concurrent versions are both kept; every vault numbers a document's versions in the order of their
            # clocks (a version received late takes its place, the later ones move up), the latest one current
            self.c.execute("INSERT INTO document_version(document_id, number, file_name, media_type, size, sha256, "
                           "created, content) VALUES (?, -1, ?, ?, ?, ?, ?, ?)",
                           (ident, fields["file_name"], fields["media_type"], fields["size"], fields["sha256"],
                            change.hlc, base64.b64decode(content)))
            rids = [r[0] for r in self.c.execute("SELECT rid FROM document_version WHERE document_id = ? "
                                                 "ORDER BY created, sha256", (ident,))]
            self.c.executemany("UPDATE document_version SET number = ? WHERE rid = ?",
                               [(-2 - n, rid) for n, rid in enumerate(rids)])
            self.c.executemany("UPDATE document_version SET number = ? WHERE rid = ?",
                               [(n + 1, rid) for n, rid in enumerate(rids)])
            self.c.execute("UPDATE document SET current_version = ?, updated = max(updated, ?) WHERE id = ?",
                           (len(rids), change.hlc, ident))
        self._after_edit(change, found)

    def _merge(self, change: Change) -> None:  # the merge's effects are changes of their own: logged as it is
        self._log(change)

    # -- erasure ------------------------------------------------------------------------------------------------------
    def _erase(self, change: Change) -> None:
        ident, entity = change.entity_id, change.entity
        if changelog.seen(self.vault, [change.key]):
            return
        self.gone.add(ident)
        self.scrub = True
        found = self._row(entity, ident)
        if entity == "person" and found is not None:
            from .erase import _erase
            _erase(self.vault, ident, change)
        else:
            changelog.scrub(self.vault, [ident], linking=ident)
            for table in ("record_tag", "conflict", "parked_change"):
                self.c.execute(f"DELETE FROM {table} WHERE entity_id = ?", (ident,))  # noqa: S608
            if found is not None:
                if entity == "document":
                    self.c.execute("DELETE FROM document_link WHERE document_id = ?", (ident,))
                    self.c.execute("DELETE FROM document_version WHERE document_id = ?", (ident,))
                self.c.execute(f"DELETE FROM {BY_ENTITY[entity].table} WHERE id = ?", (ident,))  # noqa: S608
            changelog.write(self.vault, change)
        self.applied += 1
        self.erased += found is not None


# -- a canonical dump (convergence tests) -----------------------------------------------------------------------------
def canonical(vault: Vault) -> dict:
    """Every record (each field's plain value, multi-valued fields as their elements by key, its tombstone, its tags
    case-folded as tag names compare, a document's links and versions), and the erased ids: what every vault of a
    team holds alike once each has applied the same changes. Nothing local: no row numbers, device, order of a list's
    elements, time of a read, conflict queue, or a version's number (concurrent versions are numbered where they
    arrive)."""
    c = vault.conn
    out: dict[str, Any] = {}
    for entity, codec in BY_ENTITY.items():
        cur = c.execute(f"SELECT * FROM {codec.table} ORDER BY id")  # noqa: S608
        at = {d[0]: n for n, d in enumerate(cur.description)}
        plain = codec.plain_decoder(at, with_id=False)
        records: dict[str, Any] = {}
        for row in cur:
            values = plain(row)
            for f in codec.fields:
                if f.kind.multi:
                    values[f.name] = dict(sorted(keyed(f.kind, values[f.name]).items()))
            records[row[at["id"]]] = {"fields": values, "deleted": row[at["deleted"]] is not None, "tags": []}
        out[entity] = records
    for entity, ident, name in c.execute("SELECT rt.entity, rt.entity_id, lower(t.name) FROM record_tag rt "
                                         "JOIN tag t ON t.rid = rt.tag_rid ORDER BY 1, 2, 3"):
        if ident in out.get(entity, {}):
            out[entity][ident]["tags"].append(name)
    for doc in out["document"].values():
        doc["links"], doc["versions"] = [], []
    for ident, entity, target in c.execute("SELECT document_id, entity, entity_id FROM document_link ORDER BY 1, 2, 3"):
        if ident in out["document"]:
            out["document"][ident]["links"].append([entity, target])
    for ident, created, sha, name, media, size in c.execute(
            "SELECT document_id, created, sha256, file_name, media_type, size FROM document_version ORDER BY 1, 2, 3"):
        if ident in out["document"]:
            out["document"][ident]["versions"].append([created, sha, name, media, size])
    out["erased"] = sorted(r[0] for r in c.execute("SELECT DISTINCT entity_id FROM change_log WHERE op = 'erase'"))
    return out
