"""The one HTTP layer under the WebDAV and CardDAV clients: one ``requests`` session per server.

- TLS verification is always on; a server's own CA can be given as a file (a self-signed hoster). Nothing in
  the environment (REQUESTS_CA_BUNDLE, .netrc, proxies for this computer) changes that: ``trust_env`` is off.
- Plain http only to this computer (loopback), or after an explicit confirmation the server's profile remembers.
- Timeouts on connecting and on every read; every answer read with a bound on its size (decompressed).
- Redirects are never followed silently: only within the same origin, when the caller allows it.
- After ONE authentication failure nothing more is sent with these credentials (servers such as Nextcloud
  throttle every request from an address after failed logins): the next call fails at once, without a request.
- Every request is counted (``requests``), failed ones included: the sync's report and the bench need it.
- Failures are ``DavError`` codes (sync/errors.py), never the server's words, a URL with a password or a header.
- A Ctrl+C never lands inside requests/urllib3 (``away_from_ctrl_c``): a request sent from the main thread runs in a
  helper thread while the main thread waits for it, so the interrupt stops the wait, at once, and leaves no lock of
  the connection pool held.
"""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

import requests
import urllib3.exceptions

from . import etags
from .errors import DavError, Failure, for_status

MAX_XML = 32 * 1024 * 1024   # a multistatus answer (a listing of tens of thousands of resources fits)
MAX_SMALL = 1024 * 1024      # answers we only look at the status and headers of
REDIRECTS = 3
USER_AGENT = "CommonsDesktop"

T = TypeVar("T")


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port


@dataclass(frozen=True)
class Endpoint:
    """Where and as whom: the collection's URL, the account, and how to trust the server."""
    url: str
    user: str = ""
    password: str = field(default="", repr=False)
    ca_file: str = ""
    plain_http: bool = False          # the user confirmed plain http to a host that is not this computer
    connect_timeout: float = 10.0
    read_timeout: float = 60.0

    def __post_init__(self) -> None:
        check_url(self.url, self.plain_http)


def check_url(url: str, plain_http: bool = False) -> None:
    """Refuse what we never send to: another scheme, no host, credentials or a fragment in the URL, plain http to
    another computer without the confirmation."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        raise DavError(Failure.BAD_URL) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname or parts.username is not None or parts.fragment:
        raise DavError(Failure.BAD_URL)
    if scheme == "http" and not plain_http and not is_loopback(parts.hostname):
        raise DavError(Failure.INSECURE)


@dataclass
class Answer:
    status: int
    headers: Mapping[str, str]
    body: bytes
    url: str

    @property
    def etag(self) -> str | None:
        return etags.clean(self.headers.get("ETag"))


class Http:
    def __init__(self, endpoint: Endpoint, *, session: requests.Session | None = None):
        self.endpoint = endpoint
        self.session = session or requests.Session()
        self.session.trust_env = False
        self.session.headers["User-Agent"] = USER_AGENT
        if endpoint.user or endpoint.password:
            self.session.auth = (endpoint.user, endpoint.password)
        self.requests = 0
        self.auth_failed = False
        self._counting = threading.Lock()  # (a job may send a few requests at once: each is counted)

    def close(self) -> None:
        away_from_ctrl_c(self.session.close)  # (it empties the pools' queues: a Ctrl+C must not land in there either)

    def __enter__(self) -> Http:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def url(self, href: str) -> str:
        """An absolute URL of ``href`` (a path on this server, or a full URL) against the endpoint's URL."""
        return urljoin(self.endpoint.url, href)

    def send(self, method: str, href: str, *, headers: Mapping[str, str] | None = None, body: bytes | None = None,
             ok: Iterable[int] = (200,), max_bytes: int = MAX_SMALL, follow: bool = False) -> Answer:
        """Send one request (a few more when ``follow`` and the server redirects within its origin); the answer
        of an ``ok`` status, read up to ``max_bytes``, else the DavError of its status."""
        if self.auth_failed:
            raise DavError(Failure.AUTH, method=method)
        ok = tuple(ok)
        url = self.url(href)
        for _ in range(REDIRECTS + 1):
            answer = self._once(method, url, headers, body, max_bytes)
            if answer.status in (301, 302, 303, 307, 308) and answer.status not in ok:
                target = answer.headers.get("Location")
                if not follow or not target:
                    raise DavError(Failure.REDIRECT, status=answer.status, method=method)
                target = urljoin(url, target)
                if origin(target) != origin(url):
                    raise DavError(Failure.REDIRECT, status=answer.status, method=method)
                url = target
                continue
            if answer.status == 401:
                self.auth_failed = True
            if answer.status not in ok:
                raise for_status(answer.status, method)
            return answer
        raise DavError(Failure.REDIRECT, method=method)

    def _once(self, method: str, url: str, headers: Mapping[str, str] | None, body: bytes | None,
              max_bytes: int) -> Answer:
        check_url(url, self.endpoint.plain_http)
        verify: Any = self.endpoint.ca_file or True
        with self._counting:
            self.requests += 1

        def exchange() -> Answer:
            try:
                resp = self.session.request(method, url, headers=dict(headers or {}), data=body, stream=True,
                                            allow_redirects=False, verify=verify,
                                            timeout=(self.endpoint.connect_timeout, self.endpoint.read_timeout))
            except requests.exceptions.RequestException as exc:
                raise _failure(exc, method) from None
            try:
                return Answer(resp.status_code, resp.headers, _read(resp, max_bytes, method), url)
            finally:
                resp.close()
        return away_from_ctrl_c(exchange)


