"""REAL servers on 127.0.0.1 for the sync tests, each on a free port with its own temporary folders:

- ``Radicale``: CardDAV (PyPI ``radicale``), bcrypt htpasswd users, rights from a file (each user writes their own
  collections; a ``reader`` may only read alice's).
- ``Sabre``: WebDAV with sabre/dav from Debian (``php-cli``, ``php-sabre-dav``), a few-line server.php served by
  ``php -S``: ETags are content MD5s, stale ``If-Match`` gets 412; users from a JSON file, some read-only.
- ``SabreCardDav``: CardDAV with the same sabre/dav (what Nextcloud's contacts are built on): its CardDAV
  plugin and ``AddressBookRoot`` over its PDO backends on a sqlite file (the schema sabre ships), DAVACL principals,
  Basic auth, the Sync plugin where the installed sabre/dav has one, served at ``/remote.php/dav/`` as Nextcloud is.
- ``FaultProxy``: a loopback reverse proxy in front of either, scriptable per request (delay, hang until the
  client's timeout, an answer of any status, a connection reset before forwarding, an answer lost after the
  server stored the request, a reset in the middle of the answer's body), optionally terminating TLS with a
  certificate made by ``make_ca`` (cryptography). It records every request it saw.
"""

from __future__ import annotations

import datetime as dt
import functools
import http.client
import ipaddress
import json
import os
import re
import shutil
import signal
import socket
import ssl
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Self

SABRE_AUTOLOAD = Path("/usr/share/php/Sabre/autoload.php")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, proc: subprocess.Popen | None = None, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port}")


def _orphan_proof(argv: list[str]) -> list[str]:
    """``argv`` run so that it is stopped (SIGTERM) when the thread that started it dies, even by SIGKILL: a killed
    test run otherwise leaves its servers running (util-linux setpriv; as it is where there is none)."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "TERM", "--", *argv] if setpriv else argv


def _stop(proc: subprocess.Popen | None) -> None:
    """Stop the server and every process it started (php -S forks workers): its own process group."""
    if proc is None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


# -- Radicale (CardDAV) -------------------------------------------------------------------------------------------
RIGHTS = """
[principal]
user: .+
collection: {user}
permissions: RrWw

[own]
user: .+
collection: {user}/[^/]+
permissions: rw

[reader]
user: reader
collection: alice(/[^/]+)?
permissions: Rr

[root]
user: .+
collection:
permissions: R
"""


class Radicale:
    def __init__(self, folder: Path, users: dict[str, str]):
        import bcrypt

        self.folder = folder
        self.storage = folder / "storage"
        self.port = free_port()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "users").write_text("".join(
            f"{u}:{bcrypt.hashpw(p.encode(), bcrypt.gensalt(4)).decode()}\n" for u, p in users.items()))
        (folder / "rights").write_text(RIGHTS)
        (folder / "config").write_text(
            f"[server]\nhosts = 127.0.0.1:{self.port}\n"
            f"[auth]\ntype = htpasswd\nhtpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = autodetect\n"
            f"[storage]\nfilesystem_folder = {self.storage}\n"
            f"[rights]\ntype = from_file\nfile = {folder / 'rights'}\n"
            "[logging]\nlevel = warning\n")
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> Radicale:
        argv = [sys.executable, "-m", "radicale", "--config", str(self.folder / "config")]
        self.proc = subprocess.Popen(_orphan_proof(argv),
                                     stdout=subprocess.DEVNULL, stderr=open(self.folder / "log", "ab"),
                                     start_new_session=True)
        wait_port(self.port, self.proc)
        return self

    def stop(self) -> None:
        _stop(self.proc)

    def files(self) -> list[Path]:
        return [p for p in self.storage.rglob("*") if p.is_file()]


# -- sabre/dav under php -S ------------------------------------------------------------------------------------------
PHP_HEAD = r"""<?php
require_once 'Sabre/autoload.php';
$config = json_decode(file_get_contents(__DIR__ . '/config.json'), true);
class Users extends Sabre\DAV\Auth\Backend\AbstractBasic {
    public $users;
    function __construct($users) { $this->users = $users; }
    protected function validateUserPass($u, $p) {
        return isset($this->users[$u]) && hash_equals($this->users[$u], $p);
    }
}
"""  # both sabre/dav servers: the autoloader, their config.json, Basic auth from its users


class PhpServer:
    """A sabre/dav server.php (written into ``www`` by the subclass) served by ``php -S`` with two workers on a free
    port, in its own process group (stopped with every worker); its log in ``folder``."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.www = folder / "www"
        self.www.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    def start(self) -> Self:
        self.proc = subprocess.Popen(_orphan_proof(["php", "-S", f"127.0.0.1:{self.port}", "-t", str(self.www)]),
                                     stdout=subprocess.DEVNULL, stderr=open(self.folder / "log", "ab"),
                                     env={**os.environ, "PHP_CLI_SERVER_WORKERS": "2"}, start_new_session=True)
        wait_port(self.port, self.proc)
        return self

    def stop(self) -> None:
        _stop(self.proc)


