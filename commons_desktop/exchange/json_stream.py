"""A JSON export read incrementally: the top-level object's keys in file order, and each record of a list given
one at a time with its line, decoded by the standard library's C scanner. Memory: one chunk of the file and the
record being read, never the whole text or the whole document. Refused as soon as it is seen (UnreadableFile or
OverLimit): what is not UTF-8 JSON, a record over ``limits.record_chars``, a small value over SMALL_VALUE, a key
given twice, nesting deeper than Python's recursion allows."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from .errors import OverLimit, UnreadableFile
from .limits import DEFAULT, Limits

CHUNK = 1 << 20
SMALL_VALUE = 1 << 20        # a value that is not a list of records ("format", "source", "fields"...)
_WS = re.compile(r"[ \t\n\r]*")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")  # may decode to a lone surrogate (checked on the value)
_DECODER = json.JSONDecoder()
_scan = _DECODER.scan_once


class Item:
    """What the top-level object gives: a key with a small value (``value``), or a key whose value is a list
    (``records`` then yields (line, record, escapes) triples, ``escapes`` telling that the record's text has
    \\uD800-\\uDFFF escapes; it must be consumed before the next item is asked for)."""

    __slots__ = ("key", "value", "records", "line")

    def __init__(self, key: str, line: int, value: Any = None, records: Iterator[tuple[int, Any, bool]] | None = None):
        self.key, self.line, self.value, self.records = key, line, value, records


class Reader:
    def __init__(self, stream: BinaryIO, limits: Limits = DEFAULT):
        self.stream, self.limits = stream, limits
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
        self.buf, self.pos = "", 0
        self.line = 1            # line of buf[pos]
        self.eof = False
        self.size = 0
        self.escapes = False     # the value read last has \uD800-\uDFFF escapes (a lone surrogate is possible)

    # -- the buffer ---------------------------------------------------------------------------------------------
    def _more(self, at_least: int = CHUNK) -> bool:
        """Read at least ``at_least`` more characters (or to the end); False at the end of the file."""
        if self.eof:
            return False
        if self.pos:  # forget what was read
            self.buf, self.pos = self.buf[self.pos:], 0
        parts = [self.buf]
        got = 0
        while got < at_least:
            data = self.stream.read(max(CHUNK, at_least - got))
            self.size += len(data)
            if self.size > self.limits.file_bytes:
                raise OverLimit("file_bytes", self.limits.file_bytes)
            try:
                text = self.decoder.decode(data, final=not data)
            except UnicodeDecodeError as exc:
                line = self.line + sum(p.count("\n") for p in parts) + data.count(b"\n", 0, max(exc.start, 0))
                raise UnreadableFile(f"line {line}: not UTF-8 text (a JSON file is UTF-8)") from None
            parts.append(text)
            got += len(text)
            if not data:
                self.eof = True
                break
        self.buf = "".join(parts)
        return got > 0 or not self.eof

    def _advance(self, end: int) -> None:
        self.line += self.buf.count("\n", self.pos, end)
        self.pos = end

    def _skip_ws(self) -> str:
        """The next character that is not white space ('' at the end of the file)."""
        while True:
            end = _WS.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            self._advance(end)
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def _expect(self, chars: str, what: str) -> str:
        ch = self._skip_ws()
        if not ch or ch not in chars:
            found = f"{ch!r}" if ch else "the end of the file"
            if what == "{":
                raise UnreadableFile("not a Commons Desktop JSON export (it is one JSON object, in UTF-8)")
            raise UnreadableFile(f"line {self.line}: not a JSON file (expected {what}, found {found})")
        self._advance(self.pos + 1)
        return ch

    def _value(self, cap: int, what: str) -> Any:
        """The JSON value at the current position, read whole (at most ``cap`` characters)."""
        self._skip_ws()
        while True:
            try:
                value, end = _scan(self.buf, self.pos)
            except StopIteration as exc:
                err: Exception | None = json.JSONDecodeError("Expecting value", self.buf, exc.value)
            except json.JSONDecodeError as exc:
                err = exc
            except RecursionError:
                raise UnreadableFile(f"line {self.line}: {what} nested too deeply") from None
            else:
                if end < len(self.buf) or self.eof:  # a number or literal may go on in the next chunk
                    self.escapes = _SURROGATE_ESCAPE.search(self.buf, self.pos, end) is not None
                    self._advance(end)
                    return value
                err = None
            if err is not None and not self._incomplete(err):
                raise UnreadableFile(f"line {err.lineno + self.line - 1 - self.buf.count(chr(10), 0, self.pos)}: "
                                     f"not a JSON file ({err.msg})") from None
            # dropped before reading on: an exception kept in a local is a cycle through its traceback and this frame,
            # holding the text it was raised over (``doc``), which only the collector frees (paused during a read)
            err = None
            if len(self.buf) - self.pos > cap:
                raise OverLimit("record_chars", cap, self.line) if cap == self.limits.record_chars else \
                    UnreadableFile(f"line {self.line}: {what} is over {cap:,} characters")
            if not self._more(max(CHUNK, len(self.buf) - self.pos)):  # at least double: parsing again stays linear
                raise UnreadableFile(f"line {self.line}: not a JSON file (it ends in the middle of {what})")

    def _incomplete(self, err: json.JSONDecodeError) -> bool:
        """Whether more of the file could make the value at the current position complete."""
        if self.eof:
            return False
        return err.msg.startswith("Unterminated string") or err.pos >= len(self.buf) - 8

    # -- the document -------------------------------------------------------------------------------------------
    def items(self) -> Iterator[Item]:
        """The top-level object's keys, in file order; then checks that nothing follows it."""
        self._expect("{", "{")
        seen: set[str] = set()
        if self._skip_ws() == "}":
            self._advance(self.pos + 1)
        else:
            while True:
                self._skip_ws()
                line = self.line
                key = self._value(SMALL_VALUE, "a key")
                if not isinstance(key, str):
                    raise UnreadableFile(f"line {line}: not a JSON file (a key must be a text)")
                if key in seen:
                    raise UnreadableFile(f"line {line}: \"{key[:40]}\" is given twice")
                seen.add(key)
                self._expect(":", "':'")
                if self._skip_ws() == "[":
                    self._advance(self.pos + 1)
                    records = self._records(key)
                    yield Item(key, line, records=records)
                    for _ in records:  # what the caller left unread
                        pass
                else:
                    yield Item(key, line, value=self._value(SMALL_VALUE, f"\"{key[:40]}\""))
                if self._expect(",}", "',' or '}'") == "}":
                    break
        if self._skip_ws():
            raise UnreadableFile(f"line {self.line}: not a JSON file (something follows its end)")

    def _records(self, key: str) -> Iterator[tuple[int, Any, bool]]:
        what = f"a record of \"{key[:40]}\""
        if self._skip_ws() == "]":
            self._advance(self.pos + 1)
            return
        while True:
            self._skip_ws()
            line = self.line
            value = self._value(self.limits.record_chars, what)
            yield line, value, self.escapes
            if self._expect(",]", "',' or ']'") == "]":
                return
