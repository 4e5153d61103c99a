"""`commons server ...` and `commons sync` against real servers, with the passwords in the real Secret Service:
the words and exit code 5 of each failure of 'test connection', one request and no more after a refused password,
the keyring holding the password (never the vault), a new URL being a new target, the JSON of `commons sync`."""

from __future__ import annotations

import io
import json
import sys

import pytest

from commons_desktop.vault import sync_state
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.keyring_store import KeyStore, ServerSecrets
from commons_desktop.vault.servers import get as stored_server
from tests.cli.conftest import cli, cli_env  # noqa: F401, F811 - the CLI fixtures
from tests.sync.conftest import PASSWORDS, needs_sabre
from tests.sync.federation import federation
from tests.sync.servers import free_port


@pytest.fixture
def fed_vault(vault_path, vault_key, secrets):
    with Vault.open(vault_path, key=vault_key) as v:
        federation(v)
        vault_id = v.get_meta("vault_id")
    yield vault_path, vault_id
    for name in ("docs", "book", "other"):
        secrets.forget(vault_id, name)


@pytest.fixture
def commons(cli, fed_vault, monkeypatch):  # noqa: F811
    """``commons(*args, stdin=None)`` on the federation vault."""
    path, _ = fed_vault

    def run(*args: str, stdin: str | None = None):
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return cli("--vault", path, *args)
    return run


def add_docs(commons, url: str, password: str = PASSWORDS["alice"], user: str = "alice", *extra: str):
    return commons("server", "add", "docs", "--kind", "webdav", "--url", url, "--user", user, "--password-stdin",
                   "--profile", "site", *extra, stdin=password + "\n")


@needs_sabre
def test_add_keeps_the_password_in_the_keyring_only(commons, fed_vault, sabre, vault_key):
    path, vault_id = fed_vault
    r = add_docs(commons, sabre.url + "docs/")
    assert r.code == 0 and "OS keyring" in r.out
    assert ServerSecrets(KeyStore()).recall(vault_id, "docs") == PASSWORDS["alice"]
    with Vault.open(path, key=vault_key) as v:  # nowhere in the vault, decrypted
        dump = "\n".join(repr(row) for (table,) in v.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                         for row in v.conn.execute(f'SELECT * FROM "{table}"'))  # noqa: S608
    assert PASSWORDS["alice"] not in dump and "docs" in dump
    listed = commons("--json", "server", "list")
    assert listed.code == 0 and PASSWORDS["alice"] not in listed.out
    (row,) = json.loads(listed.out)
    assert row["name"] == "docs" and row["kind"] == "webdav" and row["user"] == "alice" and row["profile"] == "site"
    assert commons("server", "remove", "docs").code == 0
    assert ServerSecrets(KeyStore()).recall(vault_id, "docs") is None


@needs_sabre
def test_test_connection_not_found_then_created_then_ok(commons, sabre):
    add_docs(commons, sabre.url + "docs/")
    r = commons("server", "test", "docs")
    assert r.code == 5 and "no such folder" in r.one_error_line() and "--create" in r.one_error_line()
    r = commons("server", "test", "docs", "--create")
    assert r.code == 0 and "created now" in r.out and "may write there" in r.out
    assert (sabre.root / "docs").is_dir() and list((sabre.root / "docs").iterdir()) == []  # the probe is gone
    assert commons("server", "test", "docs").code == 0


@needs_sabre
def test_wrong_password_exit_5_one_request_and_no_more(commons, sabre, proxy):
    p = proxy(sabre.port)
    add_docs(commons, p.url("/server.php/docs/"), "not-the-password")
    r = commons("server", "test", "docs")
    line = r.one_error_line()
    assert r.code == 5 and "wrong user name or password" in line and "not-the-password" not in r.err + r.out
    assert p.count() == 1
    r = commons("--json", "sync")  # remembered: nothing is sent with the refused password
    assert r.code == 5 and json.loads(r.out)["servers"]["docs"] == {
        "sent": 0, "received": 0, "deleted": 0, "conflicts": 0, "requests": 0, "error": "auth"}
    assert p.count() == 1
    assert commons("server", "edit", "docs", "--password-stdin", stdin=PASSWORDS["alice"] + "\n").code == 0
    assert commons("server", "test", "docs", "--create").code == 0
    r = commons("--json", "sync")
    assert r.code == 0 and json.loads(r.out)["servers"]["docs"]["sent"] == 3


