"""What can go wrong talking to a server, as codes (never sentences): cli/ and ui/ choose the words.

Every failure of the HTTP, WebDAV and CardDAV clients is a ``DavError`` carrying a ``Failure`` code, the HTTP
status when there was one, and the method it happened on. It never carries a URL with credentials, a password,
a header or a body: an exception is printed and logged, and a server's answer is hostile input.
"""

from __future__ import annotations

from enum import StrEnum

from ..core.errors import ServerError


class Failure(StrEnum):
    UNREACHABLE = "unreachable"        # no connection (refused, no route, name not found)
    TIMEOUT = "timeout"                # connected, but no answer in time
    INTERRUPTED = "interrupted"        # the connection broke while the answer was coming (reset mid-body)
    TLS = "tls"                        # the certificate could not be verified, or the TLS handshake failed
    INSECURE = "insecure"              # plain http to a host that is not this computer, without the confirmation
    AUTH = "auth"                      # wrong user name or password (401): never retried with the same ones
    FORBIDDEN = "forbidden"            # 403: no permission (e.g. no write permission)
    NOT_FOUND = "not-found"            # 404 / 410: no such collection or resource
    PRECONDITION = "precondition"      # 412: the resource changed on the server since we last saw it
    CONFLICT = "conflict"              # 409: e.g. the parent collection does not exist
    TOO_LARGE = "too-large"            # 413 from the server, or an answer over our bound
    FULL = "full"                      # 507: the server has no room left
    SERVER = "server"                  # any 5xx (the status says which)
    UNEXPECTED = "unexpected"          # a status the protocol does not give here (the status says which)
    BAD_ANSWER = "bad-answer"          # an answer we refuse to read: not XML, entities, absurd sizes or counts
    BAD_URL = "bad-url"                # not an http(s) URL with a host, or one carrying credentials
    REDIRECT = "redirect"              # a redirect to another server or to plain http
    NOT_ADDRESSBOOK = "not-addressbook"  # the URL is a collection but not an address book
    NOT_COLLECTION = "not-collection"  # the URL is a file, not a folder
    SEVERAL = "several"                # several address books and the URL does not say which


class DavError(ServerError):
    def __init__(self, failure: Failure, *, status: int | None = None, method: str = ""):
        self.failure = Failure(failure)
        self.status = status
        self.method = method
        super().__init__(f"{self.failure}" + (f" ({method} {status})" if status else f" ({method})" if method else ""))

    @property
    def code(self) -> str:
        return str(self.failure)


def for_status(status: int, method: str) -> DavError:
    """The error of an HTTP status that the caller did not expect."""
    failure = {401: Failure.AUTH, 403: Failure.FORBIDDEN, 404: Failure.NOT_FOUND, 410: Failure.NOT_FOUND,
               409: Failure.CONFLICT, 412: Failure.PRECONDITION, 413: Failure.TOO_LARGE, 507: Failure.FULL
               }.get(status)
    if failure is None:
        failure = Failure.SERVER if status >= 500 else Failure.UNEXPECTED
    return DavError(failure, status=status, method=method)
