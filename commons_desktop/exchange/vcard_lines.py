"""Splitting a vCard file into cards before any property is read: lines unfolded (RFC 6350 folding and
quoted-printable soft breaks), line numbers kept, limits checked per card, and photos taken out (decoded here:
a 10 MB PHOTO line costs one base64 decode).

Unfolding is linear: a logical line is gathered as a list of pieces joined once, and whether it is quoted-printable
is decided once, from its head (names and parameters before the first ':' outside quotes), read piece by piece as
it arrives (800,000 soft breaks used to cost 84 s, each one copying and re-scanning the whole line so far)."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from itertools import chain

from .limits import DEFAULT, Limits
from .notes import Note, NoteCode
from .vcard_values import BadLine, parse

_PHOTO = re.compile(r"^(?:[\w-]+\.)?(PHOTO|LOGO)[;:]", re.IGNORECASE)
_PHOTO_FIRST = frozenset("PpLl")
_MEDIA = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png", "gif": "image/gif", "bmp": "image/bmp",
          "webp": "image/webp", "heic": "image/heic"}
MAX_TEXT = 1024 * 1024   # one card without its photo
_EOL = re.compile(r"\r\n|\r|\n")
_HEAD = re.compile(r'"|:')
_QP = re.compile(r"QUOTED-PRINTABLE", re.IGNORECASE)


@dataclass
class Photo:
    media_type: str
    content: bytes


@dataclass
class RawCard:
    line: int                       # line of BEGIN:VCARD
    lines: list[str] = field(default_factory=list)  # the card's logical lines, without BEGIN/END and photos
    photos: list[Photo] = field(default_factory=list)
    error: str = ""
    notes: list[tuple[NoteCode, dict]] = field(default_factory=list)  # a dropped photo: its code, parameters


def _photo(line: str, limits: Limits) -> tuple[Photo | None, tuple[NoteCode, dict] | None]:
    """(the photo, or None and why it was dropped: a note's code and parameters)."""
    try:
        p = parse(line)
    except BadLine:
        return None, (NoteCode.PHOTO_NOT_PROPERTY, {})
    value = p.value.strip()
    media = ""
    if value.lower().startswith("data:"):
        meta, _, value = value[5:].partition(",")
        media = meta.split(";")[0].lower()
        if ";base64" not in meta.lower():
            return None, (NoteCode.PHOTO_NOT_BASE64, {})
    elif p.encoding in ("b", "base64"):
        media = _MEDIA.get((p.types() or [""])[0], "")
    else:
        return None, (NoteCode.PHOTO_LINK, {})
    if len(value) * 3 // 4 > limits.photo_bytes:
        return None, (NoteCode.PHOTO_TOO_LARGE, {"mb": limits.photo_bytes // (1024 * 1024)})
    try:
        content = base64.b64decode("".join(value.split()), validate=True)
    except (binascii.Error, ValueError):
        return None, (NoteCode.PHOTO_BAD_BASE64, {})
    if not media.startswith("image/"):
        media = "image/jpeg" if content[:3] == b"\xff\xd8\xff" else "image/png" \
            if content[:8] == b"\x89PNG\r\n\x1a\n" else "application/octet-stream"
    return Photo(media, content), None


class _Head:
    """The head of a logical line (before the first ':' outside quotes), read piece by piece as they arrive: each
    character is looked at once, so deciding whether the line is quoted-printable never re-reads the line."""

    __slots__ = ("parts", "quoted", "done", "qp")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.quoted = self.done = self.qp = False

    def feed(self, piece: str) -> None:
        quoted = self.quoted
        for m in _HEAD.finditer(piece):
            if m.group() == '"':
                quoted = not quoted
            elif not quoted:
                self.parts.append(piece[:m.start()])
                self.done = True
                self.qp = bool(_QP.search("".join(self.parts)))
                self.parts = []
                return
        self.quoted = quoted
        self.parts.append(piece)


_CHUNK = 1 << 20  # characters of the text split into lines at a time (never the whole file's lines at once)


def _raw_lines(text: str):
    """The physical lines of ``text`` (what ``_EOL.split(text)`` gives), split a chunk of about _CHUNK characters at
    a time, each chunk ending just after a line feed: a '\\r\\n' is never cut in two."""
    for lines in _line_chunks(text):
        yield from lines


def _line_chunks(text: str):
    """``_raw_lines`` a list at a time (one list per chunk)."""
    start, size = 0, len(text)
    while start < size:
        end = start + _CHUNK
        if end >= size:
            break
        cut = text.rfind("\n", start, end)
        if cut < 0:  # a line longer than a chunk: up to its end
            cut = text.find("\n", end)
            if cut < 0:
                break
        lines = _EOL.split(text[start:cut + 1])
        lines.pop()  # the empty text after the chunk's last line feed
        yield lines
        start = cut + 1
    yield _EOL.split(text[start:] if start else text)


def logical_lines(text: str):
    """(line number, logical line): a line starting with a space or a tab continues the previous one (RFC 6350
    folding); in a quoted-printable value, a line ending with '=' continues on the next one (a soft break). Whether
    a line is quoted-printable is read from its head only when a piece of it ends with '=' (each piece is fed to
    the head once at most)."""
    pieces: list[str] | None = None  # the line's pieces, once it has more than one
    last: str | None = None  # the line's last piece (None: no line yet)
    head: _Head | None = None
    fed = 0  # how many pieces the head has read
    start = 0
    for n, raw in enumerate(chain.from_iterable(_line_chunks(text)), 1):  # (no generator between the chunks and here)
        if last is not None:
            if last[-1:] == "=":
                if pieces is None:
                    pieces = [last]
                if head is None:
                    head = _Head()
                while fed < len(pieces) and not head.done:
                    head.feed(pieces[fed])
                    fed += 1
                if head.qp:
                    pieces[-1] = last[:-1]  # a soft break: the next line follows without the '='
                    pieces.append(raw)
                    last = raw
                    continue
            if raw[:1] in (" ", "\t"):
                if pieces is None:
                    pieces = [last]
                last = raw[1:]
                pieces.append(last)
                continue
            yield start, last if pieces is None else "".join(pieces)
            if pieces is not None:
                pieces, head, fed = None, None, 0
        last, start = raw, n
    if last is not None:
        yield start, last if pieces is None else "".join(pieces)


def split_cards(text: str, limits: Limits = DEFAULT) -> tuple[list[RawCard], list[str]]:
    """The cards of a file, and file-level notes (``cards`` gathered)."""
    notes: list[str] = []
    return list(cards(text, limits, notes)), notes


def cards(text: str, limits: Limits = DEFAULT, notes: list[str] | None = None):
    """The cards of a file one at a time, as each one ends (a file's lines are never all held at once); file-level
    notes go to ``notes`` once every card is read. Raises on content only past limits.rows cards (OverLimit)."""
    card: RawCard | None = None
    size = count = 0
    stray = done = 0
    most, rows = limits.card_properties, limits.rows
    keep = None  # the card's lines.append
    bad = False
    for n, line in logical_lines(text.replace("\x00", "")):
        if card is None:
            upper = line.strip().upper()
            if upper == "BEGIN:VCARD":
                card, size, count, bad = RawCard(n), 0, 0, False
                keep = card.lines.append
            elif upper:
                stray += 1
            continue
        bare = line.strip()
        if len(bare) == 9 and bare.upper() == "END:VCARD":
            done += 1
            if done > rows:  # refused whole (an import is all or nothing)
                from .errors import OverLimit
                raise OverLimit("rows", rows, n)
            yield card
            card = None
            continue
        if bad:  # (card.error is set)
            continue
        count += 1
        if count > most:
            card.error, bad = f"more than {most:,} properties in one card", True
            continue
        # (what _PHOTO matches starts with its name, or has a group's '.' before the first ':')
        if (line[:1] in _PHOTO_FIRST or line.find(".", 0, line.find(":")) > 0) and _PHOTO.match(line):
            photo, why = _photo(line, limits)
            if photo:
                card.photos.append(photo)
            else:
                card.notes.append(why)
            continue
        size += len(line)
        if size > MAX_TEXT:
            card.error, bad = f"card is over {MAX_TEXT // 1024} KB of text", True
            continue
        keep(line)
    if card is not None:
        card.error = card.error or "card has no END:VCARD"
        yield card
    if stray and notes is not None:
        notes.append(Note(NoteCode.STRAY_LINES, count=stray))
