"""A connection test that succeeds clears the server's last error when it was a connection failure (the page and
`commons server list` said "wrong password" after the right one worked), and only then: a sync's own stop (a mass
delete to confirm) stays until a sync settles it."""

from __future__ import annotations

import pytest

from commons_desktop.services import servers
from commons_desktop.sync.errors import DavError, Failure
from commons_desktop.vault import servers as store
from tests.sync.conftest import PASSWORDS, needs_sabre


@pytest.fixture
def forget(vault, secrets):
    yield
    secrets.forget(servers.vault_id(vault), "docs")


@needs_sabre
def test_a_successful_test_clears_a_connection_error_only(vault, sabre, secrets, forget):
    servers.add(vault, secrets, "docs", "webdav", sabre.url + "docs/", "alice", password="wrong")
    with pytest.raises(DavError) as raised:
        servers.test(vault, secrets, "docs", create=True)
    assert raised.value.failure is Failure.AUTH
    assert (store.get(vault, "docs").last_error, store.get(vault, "docs").last_status) == ("auth", 401)

    servers.change(vault, secrets, "docs", password=PASSWORDS["alice"])
    assert store.get(vault, "docs").last_error == "auth"  # not known to work yet
    servers.test(vault, secrets, "docs", create=True)
    server = store.get(vault, "docs")
    assert (server.last_error, server.last_status, server.auth_failed) == (None, None, False)
    assert server.last_success is None  # a test is not a sync

    store.log_run(vault, "docs", error="mass-delete")
    servers.test(vault, secrets, "docs")
    assert store.get(vault, "docs").last_error == "mass-delete"
