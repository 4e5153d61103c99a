"""Tags on any record. Tagging is logged on the tagged record (op 'tag'/'untag') and re-indexes it."""

from __future__ import annotations

from collections.abc import Sequence

from ..core import validation
from ..core.changes import Change, Op
from ..core.errors import AmbiguousTag, Conflict, NotFound, TagExists
from ..core.text import clean, fold
from . import changelog
from .connection import Vault
from .json_text import dumps

TAGGABLE = ("person", "organisation", "document", "membership", "contribution", "relationship")


def entity_of(vault: Vault, ident: str) -> str:
    """Which kind of record carries this id (live records only)."""
    for table in TAGGABLE:
        if vault.conn.execute(f"SELECT 1 FROM {table} WHERE id = ? AND deleted IS NULL", (ident,)).fetchone():  # noqa: S608
            return table
    raise NotFound("record", ident)


def _reindex(vault: Vault, by_entity: dict[str, list[str]]) -> None:
    from .organisations import Organisations
    from .people import People
    if by_entity.get("person"):
        People(vault).after_write(by_entity["person"])
    if by_entity.get("organisation"):
        Organisations(vault).after_write(by_entity["organisation"])


def _tag_row(vault: Vault, name: str) -> tuple[int, str]:
    """(rid, stored name) of a validated tag name, the tag created when it is new. Names are unique without regard
    to ASCII case (the column is NOCASE): 'Bureau' finds 'bureau' and gets its spelling."""
    c = vault.conn
    row = c.execute("SELECT rid, name FROM tag WHERE name = ?", (name,)).fetchone()
    if row is None:
        c.execute("INSERT INTO tag(name, created) VALUES (?, ?)", (name, vault.hlc.now()))
        row = c.execute("SELECT rid, name FROM tag WHERE name = ?", (name,)).fetchone()
    return row[0], row[1]


def add_tag(vault: Vault, name: str, ids: Sequence[str], *, reindex: bool = True) -> int:
    """Tag records by id; returns how many gained the tag. Unknown ids fail the whole call. ``reindex=False``: the
    caller re-indexes the tagged records itself, in the same transaction (an import adding several tags to the
    same people re-indexes each person once, not once per tag)."""
    name = validation.tag_name(name)
    with vault.transaction() as c:
        kinds = {i: entity_of(vault, i) for i in ids}
        tag_rid, name = _tag_row(vault, name)
        changed: dict[str, list[str]] = {}
        for ident, kind in kinds.items():
            cur = c.execute("INSERT OR IGNORE INTO record_tag(tag_rid, entity, entity_id) VALUES (?, ?, ?)",
                            (tag_rid, kind, ident))
            if cur.rowcount:
                changelog.write(vault, Change(Op.TAG, kind, ident, {"tag": name}))
                changed.setdefault(kind, []).append(ident)
        if reindex:
            _reindex(vault, changed)
    return sum(len(v) for v in changed.values())


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def nocase(name: str) -> str:
    """The sort key of SQLite's NOCASE collation (ASCII letters folded, everything else by code point, which is
    UTF-8 byte order): tag names sorted with it come out in ``ORDER BY tag.name`` order."""
    return name.translate(_ASCII_LOWER)


def tag_new_records(vault: Vault, entity: str, ids: Sequence[str], names: Sequence[Sequence[str]]) -> list[list[str]]:
    """Tag records inserted in this transaction, which have no tag yet: what ``add_tag`` writes (a record_tag row
    and a 'tag' change-log entry per record and tag), with one query per distinct tag name and one executemany
    per table instead of several statements per record and tag. Returns each record's tags as stored, in
    ``ORDER BY tag.name`` order (as the search index lists them). The caller indexes the records."""
    c = vault.conn
    stored: dict[str, tuple[int, str]] = {}
    for wanted in names:
        for name in wanted:
            if name not in stored:
                stored[name] = _tag_row(vault, validation.tag_name(name))
    tag_rows, out = [], []
    payload = {rid: dumps({"tag": name}) for rid, name in stored.values()}  # a few tags, many records
    for ident, wanted in zip(ids, names, strict=True):
        chosen = dict(stored[name] for name in wanted)  # rid -> stored name; a tag given twice counts once
        tag_rows += [(rid, entity, ident) for rid in chosen]
        out.append(sorted(chosen.values(), key=nocase))
    c.executemany("INSERT INTO record_tag(tag_rid, entity, entity_id) VALUES (?, ?, ?)", tag_rows)
    device, author = vault.device, vault.author
    stamps = changelog.stamps(vault, len(tag_rows))
    changelog.write_rows(vault, entity, [(hlc, device, author, entity, ident, Op.TAG.value, payload[rid])
                                         for hlc, (rid, _, ident) in zip(stamps, tag_rows, strict=True)])
    return out


