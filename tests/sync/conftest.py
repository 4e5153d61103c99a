"""Fixtures of the sync tests: real Radicale and sabre/dav servers on 127.0.0.1 (tests/sync/servers.py), the
fault-injecting proxy in front of them, a test CA, and the passwords of the test accounts."""

from __future__ import annotations

import pytest

from tests.sync.servers import FaultProxy, Radicale, Sabre, make_ca, sabre_available, server_context

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
