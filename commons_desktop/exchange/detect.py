"""Guessing a file's format from its first bytes (the extension is only a hint)."""

from __future__ import annotations

from .textio import decode

FORMATS = ("csv", "vcard", "json", "bundle")


def guess_format(data: bytes, name: str = "") -> str:
    head = data[:256]
    if head.startswith(b"age-encryption.org/") or head.lstrip().startswith(b"-----BEGIN AGE ENCRYPTED FILE-----"):
        return "bundle"
    if head.startswith(b"PK\x03\x04") and name.lower().endswith((".commonsx", ".zip")):
        return "bundle"
    text, _ = decode(data[:4096])
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
