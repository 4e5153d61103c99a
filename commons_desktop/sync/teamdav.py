"""A team transport (sync/folder.py's ``Transport``) on a WebDAV folder of the group's servers (issue 13): the same
five calls as a folder, over sync/webdav.py.

- ``listing``: one PROPFIND Depth 1 of the folder; only its direct members named as team files (32 hex digits)
  count (webdav.py confines hrefs to the collection: a member elsewhere, a full URL to another folder, a ``..``
  is ignored); each one's ETag is kept for the writes that follow.
- ``read``: a GET bounded by segments.MAX_FILE (an answer over it is a tampered file, read no further).
- ``write_new``: a PUT with ``If-None-Match: *``: a name already taken (412) is ``FileExistsError``, never an
  overwrite of another device's file.
- ``replace`` (only this device's own index): a PUT with ``If-Match`` on the ETag last listed; a server giving no
  strong ETag gets the plain PUT, which a WebDAV server applies atomically (the whole new body or the old one).
- ``delete`` (only this device's own files): with ``If-Match`` when the ETag is known.

Failures of the server (unreachable, 5xx, a garbled listing...) are ``DavError`` codes; services/sync.py reports
them per transport and the next sync starts again from the listing.
"""

from __future__ import annotations

from ..core.errors import TeamError
from .errors import DavError, Failure
from .etags import usable_for_if_match
from .segments import MAX_FILE, is_name
from .webdav import WebDav, as_folder, child_path

CONTENT_TYPE = "application/octet-stream"


class DavFolder:
    def __init__(self, dav: WebDav):
        self.dav = dav
        self.folder = as_folder(dav.root)
        self.etags: dict[str, str | None] = {}
        self.foreign = 0
        self.reads = 0

    def _path(self, name: str) -> str:
        if not is_name(name):
            raise TeamError("tampered", why="name")
        return child_path(self.folder, name)

    def listing(self) -> dict[str, int]:
        members = self.dav.listing(self.folder)
        out: dict[str, int] = {}
        self.etags.clear()
        self.foreign = 0
        for res in members.values():
            name = res.name
            if res.collection or not is_name(name):
                if not name.startswith("."):
                    self.foreign += 1
                continue
            out[name] = res.size if res.size is not None and res.size >= 0 else 0
            self.etags[name] = res.etag
        return out

    def foreign_entries(self) -> int:
        return self.foreign

    def read(self, name: str) -> bytes:
        path = self._path(name)
        self.reads += 1
        try:
            answer = self.dav.get(path, max_bytes=MAX_FILE)
        except DavError as exc:
            if exc.failure is Failure.NOT_FOUND:
                raise TeamError("missing-file") from exc
            if exc.failure is Failure.TOO_LARGE:
                raise TeamError("tampered", why="size") from exc
            raise
        return answer.body

    def write_new(self, name: str, data: bytes) -> None:
        try:
            etag = self.dav.put(self._path(name), data, content_type=CONTENT_TYPE, create=True)
        except DavError as exc:
            if exc.failure is Failure.PRECONDITION:
                raise FileExistsError(name) from exc
            raise
        self.etags[name] = etag

    def replace(self, name: str, data: bytes) -> None:
        path = self._path(name)
        known = self.etags.get(name)
        if name not in self.etags:
            found = self.dav.stat(path)
            known = found.etag if found else None
            if found is None:
                self.etags[name] = self.dav.put(path, data, content_type=CONTENT_TYPE, create=True)
                return
        if usable_for_if_match(known):
            self.etags[name] = self.dav.put(path, data, content_type=CONTENT_TYPE, if_match=known)
        else:
            self.etags[name] = self.dav.put_checked(path, data, content_type=CONTENT_TYPE)

    def delete(self, name: str) -> None:
        etag = self.etags.pop(name, None)
        self.dav.delete(self._path(name), if_match=etag, checked=not usable_for_if_match(etag))
