"""The job of a ``webdav`` server: the documents its export profile selects, mirrored to its folder as readable
files (sync/mirror.py does the mirroring; this module says what is wanted there and logs what leaves).

The documents are those linked to the records the profile selects, when the profile lets documents leave (its
fields are all, or name ``documents``) — the same documents an export with that profile carries. Each is there
under its file name; two documents of the same name (case aside) are told apart by the end of their id, the
older one keeping the plain name, so names stay put as documents come and go. Content is read from the vault
into memory when it is sent, never written to a file on the way. Each publication is written to the disclosure
log (which documents, which server, when) before the first of them leaves.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from ..core.errors import CommonsError
from ..core.model import Document
from ..exchange.collect import linked_documents
from ..exchange.selection import Selection, resolve
from ..sync.mirror import DocumentMirror, Outgoing
from ..sync.webdav import WebDav
from ..vault import exchange_log
from ..vault.documents import Documents, size_limit
from ..vault.exchange_log import Profile
from .sync import JobContext

KIND = "webdav"
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\]")


class NoProfile(CommonsError):
    """A server carries only what its export profile selects: without one (or with one that is gone), nothing."""

    def __init__(self, profile: str = ""):
        super().__init__("no-profile")
        self.profile = profile
        self.code = "no-profile"


def file_names(docs: list[Document]) -> dict[str, str]:
    """Each document's file name on the server (one path segment), unique regardless of case."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for d in sorted(docs, key=lambda d: d.id):  # ids are UUIDv7: the older document keeps the plain name
        base = _UNSAFE.sub("_", d.current.file_name if d.current else d.title).strip() or "document"
        if base in (".", ".."):
            base = "_"
        name = base
        if name.casefold() in taken:
            p = PurePosixPath(base)
            name = f"{p.stem} ({d.id[-8:]}){p.suffix}"
        taken.add(name.casefold())
        names[d.id] = name
    return names


def documents_of(vault, profile: Profile) -> list[Outgoing]:
    if profile.fields and "documents" not in profile.fields:
        return []
    people, orgs = resolve(vault, Selection.from_json(profile.selection))
    docs = [d for d in linked_documents(vault, [*people, *orgs]) if d.current is not None]
    names = file_names(docs)
    store = Documents(vault)

    def reader(ident: str, number: int):
        return lambda: store.content(ident, number)

    return [Outgoing(d.id, names[d.id], d.current.sha256, d.current.size, d.current.media_type,  # type: ignore[union-attr]
                     reader(d.id, d.current.number)) for d in docs]  # type: ignore[union-attr]


def server_profile(ctx: JobContext) -> exchange_log.Profile:
    """The export profile the server carries (what may go there): NoProfile when it has none or it was removed."""
    if not ctx.server.profile:
        raise NoProfile()
    try:
        return exchange_log.get_profile(ctx.vault, ctx.server.profile)
    except CommonsError:
        raise NoProfile(ctx.server.profile) from None


def run(ctx: JobContext) -> None:
    vault, server = ctx.vault, ctx.server
    profile = server_profile(ctx)
    wanted = documents_of(vault, profile)

    def disclose(leaving: list[Outgoing]) -> None:
        exchange_log.log_disclosure(vault, kind=KIND, recipients=[server.name], destination=server.url,
                                    profile=profile.name, selection=profile.selection, fields=["documents"],
                                    records=[("document", o.key) for o in leaving])

    mirror = DocumentMirror(vault, server.target_id, WebDav(ctx.http), max_bytes=size_limit(vault) + 1024 * 1024,
                            confirm_deletions=ctx.options.confirm_deletions,
                            overwrite_conflicts=ctx.options.overwrite_conflicts, progress=ctx.progress,
                            stop=ctx.stop, counts=ctx.counts)
    mirror.run(wanted, disclose)
