"""Bytes to text for files from other programs: BOMs, UTF-8, UTF-16 (Excel "Unicode text"), Windows-1252
and Latin-1, decided from the content. Invalid bytes never crash: the fallback decodes everything."""

from __future__ import annotations

import codecs

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# bytes that Windows-1252 leaves undefined: their presence means Latin-1 (or binary junk)
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


def detect_encoding(data: bytes) -> str:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    head = data[:4096]
    if len(head) >= 4 and head.count(b"\x00") > len(head) // 4:
        # UTF-16 without BOM: every other byte is NUL for Latin text
        return "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"  # truncated last character: still UTF-8
    if any(b in _CP1252_HOLES for b in data):
        return "latin-1"
    return "cp1252"


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). Never raises: undecodable bytes become U+FFFD."""
    encoding = detect_encoding(data)
    text = data.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, encoding
