"""The keyring adapter against the REAL Secret Service (gnome-keyring in a private D-Bus session,
started by scripts/run-tests.sh), and its refusal of insecure backends."""

from __future__ import annotations

import os

import pytest

from commons_desktop.core.errors import KeyringLocked, KeyringUnavailable
from commons_desktop.services.session import AppDirs, Session
from commons_desktop.vault.connection import Vault, VaultKey
from commons_desktop.vault.keyring_store import KeyStore, SecretServiceKeyring, secure_backend
from tests.conftest import PASSPHRASE, ensure_test_keyring

needs_secret_service = pytest.mark.skipif(
    not os.environ.get("COMMONS_TEST_KEYRING"), reason="run through scripts/run-tests.sh (make test)")


@pytest.fixture(autouse=True)
def keyring_up():
    if os.environ.get("COMMONS_TEST_KEYRING"):
        ensure_test_keyring()


@needs_secret_service
def test_the_real_backend_is_the_secret_service():
    backend = secure_backend()
    assert type(backend) is SecretServiceKeyring


@needs_secret_service
def test_keys_remembered_through_the_keyring_package_are_found_and_the_other_way_round(vault_path, vault_key):
    """The Secret Service asked directly holds the same items as the keyring package's backend (which remembered
    the keys of earlier versions): each finds, and forgets, what the other remembered."""
    from keyring.backends.SecretService import Keyring

    ours, theirs = KeyStore(), KeyStore(Keyring())
    key = VaultKey.from_hex(vault_key)
    theirs.remember(vault_path, key)
    assert ours.recall(vault_path).hex == vault_key
    assert ours.forget(vault_path) and theirs.recall(vault_path) is None
    ours.remember(vault_path, key)
    assert theirs.recall(vault_path).hex == vault_key
    assert theirs.forget(vault_path) and ours.recall(vault_path) is None
    assert ours.forget(vault_path) is False and theirs.forget(vault_path) is False  # nothing kept: not a failure


@needs_secret_service
def test_the_encrypted_session_with_a_short_exponent_reads_what_the_keyring_package_stored():
    """The remembered key is read in a session we open ourselves (dh-ietf1024-sha256-aes128-cbc-pkcs7, HKDF-SHA256)
    with a 256-bit private exponent instead of secretstorage's 1,024-bit one: what the keyring package stored
    (through secretstorage's own session) reads back, whatever its length (padding of 1 to 16 bytes)."""
    from jeepney.io.blocking import open_dbus_connection
    from keyring.backends.SecretService import Keyring

    from commons_desktop.vault import keyring_store

    theirs, ours = Keyring(), SecretServiceKeyring()
    for n, secret in enumerate(["", "k", "é" * 8, "0123456789abcdef", "x" * 31, "clé ✓ " * 11]):
        theirs.set_password("commons test session", f"user {n}", secret)
        try:
            assert ours.get_password("commons test session", f"user {n}") == secret
        finally:
            theirs.delete_password("commons test session", f"user {n}")
    with open_dbus_connection(bus="SESSION") as conn:
        session = keyring_store._open_session(conn)
    assert session.encrypted and len(session.aes_key) == 16 and session.object_path.startswith("/org/freedesktop/")
    drawn = {keyring_store._dh_private_exponent() for _ in range(50)}
    assert len(drawn) == 50 and {x.bit_length() for x in drawn} == {keyring_store.DH_EXPONENT_BITS} == {256}


def test_the_session_key_and_the_group_are_the_ones_secretstorage_uses():
    """The DH group is secretstorage's (RFC 2409 group 2) and the session's AES key the HKDF-SHA256 of the shared
    secret that the Secret Service specification asks (null salt, empty info, 16 bytes), here by cryptography, as it
    was by hashlib (hmac) before: the same keys for 200 random shared secrets."""
    import hashlib
    import hmac
    import os as _os

    from cryptography.hazmat.primitives.hashes import SHA256
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
    from secretstorage.dhcrypto import DH_PRIME_1024

    from commons_desktop.vault import keyring_store

    assert keyring_store.DH_PRIME_1024 == DH_PRIME_1024
    for _ in range(200):
        shared = _os.urandom(128)
        prk = hmac.new(b"\x00" * 32, shared, hashlib.sha256).digest()
        assert HKDF(SHA256(), 16, salt=None, info=b"").derive(shared) == \
            hmac.new(prk, b"\x01", hashlib.sha256).digest()[:16]


def test_secret_service_errors_are_told_as_secretstorage_told_them():
    """The lookup asks the Secret Service with jeepney's messages (no secretstorage): its error replies become the
    same KeyringLocked / KeyringUnavailable, with the same words, as secretstorage's exceptions did."""
    from secretstorage.exceptions import (
        ItemNotFoundException,
        LockedException,
        PromptDismissedException,
        SecretServiceNotAvailableException,
    )

    from commons_desktop.vault import keyring_store

    told = keyring_store._keyring_error
    for ours, theirs in ((keyring_store.ItemNotFoundException, ItemNotFoundException),
                         (keyring_store.SecretServiceNotAvailableException, SecretServiceNotAvailableException)):
        assert type(told(ours("x"))) is type(told(theirs("x"))) is KeyringUnavailable
        assert str(told(ours("x"))) == str(told(theirs("x"))) == f"the keyring is not available ({theirs.__name__})"
    assert type(told(LockedException("x"))) is type(told(PromptDismissedException("x"))) is KeyringLocked
    assert type(told(RuntimeError("the object is locked"))) is KeyringLocked
    assert str(told(RuntimeError("no"))) == "the keyring failed (RuntimeError)"


