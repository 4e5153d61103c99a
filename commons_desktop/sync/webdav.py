"""A WebDAV client over sync/http.py: PROPFIND (depth 0 or 1), GET, conditional PUT and DELETE, MKCOL.

Paths are handled decoded (``/dav/Minutes 2026.pdf``) and encoded only when sent, so that a server writing its
hrefs encoded, unencoded or as full URLs lists the same names. Writes are always conditional: ``If-Match`` with
the ETag last seen to overwrite or delete, ``If-None-Match: *`` to create; a 412 is ``Failure.PRECONDITION``.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

from . import davxml
from .davxml import GETCONTENTLENGTH, GETETAG, RESOURCETYPE, Entry, Multistatus, q
from .errors import DavError, Failure
from .etags import usable_for_if_match
from .http import MAX_SMALL, MAX_XML, Answer, Http

XML = {"Content-Type": 'application/xml; charset="utf-8"'}
LISTED = [GETETAG, GETCONTENTLENGTH, RESOURCETYPE]


def encode(path: str) -> str:
    return quote(path, safe="/")


def child_path(folder: str, name: str) -> str:
    """The path of ``name`` (one segment: a slash in it is encoded, never a sub-folder) inside ``folder``."""
    return folder.rstrip("/") + "/" + name


def as_folder(path: str) -> str:
    return path if path.endswith("/") else path + "/"


@dataclass(frozen=True)
class Resource:
    path: str                 # decoded
    etag: str | None
    size: int | None
    collection: bool

    @classmethod
    def of(cls, entry: Entry) -> Resource:
        return cls(entry.path, entry.etag, entry.size, entry.is_collection)

    @property
    def name(self) -> str:
        return self.path.rstrip("/").rsplit("/", 1)[-1]


class WebDav:
    def __init__(self, http: Http):
        self.http = http
        self.root = unquote(urlsplit(http.endpoint.url).path) or "/"

    @property
    def requests(self) -> int:
        return self.http.requests

    def href(self, path: str) -> str:
        """What to send for a decoded path: encoded, and with any segment that is not a name refused."""
        if any(part in (".", "..") for part in path.split("/")) or "\x00" in path:
            raise DavError(Failure.BAD_URL)
        return encode(path)

    # -- reading --------------------------------------------------------------------------------------------
    def propfind(self, path: str, names: list[str], depth: int, *, max_bytes: int = MAX_XML) -> Multistatus:
        answer = self.http.send("PROPFIND", self.href(path), headers={**XML, "Depth": str(depth)},
                                body=davxml.propfind(names), ok=(207,), max_bytes=max_bytes)
        return davxml.multistatus(answer.body, answer.url, "PROPFIND")

    def entry(self, path: str, names: list[str]) -> Entry | None:
        """The properties of one resource (depth 0), or None when there is no such resource."""
        try:
            found = self.propfind(path, names, 0)
        except DavError as exc:
            if exc.failure is Failure.NOT_FOUND:
                return None
            raise
        mine = [e for e in found.entries if e.path.rstrip("/") == path.rstrip("/")]
        if len(mine) != 1:
            raise DavError(Failure.BAD_ANSWER, method="PROPFIND")
        return mine[0]

    def stat(self, path: str) -> Resource | None:
        entry = self.entry(path, LISTED)
        return Resource.of(entry) if entry else None

    def listing(self, folder: str) -> dict[str, Resource]:
        """The folder's members (one level), by decoded path. Raises NOT_FOUND / NOT_COLLECTION for the folder."""
        folder = as_folder(folder)
        found = self.propfind(folder, LISTED, 1)
        out: dict[str, Resource] = {}
        this = [e for e in found.entries if as_folder(e.path) == folder]
        if this and not this[0].is_collection:
            raise DavError(Failure.NOT_COLLECTION, method="PROPFIND")
        for e in found.entries:
            if as_folder(e.path) == folder:
                continue
            if e.path.rstrip("/").rsplit("/", 1)[0] + "/" != folder:
                continue  # not a member of this folder: ignored, never deleted or overwritten
            if e.status is not None and e.status != 200:
                continue
            out[e.path.rstrip("/") if not e.is_collection else e.path] = Resource.of(e)
        return out

    def get(self, path: str, *, max_bytes: int) -> Answer:
        return self.http.send("GET", self.href(path), ok=(200,), max_bytes=max_bytes)

    def privileges(self, path: str) -> set[str] | None:
        """The current user's privileges on ``path`` (local names: read, write, write-content, bind, unbind,
        all...), or None when the server does not say (then only a probe write tells)."""
        entry = self.entry(path, [q(davxml.DAV, "current-user-privilege-set")])
        el = entry.props.get(q(davxml.DAV, "current-user-privilege-set")) if entry else None
        if el is None:
            return None
        names = set()
        for priv in el.findall(q(davxml.DAV, "privilege")):
            for child in priv:
                if isinstance(child.tag, str):
                    names.add(child.tag.rsplit("}", 1)[-1])
        return names

    # -- writing --------------------------------------------------------------------------------------------
    def put(self, path: str, body: bytes, *, content_type: str, if_match: str | None = None,
            create: bool = False) -> str | None:
        """Write ``body``: only over the version ``if_match`` names, or (``create``) only where nothing is.
        Returns the new ETag when the server gives one. An unconditional overwrite is never sent."""
        headers = {"Content-Type": content_type}
        if create:
            headers["If-None-Match"] = "*"
        elif if_match is not None and usable_for_if_match(if_match):
            headers["If-Match"] = if_match
        else:
            raise ValueError("a PUT is created (If-None-Match) or over a known strong ETag (If-Match)")
        answer = self.http.send("PUT", self.href(path), headers=headers, body=body, ok=(200, 201, 204))
        return answer.etag

    def put_checked(self, path: str, body: bytes, *, content_type: str) -> str | None:
        """An overwrite of a resource known only by a weak or no ETag, whose content the caller has just checked:
        the one write sent without a precondition the server could verify (see etags.py)."""
        answer = self.http.send("PUT", self.href(path), headers={"Content-Type": content_type}, body=body,
                                ok=(200, 201, 204))
        return answer.etag

    def delete(self, path: str, *, if_match: str | None, checked: bool = False) -> None:
        """Delete over the version ``if_match`` names; without a strong ETag only when the caller has just
        ``checked`` the content (as ``put_checked``). A resource already gone is not an error."""
        if usable_for_if_match(if_match):
            headers = {"If-Match": str(if_match)}
        elif checked:
            headers = {}
        else:
            raise ValueError("a DELETE is over a known strong ETag, or after a check of the content")
        try:
            self.http.send("DELETE", self.href(path), headers=headers, ok=(200, 204))
        except DavError as exc:
            if exc.failure is not Failure.NOT_FOUND:
                raise

    def mkcol(self, path: str, body: bytes | None = None) -> None:
        headers = XML if body else {}
        self.http.send("MKCOL", self.href(as_folder(path)), headers=headers, body=body, ok=(201,),
                       max_bytes=MAX_SMALL)
