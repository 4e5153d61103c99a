"""Where the passphrase comes from: variable, file, the keyring when remembered, a terminal prompt; and
the keyring options (--remember, --forget), with an in-memory keystore and, when present, the real one."""

from __future__ import annotations

import json

import pytest

from commons_desktop.cli import context, prompts
from commons_desktop.core.errors import KeyringLocked, KeyringUnavailable
from commons_desktop.services.session import AppDirs, Session
from commons_desktop.vault import keyring_store
from commons_desktop.vault.keyring_store import KeyStore
from tests.conftest import PASSPHRASE

from .conftest import snapshot


class MemoryKeyStore(KeyStore):
    """The keystore seam with a dict behind it (the real backends are exercised by the keyring-marked test)."""

    def __init__(self, fail: Exception | None = None):
        super().__init__()
        self.keys: dict[str, str] = {}
        self.fail = fail

    def _check(self):
        if self.fail:
            raise self.fail

    def remember(self, vault_path, key):
        self._check()
        self.keys[keyring_store.account_for(vault_path)] = key.hex

    def recall(self, vault_path):
        self._check()
        found = self.keys.get(keyring_store.account_for(vault_path))
        return keyring_store.VaultKey.from_hex(found) if found else None

    def forget(self, vault_path):
        self._check()
        return self.keys.pop(keyring_store.account_for(vault_path), None) is not None


@pytest.fixture
def keystore(monkeypatch, tmp_path):
    store = MemoryKeyStore()
    dirs = AppDirs(tmp_path / "data", tmp_path / "config", tmp_path / "cache")
    monkeypatch.setattr(context, "make_session", lambda: Session(dirs, store))
    return store


@pytest.fixture
def terminal(monkeypatch):
    """A person at a terminal typing the answers queued in the returned list."""
    answers: list[str] = []
    monkeypatch.setattr(prompts, "interactive", lambda: True)
    monkeypatch.setattr(prompts, "secret", lambda prompt: answers.pop(0))
    monkeypatch.setattr("builtins.input", lambda prompt="": answers.pop(0))
    return answers


def test_passphrase_file_and_the_variable_first(cli, club, tmp_path, monkeypatch):
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    monkeypatch.delenv("COMMONS_PASSPHRASE")
    assert cli("--vault", club.path, "--passphrase-file", secret, "info").code == 0
    secret.write_text("wrong\n")
    assert cli("--vault", club.path, "--passphrase-file", secret, "info").code == 3
    monkeypatch.setenv("COMMONS_PASSPHRASE", PASSPHRASE)
    assert cli("--vault", club.path, "--passphrase-file", secret, "info").code == 0
    monkeypatch.delenv("COMMONS_PASSPHRASE")
    secret.write_text("")
    r = cli("--vault", club.path, "--passphrase-file", secret, "info")
    assert r.code == 3 and "is empty" in r.one_error_line()
    r = cli("--vault", club.path, "--passphrase-file", tmp_path / "absent", "info")
    assert r.code == 1 and "cannot read the passphrase file" in r.one_error_line()


def test_prompt_on_a_terminal(cli, club, terminal, monkeypatch):
    monkeypatch.delenv("COMMONS_PASSPHRASE")
    terminal.append(PASSPHRASE)
    assert cli("--vault", club.path, "info").code == 0
    terminal.append("nope")
    assert cli("--vault", club.path, "info").code == 3


def test_init_on_a_terminal_asks_twice(cli, tmp_path, terminal, monkeypatch):
    monkeypatch.delenv("COMMONS_PASSPHRASE")
    path = tmp_path / "typed.commons"
    terminal.extend(["one thing", "another"])
    r = cli("--vault", path, "init")
    assert r.code == 4 and "differ" in r.one_error_line() and not path.exists()
    terminal.extend(["same words", "same words"])
    assert cli("--vault", path, "init").code == 0
    terminal.append("same words")
    assert cli("--vault", path, "info").code == 0


def test_init_without_any_source_is_exit_3(cli, tmp_path, monkeypatch):
    monkeypatch.delenv("COMMONS_PASSPHRASE")
    path = tmp_path / "none.commons"
    r = cli("--vault", path, "init")
    assert r.code == 3 and "no passphrase given" in r.one_error_line() and not path.exists()


