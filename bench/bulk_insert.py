"""Bulk insert of the federation's people through People.add_many, against the same rows written bare:
one transaction, one executemany per table (person, person_fts, change_log, contact_point)."""

from __future__ import annotations

import shutil
import sqlite3
import statistics

import sqlcipher3

from commons_desktop.services import demo_data
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People

from .federation import PASSPHRASE
from .registry import Row, measurement
from .timing import now

PRAGMAS = ("PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY", "PRAGMA secure_delete = ON",
           "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA cache_size = -32000")
TABLES = {
    "person": "SELECT * FROM person ORDER BY rid",
    "person_fts": "SELECT rowid, body FROM person_fts ORDER BY rowid",
    "change_log": "SELECT * FROM change_log WHERE entity = 'person' ORDER BY seq",
    "contact_point": "SELECT * FROM contact_point ORDER BY rowid",
}


def _templates(ctx) -> tuple:
    """An empty migrated vault and its unencrypted twin (same schema), copied before each run; and the key."""
    vault_tpl, plain_tpl = ctx.work / "insert-template.commons", ctx.work / "insert-template.sqlite"
    vault = Vault.create(vault_tpl, PASSPHRASE, device="bench", author="bench")
    key_hex = vault.key.hex
    vault.close()
    conn = _cipher(vault_tpl, key_hex)
    conn.execute(f"ATTACH DATABASE '{plain_tpl}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    return vault_tpl, plain_tpl, key_hex


def _cipher(path, key_hex: str):
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    return conn


def _columns(conn, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")] if table != "person_fts" else ["rowid", "body"]


def _write_bare(conn, rows: dict[str, list[tuple]], columns: dict[str, list[str]]) -> float:
    for pragma in PRAGMAS:
        conn.execute(pragma)
    start = now()
    conn.execute("BEGIN IMMEDIATE")
    for table, data in rows.items():
        names = ", ".join(f'"{c}"' for c in columns[table])
        marks = ", ".join("?" * len(columns[table]))
        conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", data)  # noqa: S608
    conn.execute("COMMIT")
    return now() - start


@measurement("bulk insert", federation=False)
def measure(ctx) -> list[Row]:
    count = ctx.insert_people
    rng = ctx.rng("insert")
    people = [demo_data.person(rng, n) for n in range(count)]
    vault_tpl, plain_tpl, key_hex = _templates(ctx)
    reps = 3  # the machine is shared: a single 100,000-person run varies by ±20%
    vault_times, rows, columns = [], {}, {}
    for i in range(reps):
        path = ctx.work / f"insert-{i}.commons"
        shutil.copyfile(vault_tpl, path)
        vault = Vault.open(path, key=key_hex, device="bench", author="bench")
        start = now()
        People(vault).add_many(people, validated=True)
        vault_times.append(now() - start)
        if i == reps - 1:  # the rows it wrote become the floor's input; the Person objects are no longer needed
            people.clear()
            columns = {t: _columns(vault.conn, t) for t in TABLES}
            rows = {t: vault.conn.execute(sql).fetchall() for t, sql in TABLES.items()}
        vault.close()
        path.unlink()
    floor_c, floor_p = [], []
    for i in range(3):
        path = ctx.work / f"insert-bare-{i}.commons"
        shutil.copyfile(vault_tpl, path)
        conn = _cipher(path, key_hex)
        floor_c.append(_write_bare(conn, rows, columns))
        conn.close()
        plain_path = ctx.work / f"insert-bare-{i}.sqlite"
        shutil.copyfile(plain_tpl, plain_path)
        conn = sqlite3.connect(str(plain_path), isolation_level=None)
        floor_p.append(_write_bare(conn, rows, columns))
        conn.close()
        for p in (path, plain_path):
            p.unlink()
            for side in (p.with_name(p.name + "-wal"), p.with_name(p.name + "-shm")):
                side.unlink(missing_ok=True)
    measured, bare_c, bare_p = (statistics.median(x) for x in (vault_times, floor_c, floor_p))
    extra = {t: len(r) for t, r in rows.items()}
    return [
        Row(f"bulk insert {count:,} people (People.add_many)", measured, "s", bare_c,
            "bare sqlcipher3: 1 transaction, 1 executemany per table", "within 2x of floor",
            measured <= 2 * bare_c, extra=extra),
        Row(f"bulk insert {count:,} people, bare sqlcipher3 (cost of encryption)", bare_c, "s", bare_p,
            "the same rows, stdlib sqlite3 unencrypted"),
    ]
