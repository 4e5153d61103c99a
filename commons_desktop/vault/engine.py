"""The database engine this installation runs on: SQLCipher's and SQLite's versions, the crypto provider, and
whether FTS5 was compiled in. Read from an open vault (the self-test asks; nothing else needs it)."""

from __future__ import annotations

from dataclasses import dataclass

from .connection import Vault


@dataclass(frozen=True)
class Engine:
    cipher_version: str     # "4.19.0 community"
    cipher_provider: str    # "openssl"
    sqlite_version: str     # "3.53.4"
    fts5: bool

    @property
    def cipher_major(self) -> int:
        head = self.cipher_version.split(".", 1)[0]
        return int(head) if head.isdigit() else 0


def engine(vault: Vault) -> Engine:
    conn = vault.conn

    def one(sql: str) -> str:
        row = conn.execute(sql).fetchone()
        return str(row[0]) if row and row[0] is not None else ""

    options = {str(row[0]).upper() for row in conn.execute("PRAGMA compile_options")}
    return Engine(one("PRAGMA cipher_version"), one("PRAGMA cipher_provider"), one("SELECT sqlite_version()"),
                  "ENABLE_FTS5" in options)
