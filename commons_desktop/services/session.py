"""Opening, creating and unlocking vaults: passphrase or remembered key, device identity, app folders."""

from __future__ import annotations

import json
import os
import posixpath
import sys
import time
from collections.abc import Callable
from pathlib import Path

from ..core.errors import KeyringError, WrongPassphrase
from ..core.ids import uuid7
from ..core.values import Value
from ..vault import lockfile
from ..vault.connection import Vault, VaultKey
from ..vault.keyring_store import KeyStore
from . import authors

APP = "commons-desktop"
VAULT_FOLDER = "Commons Desktop"  # in the user's Documents folder: where new vaults and backups go by default


class AppDirs(Value):
    """The application's folders (immutable, core/values.py). ``documents``: the user's Documents folder (None: the
    data folder stands in for it)."""

    __slots__ = ("data", "config", "cache", "documents")

    data: Path
    config: Path
    cache: Path
    documents: Path | None
    _defaults = {"documents": None}

    @classmethod
    def default(cls) -> AppDirs:
        import platformdirs

        return cls(Path(platformdirs.user_data_dir(APP)), config_folder(), Path(platformdirs.user_cache_dir(APP)),
                   Path(platformdirs.user_documents_dir()))

    @property
    def demo_vault(self) -> Path:
        return self.data / "demo.commons"

    @property
    def vaults(self) -> Path:
        """Where a new vault goes unless the user chooses: a visible folder a person finds again (Documents),
        never the hidden application data folder."""
        return (self.documents or self.data) / VAULT_FOLDER

    @property
    def backups(self) -> Path:
        """The backup folder proposed until the user chooses one (another disk is better: the dialog says so)."""
        return self.vaults / "Backups"


def config_folder() -> Path:
    """The application's config folder: platformdirs' user_config_dir. Where platformdirs follows the XDG rule (Linux,
    the BSDs: its Unix class), that rule itself, without loading platformdirs (~27 M instructions, a tenth of a
    one-shot `commons search`, which needs this folder only, for the device id): $XDG_CONFIG_HOME when it is an
    absolute path, else ~/.config, then the application's name. Elsewhere (Windows, macOS, an Android app), or with
    a HOME that is not an absolute path (platformdirs then looks the account up, or refuses), platformdirs says."""
    environ = os.environ
    android = environ.get("ANDROID_DATA") == "/data" and environ.get("ANDROID_ROOT") == "/system"
    if sys.platform not in ("win32", "darwin", "ios") and not android:
        base = environ.get("XDG_CONFIG_HOME", "")
        home = environ.get("HOME")
        if not posixpath.isabs(base) and home is not None and posixpath.isabs(home):
            base = os.path.expanduser("~/.config")
        if posixpath.isabs(base):
            return Path(os.path.join(base, APP))
    import platformdirs

    return Path(platformdirs.user_config_dir(APP))


def device_identity(dirs: AppDirs | None = None) -> tuple[str, str]:
    """(device id, author name) of this computer, the id created once and kept in the config folder. The author is
    never the computer's account name (an older file may hold one: it is not used): the name a person gives in
    Settings is kept in each vault (services/authors.py) and set when the vault is opened."""
    path = (dirs.config if dirs is not None else config_folder()) / "device.json"
    try:
        data = json.loads(path.read_text("utf-8"))
        if isinstance(data, dict) and data.get("device"):
            return str(data["device"]), ""
    except (OSError, ValueError):
        pass
    from ..core.atomic import write_file  # (made once per computer: a command run later only reads it)

    data = {"device": uuid7()}
    path.parent.mkdir(parents=True, exist_ok=True)
    write_file(path, json.dumps(data).encode("utf-8"))
    return data["device"], ""


def holders(vault_path: str | os.PathLike) -> list[lockfile.Holder]:
    """The programs that have this vault open now, as its lock file names them (program, process id, host)."""
    return lockfile.others(Path(vault_path))


