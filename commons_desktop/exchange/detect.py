"""Guessing a file's format from its first bytes (the extension is only a hint).

A file of a kind the importer cannot read (a PDF, an image, a zip that is neither a spreadsheet nor a bundle, a
word-processor document, a compressed archive) raises ``UnreadableKind`` with the kind's code, before anything
tries to read it as CSV: such a file never gives "nothing to import"."""

from __future__ import annotations

import io
import zipfile

from .errors import UnreadableKind
from .textio import sample

FORMATS = ("csv", "spreadsheet", "vcard", "json", "bundle")
SPREADSHEET_NAMES = (".ods", ".xlsx", ".xlsm", ".xls")

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of .xls (and .doc, .ppt, .msg)
_IMAGES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
_ARCHIVES = (b"\x1f\x8b", b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07", b"\xfd7zXZ\x00", b"BZh")
_OPEN_DOCUMENT = "application/vnd.oasis.opendocument."


def guess_format(data: bytes, name: str = "") -> str:
    """'csv', 'spreadsheet', 'vcard', 'json' or 'bundle'; UnreadableKind for a kind none of them reads."""
    head = data[:256]
    if head.startswith(b"age-encryption.org/") or head.lstrip().startswith(b"-----BEGIN AGE ENCRYPTED FILE-----"):
        return "bundle"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data, name)
    if head.startswith(_OLE2):
        if b"W\x00o\x00r\x00k\x00b\x00o\x00o\x00k\x00" in data or b"B\x00o\x00o\x00k\x00" in data:
            return "spreadsheet"
        raise UnreadableKind("office")
    kind = _binary_kind(head)
    if kind:
        raise UnreadableKind(kind)
    text = sample(data[:4096])
    start = text.lstrip("\ufeff \t\r\n")
    if start[:11].upper() == "BEGIN:VCARD":
        return "vcard"
    if start.startswith("{"):
        return "json"
    lower = name.lower()
    if lower.endswith((".vcf", ".vcard")):
        return "vcard"
    if lower.endswith(".commonsx"):
        return "bundle"
    return "csv"


def _binary_kind(head: bytes) -> str:
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(_IMAGES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP") or head[4:12] in (
            b"ftypheic", b"ftypheix", b"ftypavif", b"ftypmif1"):
        return "image"
    if head.startswith(_ARCHIVES):
        return "archive"
    return ""


def _zip_kind(data: bytes, name: str) -> str:
    """A zip: an OpenDocument or Office Open XML spreadsheet, a plain-zip bundle, or a kind we do not read."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist()[:10_000])
        mimetype = zf.read("mimetype")[:100].decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise UnreadableKind("zip") from None
    if mimetype == _OPEN_DOCUMENT + "spreadsheet" or "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return "spreadsheet"
    if mimetype.startswith(_OPEN_DOCUMENT) or "word/document.xml" in names or "ppt/presentation.xml" in names:
        raise UnreadableKind("document")
    if "manifest.json" in names or name.lower().endswith(".commonsx"):
        return "bundle"
    raise UnreadableKind("zip")
