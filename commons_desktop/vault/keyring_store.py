"""Remembering a vault's key in the OS keyring — only in a real, encrypted keyring.

The keyring holds the raw vault key (never the passphrase). Only these backends are accepted:
Secret Service (GNOME Keyring, KeePassXC...), KWallet, the macOS Keychain and the Windows Credential
Locker. A plaintext, null or failing backend is refused and the user is asked for the passphrase.

The Secret Service is asked directly through secretstorage (the library the keyring package's own Secret Service
backend is made of), with the items that backend writes: a one-shot `commons search` does not pay for the keyring
package's loading (its entry points, jaraco, importlib_metadata...: about half of the command's start-up) nor for
the three D-Bus connections it opens for one lookup. KWallet, the Keychain and the Credential Locker are reached
through the keyring package.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from contextlib import closing
from pathlib import Path

from ..core.errors import KeyringError, KeyringLocked, KeyringUnavailable
from .connection import VaultKey

SERVICE = "Commons Desktop vault"


class NothingKept(Exception):
    """A key or password asked to be forgotten was not there."""


class SecretServiceKeyring:
    """The Secret Service's default collection, asked through secretstorage in one D-Bus connection per call. Its
    items are the keyring package's (attributes ``service`` and ``username``, application "Python keyring library"),
    so that a key remembered by either is found by the other. Raises KeyringLocked (a locked collection or item, a
    dismissed prompt), KeyringUnavailable (no service, a D-Bus failure) and NothingKept.

    ``connection``: the session bus connection the service was found on (secure_backend), used by the first call
    instead of opening another (a one-shot `commons search` then connects to the bus once)."""

    priority = 5  # (the keyring package's own Secret Service backend's)
    APPLICATION = "Python keyring library"
    COLLECTION = "/org/freedesktop/secrets/aliases/default"  # (secretstorage's default collection)

    def __init__(self, connection=None):
        self._handed = [connection] if connection is not None else []  # (list.pop: taken by one call only)

    def close(self) -> None:
        """Close the connection handed over and not used yet (a backend that is not the one chosen)."""
        while self._handed:
            self._handed.pop().close()

    def _collection(self, conn):
        import secretstorage

        collection = secretstorage.get_default_collection(conn)
        if collection.is_locked():
            self._unlock(conn, collection.collection_path, "Collection")
        return collection

    def _run(self, step):
        try:
            try:
                conn = self._handed.pop()
            except IndexError:
                import secretstorage

                conn = secretstorage.dbus_init()
            with closing(conn):
                return step(conn)
        except (KeyringError, NothingKept):
            raise
        except Exception as exc:
            raise _keyring_error(exc) from None

    @staticmethod
    def _unlock(conn, path: str, kind: str) -> None:
        """Unlock a collection or item (``kind``): the service's own prompt (as the keyring package does); the prompt
        dismissed, or the object still locked after it, is KeyringLocked."""
        from secretstorage.util import DBusAddressWrapper, add_match_rules, unlock_objects

        add_match_rules(conn)  # (the prompt's Completed signal must reach this connection)
        if unlock_objects(conn, [path]) or \
                DBusAddressWrapper(path, f"org.freedesktop.Secret.{kind}", conn).get_property("Locked"):
            raise KeyringLocked()

    def get_password(self, service: str, username: str) -> str | None:
        """The secret of the item, in the fewest round trips: the collection's lock, the search, a session, the
        secret. (secretstorage's objects ask each item's label and lock again, and its decryption loads the whole
        OpenSSL backend of cryptography, ~5 ms of a one-shot `commons search`: the session's AES key here goes to the
        cipher primitive alone.) The calls are jeepney's messages, answered as secretstorage's DBusAddressWrapper
        answers them (_reply): secretstorage itself is loaded only to unlock (a locked collection or item), since
        importing it loads hashlib's OpenSSL and its own modules (~4 ms of CPU of a one-shot `commons search`)."""
        def get(conn):
            from jeepney import DBusErrorResponse, Properties, new_method_call

            collection = _address(self.COLLECTION, "Collection")
            try:
                (_, locked), = _reply(conn, Properties(collection).get("Locked"))
            except ItemNotFoundException:
                return None  # no default collection: nothing was ever kept in it
            if locked:
                self._unlock(conn, self.COLLECTION, "Collection")
            found, = _reply(conn, new_method_call(collection, "SearchItems", "a{ss}",
                                                  ({"username": username, "service": service},)))
            if not found:
                return None
            item = _address(found[0], "Item")
            session = _open_session(conn)
            try:
                secret, = _reply(conn, new_method_call(item, "GetSecret", "o", (session.object_path,)))
            except DBusErrorResponse as exc:
                if exc.name != "org.freedesktop.Secret.Error.IsLocked":
                    raise
                self._unlock(conn, found[0], "Item")  # (a service that locks items one by one)
                secret, = _reply(conn, new_method_call(item, "GetSecret", "o", (session.object_path,)))
            return _opened(session, secret).decode("utf-8")
        return self._run(get)

    def set_password(self, service: str, username: str, password: str) -> None:
        attributes = {"username": username, "service": service, "application": self.APPLICATION}

        def store(conn):
            from secretstorage.util import add_match_rules

            add_match_rules(conn)  # (a service may ask before storing: its prompt's signal must reach us)
            self._collection(conn).create_item(f"Password for '{username}' on '{service}'", attributes, password,
                                               replace=True)
        self._run(store)

    def delete_password(self, service: str, username: str) -> None:
        def delete(conn):
            from secretstorage.util import add_match_rules

            add_match_rules(conn)  # (a service may ask before deleting)
            for item in self._collection(conn).search_items({"username": username, "service": service}):
                if item.is_locked():
                    self._unlock(conn, item.item_path, "Item")
                item.delete()
                return
            raise NothingKept()
        self._run(delete)


