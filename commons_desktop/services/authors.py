"""Who makes the changes written from this computer: the name the person gave in Settings ("your name"), kept in
the vault (encrypted, like everything in it) for this device, and written as the author of every new change of the
change log. Never the computer's account name: until a name is given, changes carry none (the history says that
they were made on this computer, or on another one)."""

from __future__ import annotations

from ..vault.connection import Vault

MAX_NAME = 100


def _key(vault: Vault) -> str:
    return f"author.{vault.device}"


def name_here(vault: Vault) -> str:
    """The name given on this computer for this vault ('' when none was)."""
    return vault.get_meta(_key(vault), "") or ""


def set_name_here(vault: Vault, name: str) -> str:
    """Keep the name of the person using this computer; the next changes carry it. Returns it, cleaned."""
    from ..core import validation  # (not at import: every opening of a vault imports this module, few name someone)

    cleaned = validation.text(name, "your name", limit=MAX_NAME)
    vault.set_meta(_key(vault), cleaned)
    vault.author = cleaned
    return cleaned


def apply(vault: Vault) -> Vault:
    """The vault's changes from now on carry the name given on this computer (called when a vault is opened)."""
    vault.author = name_here(vault)
    return vault
