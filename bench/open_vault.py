"""Opening the vault: raw key (no KDF) and passphrase, against bare sqlcipher3 and stdlib sqlite3."""

from __future__ import annotations

import sqlite3

import sqlcipher3

from commons_desktop.vault.connection import Vault, VaultKey

from .federation import PASSPHRASE
from .registry import Row, measurement
from .timing import median_of, ms

FIRST_READ = "SELECT count(*) FROM sqlite_master"


def _bare(path: str, pragma_key: str) -> None:
    conn = sqlcipher3.connect(path, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {pragma_key}")
    conn.execute(FIRST_READ).fetchone()
    conn.close()


def _plain(path: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(FIRST_READ).fetchone()
    conn.close()


@measurement("open")
def measure(ctx) -> list[Row]:
    path = str(ctx.vault_path)
    key = VaultKey.from_hex(ctx.key_hex)
    opened: list[Vault] = []

    def open_raw() -> None:
        opened.append(Vault.open(path, key=key, device="bench"))

    def open_passphrase() -> None:
        opened.append(Vault.open(path, passphrase=PASSPHRASE, device="bench"))

    def close_opened() -> None:
        while opened:
            opened.pop().close()

    reps = 5 if ctx.small else 15
    raw = median_of(open_raw, reps, setup=close_opened)
    passphrase = median_of(open_passphrase, 3, setup=close_opened)
    close_opened()
    raw_key = f"\"x'{ctx.key_hex}'\""
    bare_raw = median_of(lambda: _bare(path, raw_key), reps)
    quoted = PASSPHRASE.replace("'", "''")
    bare_passphrase = median_of(lambda: _bare(path, f"'{quoted}'"), 3)
    plain = median_of(lambda: _plain(str(ctx.plain_path)), reps)
    return [
        Row("open, raw key (Vault.open)", ms(raw), "ms", ms(bare_raw), "bare sqlcipher3 connect + key + first read",
            "< 100 ms", raw < 0.1),
        Row("open, passphrase (Vault.open, KDF)", ms(passphrase), "ms", ms(bare_passphrase),
            "bare sqlcipher3 with passphrase (same KDF)"),
        Row("open, bare sqlcipher3 raw key (cost of encryption)", ms(bare_raw), "ms", ms(plain),
            "stdlib sqlite3 open + first read, unencrypted copy"),
    ]
