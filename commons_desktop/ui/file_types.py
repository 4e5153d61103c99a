"""The two kinds of file the desktop app opens when handed one (a double-click, the command line, macOS's
FileOpen event): a vault to unlock, a bundle to receive. Known by their names (a vault has no magic: its file
starts with a random salt). No Qt here: app.py reads the command line with it before Qt starts."""

from __future__ import annotations

VAULT_SUFFIX, BUNDLE_SUFFIX = ".commons", ".commonsx"


def file_kind(path: str) -> str | None:
    """'vault' for a .commons file, 'bundle' for a .commonsx file, None for anything else."""
    lowered = path.lower()
    if lowered.endswith(BUNDLE_SUFFIX):
        return "bundle"
    if lowered.endswith(VAULT_SUFFIX):
        return "vault"
    return None
