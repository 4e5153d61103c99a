"""The group's servers: add, change, list, remove, and "test connection" (use-cases; storage in vault/servers.py).

A server's password or app token goes to the OS keyring only (vault/keyring_store.ServerSecrets): nowhere in the
vault, a file, a log or an exception. Changing a server's URL or account makes it a new target, which starts
empty; nothing is deleted on the old server or in the vault (the old target's state is kept as it was).

"Test connection" tells apart, as codes (sync/errors.Failure; cli/ and ui/ choose the words): unreachable, TLS
failure, wrong credentials (then nothing more is sent with them), no such collection (which ``create`` makes:
extended MKCOL for an address book, MKCOL for a folder), no write permission (the server's
current-user-privilege-set where it gives one, else a probe write and delete of a harmless random name).
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..core import validation
from ..core.errors import InvalidField, InvalidInput, Reason
from ..core.ids import uuid7
from ..sync.carddav import CardDav
from ..sync.errors import DavError, Failure
from ..sync.http import Endpoint, Http, check_url
from ..sync.webdav import WebDav, as_folder, child_path
from ..vault import exchange_log, sync_state
from ..vault import servers as store
from ..vault.connection import Vault
from ..vault.keyring_store import KeyStore, ServerSecrets
from ..vault.servers import KINDS, Server  # ServerSecrets, Server and KINDS: ui/ takes them from here (not vault/)

HttpFactory = Callable[[Endpoint], Http]
WRITE_PRIVILEGES = {"write", "write-content", "all", "bind"}


def vault_id(vault: Vault) -> str:
    return vault.get_meta("vault_id") or str(vault.path.resolve())


def server_secrets(keystore: KeyStore | None = None) -> ServerSecrets:
    """Where the servers' passwords are kept: ``keystore`` (a session's), or the OS keyring."""
    return ServerSecrets(keystore if keystore is not None else KeyStore())


def check_url_input(url: str, plain_http: bool) -> str:
    url = validation.text(url, "url", required=True, limit=2000)
    try:
        check_url(url, plain_http)
    except DavError as exc:
        raise InvalidField("url", exc.code) from None
    return url


def check_ca_file(path: str) -> str:
    """An existing file of PEM certificates that TLS can load; returned as an absolute path."""
    if not path:
        return ""
    p = Path(path).expanduser()
    try:
        ssl.create_default_context(cafile=str(p))
    except (OSError, ssl.SSLError, ValueError):
        raise InvalidField("CA file", Reason.NOT_PEM_FILE, str(p)) from None
    return str(p.resolve())


def _check_profile(vault: Vault, kind: str, profile: str) -> str:
    if not profile:
        return ""
    if kind == "team":
        raise InvalidInput("a team server carries the team's changes, not an export profile")
    return exchange_log.get_profile(vault, profile).name


def add(vault: Vault, secrets: ServerSecrets, name: str, kind: str, url: str, user: str, *,
        password: str | None = None, profile: str = "", ca_file: str = "", plain_http: bool = False) -> Server:
    """A new server; its password (when given) goes to the keyring first: without a keyring nothing is added."""
    name = validation.text(name, "server name", required=True, limit=80)
    if kind not in KINDS:
        raise InvalidField("kind", Reason.NOT_ONE_OF, kind, allowed=list(KINDS))
    url = check_url_input(url, plain_http)
    user = validation.text(user or "", "user", limit=200)
    profile = _check_profile(vault, kind, profile)
    ca_file = check_ca_file(ca_file)
    if password:
        secrets.store(vault_id(vault), name, password)
    try:
        return store.add(vault, name, kind, url, user, profile=profile, ca_file=ca_file, plain_http=plain_http)
    except BaseException:
        if password:
            secrets.forget(vault_id(vault), name)
        raise


def change(vault: Vault, secrets: ServerSecrets, name: str, *, url: str | None = None, user: str | None = None,
           password: str | None = None, profile: str | None = None, ca_file: str | None = None,
           plain_http: bool | None = None) -> tuple[Server, bool]:
    """Change a server; returns it and whether it now points at a new target (which starts empty)."""
    old = store.get(vault, name)
    allow = old.plain_http if plain_http is None else plain_http
    url = None if url is None else check_url_input(url, allow)
    if url is None and plain_http is False:
        check_url_input(old.url, False)
    user = None if user is None else validation.text(user, "user", limit=200)
    profile = None if profile is None else _check_profile(vault, old.kind, profile)
    ca_file = None if ca_file is None else check_ca_file(ca_file)
    if password:
        secrets.store(vault_id(vault), old.name, password)
    server, moved = store.change(vault, old.name, url=url, account=user, profile=profile, ca_file=ca_file,
                                 plain_http=plain_http)
    if password:
        store.clear_auth_failure(vault, old.name)
    return server, moved


def list_all(vault: Vault) -> list[Server]:
    return store.all_servers(vault)


def get(vault: Vault, name: str) -> Server:
    return store.get(vault, name)


def remove(vault: Vault, secrets: ServerSecrets, name: str) -> Server:
    """Forget the server and its password. Nothing is deleted on the server."""
    server = store.remove(vault, name)
    secrets.forget(vault_id(vault), server.name)
    return server


def conflicts(vault: Vault, name: str) -> list[str]:
    """The file names a server holds that someone else changed there, which sync leaves as they are (sorted)."""
    server = store.get(vault, name)
    return sorted((PurePosixPath(i.path).name for i in sync_state.items(vault, server.target_id).values()
                   if i.conflict), key=str.casefold)


def log_run(vault: Vault, name: str, *, error: str | None, status: int | None = None, auth_failed: bool = False
            ) -> None:
    """Keep the outcome of a server's run (its time, success or the error's code), as a sync or a test does."""
    store.log_run(vault, name, error=error, status=status, auth_failed=auth_failed)


def mark_conflict(vault: Vault, name: str, path: str, key: str) -> None:
    """The server holds something at ``path`` this vault did not write (listed by ``conflicts``), as a sync finds."""
    sync_state.conflict(vault, store.get(vault, name).target_id, path, key)


def endpoint(vault: Vault, secrets: ServerSecrets, server: Server) -> Endpoint:
    password = secrets.recall(vault_id(vault), server.name) or ""
    return Endpoint(server.url, server.account, password, server.ca_file, server.plain_http)


# -- test connection ------------------------------------------------------------------------------------------
@dataclass
class TestReport:
    name: str
    kind: str
    created: bool = False
    can_write: bool = True
    write_checked_by: str = ""       # 'privileges' (the server said) or 'probe' (a write and delete)
    vcard_version: str | None = None
    requests: int = 0


def test(vault: Vault, secrets: ServerSecrets, name: str, *, create: bool = False,
         http_factory: HttpFactory = Http) -> TestReport:
    """Try the server: reach it, log in, find the collection (create it when asked), check write permission.
    Raises DavError with the first failure's code (NOT_FOUND: the collection can be created). The server's
    remembered authentication failure is cleared by this explicit attempt, and set again if it fails again."""
    server = store.get(vault, name)
    report = TestReport(server.name, server.kind)
    http = http_factory(endpoint(vault, secrets, server))
    try:
        if server.kind == "carddav":
            _test_carddav(http, report, create)
        else:
            _test_folder(http, report, create)
    except DavError as exc:
        if exc.failure is Failure.AUTH:  # remembered: no scheduled sync sends these credentials again
            store.log_run(vault, server.name, error=exc.code, status=exc.status, auth_failed=True)
        raise
    finally:
        report.requests = http.requests
        http.close()
    store.clear_auth_failure(vault, server.name)
    store.clear_error(vault, server.name, [str(f) for f in Failure])  # the connection works now: not a stale error
    return report


def _test_carddav(http: Http, report: TestReport, create: bool) -> None:
    card = CardDav(http)
    try:
        book = card.discover()
    except DavError as exc:
        if exc.failure is not Failure.NOT_FOUND or not create:
            raise
        book = card.create("Commons Desktop")
        report.created = True
    report.vcard_version = book.vcard_version
    privileges = card.dav.privileges(book.path)
    if privileges is not None:
        report.write_checked_by = "privileges"
        report.can_write = bool(privileges & WRITE_PRIVILEGES)
    else:
        report.write_checked_by = "probe"
        uid = f"commons-probe-{uuid7()}"
        text = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:Commons Desktop connection test\r\n"
                "N:Commons Desktop connection test;;;;\r\nEND:VCARD\r\n")
        report.can_write = _probe(card.dav, child_path(book.path, uid + ".vcf"), text.encode(), "text/vcard")
    if not report.can_write:
        raise DavError(Failure.FORBIDDEN, method="PUT")


def _test_folder(http: Http, report: TestReport, create: bool) -> None:
    dav = WebDav(http)
    folder = as_folder(dav.root)
    found = dav.stat(folder)
    if found is None:
        if not create:
            raise DavError(Failure.NOT_FOUND, method="PROPFIND")
        dav.mkcol(folder)
        report.created = True
    elif not found.collection:
        raise DavError(Failure.NOT_COLLECTION, method="PROPFIND")
    privileges = dav.privileges(folder)
    if privileges is not None and not privileges & WRITE_PRIVILEGES:
        report.write_checked_by = "privileges"
        report.can_write = False
    else:
        report.write_checked_by = "probe"
        report.can_write = _probe(dav, child_path(folder, f".commons-probe-{os.urandom(8).hex()}.txt"),
                                  b"Commons Desktop connection test\n", "text/plain")
    if not report.can_write:
        raise DavError(Failure.FORBIDDEN, method="PUT")


def _probe(dav: WebDav, path: str, body: bytes, content_type: str) -> bool:
    """Write a harmless new resource and delete it again: whether writing is allowed."""
    try:
        etag = dav.put(path, body, content_type=content_type, create=True)
    except DavError as exc:
        if exc.failure is Failure.FORBIDDEN:
            return False
        raise
    dav.delete(path, if_match=etag, checked=True)
    return True