def away_from_ctrl_c(call: Callable[[], T]) -> T:
    """``call()``, where a Ctrl+C cannot land in it. Python raises KeyboardInterrupt in the main thread between any
    two bytecodes; inside urllib3's connection pool — in threading.Condition's ``__enter__``/``__exit__``, Python code
    around its queue's lock — it left that lock held, and the pool's next use on the way out (urllib3's and requests'
    ``finally`` blocks giving the connection back, closing the session, the pool's finalizer at exit) waited for it
    forever: a `commons sync` still running long after its Ctrl+C. So from the main thread the call runs in a helper
    thread, and the main thread only waits for it, on a lock of this call's own (nothing else ever uses it, whatever
    state an interrupt leaves it in; waited for in slices, so that a Ctrl+C is handled where lock waits are not
    interruptible — Windows): the interrupt goes up from the wait at once, and the call is left to its thread (a
    daemon: it ends with its timeout or with the process). Other threads (the desktop's workers, a job's parallel
    requests) never receive a KeyboardInterrupt: they call directly."""
    if threading.current_thread() is not threading.main_thread():
        return call()
    done: list[tuple[bool, Any]] = []
    finished = threading.Lock()
    finished.acquire()

    def run() -> None:
        try:
            done.append((True, call()))
        except BaseException as exc:  # noqa: B036 - handed over whole to the waiting thread, which raises it
            done.append((False, exc))
        finally:
            finished.release()

    threading.Thread(target=run, name="commons-http", daemon=True).start()
    while not finished.acquire(timeout=0.5):
        pass
    ok, value = done.pop()
    if ok:
        return value
    raise value


def _read(resp: requests.Response, limit: int, method: str) -> bytes:
    declared = resp.headers.get("Content-Length", "")
    if declared.strip().isdigit() and int(declared) > limit:
        raise DavError(Failure.TOO_LARGE, status=resp.status_code, method=method)
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in resp.iter_content(64 * 1024):
            size += len(chunk)
            if size > limit:  # counted after decompression: a small gzip bomb is refused too
                raise DavError(Failure.TOO_LARGE, status=resp.status_code, method=method)
            chunks.append(chunk)
    except requests.exceptions.RequestException as exc:
        raise _failure(exc, method) from None
    except (urllib3.exceptions.HTTPError, OSError):
        raise DavError(Failure.INTERRUPTED, method=method) from None
    return b"".join(chunks)


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or any(e is s for s in seen) or len(seen) > 20:
            continue
        seen.append(e)
        more = [e.__cause__, e.__context__, getattr(e, "reason", None), *getattr(e, "args", ())]
        todo += [m for m in more if isinstance(m, BaseException)]
    return seen


def _failure(exc: requests.exceptions.RequestException, method: str) -> DavError:
    chain = _chain(exc)
    if any(isinstance(e, requests.exceptions.SSLError | urllib3.exceptions.SSLError) for e in chain):
        return DavError(Failure.TLS, method=method)
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return DavError(Failure.UNREACHABLE, method=method)
    if any(isinstance(e, requests.exceptions.ReadTimeout | urllib3.exceptions.ReadTimeoutError) for e in chain):
        return DavError(Failure.TIMEOUT, method=method)
    if any(isinstance(e, urllib3.exceptions.NewConnectionError | urllib3.exceptions.NameResolutionError |
                      ConnectionRefusedError) for e in chain):
        return DavError(Failure.UNREACHABLE, method=method)
    if isinstance(exc, requests.exceptions.ConnectionError | requests.exceptions.ChunkedEncodingError |
                  requests.exceptions.ContentDecodingError):
        return DavError(Failure.INTERRUPTED, method=method)
    return DavError(Failure.UNEXPECTED, method=method)