@needs_sabre
def test_no_write_permission(commons, sabre):
    (sabre.root / "docs").mkdir()
    add_docs(commons, sabre.url + "docs/", PASSWORDS["reader"], "reader")
    r = commons("server", "test", "docs")
    assert r.code == 5 and "no write permission" in r.one_error_line()
    assert list((sabre.root / "docs").iterdir()) == []


def test_carddav_create_reader_and_tls(commons, radicale, proxy, certs):
    import uuid
    book = f"/alice/{uuid.uuid4().hex}/"
    p = proxy(radicale.port, cert=certs.cert, key=certs.key)
    r = commons("server", "add", "book", "--kind", "carddav", "--url", p.url(book), "--user", "alice",
                "--password-stdin", stdin=PASSWORDS["alice"] + "\n")
    assert r.code == 0
    r = commons("server", "test", "book", "--create")
    assert r.code == 5 and "certificate could not be verified" in r.one_error_line() and "--ca-file" in r.err
    assert commons("server", "edit", "book", "--ca-file", str(certs.ca)).code == 0
    r = commons("server", "test", "book")
    assert r.code == 5 and "no such address book" in r.one_error_line()
    r = commons("server", "test", "book", "--create")
    assert r.code == 0 and "created now" in r.out and "vCard 3.0" in r.out
    assert (radicale.storage / "collection-root" / book.strip("/")).is_dir()
    r = commons("server", "edit", "book", "--user", "reader", "--password-stdin", stdin=PASSWORDS["reader"] + "\n")
    assert r.code == 0 and "new target" in r.out
    r = commons("server", "test", "book")
    assert r.code == 5 and "no write permission" in r.one_error_line()
    r = commons("--json", "sync", "book")  # a contacts server without a profile carries nothing: said, not failed
    assert r.code == 1 and json.loads(r.out)["servers"]["book"]["error"] == "no-profile"


def test_unreachable_and_plain_http(commons):
    port = free_port()
    r = commons("server", "add", "other", "--kind", "webdav", "--url", f"http://127.0.0.1:{port}/dav/", "--user",
                "alice", "--profile", "site", "--password-stdin", stdin="pw\n")
    assert r.code == 0
    r = commons("server", "test", "other")
    assert r.code == 5 and "cannot reach the server" in r.one_error_line()
    r = commons("--json", "sync")
    assert r.code == 5 and json.loads(r.out)["servers"]["other"]["error"] == "unreachable"
    assert commons("server", "remove", "other").code == 0
    r = commons("server", "add", "other", "--kind", "webdav", "--url", "http://dav.example.org/dav/", "--user", "a")
    assert r.code == 4 and "plain http to another computer is refused" in r.one_error_line()
    r = commons("server", "add", "other", "--kind", "webdav", "--url", "http://dav.example.org/dav/", "--user", "a",
                "--allow-plain-http")
    assert r.code == 0
    r = commons("server", "add", "x", "--kind", "webdav", "--url", "https://alice:pw@dav.example.org/", "--user", "a")
    assert r.code == 4 and "pw" not in r.err.replace("https", "")


@needs_sabre
def test_sync_json_a_new_url_is_a_new_target_and_nothing_old_is_deleted(commons, fed_vault, sabre, vault_key):
    path, _ = fed_vault
    add_docs(commons, sabre.url + "docs/")
    commons("server", "test", "docs", "--create")
    r = commons("--json", "sync")
    assert r.code == 0 and json.loads(r.out) == {"servers": {"docs": {
        "sent": 3, "received": 0, "deleted": 0, "conflicts": 0, "requests": 4, "error": None}}}
    r = commons("sync", "docs")
    assert r.code == 0 and r.out.strip() == "docs: sent 0, received 0, deleted 0, conflicts 0 (1 requests)"
    with Vault.open(path, key=vault_key) as v:
        old_target = stored_server(v, "docs").target_id
    r = commons("server", "edit", "docs", "--url", sabre.url + "docs2/")
    assert r.code == 0 and "starts empty" in r.out and "nothing was deleted" in r.out
    assert commons("server", "test", "docs", "--create").code == 0
    r = commons("--json", "sync")
    assert json.loads(r.out)["servers"]["docs"]["sent"] == 3 and json.loads(r.out)["servers"]["docs"]["deleted"] == 0
    assert len(sabre.files("docs")) == 3 and len(sabre.files("docs2")) == 3  # the old folder untouched
    with Vault.open(path, key=vault_key) as v:
        assert sync_state.count(v, old_target) == 3  # the old target's state kept as it was
        assert stored_server(v, "docs").target_id != old_target
    listed = commons("server", "list")
    assert "docs" in listed.out and "never" not in listed.out