# -- sabre/dav (WebDAV) ---------------------------------------------------------------------------------------------
SERVER_PHP = PHP_HEAD + r"""$server = new Sabre\DAV\Server(new Sabre\DAV\FSExt\Directory($config['root']));
$server->setBaseUri('/server.php/');
$auth = new Users($config['users']);
$server->addPlugin(new Sabre\DAV\Auth\Plugin($auth, 'test'));
$server->addPlugin(new Sabre\DAV\Locks\Plugin(new Sabre\DAV\Locks\Backend\File($config['locks'])));
$readers = $config['readers'];
$server->subscribeEvent('beforeMethod', function($method, $uri) use ($auth, $readers) {
    if (in_array($auth->getCurrentUser(), $readers, true)
        && !in_array($method, ['GET', 'HEAD', 'PROPFIND', 'OPTIONS', 'REPORT'], true)) {
        throw new Sabre\DAV\Exception\Forbidden('read only');
    }
}, 90);
$server->exec();
"""


class Sabre(PhpServer):
    def __init__(self, folder: Path, users: dict[str, str], readers: tuple[str, ...] = ()):
        super().__init__(folder)
        self.root = folder / "root"
        self.root.mkdir(parents=True, exist_ok=True)
        (self.www / "server.php").write_text(SERVER_PHP)
        (self.www / "config.json").write_text(json.dumps({
            "root": str(self.root), "locks": str(folder / "locks"), "users": users, "readers": list(readers)}))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/server.php/"

    def files(self, folder: str = "") -> dict[str, bytes]:
        base = self.root / folder
        return {str(p.relative_to(base)): p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file()}


# -- sabre/dav (CardDAV) ----------------------------------------------------------------------------------------
CARDDAV_PHP = PHP_HEAD + r"""$pdo = new PDO('sqlite:' . $config['db']);
$pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
$pdo->exec('PRAGMA busy_timeout = 10000');
$principals = new Sabre\DAVACL\PrincipalBackend\PDO($pdo);
$books = new Sabre\CardDAV\Backend\PDO($pdo);
$server = new Sabre\DAV\Server(array(
    new Sabre\DAVACL\PrincipalCollection($principals),
    new Sabre\CardDAV\AddressBookRoot($principals, $books),
));
$server->setBaseUri('/remote.php/dav/');
$server->addPlugin(new Sabre\DAV\Auth\Plugin(new Users($config['users']), 'test'));
$server->addPlugin(new Sabre\CardDAV\Plugin());
$server->addPlugin(new Sabre\DAVACL\Plugin());
if (class_exists('Sabre\DAV\Sync\Plugin')) {
    $server->addPlugin(new Sabre\DAV\Sync\Plugin());
}
if ($config['vcard4']) {  // what Nextcloud's sabre/dav 4 announces: vCard 3.0 and 4.0, and jCard
    $sad = '{urn:ietf:params:xml:ns:carddav}supported-address-data';
    $server->subscribeEvent('beforeGetProperties', function($path, $node, &$requested, &$returned) use ($sad) {
        if ($node instanceof Sabre\CardDAV\IAddressBook && in_array($sad, $requested, true)) {
            $returned[200][$sad] = new Sabre\CardDAV\Property\SupportedAddressData(array(
                array('contentType' => 'text/vcard', 'version' => '3.0'),
                array('contentType' => 'text/vcard', 'version' => '4.0'),
                array('contentType' => 'application/vcard+json', 'version' => '4.0')));
            unset($requested[array_search($sad, $requested, true)]);
        }
    }, 90);
}
$limit = $config['max_size'];
if ($limit) {  // a hoster's limit on a card (Nextcloud's and Baikal's: 1 MB), announced and enforced
    $max = '{urn:ietf:params:xml:ns:carddav}max-resource-size';
    $server->subscribeEvent('beforeGetProperties',
        function($path, $node, &$requested, &$returned) use ($limit, $max) {
            if ($node instanceof Sabre\CardDAV\IAddressBook && in_array($max, $requested, true)) {
                $returned[200][$max] = $limit;
                unset($requested[array_search($max, $requested, true)]);
            }
        });
    $refuse = function(&$data) use ($limit) {
        if (is_resource($data)) {
            $data = stream_get_contents($data);
        }
        if (strlen($data) > $limit) {
            throw new Sabre\DAV\Exception\Forbidden('card over max-resource-size');
        }
    };
    $server->subscribeEvent('beforeCreateFile', function($path, &$data) use ($refuse) { $refuse($data); }, 90);
    $server->subscribeEvent('beforeWriteContent', function($path, $node, &$data) use ($refuse) { $refuse($data); },
                            90);
}
$server->exec();
"""

