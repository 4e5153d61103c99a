"""Encrypted backups: a consistent SQLCipher copy under the same key, rotated; and restore.

A backup opens with the same passphrase as the vault at the time it was taken (same key and salt).
Nothing is ever decrypted to disk on the way. Every backup is written all or nothing (core/atomic.py) under
a name no other backup has (two backups started at once into one folder both succeed, one after the other:
a lock file in the folder orders them). Rotation deletes only backups whose recorded vault id, read from
inside the backup with the vault's key, is this vault's: never another vault's, whatever the file names.
Restore takes the vault's lock exclusively: it refuses while any program has the vault open.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from ..core.atomic import atomic_path, copy_file
from ..core.errors import InvalidInput, VaultDamaged, VaultError, VaultNotFound
from . import lockfile
from .connection import Vault, VaultKey, _connect, _verify_key

BACKUP_SUFFIX = ".commons-backup"
FOLDER_LOCK = ".commons-backups.lock"
TAKEN = "backup_taken"  # meta key written into each backup: the vault clock (HLC) when it was taken
LAST_BACKUP = "last_backup"  # meta: when and into which folder backup_to last wrote a backup (JSON)


def _names(vault: Vault, directory: Path, label: str = "") -> tuple[Path, list[Path]]:
    """The backup's name and the ones to use, in order, if it is taken (``stem-label-stamp[-n]``)."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(vault.clock()))
    stem = vault.path.stem + (f"-{label}" if label else "")
    first = directory / f"{stem}-{stamp}{BACKUP_SUFFIX}"
    return first, [directory / f"{stem}-{stamp}-{n}{BACKUP_SUFFIX}" for n in range(1, 1000)]


def _export(vault: Vault, directory: Path, label: str = "") -> Path:
    """A consistent encrypted copy of the vault into ``directory``, all or nothing, under a fresh name."""
    target, others = _names(vault, directory, label)
    with atomic_path(target, overwrite=False, alternatives=others) as out, vault.lock:
        vault.conn.execute(f"ATTACH DATABASE ? AS backup_db KEY {vault.key.pragma_value()}", (str(out.temp),))
        try:
            vault.conn.execute("SELECT sqlcipher_export('backup_db')")
            vault.conn.execute(f"PRAGMA backup_db.user_version = {vault.schema_version:d}")
            vault.conn.execute("INSERT OR REPLACE INTO backup_db.meta(key, value) VALUES (?, ?)",
                               (TAKEN, vault.hlc.now()))
        except sqlcipher3.OperationalError as exc:  # the backup's disk, not the vault: said as a file error
            full = "full" in str(exc).lower()
            raise OSError(errno.ENOSPC if full else errno.EIO,
                          os.strerror(errno.ENOSPC) if full else f"the backup could not be written ({exc})",
                          str(target)) from None
        finally:
            vault.conn.execute("DETACH DATABASE backup_db")
    assert out.path is not None
    return out.path


def backup_dir_beside(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".backups")


def backup_beside(vault: Vault, reason: str) -> Path:
    """A safety copy next to the vault, taken before a migration or a passphrase change."""
    directory = backup_dir_beside(vault.path)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    with lockfile.folder(directory / FOLDER_LOCK):
        return _export(vault, directory, reason)


def recorded(path: Path, key: VaultKey) -> tuple[str, str] | None:
    """(vault id, when taken) recorded inside the backup at ``path``, read with ``key``; None when the key does
    not open it (another vault, or this one under an earlier passphrase) or it cannot be read. Reads only."""
    try:
        conn = _connect(path, key, readonly=True)
    except sqlcipher3.Error:
        return None
    try:
        rows = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('vault_id', ?)", (TAKEN,)).fetchall())
    except sqlcipher3.Error:
        return None
    finally:
        conn.close()
    if not rows.get("vault_id"):
        return None
    return rows["vault_id"], rows.get(TAKEN, "")


def list_backups(directory: Path, vault: Vault) -> list[Path]:
    """This vault's backups in ``directory``, oldest first: the files whose recorded vault id is the vault's
    (whatever their names; those taken under an earlier passphrase cannot be read, so are never listed)."""
    mine = vault.get_meta("vault_id")
    if not mine:
        return []
    found = []
    for path in directory.glob(f"*{BACKUP_SUFFIX}"):
        if not path.is_file() or path.is_symlink():
            continue
        info = recorded(path, vault.key)
        if info is not None and info[0] == mine:
            found.append((info[1], path.stat().st_mtime_ns, path.name, path))
    return [p for *_, p in sorted(found)]


