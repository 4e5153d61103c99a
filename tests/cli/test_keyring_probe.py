"""The keyring is asked only when it may help: never when a passphrase was given, and not at all (the keyring library
is not even loaded) where no secure keyring can exist: no D-Bus session, or a session bus with no Secret Service.
Real processes, a real private dbus-daemon; a listening socket stands for a session bus that must not be called."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from commons_desktop.vault import keyring_store
from tests.conftest import PASSPHRASE

from .conftest import ROOT

needs_dbus_daemon = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="dbus-daemon is not installed")

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def run_commons(*argv: str, env: dict[str, str]) -> tuple[int, str, set[str]]:
    """`commons ARGV` in a fresh interpreter with exactly ``env`` (plus the source path): exit code, stderr and the
    modules it had imported by the end."""
    code = ("import json, sys\nfrom commons_desktop.cli.main import main\ncode = main(sys.argv[1:])\n"
            "sys.stdout.write('\\n@@' + json.dumps([code, sorted(sys.modules)]))")
    done = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=120,
                          cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT)})
    exit_code, modules = json.loads(done.stdout.rpartition("\n@@")[2])
    return exit_code, done.stderr, set(modules)


@pytest.fixture
def bare_env(tmp_path) -> dict[str, str]:
    """No passphrase, no D-Bus session, no terminal: a headless box."""
    keep = ("PATH", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"),
               XDG_RUNTIME_DIR=str(tmp_path / "run"))
    return env


class SilentBus:
    """A unix socket where a session bus would be: counts who connects (and answers nothing)."""

    def __init__(self, path: Path):
        self.path = path
        self.connections = 0
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(str(path))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.stopped.set()
        self.thread.join(5)
        self.sock.close()


@pytest.fixture
def silent_bus(tmp_path):
    bus = SilentBus(tmp_path / "bus")
    yield bus
    bus.close()


@pytest.fixture
def empty_bus(tmp_path):
    """A real D-Bus session bus (dbus-daemon) on which no Secret Service runs or can be activated."""
    config = tmp_path / "bus.conf"
    path = tmp_path / "empty-bus"
    config.write_text(BUS_CONFIG.format(socket=path), "utf-8")
    daemon = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = daemon.stdout.readline().strip()
    try:
        assert address.startswith("unix:"), address
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)


def test_a_given_passphrase_means_no_d_bus_call(club, bare_env, silent_bus):
    env = {**bare_env, "COMMONS_PASSPHRASE": PASSPHRASE, "DBUS_SESSION_BUS_ADDRESS": f"unix:path={silent_bus.path}"}
    for argv in (("info",), ("search", "dupre"), ("person", "list")):
        code, err, modules = run_commons("--vault", str(club.path), *argv, env=env)
        assert code == 0, err
        assert "keyring" not in modules and "jeepney" not in modules
    assert silent_bus.connections == 0


def test_a_one_shot_search_makes_no_dataclass(club, bare_env):
    """`commons search` (s5-cli2): importing dataclasses (with inspect, ast, dis, tokenize) and making the dozen
    dataclasses of the modules it uses were ~90 M of its ~430 M instructions; those are plain classes now."""
    code, err, modules = run_commons("--vault", str(club.path), "search", "dupre",
                                     env={**bare_env, "COMMONS_PASSPHRASE": PASSPHRASE})
    assert code == 0, err
    assert "commons_desktop.vault.search" in modules and "commons_desktop.cli.context" in modules
    assert "dataclasses" not in modules and "inspect" not in modules


def test_without_a_d_bus_session_no_keyring_is_asked_or_loaded(club, bare_env):
    code, err, modules = run_commons("--vault", str(club.path), "info", env=bare_env)
    assert code == 3 and "no passphrase given" in err
    assert "keyring" not in modules and "jeepney" not in modules and "secretstorage" not in modules


@needs_dbus_daemon
def test_a_session_bus_without_a_secret_service_is_found_out_without_the_keyring_library(club, bare_env,
                                                                                        empty_bus):
    code, err, modules = run_commons("--vault", str(club.path), "info",
                                     env={**bare_env, "DBUS_SESSION_BUS_ADDRESS": empty_bus})
    assert code == 3 and "no passphrase given" in err
    assert "keyring" not in modules  # asked the bus (jeepney), not the keyring library and its backends


@needs_dbus_daemon
def test_the_bus_is_asked_for_the_secret_service(empty_bus, silent_bus, monkeypatch):
    monkeypatch.setattr(keyring_store.importlib.util, "find_spec", lambda name: None)  # (no dbus-python here)
    monkeypatch.setattr(keyring_store.sys, "platform", "linux")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    with pytest.raises(keyring_store.KeyringUnavailable):
        keyring_store.secure_backend()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", empty_bus)
    with pytest.raises(keyring_store.KeyringUnavailable):
        keyring_store.secure_backend()
    monkeypatch.setattr(keyring_store, "DBUS_TIMEOUT", 0.5)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={silent_bus.path}")
    with pytest.raises(keyring_store.KeyringUnavailable):  # a bus that does not answer: no keyring there either
        keyring_store.secure_backend()


needs_secret_service = pytest.mark.skipif(not os.environ.get("COMMONS_TEST_KEYRING"),
                                          reason="run through scripts/run-tests.sh (make test)")


@needs_secret_service
def test_the_real_secret_service_is_found():
    backend = keyring_store.secure_backend()
    assert type(backend) is keyring_store.SecretServiceKeyring


@needs_secret_service
def test_the_bus_the_secret_service_was_found_on_serves_the_first_lookup(vault_key, tmp_path, monkeypatch):
    """One connection to the session bus for a one-shot lookup: the one on which the service was found."""
    import secretstorage

    from commons_desktop.vault.connection import VaultKey

    path = tmp_path / "v.commons"
    keyring_store.KeyStore().remember(path, VaultKey.from_hex(vault_key))
    try:
        store = keyring_store.KeyStore()
        assert type(store.backend) is keyring_store.SecretServiceKeyring

        def no_second_connection():
            raise AssertionError("a second connection to the session bus")
        monkeypatch.setattr(secretstorage, "dbus_init", no_second_connection)
        assert store.recall(path).hex == vault_key
    finally:
        monkeypatch.undo()
        assert keyring_store.KeyStore().forget(path)


@needs_secret_service
def test_a_remembered_key_opens_the_vault_without_loading_the_keyring_package(club, bare_env):
    """`commons search WORD` with the key remembered: the Secret Service is asked directly (jeepney's messages, not
    secretstorage, nor hashlib's OpenSSL: ~4 ms of CPU together; the session's key derived and page 1 verified by
    cryptography, which decrypts them anyway), the keyring package and its backends' discovery (entry points,
    jaraco, importlib_metadata) are not loaded, nor the OpenSSL backend of cryptography (the session's secret is
    decrypted by the AES primitive alone), nor platformdirs (~27 M instructions: the device id's folder is found by
    the XDG rule, services/session.config_folder), nor shutil (~7 M with zlib, bz2 and lzma: argparse's formatters
    asked it the terminal's width)."""
    env = {**bare_env, "DBUS_SESSION_BUS_ADDRESS": os.environ["DBUS_SESSION_BUS_ADDRESS"]}
    code, err, _ = run_commons("--vault", str(club.path), "--remember", "info",
                               env={**env, "COMMONS_PASSPHRASE": PASSPHRASE})
    assert code == 0, err
    try:
        code, err, modules = run_commons("--vault", str(club.path), "search", "dupre", env=env)
        assert code == 0, err
        assert "jeepney" in modules and "cryptography.hazmat.primitives.ciphers" in modules
        assert not {m.split(".")[0] for m in modules} & {"secretstorage", "hashlib", "_hashlib", "hmac"}
        assert not {m for m in modules if m == "keyring" or m.startswith(("keyring.", "jaraco", "importlib_metadata"))}
        assert not {m for m in modules if m.startswith("cryptography.hazmat.backends.openssl")}
        assert not {m.split(".")[0] for m in modules} & {"platformdirs", "shutil"}
    finally:
        assert keyring_store.KeyStore().forget(club.path)
