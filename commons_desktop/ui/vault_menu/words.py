"""The words of the vault menu's failures: a backup that is damaged or will not open is said as the backup's
fault, not the vault's; everything else as the rest of the app says it (ui/errors.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.errors import VaultDamaged
from ...services.maintenance import BackupDamaged, BackupKeyMismatch
from ..errors import describe as describe_error


def describe(exc: BaseException) -> str:
    if isinstance(exc, (BackupDamaged, VaultDamaged)):
        return QCoreApplication.translate("VaultMenu", "This backup is damaged: it cannot be restored. The vault was "
                                                       "not changed. Choose another backup.")
    if isinstance(exc, BackupKeyMismatch):
        return QCoreApplication.translate("VaultMenu", "This backup does not open with the vault's passphrase (it "
                                                       "was taken before a change of passphrase).")
    return describe_error(exc)