def backup_to(vault: Vault, directory: str | os.PathLike, keep: int = 7) -> tuple[Path, list[Path]]:
    """Write a rotating backup into ``directory``; keep this vault's newest ``keep``. Returns (new, removed)."""
    if keep < 1:
        raise InvalidInput("keep must be at least 1")
    d = Path(directory)
    d.mkdir(mode=0o700, parents=True, exist_ok=True)
    with lockfile.folder(d / FOLDER_LOCK):  # a second backup into the folder waits for this one
        target = _export(vault, d)
        existing = [p for p in list_backups(d, vault) if p != target] + [target]
        removed = existing[:-keep] if len(existing) > keep else []
        for old in removed:
            old.unlink(missing_ok=True)
    taken = datetime.fromtimestamp(vault.clock(), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    vault.set_meta(LAST_BACKUP, json.dumps({"at": taken, "folder": str(d.resolve())}))
    return target, removed


def last_backup(vault: Vault) -> tuple[str, str] | None:
    """(when, as ISO UTC time; folder) of the last backup ``backup_to`` wrote, None before the first."""
    try:
        found = json.loads(vault.get_meta(LAST_BACKUP, "") or "null")
        return (str(found["at"]), str(found["folder"])) if isinstance(found, dict) else None
    except (ValueError, KeyError):
        return None


def open_backup(path: Path, key: VaultKey) -> Vault:
    """A backup opened read-only to look at it (when it was taken, what it holds): no lock file is made beside it
    and nothing is written. WrongPassphrase when ``key`` does not open it (another vault, or this one under an
    earlier passphrase), VaultDamaged when it is damaged; close it after use."""
    path = Path(path)
    if not path.is_file():
        raise VaultNotFound(str(path))
    conn = _connect(path, key, readonly=True)
    _verify_key(conn, path, key)
    try:
        conn.execute("PRAGMA temp_store = MEMORY")
        return Vault(path, conn, key, device="", author="", readonly=True)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultDamaged([f"backup {path.name}: {exc}"]) from None


def verify_backup(path: Path, key: VaultKey) -> int:
    """Open a backup read-only with ``key``; raise unless it is sound. Returns its schema version."""
    if not path.is_file():
        raise VaultNotFound(str(path))
    from .filecheck import inspect

    conn = _connect(path, key, readonly=True)
    _verify_key(conn)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlcipher3.DatabaseError as exc:
        problems = [str(exc)]
        version = 0
    finally:
        conn.close()
    problems += inspect(path, key.key, key.salt).problems
    if problems:
        raise VaultError(f"backup {path.name} is damaged: {problems[0]}")
    return version


RESTORE_STEPS = 3  # checking the backup, keeping the current vault aside, copying the backup in


def restore(backup: str | os.PathLike, vault_path: str | os.PathLike, key: VaultKey, *,
            program: str | None = None, step: Callable[[int], None] | None = None) -> Path | None:
    """Replace the vault at ``vault_path`` by ``backup``, after checking the backup opens with ``key`` and is
    intact. Refused (VaultInUse, naming them) while any program, this one included, has the vault open. The
    current vault, if any, is first kept in ``<vault>.backups/``. Returns where the replaced vault was kept.
    ``step(n)`` is called as each of the RESTORE_STEPS steps starts (n = 0, 1, 2); it may raise to stop the
    restore before the vault is touched (steps 0 and 1)."""
    src, dst = Path(backup), Path(vault_path)
    step = step or (lambda _n: None)
    step(0)
    verify_backup(src, key)
    with lockfile.exclusive(dst, program):
        step(1)
        kept = _keep_aside(dst, key) if dst.exists() else None
        step(2)
        with atomic_path(dst) as out:
            shutil.copyfile(src, out.temp)
            _unbind_device(out.temp, key)
            for side in ("-wal", "-shm"):  # the replaced vault's: kept aside above (its WAL checkpointed first)
                dst.with_name(dst.name + side).unlink(missing_ok=True)
    return kept


def _unbind_device(path: Path, key: VaultKey) -> None:
    """A restored vault is no longer the device it was bound to (vault/replication.py bind_device): in a team, that
    device may have published more since the backup than this file knows of, and writing on as it would reuse its
    segment numbers. Its binding is undone: the next open makes it a device of its own (a vault not in a team is
    only bound again)."""
    conn = _connect(path, key)
    try:
        with conn:
            conn.execute("UPDATE meta SET value = 'restored' WHERE key = 'device_install'")
    except sqlcipher3.DatabaseError:
        pass   # a backup older than the meta table's device binding: nothing bound
    finally:
        conn.close()
    for side in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + side).unlink(missing_ok=True)   # (closed: written into the file)


def _keep_aside(dst: Path, key: VaultKey) -> Path:
    directory = backup_dir_beside(dst)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:  # bring the WAL into the main file before keeping a copy of it
        Vault.open(dst, key=key, migrate_schema=False).close()
    except VaultError:
        pass  # another key (the passphrase changed since the backup), or damaged: keep the files as they are
    stamp = time.strftime("%Y%m%d-%H%M%S")
    first = directory / f"{dst.stem}-replaced-{stamp}{BACKUP_SUFFIX}"
    with lockfile.folder(directory / FOLDER_LOCK):
        kept = copy_file(dst, first, overwrite=False,
                         alternatives=[first.with_name(f"{dst.stem}-replaced-{stamp}-{n}{BACKUP_SUFFIX}")
                                       for n in range(1, 1000)])
        wal = dst.with_name(dst.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            copy_file(wal, kept.with_name(kept.name + "-wal"))
    return kept
