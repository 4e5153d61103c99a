"""What kind of file a document is, in words ("PDF document", "Word document"...): the one table the desktop shows
media types with (the documents list, a person's documents, the preview)."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# media type -> words; a type not listed is said by its family (image/, text/, audio/, video/) or as "File (.ext)"
KINDS = {
    "application/pdf": QT_TRANSLATE_NOOP("FileKinds", "PDF document"),
    "application/msword": QT_TRANSLATE_NOOP("FileKinds", "Word document"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
        QT_TRANSLATE_NOOP("FileKinds", "Word document"),
    "application/vnd.oasis.opendocument.text": QT_TRANSLATE_NOOP("FileKinds", "Text document (LibreOffice)"),
    "application/rtf": QT_TRANSLATE_NOOP("FileKinds", "Rich text document"),
    "text/rtf": QT_TRANSLATE_NOOP("FileKinds", "Rich text document"),
    "application/vnd.ms-excel": QT_TRANSLATE_NOOP("FileKinds", "Excel spreadsheet"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
        QT_TRANSLATE_NOOP("FileKinds", "Excel spreadsheet"),
    "application/vnd.oasis.opendocument.spreadsheet": QT_TRANSLATE_NOOP("FileKinds", "Spreadsheet (LibreOffice)"),
    "text/csv": QT_TRANSLATE_NOOP("FileKinds", "CSV table"),
    "application/csv": QT_TRANSLATE_NOOP("FileKinds", "CSV table"),
    "application/vnd.ms-powerpoint": QT_TRANSLATE_NOOP("FileKinds", "PowerPoint presentation"),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation":
        QT_TRANSLATE_NOOP("FileKinds", "PowerPoint presentation"),
    "application/vnd.oasis.opendocument.presentation": QT_TRANSLATE_NOOP("FileKinds", "Presentation (LibreOffice)"),
    "text/plain": QT_TRANSLATE_NOOP("FileKinds", "Text file"),
    "text/markdown": QT_TRANSLATE_NOOP("FileKinds", "Text file (Markdown)"),
    "text/html": QT_TRANSLATE_NOOP("FileKinds", "Web page"),
    "application/json": QT_TRANSLATE_NOOP("FileKinds", "JSON data"),
    "application/xml": QT_TRANSLATE_NOOP("FileKinds", "XML data"),
    "text/xml": QT_TRANSLATE_NOOP("FileKinds", "XML data"),
    "text/vcard": QT_TRANSLATE_NOOP("FileKinds", "Address card"),
    "text/x-vcard": QT_TRANSLATE_NOOP("FileKinds", "Address card"),
    "text/calendar": QT_TRANSLATE_NOOP("FileKinds", "Calendar"),
    "message/rfc822": QT_TRANSLATE_NOOP("FileKinds", "Email message"),
    "application/zip": QT_TRANSLATE_NOOP("FileKinds", "Zip archive"),
    "application/x-7z-compressed": QT_TRANSLATE_NOOP("FileKinds", "7-Zip archive"),
    "application/gzip": QT_TRANSLATE_NOOP("FileKinds", "Compressed file"),
    "image/jpeg": QT_TRANSLATE_NOOP("FileKinds", "Photo (JPEG)"),
    "image/png": QT_TRANSLATE_NOOP("FileKinds", "Image (PNG)"),
    "image/gif": QT_TRANSLATE_NOOP("FileKinds", "Image (GIF)"),
    "image/webp": QT_TRANSLATE_NOOP("FileKinds", "Image (WebP)"),
    "image/heic": QT_TRANSLATE_NOOP("FileKinds", "Photo (HEIC)"),
    "image/svg+xml": QT_TRANSLATE_NOOP("FileKinds", "Drawing (SVG)"),
    "application/octet-stream": QT_TRANSLATE_NOOP("FileKinds", "File"),
}
FAMILIES = {
    "image/": QT_TRANSLATE_NOOP("FileKinds", "Image"),
    "text/": QT_TRANSLATE_NOOP("FileKinds", "Text file"),
    "audio/": QT_TRANSLATE_NOOP("FileKinds", "Sound recording"),
    "video/": QT_TRANSLATE_NOOP("FileKinds", "Video"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("FileKinds", text)


def kind_words(media_type: str, file_name: str = "") -> str:
    """A document's kind in words: "PDF document"; an unknown type by its family ("Image"), else by its file name's
    extension ("File (.xyz)"), else "File"."""
    media = (media_type or "").split(";")[0].strip().lower()
    if media in KINDS and media != "application/octet-stream":
        return _t(KINDS[media])
    for prefix, words in FAMILIES.items():
        if media.startswith(prefix):
            return _t(words)
    suffix = PurePath(file_name).suffix.lower() if file_name else ""
    if suffix and len(suffix) <= 8:
        return QCoreApplication.translate("FileKinds", "File (%1)").replace("%1", suffix)
    return _t(KINDS["application/octet-stream"])
