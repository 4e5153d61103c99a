"""How many records of each kind a vault holds: kept by the schema (table record_count, maintained by triggers on
every write since the schema step KEPT_COUNTS), so that reading them costs one small query whatever the vault's size.

``kept`` is what `info` shows. ``recount`` counts the tables themselves: for a vault of an older schema opened
without upgrading it (read-only), and for checking that the kept counts are right.
"""

from __future__ import annotations

from .connection import Vault
from .migrations import KEPT_COUNTS_VERSION as KEPT_SINCE  # the schema version that made record_count

# kind -> (table, counts live records only: the kinds with tombstones)
KINDS: dict[str, tuple[str, bool]] = {
    "people": ("person", True), "organisations": ("organisation", True), "relationships": ("relationship", True),
    "memberships": ("membership", True), "contributions": ("contribution", True), "documents": ("document", True),
    "saved_searches": ("saved_search", True), "tags": ("tag", False), "changes": ("change_log", False),
}


def kept(vault: Vault) -> dict[str, int]:
    """The counts as kept by the vault (a vault of an older schema, which keeps none, is counted)."""
    if vault.schema_version < KEPT_SINCE:
        return recount(vault)
    rows = dict(vault.conn.execute("SELECT kind, count FROM record_count").fetchall())
    return {kind: int(rows.get(kind, 0)) for kind in KINDS}


def recount(vault: Vault) -> dict[str, int]:
    """Every table counted (a full read of each); a table the vault's schema does not have yet counts 0."""
    c = vault.conn
    present = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    out = {}
    for kind, (table, live) in KINDS.items():
        where = " WHERE deleted IS NULL" if live else ""
        out[kind] = c.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0] if table in present else 0  # noqa: S608
    return out