SABRE_SQL = Path("/usr/share/doc/php-sabre-dav/examples/sql")
# sabre/dav 1.8's sqlite.addressbooks.sql and sqlite.principals.sql, for an installation without its docs
# (a Docker image's dpkg excludes /usr/share/doc): the files shipped with the installed sabre/dav are used first
SABRE_SCHEMA = """
CREATE TABLE addressbooks (id integer primary key asc, principaluri text, displayname text, uri text,
                           description text, ctag integer);
CREATE TABLE cards (id integer primary key asc, addressbookid integer, carddata blob, uri text,
                    lastmodified integer);
CREATE TABLE principals (id INTEGER PRIMARY KEY ASC, uri TEXT, email TEXT, displayname TEXT, vcardurl TEXT,
                         UNIQUE(uri));
CREATE TABLE groupmembers (id INTEGER PRIMARY KEY ASC, principal_id INTEGER, member_id INTEGER,
                           UNIQUE(principal_id, member_id));
"""


def sabre_schema() -> str:
    """The CREATE statements of sabre/dav's sqlite schema for address books and principals (its example rows left
    out: the fixture makes its own principals)."""
    files = [SABRE_SQL / "sqlite.addressbooks.sql", SABRE_SQL / "sqlite.principals.sql"]
    if not all(f.exists() for f in files):
        return SABRE_SCHEMA
    return "\n".join(f.read_text() for f in files)


class SabreCardDav(PhpServer):
    """sabre/dav's CardDAV on a sqlite file: each user a principal (``principals/<user>``) whose address book home
    is ``addressbooks/<user>/``; ``books``: the address books made at the start (user -> names), as Nextcloud makes
    each account its ``contacts``. ``max_size``: a limit on a card's bytes, announced as max-resource-size and
    refused above (403). ``vcard4``: the books announce vCard 4.0 beside 3.0 (and jCard), as Nextcloud's sabre/dav 4
    does (sabre/dav 1.8 announces 3.0 only)."""

    def __init__(self, folder: Path, users: dict[str, str], books: dict[str, list[str]] | None = None,
                 max_size: int = 0, vcard4: bool = False):
        import sqlite3

        super().__init__(folder)
        self.db = folder / "dav.sqlite"
        with sqlite3.connect(self.db) as db:
            db.executescript("\n".join(line for line in sabre_schema().splitlines()
                                       if not line.lstrip().upper().startswith(("INSERT", "('"))))
            for user in users:
                db.execute("INSERT INTO principals (uri, email, displayname) VALUES (?, ?, ?)",
                           (f"principals/{user}", f"{user}@example.org", user.title()))
            for user, names in (books or {}).items():
                for name in names:
                    db.execute("INSERT INTO addressbooks (principaluri, displayname, uri, description, ctag) "
                               "VALUES (?, ?, ?, '', 1)", (f"principals/{user}", name.title(), name))
        db.close()
        (self.www / "remote.php").write_text(CARDDAV_PHP)
        (self.www / "config.json").write_text(json.dumps({"db": str(self.db), "users": users,
                                                          "max_size": max_size, "vcard4": vcard4}))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/remote.php/dav/"

    def cards(self, user: str, book: str) -> dict[str, str]:
        """The cards stored in the book: name -> text, read from the database."""
        import sqlite3

        db = sqlite3.connect(self.db)
        try:
            rows = db.execute("SELECT c.uri, c.carddata FROM cards c JOIN addressbooks a ON a.id = c.addressbookid "
                              "WHERE a.principaluri = ? AND a.uri = ?", (f"principals/{user}", book)).fetchall()
        finally:
            db.close()
        return {uri: data.decode("utf-8") if isinstance(data, bytes) else data for uri, data in rows}

    def files(self) -> list[Path]:
        """Everything the server stores (the database, its journal or WAL), for a canary scan."""
        return [p for p in self.folder.rglob("*") if p.is_file() and p.parent != self.www]


def sabre_available() -> bool:
    return shutil.which("php") is not None and SABRE_AUTOLOAD.exists()


