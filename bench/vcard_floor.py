"""The floors of the vCard rows: a plain streaming line writer and reader, the least work that writes or reads the
same cards (no vCard library: vobject is slower than the app itself, so it flattered us).

- ``write(data, out)``: each person and organisation of an export as its vCard 4.0 lines, one card at a time into a
  stream: FN, N, ORG, EMAIL, TEL, ADR, BDAY, CATEGORIES, NOTE, UID, the text escaped and the lines folded at 75
  octets as RFC 6350 asks.
- ``read(stream)``: a file's lines one at a time, unfolded, each split into its name, parameters and value (the value
  unescaped), gathered card by card."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import IO

_ESCAPES = str.maketrans({"\\": "\\\\", ",": "\\,", ";": "\\;", "\n": "\\n"})
_UNESCAPES = {"\\\\": "\\", "\\,": ",", "\\;": ";", "\\n": "\n", "\\N": "\n"}


def _text(value: str) -> str:
    return value.translate(_ESCAPES)


def _folded(line: str) -> str:
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    out, start, width = [], 0, 75
    while start < len(data):
        end = min(len(data), start + width)
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # never inside a character
            end -= 1
        out.append(data[start:end].decode("utf-8"))
        start, width = end, 74  # a continuation line starts with a space
    return "\r\n ".join(out) + "\r\n"


def _lines(rec) -> Iterator[str]:
    yield "BEGIN:VCARD"
    yield "VERSION:4.0"
    if hasattr(rec, "family"):
        yield f"FN:{_text(rec.display_name)}"
        yield f"N:{_text(rec.family)};{_text(rec.given)};;;"
        if rec.birth_date:
            yield f"BDAY:{rec.birth_date.isoformat()}"
    else:
        yield f"FN:{_text(rec.name)}"
        yield f"ORG:{_text(rec.name)}"
    for e in rec.emails:
        yield f"EMAIL;TYPE={e.kind}:{e.address}"
    for p in rec.phones:
        yield f"TEL;TYPE={p.kind}:{p.number}"
    for a in rec.addresses:
        yield f"ADR;TYPE={a.kind}:;;{_text(a.street)};{_text(a.city)};{_text(a.region)};{_text(a.postcode)};" \
              f"{_text(a.country)}"
    if rec.tags:
        yield "CATEGORIES:" + ",".join(_text(t) for t in rec.tags)
    if rec.notes:
        yield f"NOTE:{_text(rec.notes)}"
    yield f"UID:urn:uuid:{rec.id}"
    yield "END:VCARD"


def write(data, out: IO[str]) -> int:
    """Write the export's organisations and people as vCards into ``out``; returns the number of cards."""
    cards = 0
    for rec in (*data.organisations, *data.people):
        out.write("".join(_folded(line) for line in _lines(rec)))
        cards += 1
    return cards


def _unescaped(value: str) -> str:
    if "\\" not in value:
        return value
    out, i = [], 0
    while i < len(value):
        pair = value[i:i + 2]
        if pair in _UNESCAPES:
            out.append(_UNESCAPES[pair])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def _unfolded(lines: Iterable[str]) -> Iterator[str]:
    held = None
    for raw in lines:
        line = raw.rstrip("\r\n")
        if line[:1] in (" ", "\t") and held is not None:
            held += line[1:]
            continue
        if held is not None:
            yield held
        held = line
    if held:
        yield held


def read(stream: Iterable[str]) -> list[list[tuple[str, str, str]]]:
    """Every card of ``stream`` as its (name, parameters, value) lines."""
    cards: list[list[tuple[str, str, str]]] = []
    card: list[tuple[str, str, str]] | None = None
    for line in _unfolded(stream):
        head, _, value = line.partition(":")
        name, _, params = head.partition(";")
        name = name.upper()
        if name == "BEGIN":
            card = []
        elif name == "END":
            if card is not None:
                cards.append(card)
            card = None
        elif card is not None:
            card.append((name, params, _unescaped(value)))
    return cards