def remove_tag(vault: Vault, name: str, ids: Sequence[str]) -> int:
    with vault.transaction() as c:
        row = c.execute("SELECT rid, name FROM tag WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise NotFound("tag", name)
        changed: dict[str, list[str]] = {}
        for ident in ids:
            hit = c.execute("SELECT entity FROM record_tag WHERE tag_rid = ? AND entity_id = ?",
                            (row[0], ident)).fetchone()
            if hit is None:
                continue
            c.execute("DELETE FROM record_tag WHERE tag_rid = ? AND entity_id = ?", (row[0], ident))
            changelog.write(vault, Change(Op.UNTAG, hit[0], ident, {"tag": row[1]}))
            changed.setdefault(hit[0], []).append(ident)
        _reindex(vault, changed)
    return sum(len(v) for v in changed.values())


def list_tags(vault: Vault) -> list[tuple[str, int]]:
    return vault.conn.execute(
        "SELECT t.name, count(rt.entity_id) FROM tag t LEFT JOIN record_tag rt ON rt.tag_rid = t.rid "
        "GROUP BY t.rid ORDER BY t.name COLLATE NOCASE").fetchall()


def find_tag(vault: Vault, name: str) -> str | None:
    """The stored name of the tag someone means by ``name`` (the CLI's --tag, an export's selection): the tag spelt
    so (ASCII case ignored, as tag names are unique), else the one tag whose name matches it the way search matches
    text, accents and case ignored ('federation' finds 'Fédération'); None when no tag matches. When several tags
    match that way and none is spelt so ('Fédération' and 'federation' for 'fédération'), raises AmbiguousTag:
    a selection never silently takes more, or other, records than the user named."""
    name = clean(name)
    row = vault.conn.execute("SELECT name FROM tag WHERE name = ?", (name,)).fetchone()
    if row is not None:
        return row[0]
    wanted = fold(name)
    found = [n for (n,) in vault.conn.execute("SELECT name FROM tag ORDER BY name COLLATE NOCASE") if fold(n) == wanted]
    if len(found) > 1:
        raise AmbiguousTag(name, found)
    return found[0] if found else None


def tagged(vault: Vault, name: str) -> list[tuple[str, str]]:
    return vault.conn.execute(
        "SELECT rt.entity, rt.entity_id FROM record_tag rt JOIN tag t ON t.rid = rt.tag_rid WHERE t.name = ?",
        (name,)).fetchall()


# -- renaming, merging and deleting tags (one transaction each; every record concerned is logged and re-indexed) ----
def _stored(vault: Vault, name: str) -> tuple[int, str]:
    """(rid, stored name) of the tag someone means by ``name``, found as ``find_tag`` finds it."""
    found = find_tag(vault, name)
    if found is None:
        raise NotFound("tag", name)
    row = vault.conn.execute("SELECT rid, name FROM tag WHERE name = ?", (found,)).fetchone()
    return row[0], row[1]


def _carriers(vault: Vault, rid: int) -> list[tuple[str, str]]:
    return vault.conn.execute("SELECT entity, entity_id FROM record_tag WHERE tag_rid = ? ORDER BY entity, entity_id",
                              (rid,)).fetchall()


def _by_entity(vault: Vault, records: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    """The live people and organisations among these records, by kind (what the search index holds: a deleted
    record keeps its tags, but has no index entry)."""
    out: dict[str, list[str]] = {}
    for kind in ("person", "organisation"):
        ids = [ident for k, ident in records if k == kind]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            out.setdefault(kind, []).extend(r[0] for r in vault.conn.execute(
                f"SELECT id FROM {kind} WHERE id IN ({marks}) AND deleted IS NULL", chunk))  # noqa: S608
    return out


def _note_tags(vault: Vault) -> None:
    """The tags themselves changed (renamed, merged, deleted): the "vault changed" event says so (entity 'tag', no
    record ids), for the lists of tags, even when no record carried the tag (no change is logged then)."""
    changelog.pending(vault).add("tag", ())


def rename_tag(vault: Vault, old: str, new: str) -> tuple[str, int]:
    """Rename a tag: each record carrying it now carries the new name, logged on the record as the untag of the old
    name and the tag of the new one (what another laptop replays), and re-indexed. A change of case only is a
    rename too. Returns (the old name as it was stored, how many records carry the tag). A tag already named
    ``new`` is refused (TagExists: merge them instead)."""
    new = validation.tag_name(new)
    with vault.transaction() as c:
        rid, stored = _stored(vault, old)
        other = c.execute("SELECT rid FROM tag WHERE name = ?", (new,)).fetchone()
        if other is not None and other[0] != rid:
            raise TagExists(new)
        carriers = _carriers(vault, rid)
        if new == stored:
            return stored, len(carriers)
        c.execute("UPDATE tag SET name = ? WHERE rid = ?", (new, rid))
        _note_tags(vault)
        for kind, ident in carriers:
            changelog.write(vault, Change(Op.UNTAG, kind, ident, {"tag": stored}))
            changelog.write(vault, Change(Op.TAG, kind, ident, {"tag": new}))
        _reindex(vault, _by_entity(vault, carriers))
    return stored, len(carriers)


def merge_tags(vault: Vault, source: str, target: str) -> tuple[str, str, int]:
    """Merge tag ``source`` into tag ``target``: every record carrying ``source`` carries ``target`` instead (logged
    on each record: the untag of ``source``, and the tag of ``target`` where it did not carry it yet), re-indexed;
    ``source`` is gone. Returns (source, target as stored, how many records carried ``source``)."""
    with vault.transaction() as c:
        source_rid, source_name = _stored(vault, source)
        target_rid, target_name = _stored(vault, target)
        if source_rid == target_rid:
            raise Conflict(f"tag {source_name!r} cannot be merged into itself")
        carriers = _carriers(vault, source_rid)
        for kind, ident in carriers:
            c.execute("DELETE FROM record_tag WHERE tag_rid = ? AND entity = ? AND entity_id = ?",
                      (source_rid, kind, ident))
            changelog.write(vault, Change(Op.UNTAG, kind, ident, {"tag": source_name}))
            added = c.execute("INSERT OR IGNORE INTO record_tag(tag_rid, entity, entity_id) VALUES (?, ?, ?)",
                              (target_rid, kind, ident)).rowcount
            if added:
                changelog.write(vault, Change(Op.TAG, kind, ident, {"tag": target_name}))
        c.execute("DELETE FROM tag WHERE rid = ?", (source_rid,))
        _note_tags(vault)
        _reindex(vault, _by_entity(vault, carriers))
    return source_name, target_name, len(carriers)


def delete_tag(vault: Vault, name: str) -> tuple[str, int]:
    """Delete a tag: removed from every record carrying it (an 'untag' logged on each, re-indexed), then the tag
    itself. Returns (the name as stored, how many records carried it)."""
    with vault.transaction() as c:
        rid, stored = _stored(vault, name)
        carriers = _carriers(vault, rid)
        c.execute("DELETE FROM record_tag WHERE tag_rid = ?", (rid,))
        for kind, ident in carriers:
            changelog.write(vault, Change(Op.UNTAG, kind, ident, {"tag": stored}))
        c.execute("DELETE FROM tag WHERE rid = ?", (rid,))
        _note_tags(vault)
        _reindex(vault, _by_entity(vault, carriers))
    return stored, len(carriers)
