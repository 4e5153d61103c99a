"""Documents inside the vault (encrypted with it): versions kept, SHA-256, size limit, links to records."""

from __future__ import annotations

import hashlib

from ..core import validation
from ..core.changes import Change, Op
from ..core.errors import DocumentTooLarge, InvalidField, NotFound, Reason
from ..core.model import Document, DocumentVersion
from . import changelog
from .codecs import DOCUMENT, DOCUMENT_VERSION
from .connection import Vault
from .records import RecordTable

_VERSION_COLUMNS = "document_id, number, file_name, media_type, size, sha256, created"
_VERSION = DOCUMENT_VERSION.decoder({c: n for n, c in enumerate(_VERSION_COLUMNS.split(", "))})

DEFAULT_LIMIT = 50 * 1024 * 1024


def size_limit(vault: Vault) -> int:
    return int(vault.get_meta("document_size_limit", str(DEFAULT_LIMIT)))


def _check(vault: Vault, content: bytes, file_name: str, media_type: str) -> tuple[str, str]:
    limit = size_limit(vault)
    if len(content) > limit:
        raise DocumentTooLarge(len(content), limit)
    name = validation.text(file_name.replace("/", "_").replace("\\", "_"), "file name", required=True, limit=255)
    media = validation.text(media_type or "application/octet-stream", "media type", limit=127)
    if "/" not in media:
        raise InvalidField("media type", Reason.NOT_MEDIA_TYPE, media)
    return name, media


class Documents(RecordTable):
    codec = DOCUMENT

    def add(self, title: str, content: bytes, file_name: str, media_type: str,
            links: list[tuple[str, str]] | None = None) -> Document:
        title = validation.text(title or file_name, "title", required=True)
        name, media = _check(self.vault, content, file_name, media_type)
        with self.vault.transaction():
            ident = self.insert_many([Document(title)])[0]
            self._write_version(ident, content, name, media)
            for entity, entity_id in links or []:
                self.link(ident, entity, entity_id)
        return self.get(ident)

    def add_version(self, ident: str, content: bytes, file_name: str, media_type: str) -> DocumentVersion:
        name, media = _check(self.vault, content, file_name, media_type)
        with self.vault.transaction():
            self.rid_of(ident)
            return self._write_version(ident, content, name, media)

    def _write_version(self, ident: str, content: bytes, name: str, media: str) -> DocumentVersion:
        v, c = self.vault, self.vault.conn
        number = c.execute("SELECT coalesce(max(number), 0) + 1 FROM document_version WHERE document_id = ?",
                           (ident,)).fetchone()[0]
        version = DocumentVersion(ident, number, name, media, len(content), hashlib.sha256(content).hexdigest())
        change = Change(Op.VERSION, "document", ident, DOCUMENT_VERSION.plain(version))
        changelog.write(v, change)
        version.created = change.hlc
        c.execute(f"INSERT INTO document_version({_VERSION_COLUMNS}, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
                  (ident, *DOCUMENT_VERSION.row(version), change.hlc, content))
        c.execute("UPDATE document SET current_version = ?, updated = ? WHERE id = ?", (number, change.hlc, ident))
        return version

    def link(self, ident: str, entity: str, entity_id: str) -> None:
        if entity not in ("person", "organisation"):
            raise InvalidField("link", Reason.LINK_KIND)
        with self.vault.transaction() as c:
            self.rid_of(ident)
            if not c.execute(f"SELECT 1 FROM {entity} WHERE id = ? AND deleted IS NULL", (entity_id,)).fetchone():  # noqa: S608
                raise NotFound(entity, entity_id)
            cur = c.execute("INSERT OR IGNORE INTO document_link(document_id, entity, entity_id) VALUES (?, ?, ?)",
                            (ident, entity, entity_id))
            if cur.rowcount:
                changelog.write(self.vault, Change(Op.LINK, "document", ident, {"entity": entity, "id": entity_id}))

    def unlink(self, ident: str, entity: str, entity_id: str) -> None:
        with self.vault.transaction() as c:
            cur = c.execute("DELETE FROM document_link WHERE document_id = ? AND entity = ? AND entity_id = ?",
                            (ident, entity, entity_id))
            if cur.rowcount:
                changelog.write(self.vault, Change(Op.UNLINK, "document", ident, {"entity": entity, "id": entity_id}))

    def get(self, ident: str, *, include_deleted: bool = False) -> Document:
        row, at = self._stored(ident, include_deleted=include_deleted)
        doc = self.codec.decoder(at)(row)
        links = self.vault.conn.execute("SELECT entity, entity_id FROM document_link WHERE document_id = ?",
                                        (ident,)).fetchall()
        number = row[at["current_version"]]
        from .contacts import tags_of
        doc.current = self.version(ident, number) if number else None
        doc.links, doc.tags = [tuple(x) for x in links], tags_of(self.vault, ident)
        return doc

    def version(self, ident: str, number: int | None = None) -> DocumentVersion:
        sql = f"SELECT {_VERSION_COLUMNS} FROM document_version WHERE document_id = ? "  # noqa: S608
        row = (self.vault.conn.execute(sql + "AND number = ?", (ident, number)).fetchone() if number
               else self.vault.conn.execute(sql + "ORDER BY number DESC LIMIT 1", (ident,)).fetchone())
        if row is None:
            raise NotFound("document version", f"{ident} v{number}")
        return _VERSION(row)

    def versions(self, ident: str) -> list[DocumentVersion]:
        self.rid_of(ident, include_deleted=True)
        return [_VERSION(r) for r in self.vault.conn.execute(
            f"SELECT {_VERSION_COLUMNS} FROM document_version WHERE document_id = ? ORDER BY number",  # noqa: S608
            (ident,))]

    def content(self, ident: str, number: int | None = None) -> bytes:
        version = self.version(ident, number)
        data = self.vault.conn.execute("SELECT content FROM document_version WHERE document_id = ? AND number = ?",
                                       (ident, version.number)).fetchone()[0]
        if hashlib.sha256(data).hexdigest() != version.sha256:
            raise InvalidField("document", Reason.DIGEST_MISMATCH)
        return bytes(data)

    def list(self, *, linked_to: str | None = None, limit: int = 1000, offset: int = 0) -> list[Document]:
        if linked_to:
            ids = [r[0] for r in self.vault.conn.execute(
                "SELECT d.id FROM document d JOIN document_link l ON l.document_id = d.id WHERE l.entity_id = ? "
                "AND d.deleted IS NULL ORDER BY d.title LIMIT ? OFFSET ?", (linked_to, limit, offset))]
        else:
            ids = [r[0] for r in self.vault.conn.execute(
                "SELECT id FROM document WHERE deleted IS NULL ORDER BY title COLLATE NOCASE, rid LIMIT ? OFFSET ?",
                (limit, offset))]
        return [self.get(i) for i in ids]

    def count(self) -> int:
        return self.vault.conn.execute("SELECT count(*) FROM document WHERE deleted IS NULL").fetchone()[0]

    def delete(self, ident: str) -> str:
        return self.tombstone(ident)
