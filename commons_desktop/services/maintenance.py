"""Looking after the vault file: what it holds, integrity check (even of a file too damaged to open),
passphrase change, rotating encrypted backups and restore. Looking (info, check) opens the vault read-only;
restore, passphrase change and erasure take it exclusively (refused while another program has it open)."""

from __future__ import annotations

import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from ..core.errors import CommonsError, VaultDamaged, VaultError, VaultLocked, VaultNotFound, WrongPassphrase
from ..vault import backup, filecheck, integrity
from ..vault import counts as record_counts
from ..vault.connection import Vault, VaultKey, read_salt
from .progress import NEVER, CancelToken, Progress, no_progress

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


def is_passphrase(vault: Vault, passphrase: str) -> bool:
    """Whether ``passphrase`` is the open vault's current passphrase (one KDF; compared in constant time)."""
    return hmac.compare_digest(VaultKey.from_passphrase(passphrase, vault.key.salt).key, vault.key.key)


def change_passphrase_job(open_vault: Callable[[], Vault], new_passphrase: str, *, progress: Progress = no_progress,
                          cancel: CancelToken = NEVER) -> tuple[VaultKey, Path]:
    """``change_passphrase`` as a job of its own (the desktop's worker): opens the vault with ``open_vault`` (the
    caller has closed its own connection first: re-keying needs the vault to itself), re-keys it, closes it.
    Returns (the new key, where the backup taken before went)."""
    cancel.check()
    progress(0, 2, "open")
    vault = open_vault()
    try:
        cancel.check()
        progress(1, 2, "rekey")
        kept = change_passphrase(vault, new_passphrase)
        key = vault.key
    finally:
        vault.close()
    progress(2, 2, "done")
    return key, kept


# -- backups ---------------------------------------------------------------------------------------------------
def backup_to(vault: Vault, directory: str | os.PathLike, keep: int = 7) -> tuple[Path, list[Path]]:
    """A rotating, encrypted backup into ``directory`` (the newest ``keep`` are kept): (new, removed)."""
    return backup.backup_to(vault, directory, keep=keep)


def backup_job(vault: Vault, directory: str | os.PathLike, keep: int = 7, *, progress: Progress = no_progress,
               cancel: CancelToken = NEVER) -> tuple[Path, list[Path]]:
    """``backup_to`` as a job (the desktop's worker runs it on its own connection to the vault)."""
    cancel.check()
    progress(0, 1, "backup")
    made = backup_to(vault, directory, keep)
    progress(1, 1, "done")
    return made


def last_backup(vault: Vault) -> tuple[str, str] | None:
    """(when, as ISO UTC time; folder) of the last backup taken of this vault, None before the first."""
    return backup.last_backup(vault)


@dataclass(frozen=True)
class BackupAge:
    days: float          # since the last backup, or since the vault was created when there was none
    ever: bool           # a backup was taken
    folder: str = ""     # where the last one went


def backup_age(vault: Vault, now: float) -> BackupAge:
    """How old the vault's last backup is at ``now`` (seconds since the epoch)."""
    from .history import hlc_time  # (imported here, as in vault_info)

    last = last_backup(vault)
    since = _seconds(last[0]) if last else _seconds(hlc_time(vault.get_meta("created") or ""))
    days = max(0.0, (now - since) / 86400) if since is not None else 0.0
    return BackupAge(days, last is not None, last[1] if last else "")


def backup_due(vault: Vault, now: float, days: int) -> BackupAge | None:
    """The backup's age when it is older than ``days`` (0: never due); None when a backup is recent enough."""
    if days <= 0:
        return None
    age = backup_age(vault, now)
    return age if age.days >= days else None


def _seconds(iso: str) -> float | None:
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(UTC).timestamp()
    except ValueError:
        return None


class BackupKeyMismatch(WrongPassphrase):
    """The backup was taken under another passphrase than the vault's current one (exit code 3)."""

    def __init__(self, path: Path):
        VaultError.__init__(self, f"the backup {path.name} does not open with this passphrase "
                                  "(was it taken before a passphrase change?)")


class BackupDamaged(VaultError):
    """The backup does not pass its check: nothing was restored, the vault was not touched (exit code 1)."""

    def __init__(self, path: Path, detail: str):
        VaultError.__init__(self, detail)
        self.path = path


BACKUP_SUFFIX = backup.BACKUP_SUFFIX


def kept_aside_folder(vault_path: str | os.PathLike) -> Path:
    """Where a restore keeps the vault it replaces, and a passphrase change its copy from before."""
    return backup.backup_dir_beside(Path(vault_path))


def backup_key(backup_path: str | os.PathLike, passphrase: str) -> VaultKey:
    """The key of a backup, from the passphrase the vault had when the backup was taken."""
    return VaultKey.from_passphrase(passphrase, read_salt(Path(backup_path)))


def restore(backup_path: str | os.PathLike, vault_path: str | os.PathLike, key: VaultKey, *,
            program: str | None = None, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> Path | None:
    """Replace the vault at ``vault_path`` by a verified backup opening with ``key``. Refused (VaultInUse,
    naming them) while any program has the vault open. Returns where the replaced vault was kept (None when
    there was none). ``cancel`` is honoured until the vault is touched (after the backup was checked)."""
    src = Path(backup_path)
    if not src.is_file():
        raise CommonsError(f"no backup at {src}")

    phase = [-1]

    def step(n: int) -> None:
        phase[0] = n
        if n < 2:
            cancel.check()
        progress(n, backup.RESTORE_STEPS, ("check", "keep", "copy")[n])

    try:
        kept = backup.restore(src, vault_path, key, program=program, step=step)
    except VaultNotFound:
        raise CommonsError(f"no backup at {src}") from None
    except WrongPassphrase:
        raise BackupKeyMismatch(src) from None
    except VaultError as exc:
        if phase[0] == 0 and not isinstance(exc, VaultLocked):  # the backup's own check failed
            raise BackupDamaged(src, str(exc)) from None
        raise
    progress(backup.RESTORE_STEPS, backup.RESTORE_STEPS, "done")
    return kept


@dataclass(frozen=True)
class BackupPreview:
    """What a backup holds, read from the backup itself with the key that opens it."""
    path: Path
    name: str
    vault_id: str
    taken: str                   # ISO UTC time the backup was taken ('' when it does not say)
    schema_version: int
    counts: dict[str, int]
    key: VaultKey                # the key that opened it (the one to restore it with)


def preview_backup(backup_path: str | os.PathLike, key: VaultKey) -> BackupPreview:
    """Look inside a backup (read-only, nothing written, no lock file beside it): its vault's name and id, when it
    was taken, what it holds. BackupKeyMismatch when ``key`` does not open it (taken before a passphrase change:
    ask for that passphrase, ``backup_key``), VaultDamaged / CommonsError when it cannot be read."""
    from .history import hlc_time  # (imported here, as in vault_info)

    src = Path(backup_path)
    if not src.is_file():
        raise CommonsError(f"no backup at {src}")
    try:
        found = backup.open_backup(src, key)
    except WrongPassphrase:
        raise BackupKeyMismatch(src) from None
    try:
        taken = found.get_meta(backup.TAKEN) or ""
        return BackupPreview(src, found.get_meta("name") or src.stem, found.get_meta("vault_id") or "",
                             hlc_time(taken) if taken else "", found.schema_version, counts(found), key)
    except STORAGE_ERRORS as exc:
        raise VaultDamaged([str(exc)]) from None
    finally:
        found.close()
