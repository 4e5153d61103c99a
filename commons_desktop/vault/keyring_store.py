"""Remembering a vault's key in the OS keyring — only in a real, encrypted keyring.

The keyring holds the raw vault key (never the passphrase). Only these backends are accepted:
Secret Service (GNOME Keyring, KeePassXC...), KWallet, the macOS Keychain and the Windows Credential
Locker. A plaintext, null or failing backend is refused and the user is asked for the passphrase.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from pathlib import Path

from ..core.errors import KeyringLocked, KeyringUnavailable
from .connection import VaultKey

SERVICE = "Commons Desktop vault"

# the allowed backends, by the kind of system they work on (only those are loaded: importing the others is not free,
# the macOS one looks for its system library with ldconfig and gcc, ~0.1 s on Linux)
_PLATFORM_BACKENDS = {"darwin": [("keyring.backends.macOS", "Keyring")],
                      "win32": [("keyring.backends.Windows", "WinVaultKeyring")]}
_DBUS_BACKENDS = [("keyring.backends.SecretService", "Keyring"), ("keyring.backends.kwallet", "DBusKeyring")]
ALLOWED_BACKENDS = {b for group in (*_PLATFORM_BACKENDS.values(), _DBUS_BACKENDS) for b in group}


def _is_allowed(backend) -> bool:
    cls = type(backend)
    return (cls.__module__, cls.__name__) in ALLOWED_BACKENDS


SECRET_SERVICE = "org.freedesktop.secrets"
DBUS_TIMEOUT = 2.0  # seconds a session bus has to answer the availability question


def secure_backend():
    """The best viable allowed backend, or raise KeyringUnavailable. Never a plaintext file.

    Where none can exist (no D-Bus session, or one with no Secret Service running or activatable, and no KWallet
    binding), this is said without loading the keyring library or asking any backend."""
    if not might_exist():
        raise KeyringUnavailable()
    candidates = []
    for module, name in _PLATFORM_BACKENDS.get(sys.platform, _DBUS_BACKENDS):
        try:
            backend = getattr(importlib.import_module(module), name)()
            if _is_allowed(backend) and backend.priority > 0:
                candidates.append(backend)
        except Exception:  # noqa: S112 - a backend that cannot even load or report its priority is not viable
            continue
    if not candidates:
        raise KeyringUnavailable()
    return max(candidates, key=lambda b: b.priority)


def might_exist() -> bool:
    """Whether a secure keyring might be here, decided cheaply. macOS and Windows: always. Elsewhere the allowed
    backends talk D-Bus: the Secret Service (through jeepney, which finds the session bus by its variable only) needs
    DBUS_SESSION_BUS_ADDRESS and the service running or activatable on that bus; KWallet needs the dbus module."""
    if sys.platform in _PLATFORM_BACKENDS:
        return True
    if importlib.util.find_spec("dbus") is not None:
        return True  # dbus-python (KWallet's binding) finds buses in more ways: ask the backends
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    return _secret_service_on_bus()


def _secret_service_on_bus() -> bool:
    try:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:
        return False  # secretstorage, the Secret Service backend's binding, needs jeepney
    try:
        with open_dbus_connection(bus="SESSION", auth_timeout=DBUS_TIMEOUT) as conn:
            if conn.send_and_get_reply(message_bus.NameHasOwner(SECRET_SERVICE), timeout=DBUS_TIMEOUT).body[0]:
                return True
            names = conn.send_and_get_reply(message_bus.ListActivatableNames(), timeout=DBUS_TIMEOUT).body[0]
            return SECRET_SERVICE in names
    except Exception:  # no bus there, a bus that does not answer, a malformed address: no Secret Service either
        return False


def account_for(vault_path: str | os.PathLike) -> str:
    return str(Path(vault_path).resolve())


class KeyStore:
    """The keyring seam: ``backend`` is injected in tests; by default the OS's secure backend."""

    def __init__(self, backend=None):
        self._backend = backend

    @property
    def backend(self):
        if self._backend is None:
            self._backend = secure_backend()
        elif not _is_allowed(self._backend):
            raise KeyringUnavailable(f"refusing the insecure keyring backend {type(self._backend).__name__}")
        return self._backend

    def _call(self, fn, *args):
        from keyring.errors import InitError, NoKeyringError, PasswordDeleteError, PasswordSetError
        from keyring.errors import KeyringLocked as _Locked

        try:
            return fn(*args)
        except _Locked:
            raise KeyringLocked() from None
        except PasswordDeleteError:
            raise  # nothing to forget: forget() says so
        except (NoKeyringError, InitError) as exc:
            raise KeyringUnavailable(f"the keyring is not available ({type(exc).__name__})") from None
        except PasswordSetError:
            raise KeyringUnavailable("the keyring refused to store the key") from None
        except Exception as exc:  # D-Bus errors etc.: say what kind, never the secret
            if "lock" in str(exc).lower():
                raise KeyringLocked() from None
            raise KeyringUnavailable(f"the keyring failed ({type(exc).__name__})") from None

    def remember(self, vault_path: str | os.PathLike, key: VaultKey) -> None:
        self._call(self.backend.set_password, SERVICE, account_for(vault_path), key.hex)

    def recall(self, vault_path: str | os.PathLike) -> VaultKey | None:
        secret = self._call(self.backend.get_password, SERVICE, account_for(vault_path))
        if not secret:
            return None
        try:
            return VaultKey.from_hex(secret)
        except ValueError:
            return None

    def forget(self, vault_path: str | os.PathLike) -> bool:
        from keyring.errors import PasswordDeleteError

        try:
            self._call(self.backend.delete_password, SERVICE, account_for(vault_path))
        except PasswordDeleteError:
            return False
        return True


SERVER_SERVICE = "Commons Desktop server"


def server_account(vault_id: str, server: str) -> str:
    """The keyring entry of a server's password: one per vault and server name."""
    return f"{vault_id}/{server.casefold()}"


class ServerSecrets:
    """Servers' passwords and app tokens, only in the OS keyring (through the same allow-list as vault keys):
    never in the vault's settings, a config file, a log or an exception."""

    def __init__(self, keystore: KeyStore):
        self.keystore = keystore

    def store(self, vault_id: str, server: str, secret: str) -> None:
        ks = self.keystore
        ks._call(ks.backend.set_password, SERVER_SERVICE, server_account(vault_id, server), secret)

    def recall(self, vault_id: str, server: str) -> str | None:
        ks = self.keystore
        return ks._call(ks.backend.get_password, SERVER_SERVICE, server_account(vault_id, server)) or None

    def forget(self, vault_id: str, server: str) -> bool:
        from keyring.errors import PasswordDeleteError

        ks = self.keystore
        try:
            ks._call(ks.backend.delete_password, SERVER_SERVICE, server_account(vault_id, server))
        except PasswordDeleteError:
            return False
        return True
