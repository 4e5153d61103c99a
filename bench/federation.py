"""The synthetic federation the benchmark runs on: the seeded demo generator at federation scale,
plus an unencrypted copy (stdlib sqlite3) to price the encryption. Files live in a temporary folder."""

from __future__ import annotations

import random
import resource
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from commons_desktop.services.demo import generate
from commons_desktop.vault.connection import Vault

from .timing import now

PASSPHRASE = "bench: correct horse battery staple"
FULL = {"people": 100_000, "organisations": 20_000, "memberships": 50_000, "contributions": 300_000,
        "documents": 2_000}
# 60% of generated memberships are active: 50,000 memberships give the ~30,000 active ones asked for


def sizes_for(people: int) -> dict[str, int]:
    """The full federation's proportions, scaled to ``people``."""
    scale = people / FULL["people"]
    return {k: (people if k == "people" else max(1, round(n * scale))) for k, n in FULL.items()}


@dataclass
class Context:
    work: Path
    sizes: dict[str, int]
    seed: int = 1
    vault_path: Path | None = None
    key_hex: str = ""
    plain_path: Path | None = None
    counts: dict[str, int] = field(default_factory=dict)
    generate_seconds: float = 0.0
    generate_cpu_seconds: float = 0.0  # the process's CPU time while generating (a loaded machine adds waits to wall)
    generate_rss_mb: float = 0.0
    small: bool = False
    shared: dict = field(default_factory=dict)  # data several measurements reuse (exchange_data's files)

    @property
    def insert_people(self) -> int:
        return self.sizes["people"]

    def rng(self, salt: str) -> random.Random:
        return random.Random(f"{self.seed}:{salt}")

    def open_vault(self) -> Vault:
        return Vault.open(self.vault_path, key=self.key_hex, device="bench", author="bench")

    def cipher(self) -> sqlcipher3.Connection:
        """A bare sqlcipher3 connection to the federation vault (raw key, no KDF, the vault's page cache)."""
        conn = sqlcipher3.connect(str(self.vault_path), isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{self.key_hex}'\"")
        return _same_cache(conn)

    def plain(self) -> sqlite3.Connection:
        return _same_cache(sqlite3.connect(str(self.plain_path), isolation_level=None))


def _same_cache(conn):
    """Read floors get the page cache and temp store the vault's own connections have (vault/connection.py)."""
    conn.execute("PRAGMA cache_size = -32000")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def build(ctx: Context, progress=None) -> None:
    """Generate the federation into ctx.work and make its unencrypted twin."""
    ctx.vault_path = ctx.work / "federation.commons"
    vault = Vault.create(ctx.vault_path, PASSPHRASE, name="Bench federation", device="bench", author="bench")
    ctx.key_hex = vault.key.hex
    start, start_cpu = now(), time.process_time()
    ctx.counts = generate(vault, people=ctx.sizes["people"], organisations=ctx.sizes["organisations"],
                          seed=ctx.seed, memberships=ctx.sizes["memberships"],
                          contributions=ctx.sizes["contributions"], documents=ctx.sizes["documents"],
                          progress=progress)
    ctx.generate_seconds = now() - start
    ctx.generate_cpu_seconds = time.process_time() - start_cpu
    ctx.generate_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ctx.counts["active memberships"] = vault.conn.execute(
        "SELECT count(*) FROM membership WHERE status = 'active'").fetchone()[0]
    vault.close()
    ctx.plain_path = ctx.work / "federation-plain.sqlite"
    conn = ctx.cipher()
    conn.execute(f"ATTACH DATABASE '{ctx.plain_path}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
