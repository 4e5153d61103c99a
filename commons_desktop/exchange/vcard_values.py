"""One vCard property line (2.1, 3.0, 4.0) read into its group, name, parameters and value, and the value decoded
(quoted-printable, base64, charset) and unescaped the way its property is defined.

Every step is one pass over the line (regular expressions and C string methods, no re-scanning): a 25 MB value
costs as much as reading it. Text values keep their commas and semicolons: most producers (phones, older address
books, hand-made files) do not escape a comma in a NOTE, FN, TITLE, ORG unit or street, and RFC 6350 gives a
comma a meaning only in the properties it defines as lists (CATEGORIES, NICKNAME) and inside the components of
N. Those are the only values ``items``/``part_items`` split on commas; ``text`` and ``parts`` never do."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field

_NAME = re.compile(r"^(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)$")
_HEAD = re.compile(r'"[^"]*"?|[;:]')            # what matters in a property's head: quoted text, ";" and ":"
_QP_RUN = re.compile(r"(?:=[0-9A-Fa-f]{2})+")   # a run of encoded octets: one character may take several
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", ":": ":", "\\": "\\"}
_SPLIT = {",": re.compile(r"\\.|,", re.DOTALL), ";": re.compile(r"\\.|;", re.DOTALL)}


class BadLine(ValueError):
    """A line that is not a property (no name, or no ':' before its value)."""


@dataclass(slots=True)
class Prop:
    group: str                                   # lower case; '' when the line has none
    name: str                                    # upper case
    params: dict[str, list[str]] = field(default_factory=dict)  # upper-case names, values as written (unquoted);
    # read only: shared by the properties of a file with the same head (see parse)
    value: str = ""                              # as written (after unfolding)
    encoding: str = ""                           # 'quoted-printable', 'b', 'base64' or ''
    known_types: list[str] | None = field(default=None, repr=False, compare=False)  # (read only) types() of params

    @property
    def raw(self) -> str:
        """The value after its transfer encoding, still escaped."""
        return decode_value(self.value, self.encoding, self.param("CHARSET")) if self.encoding else self.value

    def param(self, name: str) -> str:
        found = self.params.get(name)
        return found[0] if found else ""

    def types(self) -> list[str]:
        """TYPE values in lower case ('TYPE=HOME,WORK', 'TYPE=home;TYPE=work' and vCard 2.1's bare 'HOME'); read
        only (the properties of a head share them, read once with it)."""
        known = self.known_types
        if known is None:
            known = self.known_types = _types(self.params)
        return known

    def text(self) -> str:
        """A single text value: escapes undone, commas and semicolons kept as written."""
        value = self.raw if self.encoding else self.value
        return unescape(value) if "\\" in value else value

    def items(self) -> list[str]:
        """A list value (CATEGORIES, NICKNAME): split on the commas that are not escaped, empty items dropped."""
        return [x for x in (unescape(v).strip() for v in split(self.raw, ",")) if x]

    def parts(self) -> list[str]:
        """A structured value (ORG, ADR): its components, each a text value (commas kept)."""
        raw = self.raw if self.encoding else self.value
        if "\\" not in raw:  # (the common case: nothing escaped, the components as they are)
            return raw.split(";")
        return [unescape(p) for p in split(raw, ";")]

    def part_items(self) -> list[list[str]]:
        """A structured value whose components are lists (N): each component's items."""
        raw = self.raw if self.encoding else self.value
        if "\\" not in raw and "," not in raw:  # (the common case: one item or none in each component)
            return [[x] if (x := p.strip()) else [] for p in raw.split(";")]
        return [[x for x in (unescape(v).strip() for v in split(p, ",")) if x] for p in split(raw, ";")]


def _types(params: dict[str, list[str]]) -> list[str]:
    return [t.strip().lower() for v in params.get("TYPE", ()) for t in v.split(",") if t.strip()]


def split(value: str, sep: str) -> list[str]:
    """``value`` cut at each ``sep`` that is not escaped by a backslash (escapes left as they are)."""
    if sep not in value:
        return [value]
    if "\\" not in value:
        return value.split(sep)
    out, start = [], 0
    for m in _SPLIT[sep].finditer(value):
        if m.group() == sep:
            out.append(value[start:m.start()])
            start = m.end()
    out.append(value[start:])
    return out


def unescape(value: str) -> str:
    r"""RFC 6350 text escapes undone: '\n' and '\N' a line break, '\,' '\;' '\:' '\\' the character; a backslash
    before anything else is kept with it."""
    if "\\" not in value:
        return value
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group()), value)


def head_end(line: str) -> int:
    """Where the property's value starts: just after the first ':' outside a quoted parameter value (-1: none)."""
    colon = line.find(":")
    if colon < 0 or line.find('"', 0, colon) < 0:  # (no quote before the first ':': it ends the head)
        return colon + 1 if colon >= 0 else -1
    for m in _HEAD.finditer(line):
        if m.group() == ":":
            return m.end()
    return -1


