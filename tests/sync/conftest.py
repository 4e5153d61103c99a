"""Fixtures of the sync tests: real Radicale and sabre/dav servers on 127.0.0.1 (tests/sync/servers.py), the
fault-injecting proxy in front of them, a test CA, and the passwords of the test accounts."""

from __future__ import annotations

import pytest

from tests.sync.servers import (
    FaultProxy,
    Radicale,
    Sabre,
    SabreCardDav,
    make_ca,
    sabre_available,
    sabre_carddav_missing,
    server_context,
)

PASSWORDS = {"alice": "alice-secret-pw", "bob": "bob-secret-pw", "reader": "reader-secret-pw"}

needs_sabre = pytest.mark.skipif(not sabre_available(), reason="php-cli and php-sabre-dav are not installed "
                                 "(scripts/ensure-system-packages.sh installs them)")


@pytest.fixture(scope="session")
def radicale(tmp_path_factory):
    server = Radicale(tmp_path_factory.mktemp("radicale"), PASSWORDS).start()
    yield server
    server.stop()


@pytest.fixture
def sabre(tmp_path):
    if not sabre_available():
        pytest.skip("php-cli and php-sabre-dav are not installed")
    server = Sabre(tmp_path / "sabre", PASSWORDS, readers=("reader",)).start()
    yield server
    server.stop()


@pytest.fixture
def sabre_carddav(tmp_path):
    """sabre/dav's CardDAV (tests/sync/servers.py SabreCardDav) on a fresh sqlite file: alice and bob each have an
    address book ``contacts``, as Nextcloud makes one for every account."""
    missing = sabre_carddav_missing()
    if missing:
        pytest.skip(missing)
    server = SabreCardDav(tmp_path / "sabre-carddav", PASSWORDS, {"alice": ["contacts"], "bob": ["contacts"]}).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def certs(tmp_path_factory):
    return make_ca(tmp_path_factory.mktemp("ca"))


@pytest.fixture
def proxy():
    """``proxy(port, tls=None)``: a fault proxy in front of the server on ``port``; stopped after the test."""
    started: list[FaultProxy] = []

    def make(port: int, *, cert=None, key=None) -> FaultProxy:
        p = FaultProxy(port, server_context(cert, key) if cert else None).start()
        started.append(p)
        return p
    yield make
    for p in started:
        p.stop()


@pytest.fixture
def secrets():
    """Server passwords in the REAL Secret Service (scripts/run-tests.sh starts one); skipped without it."""
    from commons_desktop.vault.keyring_store import KeyStore, ServerSecrets
    from tests.conftest import real_keyring_available
    if not real_keyring_available():
        pytest.skip("needs the real Secret Service: run through scripts/run-tests.sh (make test)")
    return ServerSecrets(KeyStore())


@pytest.fixture
def docs_server(vault, sabre, proxy, secrets):
    """A vault with the federation (tests/sync/federation.py), a webdav server 'docs' carrying profile 'site'
    through a fault proxy in front of sabre/dav, its folder created by 'test connection'.
    Yields (vault, federation, sabre, proxy, secrets)."""
    from commons_desktop.services import servers
    from tests.sync.federation import federation
    fed = federation(vault)
    p = proxy(sabre.port)
    servers.add(vault, secrets, "docs", "webdav", p.url("/server.php/docs/"), "alice", password=PASSWORDS["alice"],
                profile="site")
    servers.test(vault, secrets, "docs", create=True)
    p.clear()
    yield vault, fed, sabre, p, secrets
    servers.remove(vault, secrets, "docs")
