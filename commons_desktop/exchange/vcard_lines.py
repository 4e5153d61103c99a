"""Splitting a vCard file into cards before any parser sees it: lines unfolded (RFC 6350 folding and
quoted-printable soft breaks), line numbers kept, limits checked per card, and photos taken out (they are
decoded here, not by the parser: a 10 MB PHOTO line costs one base64 decode, nothing quadratic)."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field

from .limits import DEFAULT, Limits

_PHOTO = re.compile(r"^(?:[\w-]+\.)?(PHOTO|LOGO)[;:]", re.IGNORECASE)
_MEDIA = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png", "gif": "image/gif", "bmp": "image/bmp",
          "webp": "image/webp", "heic": "image/heic"}
MAX_TEXT = 1024 * 1024   # one card without its photo
_EOL = re.compile(r"\r\n|\r|\n")


@dataclass
class Photo:
    media_type: str
    content: bytes


@dataclass
class RawCard:
    line: int                       # line of BEGIN:VCARD
    text: str = ""                  # the card without photos, unfolded, CRLF-separated
    photos: list[Photo] = field(default_factory=list)
    error: str = ""
    notes: list[str] = field(default_factory=list)


def split_value(line: str) -> tuple[str, str, str]:
    """'PHOTO;ENCODING=b;TYPE="JPEG":abc' -> ('PHOTO', 'ENCODING=b;TYPE="JPEG"', 'abc')."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            head, value = line[:i], line[i + 1:]
            name, _, params = head.partition(";")
            return name, params, value
    return line, "", ""


def _params(params: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in params.split(";"):
        k, eq, v = p.partition("=")
        out[k.strip().upper() if eq else "TYPE"] = v.strip().strip('"').lower() if eq else k.strip().lower()
    return out


def _photo(line: str, limits: Limits) -> tuple[Photo | None, str]:
    """(the photo, or None and why it was dropped)."""
    _, params, value = split_value(line)
    p = _params(params)
    value = value.strip()
    media = ""
    if value.lower().startswith("data:"):
        meta, _, value = value[5:].partition(",")
        media = meta.split(";")[0].lower()
        if ";base64" not in meta.lower():
            return None, "a photo that is not base64 data was dropped"
    elif p.get("ENCODING") in ("b", "base64"):
        media = _MEDIA.get(p.get("TYPE", "").split(",")[0], "")
    else:
        return None, "a photo given as a link was dropped (links are never fetched)"
    if len(value) * 3 // 4 > limits.photo_bytes:
        return None, f"a photo over {limits.photo_bytes // (1024 * 1024)} MB was dropped"
    try:
        content = base64.b64decode("".join(value.split()), validate=True)
    except (binascii.Error, ValueError):
        return None, "a photo that is not valid base64 was dropped"
    if not media.startswith("image/"):
        media = "image/jpeg" if content[:3] == b"\xff\xd8\xff" else "image/png" \
            if content[:8] == b"\x89PNG\r\n\x1a\n" else "application/octet-stream"
    return Photo(media, content), ""


def logical_lines(text: str):
    """(line number, logical line): folded lines joined, quoted-printable soft breaks joined."""
    current, start = None, 0
    for n, raw in enumerate(_EOL.split(text), 1):
        if current is not None and raw[:1] in (" ", "\t"):
            current += raw[1:]
            continue
        if current is not None and current.endswith("=") and "QUOTED-PRINTABLE" in current.split(":", 1)[0].upper():
            current = current[:-1] + raw
            continue
        if current is not None:
            yield start, current
        current, start = raw, n
    if current is not None:
        yield start, current


def split_cards(text: str, limits: Limits = DEFAULT) -> tuple[list[RawCard], list[str]]:
    """The cards of a file, and file-level notes. Never raises on content."""
    cards: list[RawCard] = []
    notes: list[str] = []
    card: RawCard | None = None
    lines: list[str] = []
    size = count = 0
    stray = 0
    for n, line in logical_lines(text.replace("\x00", "")):
        upper = line.strip().upper()
        if card is None:
            if upper == "BEGIN:VCARD":
                card, lines, size, count = RawCard(n), ["BEGIN:VCARD"], 0, 0
            elif upper:
                stray += 1
            continue
        if upper == "END:VCARD":
            if not card.error:
                lines.append("END:VCARD")
                card.text = "\r\n".join(lines)
            cards.append(card)
            if len(cards) > limits.rows:
                notes.append(f"more than {limits.rows:,} cards: the rest was not read")
                return cards[:limits.rows], notes
            card = None
            continue
        if card.error:
            continue
        count += 1
        if count > limits.card_properties:
            card.error = f"more than {limits.card_properties:,} properties in one card"
            continue
        if _PHOTO.match(line):
            photo, why = _photo(line, limits)
            if photo:
                card.photos.append(photo)
            else:
                card.notes.append(why)
            continue
        size += len(line)
        if size > MAX_TEXT:
            card.error = f"card is over {MAX_TEXT // 1024} KB of text"
            continue
        lines.append(line)
    if card is not None:
        card.error = card.error or "card has no END:VCARD"
        cards.append(card)
    if stray:
        notes.append(f"{stray} line(s) outside any card were ignored")
    return cards, notes
