"""Bytes to text for files from other programs, read a chunk at a time: BOMs, UTF-8, UTF-16 (Excel "Unicode
text") and Windows-1252, decided once per file from its whole content.

``open_text`` reads the file once to decide (memory: one chunk) and refuses what is not text (NotText): NUL bytes,
control characters no text file holds, bytes no candidate encoding reads, or a file that mixes UTF-8 lines with
Windows-1252 lines (which would otherwise be stored as "ZoÃ©"). ``Text.lines()`` then gives the text from the
start, line by line. Text decoded here never holds a lone surrogate (every decoder is strict); JSON escapes can
make one, so every reader checks decoded values with ``lone_surrogate`` (one definition, here).
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from .errors import NotText, OverLimit
from .limits import DEFAULT, Limits

CHUNK = 1 << 20
LINES_CHUNK = 1 << 16   # lines are cut from chunks of this size (a chunk of short lines is many small objects)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# control characters no text file holds (TAB, LF, VT, FF, CR and SUB, an old end-of-file mark, are allowed)
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0e-\x19\x1b-\x1f]")
_CONTROLS = tuple(bytes([b]) for b in range(1, 32) if b not in (9, 10, 11, 12, 13, 26))  # a memchr each: fast
_CONTROL = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f]")
# bytes that Windows-1252 leaves undefined
_CP1252_HOLES = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
_HOLES = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")
# UTF-8 of the characters that mojibake is made of (accented Latin letters, Œ œ Š š Ÿ Ž ž, dashes, quotes, …, €):
# in a Windows-1252 file these byte pairs read as "Ã©", "â€™"... and never occur in real text
_UTF8_LOOK = re.compile(rb"[\xc2\xc3][\x80-\xbf]|\xc5[\x92\x93\xa0\xa1\xb8\xbd\xbe]|\xe2\x80[\x93-\xa6\xb0\xb9\xba]"
                        rb"|\xe2\x82\xac")


class Text:
    """A decided file: its encoding, and its text from the start (the stream is read again)."""

    def __init__(self, stream: BinaryIO, start: int, encoding: str):
        self.stream, self.start, self.encoding = stream, start, encoding

    def chunks(self, size: int = CHUNK) -> Iterator[str]:
        self.stream.seek(self.start)
        # the content was checked: only a character cut by the end of the file can still fail, as it did before
        decoder = codecs.getincrementaldecoder(self.encoding)("replace")
        first = True
        while True:
            data = self.stream.read(size)
            text = decoder.decode(data, final=not data)
            if first and text.startswith("\ufeff"):
                text = text[1:]
            first = first and not text
            if text:
                yield text
            if not data:
                return

    def head(self, chars: int) -> str:
        """About the first ``chars`` characters (for guessing a CSV file's delimiter)."""
        out: list[str] = []
        got = 0
        for text in self.chunks(min(CHUNK, chars + 4)):
            out.append(text)
            got += len(text)
            if got >= chars:
                break
        return "".join(out)[:chars]

    def lines(self, longest: int) -> Iterator[str]:
        """Lines with their ends (LF, CRLF or CR, as ``newline=""`` reads them); OverLimit for a line of more than
        ``longest`` characters (found before it is held whole)."""
        pieces: list[str] = []
        held = 0
        for text in self.chunks(LINES_CHUNK):
            cut = max(text.rfind("\n"), text.rfind("\r", 0, len(text) - 1)) + 1  # a CR at the end may be a CRLF
            if not cut:
                pieces.append(text)
                held += len(text)
                if held > longest:
                    raise OverLimit("line_chars", longest)
                continue
            if pieces:
                pieces.append(text[:cut])
                whole = "".join(pieces)
            else:
                whole = text[:cut]
            rest = text[cut:]
            pieces, held = ([rest], len(rest)) if rest else ([], 0)
            lines = io.StringIO(whole, newline="").readlines()
            if len(whole) > longest and max(map(len, lines)) > longest:
                raise OverLimit("line_chars", longest)
            yield from lines
        if pieces:
            yield from io.StringIO("".join(pieces), newline="").readlines()


def open_text(stream: BinaryIO, limits: Limits = DEFAULT) -> Text:
    """Decide the encoding of the rest of ``stream`` (seekable), or refuse it: NotText, OverLimit (file_bytes)."""
    start = stream.tell()
    encoding = _marked(stream.read(4096))
    stream.seek(start)
    if encoding.startswith("utf-16"):
        _check_utf16(stream, encoding, limits)
    else:
        encoding = _decide_8bit(stream, limits, bom=bool(encoding))
    stream.seek(start)
    return Text(stream, start, encoding)


def _marked(head: bytes) -> str:
    """The encoding a file's first bytes show (a BOM, or UTF-16's NUL bytes), else ''."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if len(head) >= 4 and head.count(b"\x00") > len(head) // 4:
        # UTF-16 without BOM: every other byte is NUL for Latin text
        return "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
    return ""


def _line(data: bytes, at: int, before: int) -> int:
    return before + data.count(b"\n", 0, at) + 1


_NON_ASCII = re.compile(rb"[\x80-\xff]")


def _decide_8bit(stream: BinaryIO, limits: Limits, bom: bool = False) -> str:
    """UTF-8 when every byte reads as UTF-8, else Windows-1252 when the bytes before the first that is not UTF-8 were
    ASCII and no UTF-8 of an accented letter or punctuation follows; refused otherwise (NotText)."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    utf8 = True
    first_utf8 = 1 if bom else 0    # first line read as UTF-8 beyond ASCII (0: none yet)
    not_utf8 = 0                    # first line that is not UTF-8
    lines = size = 0                # line ends and bytes before this chunk
    tail = b""                      # the chunk before's last bytes (a UTF-8 pair may straddle two chunks)
    while True:
        data = stream.read(CHUNK)
        size += len(data)
        if size > limits.file_bytes:
            raise OverLimit("file_bytes", limits.file_bytes)
        if b"\x00" in data:
            raise NotText("nul", _line(data, data.index(b"\x00"), lines))
        if any(c in data for c in _CONTROLS):
            raise NotText("control", _line(data, _CONTROL_BYTES.search(data).start(), lines))  # type: ignore
        rest = data
        if utf8:
            pending = len(decoder.getstate()[0])
            try:
                decoder.decode(data, final=not data)
            except UnicodeDecodeError as exc:
                if not data:
                    return "utf-8-sig" if bom else "utf-8"  # ends in the middle of a character: UTF-8, as before
                at = max(exc.start - pending, 0)
                utf8, not_utf8 = False, _line(data, at, lines)
                other = _NON_ASCII.search(data, 0, at)
                first_utf8 = first_utf8 or (_line(data, other.start(), lines) if other else 0)
                if first_utf8:
                    raise NotText("mixed", not_utf8, first_utf8) from None
                rest, tail = data[at:], b""
            else:
                if not first_utf8 and not data.isascii():
                    first_utf8 = _line(data, _NON_ASCII.search(data).start(), lines)  # type: ignore[union-attr]
        if not utf8:
            skipped = len(data) - len(rest)
            if any(h in rest for h in _HOLES):
                hole = _CP1252_HOLES.search(rest)
                raise NotText("undecodable", _line(data, skipped + hole.start(), lines))  # type: ignore
            seen = _UTF8_LOOK.search(tail + rest)
            if seen:
                raise NotText("mixed", _line(data, max(skipped + seen.start() - len(tail), 0), lines), not_utf8)
        if not data:
            break
        tail = data[-3:]
        lines += data.count(b"\n")
    return ("utf-8-sig" if bom else "utf-8") if utf8 else "cp1252"


def _check_utf16(stream: BinaryIO, encoding: str, limits: Limits) -> None:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    lines = size = 0
    while True:
        data = stream.read(CHUNK)
        size += len(data)
        if size > limits.file_bytes:
            raise OverLimit("file_bytes", limits.file_bytes)
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError:
            raise NotText("undecodable", lines + 1) from None
        bad = _CONTROL.search(text)
        if bad:
            raise NotText("nul" if text[bad.start()] == "\x00" else "control",
                          lines + text.count("\n", 0, bad.start()) + 1)
        lines += text.count("\n")
        if not data:
            return


def decode(data: bytes, limits: Limits = DEFAULT) -> tuple[str, str]:
    """(text, encoding name) of a whole file held in memory; NotText as ``open_text``."""
    text = open_text(io.BytesIO(data), limits)
    return "".join(text.chunks()), text.encoding


def sample(head: bytes) -> str:
    """The first bytes of a file as text, to guess its format: never raises, decides nothing."""
    return head.decode(_marked(head) or "utf-8", errors="replace").lstrip("\ufeff")


def lone_surrogate(value: Any) -> bool:
    """True when a text in ``value`` (a str, or lists and dicts of them, keys included) holds a lone surrogate
    (U+D800-U+DFFF): not a character, no encoding can store it. JSON's \\uD800 escapes make them."""
    if isinstance(value, str):
        if value.isascii():
            return False
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(lone_surrogate(k) or lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(lone_surrogate(v) for v in value)
    return False