_HEADS: dict[str, tuple[str, str, dict[str, list[str]], str, list[str]]] = {}  # a head as written -> _head of it
_HEADS_KEPT = 4096
_HEAD_CHARS = 200


def parse(line: str) -> Prop:
    """One unfolded property line; raises BadLine when it is not one. Heads repeat from card to card ('EMAIL;TYPE=
    home', 'TEL;TYPE=cell'): each one is read once and remembered (a few thousand at most), its parameters then
    shared by the properties that have it (read only)."""
    end = head_end(line)
    if end < 0:
        raise BadLine("a line with no ':' is not a property")
    head = line[:end - 1]
    known = _HEADS.get(head)
    if known is None:
        known = _known(head)
    return Prop(known[0], known[1], known[2], line[end:], known[3], known[4])


def parse_card(lines: list[str]) -> dict[str, list[Prop]]:
    """A card's property lines parsed (``parse`` of each, in one loop: a file has a million of them), by name in
    the order of the lines; raises BadLine at the first line that is not a property."""
    props: dict[str, list[Prop]] = {}
    get, heads = props.get, _HEADS
    for line in lines:
        head, colon, value = line.partition(":")
        if not colon:
            raise BadLine("a line with no ':' is not a property")
        if '"' in head:  # (a quoted parameter value may hold a ':')
            end = head_end(line)
            if end < 0:
                raise BadLine("a line with no ':' is not a property")
            head, value = line[:end - 1], line[end:]
        known = heads.get(head)
        if known is None:
            known = _known(head)
        prop = Prop(known[0], known[1], known[2], value, known[3], known[4])
        found = get(known[1])
        if found is None:
            props[known[1]] = [prop]
        else:
            found.append(prop)
    return props


def _known(head: str) -> tuple[str, str, dict[str, list[str]], str, list[str]]:
    """_head of a head, with its types, remembered when it is short."""
    group, name, params, encoding = _head(head)
    known = (group, name, params, encoding, _types(params))
    if len(head) <= _HEAD_CHARS:  # (a hostile file's long heads are read each time, never kept)
        if len(_HEADS) >= _HEADS_KEPT:
            _HEADS.clear()
        _HEADS[head] = known
    return known


def _head(head: str) -> tuple[str, str, dict[str, list[str]], str]:
    """(group, name, parameters, encoding) of a property's head (the line before its value's ':')."""
    if '"' in head:  # a ';' inside a quoted parameter value does not cut the head
        pieces, start = [], 0
        for m in _HEAD.finditer(head):
            if m.group() == ";":
                pieces.append(head[start:m.start()])
                start = m.end()
        pieces.append(head[start:])
    else:
        pieces = head.split(";")
    found = _NAME.match(pieces[0].strip())
    if not found:
        raise BadLine("not a property name")
    group, name = (found.group(1) or "").lower(), found.group(2).upper()
    params: dict[str, list[str]] = {}
    singles = []
    for p in pieces[1:]:
        key, eq, value = p.partition("=")
        if not eq:
            singles.append(key.strip())  # vCard 2.1: 'TEL;CELL;VOICE', 'NOTE;QUOTED-PRINTABLE'
            continue
        params.setdefault(key.strip().upper(), []).extend(_param_values(value))
    found_encoding = params.get("ENCODING")
    encoding = found_encoding[0].lower() if found_encoding else ""
    for s in singles:
        upper = s.upper()
        if upper in ("QUOTED-PRINTABLE", "BASE64", "B"):
            encoding = encoding or upper.lower()
        elif upper.startswith("CHARSET") or not s:
            continue
        else:
            params.setdefault("TYPE", []).append(s)
    return group, name, params, encoding


def _param_values(value: str) -> list[str]:
    """'a,b' -> ['a', 'b']; '"a,b"' -> ['a,b'] (a quoted value is one value)."""
    value = value.strip()
    if '"' not in value:
        return value.split(",")
    return [m.group(1) if m.group(1) is not None else m.group(2)
            for m in re.finditer(r'"([^"]*)"?|([^,"]+)', value)]


def decode_value(value: str, encoding: str, charset: str = "") -> str:
    """The value after its transfer encoding: quoted-printable octets and base64 text decoded in ``charset`` (UTF-8
    when none is named, then Windows-1252 if that fails); anything undecodable is left as written."""
    if encoding == "quoted-printable":
        if "=" not in value:
            return value
        return _QP_RUN.sub(lambda m: _text(binascii.unhexlify(m.group().replace("=", "")), charset), value)
    if encoding in ("b", "base64"):
        try:
            return _text(base64.b64decode("".join(value.split()), validate=True), charset)
        except (binascii.Error, ValueError):
            return value
    return value


def _text(data: bytes, charset: str) -> str:
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
