"""What every command handler receives: the parsed options, the output, and how to open or create the vault.

A handler is ``func(ctx: Context, args) -> int | None`` (None means 0), set with ``parser.set_defaults(func=...)``.
It opens the vault with ``with ctx.vault() as vault:`` and prints through ``ctx.out``; it raises the typed
errors of core.errors and lets main's one handler turn them into an exit code and one line.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..core.errors import CommonsError, KeyringError, KeyringUnavailable, UsageError, VaultNotFound
from ..services.session import Session
from ..vault.connection import Vault, VaultKey, read_salt
from ..vault.migrations import LATEST
from . import passphrase
from .arguments import VAULT_ENV
from .output import Output


def make_session() -> Session:
    """The session the CLI opens vaults with (tests replace this to inject a keyring)."""
    return Session.default()


class Context:
    def __init__(self, args: argparse.Namespace, out: Output):
        self.args = args
        self.out = out
        self._session: Session | None = None
        self._passphrase: str | None = None
        self.opened_from_keyring = False

    @property
    def vault_path(self) -> Path:
        raw = getattr(self.args, "vault", None) or os.environ.get(VAULT_ENV)
        if not raw:
            raise UsageError(f"no vault given: use --vault PATH or set {VAULT_ENV}")
        return Path(raw).expanduser()

    @property
    def session(self) -> Session:
        if self._session is None:
            self._session = make_session()
            if self._session.program is None:
                command = " ".join(str(getattr(self.args, a, None) or "") for a in ("command", "action")).strip()
                self._session.program = f"commons {command}".strip()
        return self._session

    # -- opening ----------------------------------------------------------------------------------------------
    def open_vault(self, readonly: bool = False) -> Vault:
        """Open the vault: passphrase from the variable or file, else the remembered key, else a prompt.
        ``readonly``: for commands that only look (nothing is written, not even a checkpoint of the WAL)."""
        path = self.vault_path
        if not path.is_file():
            raise VaultNotFound(str(path))
        secret = passphrase.given(self.args.passphrase_file)
        vault = None
        if secret is None:
            vault = self._open_remembered(path, readonly)
        if vault is None:
            if secret is None:
                secret = passphrase.ask(path)
            self._passphrase = secret
            vault = self.session.open_with_passphrase(path, secret, readonly=readonly)
        self._remember_if_asked(vault)
        return vault

    def _open_remembered(self, path: Path, readonly: bool = False) -> Vault | None:
        try:
            vault = self.session.open_remembered(path, readonly=readonly)
        except KeyringUnavailable:
            return None  # no secure keyring here: the passphrase it is (KeyringLocked goes up: exit 3)
        self.opened_from_keyring = vault is not None
        return vault

    def create_vault(self, name: str = "") -> Vault:
        path = self.vault_path
        secret = passphrase.for_new_vault(self.args.passphrase_file)
        self._passphrase = secret
        vault = self.session.create(path, secret, name=name)
        self._remember_if_asked(vault)
        return vault

    @contextmanager
    def vault(self, readonly: bool = False, upgrade: bool = True) -> Iterator[Vault]:
        """The open vault for the command's time. ``readonly`` for commands that only look: nothing written, not
        even a checkpoint (a vault of an older schema is still upgraded first when ``upgrade``: the command's
        queries need the current schema; `info` and `check` never upgrade)."""
        v = self.open_vault(readonly)
        if readonly and upgrade and v.schema_version < LATEST:
            key = v.key
            v.close()
            v = self.session.open_with_key(self.vault_path, key)
        try:
            yield v
        finally:
            v.close()

    def attempted_key(self) -> VaultKey | None:
        """The key the typed/given passphrase derives for this vault (to tell damage from a wrong passphrase)."""
        if not self._passphrase:
            return None
        try:
            return VaultKey.from_passphrase(self._passphrase, read_salt(self.vault_path))
        except (CommonsError, OSError):
            return None

    # -- the keyring --------------------------------------------------------------------------------------------
    def _remember_if_asked(self, vault: Vault) -> None:
        if getattr(self.args, "remember", False) and not self.opened_from_keyring:
            self.remember(vault)

    def remember(self, vault: Vault) -> bool:
        """Keep the vault's key in the OS keyring; a warning (not a failure) when there is no usable one."""
        try:
            self.session.remember(vault)
        except KeyringError as exc:
            self.out.warn(f"{exc}; the key was not remembered, the passphrase will be asked again")
            return False
        return True

    def is_remembered(self) -> bool:
        try:
            return self.session.keystore.recall(self.vault_path) is not None
        except KeyringError:
            return False

    def forget(self) -> bool:
        return self.session.forget(self.vault_path)
