"""Looking after the vault file: what it holds, integrity check (even of a file too damaged to open),
passphrase change, rotating encrypted backups and restore. Looking (info, check) opens the vault read-only;
restore, passphrase change and erasure take it exclusively (refused while another program has it open)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from ..core.errors import CommonsError, VaultDamaged, VaultError, VaultNotFound, WrongPassphrase
from ..vault import backup, filecheck, integrity
from ..vault import counts as record_counts
from ..vault.connection import Vault, VaultKey, read_salt

# errors of the storage engine itself (a damaged or unreadable file): reported, never a traceback
STORAGE_ERRORS: tuple[type[BaseException], ...] = (sqlcipher3.Error,)

def counts(vault: Vault) -> dict[str, int]:
    """Live records of each kind (tombstones excluded), tags and change-log entries: the counts the vault keeps."""
    return record_counts.kept(vault)


def vault_info(vault: Vault) -> dict[str, Any]:
    # (imported here: the records' model and codecs they load cost ~20 ms of CPU that `commons info`, a one-shot
    # command, and the other commands of this module do not need)
    from ..vault.documents import size_limit
    from .history import hlc_time

    created = vault.get_meta("created") or ""
    return {
        "name": vault.get_meta("name") or vault.path.stem,
        "path": str(vault.path.resolve()),
        "schema_version": vault.schema_version,
        "vault_id": vault.get_meta("vault_id") or "",
        "created": hlc_time(created) if created else "",
        "size_bytes": vault.path.stat().st_size,
        "document_size_limit": size_limit(vault),
        "counts": counts(vault),
    }


# -- integrity ---------------------------------------------------------------------------------------------
def check_vault_file(open_vault: Callable[[], Vault], path: str | os.PathLike,
                     attempted_key: Callable[[], VaultKey | None]) -> integrity.CheckReport:
    """Problems and notes about the vault at ``path`` (no problem: healthy). ``open_vault`` opens it read-only:
    nothing is written and the WAL is never checkpointed, so what is reported is still there to be seen (or
    saved). A file too damaged to open is reported as problems (read directly with the key); a genuinely
    wrong passphrase (no page verifies under the key) still raises WrongPassphrase."""
    try:
        vault = open_vault()
    except VaultDamaged as exc:
        key = attempted_key()
        if key is None:
            return integrity.CheckReport(["the vault cannot be opened", *exc.problems])
        files = filecheck.inspect(Path(path), key.key, key.salt)
        return integrity.CheckReport(["the vault cannot be opened", *(files.problems or exc.problems)],
                                      files.notes)
    except STORAGE_ERRORS as exc:
        key = attempted_key()
        files = filecheck.inspect(Path(path), key.key, key.salt) if key else filecheck.FileReport()
        return integrity.CheckReport([f"the vault cannot be opened ({exc})", *files.problems],
                                     files.notes)
    try:
        return integrity.report(vault)
    except STORAGE_ERRORS as exc:
        return integrity.CheckReport([f"the check could not finish: {exc}"])
    finally:
        vault.close()


def change_passphrase(vault: Vault, new_passphrase: str) -> Path:
    """Re-encrypt under a new passphrase after an encrypted backup; returns where that backup went."""
    return integrity.change_passphrase(vault, new_passphrase)


# -- backups ---------------------------------------------------------------------------------------------------
def backup_to(vault: Vault, directory: str | os.PathLike, keep: int = 7) -> tuple[Path, list[Path]]:
    """A rotating, encrypted backup into ``directory`` (the newest ``keep`` are kept): (new, removed)."""
    return backup.backup_to(vault, directory, keep=keep)


class BackupKeyMismatch(WrongPassphrase):
    """The backup was taken under another passphrase than the vault's current one (exit code 3)."""

    def __init__(self, path: Path):
        VaultError.__init__(self, f"the backup {path.name} does not open with this passphrase "
                                  "(was it taken before a passphrase change?)")


def backup_key(backup_path: str | os.PathLike, passphrase: str) -> VaultKey:
    """The key of a backup, from the passphrase the vault had when the backup was taken."""
    return VaultKey.from_passphrase(passphrase, read_salt(Path(backup_path)))


def restore(backup_path: str | os.PathLike, vault_path: str | os.PathLike, key: VaultKey, *,
            program: str | None = None) -> Path | None:
    """Replace the vault at ``vault_path`` by a verified backup opening with ``key``. Refused (VaultInUse,
    naming them) while any program has the vault open. Returns where the replaced vault was kept (None when
    there was none)."""
    src = Path(backup_path)
    if not src.is_file():
        raise CommonsError(f"no backup at {src}")
    try:
        return backup.restore(src, vault_path, key, program=program)
    except VaultNotFound:
        raise CommonsError(f"no backup at {src}") from None
    except WrongPassphrase:
        raise BackupKeyMismatch(src) from None