def open_with_raw_key(path: str | os.PathLike, key: VaultKey | str) -> Vault:
    """Open with a raw key (hex) outside any person's session: no device identity, no author (the desktop's
    performance probe on a bench vault)."""
    return Vault.open(path, key=key)


class Session:
    """What opens vaults: injected clock, keyring and folders, so tests drive the real code. ``program``: how this
    program is named to others in the vault's lock file. (A plain class, not a dataclass: see core/values.py.)"""

    __slots__ = ("_dirs", "keystore", "clock", "program")

    def __init__(self, dirs: AppDirs | None, keystore: KeyStore, clock: Callable[[], float] = time.time,
                 program: str | None = None):
        self._dirs, self.keystore, self.clock, self.program = dirs, keystore, clock, program

    @property
    def dirs(self) -> AppDirs:
        """The application's folders; None given: the default ones, found when first asked for (opening a vault
        needs the config folder only: config_folder)."""
        if self._dirs is None:
            self._dirs = AppDirs.default()
        return self._dirs

    def __eq__(self, other):
        if type(other) is not Session:
            return NotImplemented
        return (self.dirs, self.keystore, self.clock, self.program) == \
            (other.dirs, other.keystore, other.clock, other.program)

    __hash__ = None  # (mutable)

    def __repr__(self) -> str:
        return (f"Session(dirs={self.dirs!r}, keystore={self.keystore!r}, clock={self.clock!r}, "
                f"program={self.program!r})")

    @classmethod
    def default(cls) -> Session:
        return cls(None, KeyStore())

    def _identity(self) -> tuple[str, str]:
        return device_identity(self._dirs)

    def create(self, path: str | os.PathLike, passphrase: str, *, name: str = "", remember: bool = False) -> Vault:
        device, author = self._identity()
        vault = authors.apply(Vault.create(path, passphrase, name=name, device=device, author=author,
                                           clock=self.clock, install=device))
        if remember:
            self.keystore.remember(vault.path, vault.key)
        return vault

    def open_with_passphrase(self, path: str | os.PathLike, passphrase: str, *, remember: bool = False,
                             readonly: bool = False) -> Vault:
        """Open with the passphrase; ``readonly`` for looking only (nothing written, not even a checkpoint).
        The vault refuses every save once its file is replaced or moved (VaultReplaced)."""
        device, author = self._identity()
        vault = authors.apply(Vault.open(path, passphrase=passphrase, device=device, author=author, clock=self.clock,
                                         readonly=readonly, program=self.program, install=device))
        if remember:
            self.keystore.remember(vault.path, vault.key)
        return vault

    def open_with_key(self, path: str | os.PathLike, key: VaultKey, *, readonly: bool = False) -> Vault:
        """Open with a key already proven on this vault (no KDF)."""
        device, author = self._identity()
        return authors.apply(Vault.open(path, key=key, device=device, author=author, clock=self.clock,
                                        readonly=readonly, program=self.program, install=device))

    def open_remembered(self, path: str | os.PathLike, *, readonly: bool = False) -> Vault | None:
        """Open with the key kept in the keyring; None when none is kept. A stale key (the passphrase
        was changed elsewhere) is forgotten and None returned, so the caller asks for the passphrase.
        KeyringLocked / KeyringUnavailable propagate: they are not a wrong passphrase."""
        key = self.keystore.recall(path)
        if key is None:
            return None
        device, author = self._identity()
        try:
            return authors.apply(Vault.open(path, key=key, device=device, author=author, clock=self.clock,
                                            readonly=readonly, program=self.program, install=device))
        except WrongPassphrase:
            try:
                self.keystore.forget(path)
            except KeyringError:
                pass
            return None

    def remember(self, vault: Vault) -> None:
        self.keystore.remember(vault.path, vault.key)

    def is_remembered(self, path: str | os.PathLike) -> bool:
        """Whether the keyring holds a key for this vault (False when there is no usable keyring)."""
        try:
            return self.keystore.recall(path) is not None
        except KeyringError:
            return False

    def forget(self, path: str | os.PathLike) -> bool:
        return self.keystore.forget(path)
