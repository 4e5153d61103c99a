"""Tags on any record. Tagging is logged on the tagged record (op 'tag'/'untag') and re-indexes it."""

from __future__ import annotations

from collections.abc import Sequence

from ..core import validation
from ..core.errors import NotFound
from .connection import Vault
from .records import log_change

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


def add_tag(vault: Vault, name: str, ids: Sequence[str], *, reindex: bool = True) -> int:
    """Tag records by id; returns how many gained the tag. Unknown ids fail the whole call. ``reindex=False``: the
    caller re-indexes the tagged records itself, in the same transaction (an import adding several tags to the
    same people re-indexes each person once, not once per tag)."""
    name = validation.tag_name(name)
    with vault.transaction() as c:
        kinds = {i: entity_of(vault, i) for i in ids}
        row = c.execute("SELECT rid FROM tag WHERE name = ?", (name,)).fetchone()
        if row is None:
            c.execute("INSERT INTO tag(name, created) VALUES (?, ?)", (name, vault.hlc.now()))
            row = c.execute("SELECT rid, name FROM tag WHERE name = ?", (name,)).fetchone()
        else:
            name = c.execute("SELECT name FROM tag WHERE rid = ?", (row[0],)).fetchone()[0]
        tag_rid = row[0]
        changed: dict[str, list[str]] = {}
        for ident, kind in kinds.items():
            cur = c.execute("INSERT OR IGNORE INTO record_tag(tag_rid, entity, entity_id) VALUES (?, ?, ?)",
                            (tag_rid, kind, ident))
            if cur.rowcount:
                log_change(vault, vault.hlc.now(), kind, ident, "tag", {"tag": name})
                changed.setdefault(kind, []).append(ident)
        if reindex:
            _reindex(vault, changed)
    return sum(len(v) for v in changed.values())


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
            log_change(vault, vault.hlc.now(), hit[0], ident, "untag", {"tag": row[1]})
            changed.setdefault(hit[0], []).append(ident)
        _reindex(vault, changed)
    return sum(len(v) for v in changed.values())


def list_tags(vault: Vault) -> list[tuple[str, int]]:
    return vault.conn.execute(
        "SELECT t.name, count(rt.entity_id) FROM tag t LEFT JOIN record_tag rt ON rt.tag_rid = t.rid "
        "GROUP BY t.rid ORDER BY t.name COLLATE NOCASE").fetchall()


def tagged(vault: Vault, name: str) -> list[tuple[str, str]]:
    return vault.conn.execute(
        "SELECT rt.entity, rt.entity_id FROM record_tag rt JOIN tag t ON t.rid = rt.tag_rid WHERE t.name = ?",
        (name,)).fetchall()
