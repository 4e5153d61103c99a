"""Documents kept inside the vault: add a file (with links), add a version, export one to a file the user chose."""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path

from ..core.atomic import write_file
from ..core.errors import CommonsError, DocumentTooLarge, EmptyDocument, InvalidField, Reason
from ..core.model import Document, DocumentVersion
from ..vault import tags
from ..vault.connection import Vault
from ..vault.documents import Documents, size_limit


def guess_media_type(path: str | os.PathLike) -> str:
    media, _ = mimetypes.guess_type(str(path), strict=False)
    return media or "application/octet-stream"


def read_file(vault: Vault, path: str | os.PathLike) -> bytes:
    """The file's bytes; too large a file is refused from its size, before it is read; an empty file (0 bytes: a
    failed download or copy, far more often than a document) is refused."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise CommonsError(f"{p} is not a file")
        limit = size_limit(vault)
        if size > limit:
            raise DocumentTooLarge(size, limit)
        content = p.read_bytes()
    except OSError as exc:
        raise CommonsError(f"cannot read {p}: {exc.strerror or exc}") from None
    if not content:
        raise EmptyDocument(p.name)
    return content


def _links(vault: Vault, ids: list[str]) -> list[tuple[str, str]]:
    out = []
    for ident in ids:
        entity = tags.entity_of(vault, ident)
        if entity not in ("person", "organisation"):
            raise InvalidField("link", Reason.LINK_KIND, ident, entity=entity)
        out.append((entity, ident))
    return out


def add_file(vault: Vault, path: str | os.PathLike, *, title: str = "", links: list[str] | None = None,
             media_type: str | None = None) -> Document:
    """Store a file as a new document (one transaction: the document, its first version and its links)."""
    p = Path(path)
    content = read_file(vault, p)
    with vault.transaction():
        return Documents(vault).add(title or p.name, content, p.name, media_type or guess_media_type(p),
                                    _links(vault, links or []))


def add_version(vault: Vault, ident: str, path: str | os.PathLike, *, media_type: str | None = None
                ) -> DocumentVersion:
    p = Path(path)
    content = read_file(vault, p)
    return Documents(vault).add_version(ident, content, p.name, media_type or guess_media_type(p))


def export_to_file(vault: Vault, ident: str, target: str | os.PathLike, *, version: int | None = None,
                   overwrite: bool = False) -> DocumentVersion:
    """Write a document's content (the current version unless ``version``) to ``target``, a file the
    user asked for: all or nothing, readable by the owner only. An existing file is kept unless
    ``overwrite``, and even then stays as it was until the new content is whole on disk."""
    docs = Documents(vault)
    docs.get(ident)
    chosen = docs.version(ident, version)
    content = docs.content(ident, chosen.number)
    t = Path(target)
    if t.is_dir():
        raise CommonsError(f"{t} is a folder: give a file name")
    try:
        write_file(t, content, overwrite=overwrite)
    except FileExistsError:
        raise CommonsError(f"{t} already exists (use --force to overwrite it)") from None
    except OSError as exc:
        raise CommonsError(f"cannot write {t}: {exc.strerror or exc}") from None
    return chosen


def list_documents(vault: Vault, *, linked_to: str | None = None, limit: int = 1000, offset: int = 0
                   ) -> list[Document]:
    if linked_to:
        tags.entity_of(vault, linked_to)
    return Documents(vault).list(linked_to=linked_to, limit=max(limit, 0), offset=max(offset, 0))


def versions(vault: Vault, ident: str) -> list[DocumentVersion]:
    return Documents(vault).versions(ident)