class ItemNotFoundException(Exception):
    """secretstorage's exception of that name, raised where secretstorage's DBusAddressWrapper raises it (an unknown
    object or method) by _reply, which answers as that wrapper does without loading secretstorage."""


class SecretServiceNotAvailableException(Exception):
    """secretstorage's exception of that name (no service on the bus, its start failed, no reply), from _reply."""


_NOT_FOUND = ("org.freedesktop.DBus.Error.UnknownMethod", "org.freedesktop.Secret.Error.NoSuchObject",
              "org.freedesktop.DBus.Error.UnknownObject")  # (secretstorage.defines' names of these errors)
_NOT_AVAILABLE = ("org.freedesktop.DBus.Error.ServiceUnknown", "org.freedesktop.DBus.Error.Spawn.ExecFailed",
                  "org.freedesktop.DBus.Error.NoReply")
SECRETS_PREFIX = "org.freedesktop.Secret."


def _address(path: str, kind: str):
    """The D-Bus address of a Secret Service object: its path and interface (``kind``: Service, Collection, Item)."""
    from jeepney import DBusAddress

    return DBusAddress(path, SECRET_SERVICE, SECRETS_PREFIX + kind)


def _reply(conn, message):
    """The body of the reply to ``message``, as secretstorage's DBusAddressWrapper.send_and_get_reply gives it: an
    error reply raises ItemNotFoundException or SecretServiceNotAvailableException where that wrapper raises its
    exceptions of those names, else jeepney's DBusErrorResponse."""
    from jeepney import DBusErrorResponse, MessageType

    answer = conn.send_and_get_reply(message)
    if answer.header.message_type != MessageType.error:
        return answer.body
    error = DBusErrorResponse(answer)
    if error.name in _NOT_FOUND:
        raise ItemNotFoundException("Item does not exist!") from error
    if error.name in _NOT_AVAILABLE:
        data = error.data[0] if isinstance(error.data, tuple) else error.data
        raise SecretServiceNotAvailableException(data) from error
    raise error


def _keyring_error(exc: Exception) -> Exception:
    """A failure of a Secret Service call in our words (as secretstorage's exceptions were always told): a locked
    collection or item or a dismissed prompt is KeyringLocked; secretstorage's other exceptions (or _reply's of the
    same names) KeyringUnavailable saying which; any other failure (D-Bus errors) says only what kind, never the
    secret."""
    name = type(exc).__name__
    secretstorage = sys.modules.get("secretstorage.exceptions")  # (loaded only if a step used secretstorage)
    if secretstorage is not None and isinstance(exc, (secretstorage.LockedException,
                                                      secretstorage.PromptDismissedException)):
        return KeyringLocked()
    if isinstance(exc, (ItemNotFoundException, SecretServiceNotAvailableException)) or \
            (secretstorage is not None and isinstance(exc, secretstorage.SecretStorageException)):
        return KeyringUnavailable(f"the keyring is not available ({name})")
    if "lock" in str(exc).lower():
        return KeyringLocked()
    return KeyringUnavailable(f"the keyring failed ({name})")