@functools.cache
def sabre_carddav_missing() -> str | None:
    """Why sabre/dav's CardDAV cannot be served here (None: it can): php, php-sabre-dav, PHP's sqlite PDO driver."""
    if not sabre_available():
        return "php-cli and php-sabre-dav are not installed (scripts/ensure-system-packages.sh installs them)"
    modules = subprocess.run(["php", "-m"], capture_output=True, text=True, timeout=30).stdout.split()
    if "pdo_sqlite" not in modules:
        return "PHP's sqlite PDO driver is not installed: php-sqlite3 (scripts/ensure-system-packages.sh installs it)"
    return None


# -- TLS ------------------------------------------------------------------------------------------------------------
@dataclass
class Certificates:
    ca: Path                # the CA's certificate (what a profile's CA file holds)
    cert: Path              # the server's certificate, for 127.0.0.1 and localhost
    key: Path
    other_cert: Path        # a certificate by the same CA for another name
    other_key: Path


def make_ca(folder: Path) -> Certificates:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)

    def name(cn: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(name("Test hoster CA")).issuer_name(name("Test hoster CA"))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))

    def leaf(cn: str, sans: list) -> tuple[bytes, bytes]:
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (x509.CertificateBuilder().subject_name(name(cn)).issuer_name(ca.subject)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
                .add_extension(x509.SubjectAlternativeName(sans), critical=False)
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                               critical=False)
                .sign(ca_key, hashes.SHA256()))
        return (cert.public_bytes(serialization.Encoding.PEM),
                key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))

    out = Certificates(folder / "ca.pem", folder / "server.pem", folder / "server.key", folder / "other.pem",
                       folder / "other.key")
    out.ca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert, key = leaf("127.0.0.1", [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")])
    out.cert.write_bytes(cert)
    out.key.write_bytes(key)
    cert, key = leaf("dav.example.invalid", [x509.DNSName("dav.example.invalid")])
    out.other_cert.write_bytes(cert)
    out.other_key.write_bytes(key)
    return out


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    return ctx


# -- the fault-injecting proxy ----------------------------------------------------------------------------------------
@dataclass
class Rule:
    """What to do with the next ``times`` requests matching ``method`` and ``path`` (a regex on the path).

    action: ``pass`` (forward), ``delay`` (wait ``seconds``, then forward), ``hang`` (never answer: the connection
    stays open ``seconds``, then closes), ``status`` (answer ``status`` without forwarding), ``reset`` (reset the
    connection without forwarding), ``lose`` (forward — the server stores it — then reset instead of answering),
    ``cut`` (forward, then send the headers and half the body and reset), ``truncate`` (forward only the first
    half of the request's body — a client killed mid-upload, a server keeping what it got — then reset)."""
    action: str
    method: str | None = None
    path: str | None = None
    status: int = 503
    seconds: float = 0.0
    times: int = 1
    body: bytes = b""                     # the body of a ``status`` answer
    etags: str = ""                       # forwarded answers with their ETags made ``weak`` or taken out (``none``)
    headers: tuple[tuple[str, str], ...] = ()  # its headers

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and (self.path is None or re.search(self.path, path)
                                                                   is not None)


_GETETAG = re.compile(rb"(<(?:[\w-]+:)?getetag(?:\s[^>/]*)?>)([^<]*)(</(?:[\w-]+:)?getetag>)")


def _etags(mode: str, headers: list[tuple[str, str]], data: bytes) -> tuple[list[tuple[str, str]], bytes]:
    """An answer as a server with weak ETags (``W/"..."``) or none at all would give it."""
    if mode == "weak":
        headers = [(k, "W/" + v if k.lower() == "etag" and not v.startswith("W/") else v) for k, v in headers]
        data = _GETETAG.sub(lambda m: m.group(1) + (m.group(2) if m.group(2).startswith(b"W/") else b"W/" + m.group(2))
                            + m.group(3), data)
    else:
        headers = [(k, v) for k, v in headers if k.lower() != "etag"]
        data = _GETETAG.sub(b"", data)
    return headers, data


@dataclass
class Seen:
    method: str
    path: str
    outcome: str          # the status forwarded back, or the action that replaced the answer
    auth: bool = False    # an Authorization header came with it
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class FaultProxy:
    upstream_port: int
    tls: ssl.SSLContext | None = None
    rules: list[Rule] = field(default_factory=list)
    seen: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lock = threading.Lock()
        self.released = threading.Event()
        self.server: ThreadingHTTPServer | None = None
        self.active = 0
        self.idle = threading.Condition(self.lock)

    def add(self, action: str, **kw) -> Rule:
        rule = Rule(action, **kw)
        with self.lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        with self.lock:
            self.rules.clear()
            self.seen.clear()

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Until no request is being handled (one the proxy delays may still reach the server)."""
        with self.idle:
            assert self.idle.wait_for(lambda: self.active == 0, timeout)

    def _busy(self, delta: int) -> None:
        with self.idle:
            self.active += delta
            self.idle.notify_all()

    def count(self, method: str | None = None) -> int:
        return sum(1 for s in self.seen if method is None or s.method == method)

    @property
    def port(self) -> int:
        assert self.server is not None
        return self.server.server_address[1]

    def url(self, path: str = "/") -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}{path}"

    def _take(self, method: str, path: str) -> Rule | None:
        with self.lock:
            for rule in self.rules:
                if rule.times > 0 and rule.matches(method, path):
                    rule.times -= 1
                    return rule
        return None

    def _record(self, seen: Seen) -> None:
        with self.lock:
            self.seen.append(seen)

    def start(self) -> FaultProxy:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                if proxy.tls is not None:
                    self.request.settimeout(10)
                    self.request.do_handshake()
                super().setup()

            def log_message(self, *args) -> None:
                return None

            def __getattr__(self, name: str):
                if name.startswith("do_"):
                    return self.relay
                raise AttributeError(name)

            def _body(self) -> bytes:
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    out = b""
                    while True:
                        size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                        if size == 0:
                            self.rfile.readline()
                            return out
                        out += self.rfile.read(size)
                        self.rfile.readline()
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

            def _reset(self) -> None:
                self.close_connection = True
                try:
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
                except OSError:
                    pass

            def _forward(self, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
                conn = http.client.HTTPConnection("127.0.0.1", proxy.upstream_port, timeout=60)
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in ("connection", "transfer-encoding", "keep-alive", "content-length")}
                headers["Content-Length"] = str(len(body))
                headers["Accept-Encoding"] = "identity"  # answers in clear, for the rules that rewrite them (etags)
                conn.request(self.command, self.path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                out = [(k, v) for k, v in resp.getheaders()
                       if k.lower() not in ("connection", "transfer-encoding", "keep-alive", "content-length")]
                conn.close()
                return resp.status, out, data

            def relay(self) -> None:
                proxy._busy(1)
                try:
                    self._relay()
                finally:
                    proxy._busy(-1)

            def _relay(self) -> None:
                self.close_connection = True
                body = self._body()
                rule = proxy._take(self.command, self.path)
                action = rule.action if rule else "pass"
                auth = "Authorization" in self.headers
                sent = {k: v for k, v in self.headers.items() if k.lower() != "authorization"}
                if action == "delay":
                    proxy.released.wait(rule.seconds)
                if action == "hang":
                    proxy._record(Seen(self.command, self.path, "hang", auth, sent))
                    proxy.released.wait(rule.seconds)
                    self._reset()
                    return
                if action == "reset":
                    proxy._record(Seen(self.command, self.path, "reset", auth, sent))
                    self._reset()
                    return
                if action == "status":
                    proxy._record(Seen(self.command, self.path, str(rule.status), auth, sent))
                    self.send_response(rule.status)
                    for k, v in rule.headers:
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(rule.body)))
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(rule.body)
                    return
                declared = self.headers.get("Content-Length", "")
                if declared.isdigit() and len(body) < int(declared):
                    action = "truncate"  # the client went away mid-body: a server may keep what it got
                if action == "truncate":
                    self._forward(body if declared.isdigit() and len(body) < int(declared) else body[:len(body) // 2])
                    proxy._record(Seen(self.command, self.path, "truncated", auth, sent))
                    self._reset()
                    return
                status, headers, data = self._forward(body)
                if rule is not None and rule.etags:
                    headers, data = _etags(rule.etags, headers, data)
                if action == "lose":
                    proxy._record(Seen(self.command, self.path, f"lost {status}", auth, sent))
                    self._reset()
                    return
                proxy._record(Seen(self.command, self.path, str(status) if action != "cut" else f"cut {status}",
                                   auth, sent))
                self.send_response(status)
                for k, v in headers:
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Connection", "close")
                self.end_headers()
                if action == "cut":
                    self.wfile.write(data[:len(data) // 2])
                    self.wfile.flush()
                    self._reset()
                    return
                self.wfile.write(data)

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def get_request(self):
                sock, addr = super().get_request()
                if proxy.tls is not None:
                    sock = proxy.tls.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
                return sock, addr

            def handle_error(self, request, client_address) -> None:
                return None  # a client refusing our certificate, a reset: expected here

        self.server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.released.set()
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
