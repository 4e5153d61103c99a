"""Encrypted backups: a consistent SQLCipher copy under the same key, rotated; and restore.

A backup opens with the same passphrase as the vault at the time it was taken (same key and salt).
Nothing is ever decrypted to disk on the way.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import sqlcipher3

from ..core.errors import InvalidInput, VaultError, VaultNotFound
from .connection import Vault, VaultKey, _connect, _verify_key

BACKUP_SUFFIX = ".commons-backup"
_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?" + re.escape(BACKUP_SUFFIX) + "$")


def _export(vault: Vault, target: Path) -> None:
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # owner-only from the first byte
    with vault.lock:
        vault.conn.execute(f"ATTACH DATABASE ? AS backup_db KEY {vault.key.pragma_value()}", (str(tmp),))
        try:
            vault.conn.execute("SELECT sqlcipher_export('backup_db')")
            version = vault.schema_version
            vault.conn.execute(f"PRAGMA backup_db.user_version = {version:d}")
        finally:
            vault.conn.execute("DETACH DATABASE backup_db")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def _name(vault: Vault, directory: Path, label: str = "") -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(vault.clock()))
    stem = vault.path.stem + (f"-{label}" if label else "")
    candidate = directory / f"{stem}-{stamp}{BACKUP_SUFFIX}"
    n = 1
    while candidate.exists():
        candidate = directory / f"{stem}-{stamp}-{n}{BACKUP_SUFFIX}"
        n += 1
    return candidate


def backup_dir_beside(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".backups")


def backup_beside(vault: Vault, reason: str) -> Path:
    """A safety copy next to the vault, taken before a migration or a passphrase change."""
    directory = backup_dir_beside(vault.path)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = _name(vault, directory, reason)
    _export(vault, target)
    return target


def list_backups(directory: Path, stem: str) -> list[Path]:
    found = [p for p in directory.glob(f"{stem}-*{BACKUP_SUFFIX}") if _STAMP.search(p.name)
             and p.name[len(stem) + 1:len(stem) + 2].isdigit()]
    return sorted(found, key=lambda p: (_STAMP.search(p.name).group(1), p.stat().st_mtime_ns))


def backup_to(vault: Vault, directory: str | os.PathLike, keep: int = 7) -> tuple[Path, list[Path]]:
    """Write a rotating backup into ``directory``; keep the newest ``keep``. Returns (new, removed)."""
    if keep < 1:
        raise InvalidInput("keep must be at least 1")
    d = Path(directory)
    d.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = _name(vault, d)
    _export(vault, target)
    existing = list_backups(d, vault.path.stem)
    removed = existing[:-keep] if len(existing) > keep else []
    for old in removed:
        old.unlink()
    return target, removed


def verify_backup(path: Path, key: VaultKey) -> int:
    """Open a backup read-only with ``key``; raise unless it is sound. Returns its schema version."""
    if not path.is_file():
        raise VaultNotFound(str(path))
    conn = _connect(path, key)
    _verify_key(conn)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlcipher3.DatabaseError as exc:
        problems = [str(exc)]
        version = 0
    finally:
        conn.close()
    if problems:
        raise VaultError(f"backup {path.name} is damaged: {problems[0]}")
    return version


def restore(backup: str | os.PathLike, vault_path: str | os.PathLike, key: VaultKey) -> Path | None:
    """Replace the (closed) vault at ``vault_path`` by ``backup``, after checking the backup opens with
    ``key`` and is intact. The current vault, if any, is first kept in ``<vault>.backups/``.
    Returns where the replaced vault was kept."""
    src, dst = Path(backup), Path(vault_path)
    verify_backup(src, key)
    kept = None
    if dst.exists():
        directory = backup_dir_beside(dst)
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        kept = directory / f"{dst.stem}-replaced-{time.strftime('%Y%m%d-%H%M%S')}{BACKUP_SUFFIX}"
        try:  # bring the WAL into the main file before keeping a copy of it
            Vault.open(dst, key=key, migrate_schema=False).close()
        except VaultError:
            pass  # another key (the passphrase changed since the backup): keep the files as they are
        shutil.copy2(dst, kept)
        wal = dst.with_name(dst.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
    tmp = dst.with_name(dst.name + ".restoring")
    if tmp.exists():
        tmp.unlink()
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    shutil.copyfile(src, tmp)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    for side in ("-wal", "-shm"):
        leftover = dst.with_name(dst.name + side)
        if leftover.exists():
            leftover.unlink()
    os.replace(tmp, dst)
    return kept