# The Secret Service's Diffie-Hellman group: the 1024-bit MODP group 2 of RFC 2409 §6.2 (secretstorage.dhcrypto's
# DH_PRIME_1024, tests/vault/test_keyring.py checks it is the same number), generator 2.
DH_PRIME_1024 = int(
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
    "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF", 16)


# The Diffie-Hellman private exponent's size. The session's group is the 1024-bit MODP group 2 (RFC 2409 §6.2), which
# gives about 80 bits of security; an exponent of twice the group's strength keeps it (RFC 3526 §8, NIST SP 800-56A's
# short exponents), and 256 bits are more than that. secretstorage draws a 1,024-bit one: the exchange's two
# pure-Python pow() then cost 4 times as much (74 M instructions of a one-shot `commons search`; ~55 M fewer here).
DH_EXPONENT_BITS = 256


def _dh_private_exponent() -> int:
    """A random private exponent of exactly DH_EXPONENT_BITS bits (its top bit set: never a small one)."""
    return int.from_bytes(os.urandom(DH_EXPONENT_BITS // 8), "big") | 1 << (DH_EXPONENT_BITS - 1)


class _Session:
    """An open Secret Service session: its object path and, when encrypted, its AES-128 key."""

    __slots__ = ("object_path", "aes_key", "encrypted")

    def __init__(self, object_path: str, aes_key: bytes | None):
        self.object_path, self.aes_key, self.encrypted = object_path, aes_key, aes_key is not None


def _open_session(conn) -> _Session:
    """A session for reading a secret, as secretstorage's open_session opens it (the same algorithm
    dh-ietf1024-sha256-aes128-cbc-pkcs7, the same group 2 prime; "plain" only when the service does not support
    it), with a short private exponent (DH_EXPONENT_BITS). The key is derived as the Secret Service specification
    says: HKDF-SHA256 (RFC 5869) of the shared secret, a null salt (HashLen zero bytes), empty info, 128 bits of
    output."""
    from cryptography.hazmat.primitives.hashes import SHA256
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
    from jeepney import DBusErrorResponse, new_method_call

    service = _address("/org/freedesktop/secrets", "Service")
    exponent = _dh_private_exponent()
    try:
        (signature, value), path = _reply(conn, new_method_call(service, "OpenSession", "sv", (
            "dh-ietf1024-sha256-aes128-cbc-pkcs7", ("ay", pow(2, exponent, DH_PRIME_1024).to_bytes(128, "big")))))
    except DBusErrorResponse as exc:
        if exc.name != "org.freedesktop.DBus.Error.NotSupported":
            raise
        _, path = _reply(conn, new_method_call(service, "OpenSession", "sv", ("plain", ("s", ""))))
        return _Session(path, None)
    theirs = int.from_bytes(bytes(value), "big") if signature == "ay" else 0
    if not 1 < theirs < DH_PRIME_1024 - 1:  # (a hostile or broken answer: 0, 1 and p-1 would give a known key)
        raise ValueError("malformed session key")
    shared = pow(theirs, exponent, DH_PRIME_1024).to_bytes(128, "big")
    # HKDF-SHA256 by cryptography (hashlib's would load a second OpenSSL, the system's: ~3 ms of CPU)
    return _Session(path, HKDF(SHA256(), 16, salt=None, info=b"").derive(shared))


def _opened(session, secret) -> bytes:
    """The value of a Secret Service secret (session, parameters, value, content type) sent in ``session``: plain, or
    AES-128-CBC with PKCS#7 padding under the session's key (dh-ietf1024-sha256-aes128-cbc-pkcs7), the IV in its
    parameters."""
    if not session.encrypted:
        return bytes(secret[2])
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    decryptor = Cipher(algorithms.AES(session.aes_key), modes.CBC(bytes(secret[1]))).decryptor()
    padded = decryptor.update(bytes(secret[2])) + decryptor.finalize()
    if not padded or not 1 <= padded[-1] <= 16 or padded[-padded[-1]:] != bytes([padded[-1]]) * padded[-1]:
        raise ValueError("malformed secret")  # (never shown: the caller says only what kind of failure)
    return padded[:-padded[-1]]


# the allowed backends, by the kind of system they work on (only those are loaded: importing the others is not free,
# the macOS one looks for its system library with ldconfig and gcc, ~0.1 s on Linux)
_PLATFORM_BACKENDS = {"darwin": [("keyring.backends.macOS", "Keyring")],
                      "win32": [("keyring.backends.Windows", "WinVaultKeyring")]}
_KWALLET = [("keyring.backends.kwallet", "DBusKeyring")]
_SECRET_SERVICE = [(__name__, "SecretServiceKeyring"),
                   ("keyring.backends.SecretService", "Keyring")]  # (the keyring package's, when a caller passes it)
ALLOWED_BACKENDS = {b for group in (*_PLATFORM_BACKENDS.values(), _KWALLET, _SECRET_SERVICE) for b in group}


def _is_allowed(backend) -> bool:
    cls = type(backend)
    return (cls.__module__, cls.__name__) in ALLOWED_BACKENDS


SECRET_SERVICE = "org.freedesktop.secrets"
DBUS_TIMEOUT = 2.0  # seconds a session bus has to answer the availability question


def secure_backend():
    """The best viable allowed backend, or raise KeyringUnavailable. Never a plaintext file.

    macOS and Windows: their system's keyring (through the keyring package). Elsewhere the allowed backends talk
    D-Bus: the Secret Service needs DBUS_SESSION_BUS_ADDRESS (jeepney finds the session bus by its variable only) and
    the service running or activatable on that bus, which is asked once, without loading the keyring package;
    KWallet needs its binding (dbus-python), and only then is the keyring package loaded."""
    candidates = []
    if sys.platform in _PLATFORM_BACKENDS:
        candidates = _loaded(_PLATFORM_BACKENDS[sys.platform])
    else:
        bus = _secret_service_on_bus() if os.environ.get("DBUS_SESSION_BUS_ADDRESS") else None
        if bus is not None:
            candidates.append(SecretServiceKeyring(bus))
        if importlib.util.find_spec("dbus") is not None:
            candidates += _loaded(_KWALLET)
    if not candidates:
        raise KeyringUnavailable()
    chosen = max(candidates, key=lambda b: b.priority)
    for other in candidates:
        if other is not chosen and isinstance(other, SecretServiceKeyring):
            other.close()
    return chosen


def _loaded(backends: list[tuple[str, str]]) -> list:
    viable = []
    for module, name in backends:
        try:
            backend = getattr(importlib.import_module(module), name)()
            if _is_allowed(backend) and backend.priority > 0:
                viable.append(backend)
        except Exception:  # noqa: S112 - a backend that cannot even load or report its priority is not viable
            continue
    return viable


def _secret_service_on_bus():
    """The session bus connection on which the Secret Service runs or can be activated (kept open for its first
    call), else None."""
    try:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:
        return None  # secretstorage, the Secret Service backend's binding, needs jeepney
    conn = None
    try:
        conn = open_dbus_connection(bus="SESSION", auth_timeout=DBUS_TIMEOUT)
        if conn.send_and_get_reply(message_bus.NameHasOwner(SECRET_SERVICE), timeout=DBUS_TIMEOUT).body[0] or \
                SECRET_SERVICE in conn.send_and_get_reply(message_bus.ListActivatableNames(),
                                                          timeout=DBUS_TIMEOUT).body[0]:
            return conn
    except Exception:  # noqa: S110 - no bus there, a bus that does not answer, a malformed address: no Secret Service
        pass
    if conn is not None:
        conn.close()
    return None


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
        try:
            return fn(*args)
        except (KeyringError, NothingKept):
            raise  # (said in our words by the Secret Service backend)
        except Exception as exc:
            raise _in_our_words(exc) from None

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
        try:
            self._call(self.backend.delete_password, SERVICE, account_for(vault_path))
        except NothingKept:
            return False
        return True


def _in_our_words(exc: Exception) -> Exception:
    """A failure of a backend of the keyring package (loaded then), as the errors of core.errors or NothingKept."""
    from keyring.errors import InitError, NoKeyringError, PasswordDeleteError, PasswordSetError
    from keyring.errors import KeyringLocked as _Locked

    if isinstance(exc, _Locked):
        return KeyringLocked()
    if isinstance(exc, PasswordDeleteError):
        return NothingKept()  # nothing to forget: forget() says so
    if isinstance(exc, (NoKeyringError, InitError)):
        return KeyringUnavailable(f"the keyring is not available ({type(exc).__name__})")
    if isinstance(exc, PasswordSetError):
        return KeyringUnavailable("the keyring refused to store the key")
    if "lock" in str(exc).lower():  # D-Bus errors etc.: say what kind, never the secret
        return KeyringLocked()
    return KeyringUnavailable(f"the keyring failed ({type(exc).__name__})")


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
        ks = self.keystore
        try:
            ks._call(ks.backend.delete_password, SERVER_SERVICE, server_account(vault_id, server))
        except NothingKept:
            return False
        return True