def test_passwd_on_a_terminal(cli, club, terminal, monkeypatch):
    terminal.extend(["new words", "new words"])
    assert cli("--vault", club.path, "passwd").code == 0
    monkeypatch.setenv("COMMONS_PASSPHRASE", "new words")
    assert cli("--vault", club.path, "info").code == 0


def test_erase_confirmed_or_declined_on_a_terminal(cli, club, terminal):
    terminal.append("n")
    r = cli("--vault", club.path, "person", "erase", club.other_person)
    assert r.code == 1 and "cancelled" in r.one_error_line()
    assert snapshot(club.path, club.key)["people"] == 2
    terminal.append("yes")
    assert cli("--vault", club.path, "person", "erase", club.other_person).code == 0
    assert snapshot(club.path, club.key)["people"] == 1


def test_remember_then_open_without_passphrase_then_passwd_updates_then_forget(cli, club, keystore, monkeypatch):
    v = ("--vault", club.path)
    assert cli(*v, "--remember", "info").code == 0
    assert len(keystore.keys) == 1
    monkeypatch.delenv("COMMONS_PASSPHRASE")
    assert json.loads(cli(*v, "--json", "info").out)["counts"]["people"] == 2
    old = dict(keystore.keys)
    monkeypatch.setenv("COMMONS_NEW_PASSPHRASE", "changed words")
    r = cli(*v, "--json", "passwd")
    assert r.code == 0 and json.loads(r.out)["keyring_updated"] is True
    assert keystore.keys != old
    assert cli(*v, "info").code == 0  # the updated key opens the re-keyed vault
    r = cli(*v, "--forget")
    assert r.code == 0 and "forgot" in r.out and keystore.keys == {}
    assert "no key was remembered" in cli(*v, "--forget").out
    r = cli(*v, "info")
    assert r.code == 3 and "no passphrase given" in r.one_error_line()


def test_init_with_remember(cli, tmp_path, keystore, monkeypatch):
    path = tmp_path / "kept.commons"
    assert cli("--vault", path, "--remember", "init").code == 0
    monkeypatch.delenv("COMMONS_PASSPHRASE")
    assert cli("--vault", path, "info").code == 0


def test_locked_keyring_is_exit_3_unlock(cli, club, keystore, monkeypatch):
    monkeypatch.delenv("COMMONS_PASSPHRASE")
    keystore.fail = KeyringLocked()
    r = cli("--vault", club.path, "info")
    assert r.code == 3 and "unlock your keyring" in r.one_error_line()


def test_no_keyring_falls_through_silently(cli, club, keystore, monkeypatch):
    keystore.fail = KeyringUnavailable()
    assert cli("--vault", club.path, "info").err == ""  # the variable is used, the keyring is not consulted
    monkeypatch.delenv("COMMONS_PASSPHRASE")
    r = cli("--vault", club.path, "info")
    assert r.code == 3 and "no passphrase given" in r.one_error_line()
    monkeypatch.setenv("COMMONS_PASSPHRASE", PASSPHRASE)
    r = cli("--vault", club.path, "--remember", "info")
    assert r.code == 0 and r.err.startswith("commons: warning: ") and len(r.err_lines) == 1
    r = cli("--vault", club.path, "--forget")
    assert r.code == 0 and "no key was remembered" in r.out


@pytest.mark.keyring
def test_real_keyring_remember_passwd_forget(cli, club, monkeypatch):
    try:
        keyring_store.secure_backend()
    except KeyringUnavailable:
        pytest.skip("no secure keyring backend (Secret Service, KWallet, ...) on this machine")
    v = ("--vault", club.path)
    try:
        assert cli(*v, "--remember", "info").code == 0
        monkeypatch.delenv("COMMONS_PASSPHRASE")
        assert cli(*v, "info").code == 0
        monkeypatch.setenv("COMMONS_NEW_PASSPHRASE", "real keyring words")
        r = cli(*v, "--json", "passwd")
        assert r.code == 0 and json.loads(r.out)["keyring_updated"] is True
        assert cli(*v, "info").code == 0
    finally:
        r = cli(*v, "--forget")
    assert "forgot" in r.out
    assert cli(*v, "info").code == 3