class _Answer:
    def __init__(self, kind, body, error=None):
        from jeepney.low_level import HeaderFields, MessageType

        self.body = body
        self.header = type("H", (), {"message_type": MessageType.error if error else kind,
                                     "fields": {HeaderFields.error_name: error} if error else {}})()


def test_replies_are_read_as_secretstorage_reads_them():
    from jeepney import DBusErrorResponse
    from jeepney.low_level import MessageType

    from commons_desktop.vault import keyring_store

    class Conn:
        def __init__(self, answer):
            self.answer = answer

        def send_and_get_reply(self, message):
            return self.answer

    assert keyring_store._reply(Conn(_Answer(MessageType.method_return, ("ok",))), None) == ("ok",)
    for name in ("org.freedesktop.DBus.Error.UnknownMethod", "org.freedesktop.Secret.Error.NoSuchObject",
                 "org.freedesktop.DBus.Error.UnknownObject"):
        with pytest.raises(keyring_store.ItemNotFoundException):
            keyring_store._reply(Conn(_Answer(None, ("x",), error=name)), None)
    for name in ("org.freedesktop.DBus.Error.ServiceUnknown", "org.freedesktop.DBus.Error.Spawn.ExecFailed",
                 "org.freedesktop.DBus.Error.NoReply"):
        with pytest.raises(keyring_store.SecretServiceNotAvailableException):
            keyring_store._reply(Conn(_Answer(None, ("gone",), error=name)), None)
    with pytest.raises(DBusErrorResponse) as err:
        keyring_store._reply(Conn(_Answer(None, ("x",), error="org.freedesktop.Secret.Error.IsLocked")), None)
    assert err.value.name == "org.freedesktop.Secret.Error.IsLocked"


@needs_secret_service
def test_remember_recall_forget(vault_path, vault_key, tmp_path):
    store = KeyStore()
    session = Session(AppDirs(tmp_path / "d", tmp_path / "c", tmp_path / "k"), store)
    v = session.open_with_passphrase(vault_path, PASSPHRASE, remember=True)
    v.close()
    assert store.recall(vault_path).hex == vault_key
    v2 = session.open_remembered(vault_path)
    assert v2 is not None and v2.get_meta("name") == "Template"
    v2.close()
    assert store.forget(vault_path)
    assert store.recall(vault_path) is None
    assert session.open_remembered(vault_path) is None


@needs_secret_service
def test_a_stale_remembered_key_is_forgotten_not_reported_as_wrong(vault_path, vault_key, tmp_path):
    from commons_desktop.vault.integrity import change_passphrase
    store = KeyStore()
    session = Session(AppDirs(tmp_path / "d", tmp_path / "c", tmp_path / "k"), store)
    session.open_with_passphrase(vault_path, PASSPHRASE, remember=True).close()
    v = Vault.open(vault_path, key=vault_key)
    change_passphrase(v, "another passphrase")
    v.close()
    assert session.open_remembered(vault_path) is None
    assert store.recall(vault_path) is None


@needs_secret_service
def test_locked_keyring_is_not_a_wrong_passphrase(vault_path, vault_key, tmp_path):
    import secretstorage
    store = KeyStore()
    session = Session(AppDirs(tmp_path / "d", tmp_path / "c", tmp_path / "k"), store)
    session.open_with_passphrase(vault_path, PASSPHRASE, remember=True).close()
    conn = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(conn)
    collection.lock()
    try:
        assert collection.is_locked()
        with pytest.raises(KeyringLocked) as err:
            KeyStore().recall(vault_path)
        assert "unlock your keyring" in str(err.value)
    finally:
        ensure_test_keyring()  # unlocked again for the tests after this one


@pytest.mark.parametrize("backend_path", ["keyring.backends.null.Keyring", "keyring.backends.fail.Keyring",
                                          "keyring.backends.chainer.ChainerBackend"])
def test_insecure_backends_are_refused(backend_path, vault_path, vault_key):
    import importlib
    module, _, name = backend_path.rpartition(".")
    backend = getattr(importlib.import_module(module), name)()
    store = KeyStore(backend)
    with pytest.raises(KeyringUnavailable):
        store.recall(vault_path)


def test_plaintext_keyring_is_refused():
    class PlaintextKeyring:  # what keyrings.alt would offer: a file with base64 passwords
        priority = 1

        def get_password(self, service, user):
            return None

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    with pytest.raises(KeyringUnavailable):
        KeyStore(PlaintextKeyring()).recall("x.commons")



def test_forgetting_a_key_that_was_never_remembered_is_not_a_keyring_failure():
    """The Secret Service says "no such password" with PasswordDeleteError: that is `False`, not "unavailable"."""
    from keyring.errors import PasswordDeleteError

    class Keyring:  # an allowed backend that holds nothing
        priority = 5

        def delete_password(self, service, user):
            raise PasswordDeleteError("No such password!")

    Keyring.__module__ = "keyring.backends.SecretService"
    assert KeyStore(Keyring()).forget("x.commons") is False
