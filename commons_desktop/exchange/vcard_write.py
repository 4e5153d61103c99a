"""Records to vCard 3.0 or 4.0 text (RFC 2426 / RFC 6350): escaping, parameters and folding at 75 octets
written here directly; vcard.py reads the result back, and the round-trip tests hold the two together. What
other address books know travels as their standard properties (TITLE, ROLE, NICKNAME, ORG with its ROLE in one
group, RELATED in 4.0); the rest as X-COMMONS-* properties and parameters, which other tools ignore, so a vCard
export imports back into equal records (docs/vcard-format.md lists every field)."""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache
from typing import BinaryIO
from urllib.parse import quote

from ..core.errors import InvalidInput
from ..core.model import Organisation, Person, Relationship
from .collect import Collected

_PHONE_TYPES = {"mobile": "cell", "home": "home", "work": "work", "other": "other"}
# custom fields written as the standard property other address books show (and read back into the same field)
STANDARD_CUSTOM = {"title": "TITLE", "role": "ROLE", "pseudo": "NICKNAME", "website": "URL"}
# a person-to-person link's kind as an RFC 6350 RELATED type (vCard 4.0); X-COMMONS-KIND says it exactly
RELATED_KINDS = {"household": "co-resident", "contact_for": "agent", "member_of": "contact", "works_at": "co-worker"}


def text(value: str) -> str:
    """A text value escaped (backslash, line break, comma, semicolon; carriage returns dropped). Replaced one after
    the other, backslashes first: what str.translate does at once, four times faster; and only when the value holds
    one of them (most values hold none: five ``in`` tests cost less than five replacements)."""
    if "\\" in value or "\n" in value or "," in value or ";" in value or "\r" in value:
        value = value.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
        return value.replace("\r", "")
    return value


def uri(value: str) -> str:
    """A URI value (URL): written as it is, but for its backslashes (read back as text escapes)."""
    return value.replace("\\", "\\\\")


_UNQUOTED = re.compile(r"[A-Za-z0-9_.~-]*").fullmatch  # what quote() leaves as it is (ids, kinds, most keys)


def ours(value: str) -> str:
    """The value of one of our X-COMMONS-* parameters: percent-encoded (any text survives every parser; nothing
    left that a parameter value quotes: no ``_param`` needed)."""
    return value if _UNQUOTED(value) else quote(value, safe="")


def structured(parts: Iterable[str]) -> str:
    return ";".join([text(p) if p else "" for p in parts])


def _param(value: str) -> str:
    return f'"{value}"' if ":" in value or ";" in value or "," in value else value


def fold(line: str) -> str:
    """Lines of at most 75 octets, never splitting a UTF-8 character; continuation lines start with a space."""
    ascii = line.isascii()  # (an ASCII line's characters are its octets)
    if len(line) <= 18 or (ascii and len(line) <= 75):  # 18 characters are at most 72 octets
        return line + "\r\n"
    if ascii:
        return "\r\n ".join([line[:75], *(line[n:n + 74] for n in range(75, len(line), 74))]) + "\r\n"
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    out, start, limit, size = [], 0, 75, len(data)
    while start < size:
        end = min(start + limit, size)
        while end < size and 0x80 <= data[end] < 0xC0:  # not inside a character: back to where it starts
            end -= 1
        out.append(data[start:end].decode("utf-8"))
        start, limit = end, 74
    return "\r\n ".join(out) + "\r\n"


@lru_cache(maxsize=1024)
def _head(name: str, types: tuple[str, ...], group: str) -> str:
    """A property's name with its group and types (a few hundred distinct ones in a file: each made once)."""
    head = f"{group}.{name.upper()}" if group else name.upper()
    if types:
        head += ";TYPE=" + ",".join(_param(t) for t in types)
    return head


class Card:
    """A card's property lines, each ended by CRLF and folded (``fold``), BEGIN and VERSION first; ``text()``
    ends it."""
    __slots__ = ("lines",)

    def __init__(self, version: str, lines: list[str] | None = None):
        self.lines = ["BEGIN:VCARD\r\n", f"VERSION:{version}\r\n"]
        if lines:
            self.lines += fitted(lines)

    def add(self, name: str, value: str, types: list[str] | tuple[str, ...] | None = None, group: str = "",
            **params: str) -> None:
        head = _head(name, tuple(types) if types else (), group)
        if params:
            for k, v in params.items():
                head += f";{k.upper().replace('_', '-')}={_param(v)}"
        self.put(head, value)

    def put(self, head: str, value: str) -> None:
        """A property line of a head already made (``_head``'s) and its value (a short ASCII line: as it is)."""
        line = f"{head}:{value}"
        self.lines.append(line + "\r\n" if len(line) <= 75 and line.isascii() else fold(line))

    def text(self) -> str:
        return "".join(self.lines) + "END:VCARD\r\n"


def fitted(lines: list[str]) -> list[str]:
    """Property lines as a card holds them: ``fold``'s, its usual cases (a short line: as it is) without a call."""
    return [line + "\r\n" if len(line) <= 75 and (line.isascii() or len(line) <= 18 or len(line.encode()) <= 75)
            else fold(line) for line in lines]


# the heads of the contact properties by type, made once each (``_head``'s): vCard 4.0's, then 3.0's
_EMAIL_HEADS: tuple[dict[str, str], dict[str, str]] = ({}, {})
_TEL_HEADS: tuple[dict[str, str], dict[str, str]] = ({}, {})
_ADR_HEADS: dict[str, str] = {}


def _typed(heads: dict[str, str], kind: str, name: str, types: tuple[str, ...]) -> str:
    if len(heads) > 1024:  # (a vault's own kinds are a handful; any others are not all kept)
        heads.clear()
    head = heads[kind] = _head(name, types, "")
    return head


def _contacts(lines: list[str], rec: Person | Organisation, v3: bool) -> None:
    if rec.emails:
        heads = _EMAIL_HEADS[v3]
        for e in rec.emails:
            kind = e.kind
            head = heads.get(kind) or _typed(heads, kind, "email", ("internet", kind) if v3 else (kind,))
            lines.append(f"{head}:{text(e.address)}")
    if rec.phones:
        heads = _TEL_HEADS[v3]
        for p in rec.phones:
            kind = p.kind
            head = heads.get(kind)
            if head is None:
                kind = _PHONE_TYPES.get(kind, kind)
                head = _typed(heads, p.kind, "tel", (kind, "voice") if v3 else (kind,))
            lines.append(f"{head}:{text(p.number)}")
    if rec.addresses:
        heads = _ADR_HEADS
        for a in rec.addresses:
            kind = a.kind
            head = heads.get(kind) or _typed(heads, kind, "adr", (kind,))
            lines.append(f"{head}:;;{text(a.street) if a.street else ''};{text(a.city) if a.city else ''};"
                         f"{text(a.region) if a.region else ''};{text(a.postcode) if a.postcode else ''};"
                         f"{text(a.country) if a.country else ''}")


def _common(lines: list[str], rec: Person | Organisation, person: bool) -> None:
    if rec.id:
        lines.append(f"UID:urn:uuid:{rec.id}")
    if rec.notes:
        lines.append(f"NOTE:{text(rec.notes)}")
    if rec.tags:
        lines.append("CATEGORIES:" + ",".join([text(t) for t in rec.tags]))
    for key, value in sorted(rec.custom.items()) if rec.custom else ():
        standard = STANDARD_CUSTOM.get(key) if person and value else None
        if standard == "URL":
            lines.append(f"URL:{uri(value)}")
        elif standard:
            lines.append(f"{standard}:{text(value)}")
        else:
            lines.append(f"X-COMMONS-CUSTOM;X-KEY={ours(key)}:{text(value)}")


def _links(lines: list[str], links: list[tuple[Relationship, str]], v3: bool) -> None:
    """A person's links (``person_card``'s) as property lines: an organisation's ORG with the link's ROLE in one
    group, a person's RELATED (X-COMMONS-RELATED in 3.0); their kind, dates and id as our parameters."""
    for n, (r, org_name) in enumerate(links, 1):
        # (``ours`` leaves no character a parameter value quotes, nor does a date's ISO text: no ``_param``)
        params = f";X-COMMONS-KIND={ours(r.kind)}"
        if r.start:
            params += f";X-COMMONS-START={r.start.isoformat()}"
        if r.end:
            params += f";X-COMMONS-END={r.end.isoformat()}"
        if r.id:
            params += f";X-COMMONS-ID={ours(r.id)}"
        if org_name:  # an organisation: ORG (what other tools show) and the link's role in its group
            lines.append(f"rel{n}.ORG;X-COMMONS-ORG={ours(r.to_id)}{params}:{text(org_name)}")
            if r.role:
                lines.append(f"rel{n}.ROLE:{text(r.role)}")
        else:
            if r.role:
                params += f";X-COMMONS-ROLE={ours(r.role)}"
            head = "X-COMMONS-RELATED" if v3 else _head("related", (RELATED_KINDS.get(r.kind, "contact"),), "")
            lines.append(f"{head}{params}:urn:uuid:{r.to_id}")


def person_card(p: Person, version: str, links: list[tuple[Relationship, str]] = ()) -> Card:
    """A person's card; ``links``: their relationships to the other cards of the file, each with the organisation's
    name ('' for a person). Its lines made as text, then folded at once (``fitted``)."""
    v3 = version == "3.0"
    given, family = p.given, p.family
    name = f"N:{text(family) if family else ''};{text(given) if given else ''};;;"
    lines = [f"FN:{text(p.display_name)}", name] if v3 else ["KIND:individual", f"FN:{text(p.display_name)}", name]
    _contacts(lines, p, v3)
    if p.birth_date:
        lines.append(f"BDAY:{p.birth_date.isoformat()}")
    if p.member_number:  # (no standard property: docs/vcard.md)
        lines.append(f"X-COMMONS-MEMBER-NUMBER:{text(p.member_number)}")
    if p.languages:
        head = "X-COMMONS-LANG:" if v3 else "LANG:"
        lines += [head + text(lang) for lang in p.languages]
    for c in p.consents:  # (dates need no quotes)
        head = "X-COMMONS-CONSENT;X-GIVEN=" + c.given_on.isoformat() if c.given_on else "X-COMMONS-CONSENT"
        lines.append(f"{head};X-UNTIL={c.until.isoformat()}:{text(c.what)}" if c.until else f"{head}:{text(c.what)}")
    if links:
        _links(lines, links, v3)
    _common(lines, p, True)
    return Card(version, lines)


def organisation_card(o: Organisation, version: str) -> Card:
    v3 = version == "3.0"
    name = text(o.name)
    lines = ["X-ABSHOWAS:COMPANY", "X-COMMONS-KIND:org", "N:;;;;"] if v3 else ["KIND:org"]
    lines += [f"FN:{name}", f"ORG:{name}"]
    if o.kind:
        lines.append(f"X-COMMONS-ORG-KIND:{text(o.kind)}")
    if o.website:
        lines.append(f"URL:{uri(o.website)}")
    _contacts(lines, o, v3)
    _common(lines, o, False)
    return Card(version, lines)


def _photo(card: Card, media_type: str, content: bytes, v3: bool) -> None:
    data = base64.b64encode(content).decode("ascii")
    if v3:
        card.add("photo", data, encoding="b", type=media_type.split("/")[-1].upper())
    else:
        card.add("photo", f"data:{media_type};base64,{data}")


def person_links(relationships: Iterable[Relationship], org_names: dict[str, str], people: Collection[str]
                 ) -> dict[str, list[tuple[Relationship, str]]]:
    """Each person's links as ``person_card`` takes them: the relationships whose other end has a card too (an
    organisation of ``org_names``, a person of ``people``), with the organisation's name ('' for a person)."""
    related: dict[str, list[tuple[Relationship, str]]] = {}
    for r in relationships:  # (a relationship leaves only when both its records do: see collect)
        if r.to_id in org_names if r.to_entity == "organisation" else r.to_id in people:
            related.setdefault(r.from_id, []).append((r, org_names.get(r.to_id, "")))
    return related


def write_cards(data: Collected, version: str = "4.0", content: Callable[[str], bytes] | None = None) -> bytes:
    """The vCard file of these records (``write_cards_to`` into memory)."""
    out = io.BytesIO()
    write_cards_to(out, data, version, content)
    return out.getvalue()


_BATCH = 500  # cards made, encoded and written at a time


def write_cards_to(out: BinaryIO, data: Collected, version: str = "4.0",
                   content: Callable[[str], bytes] | None = None) -> None:
    """Write the cards of these records to a binary file as they are made (organisations first, then people; a
    batch of cards in memory at a time; the records may be read as they are written: collect)."""
    if version not in ("3.0", "4.0"):
        raise InvalidInput("vCard version must be 3.0 or 4.0")
    v3 = version == "3.0"
    photos: dict[str, tuple[str, str]] = {}
    for d in data.documents:
        if d.current and d.current.media_type.startswith("image/"):
            for _, ident in d.links:
                photos.setdefault(ident, (d.id, d.current.media_type))
    batch: list[str] = []

    def write(rec, card: Card) -> None:
        if rec.id in photos and content is not None:
            doc_id, media = photos[rec.id]
            _photo(card, media, content(doc_id), v3)
        batch.append(card.text())
        if len(batch) >= _BATCH:
            out.write("".join(batch).encode("utf-8"))
            batch.clear()
    org_names: dict[str, str] = {}
    for org in data.organisations:  # organisations first: people's ORG then finds them
        org_names[org.id] = org.name
        write(org, organisation_card(org, version))
    ids = getattr(data.people, "ids", None)
    people = set(ids() if ids is not None else (p.id for p in data.people))
    related = person_links(data.relationships, org_names, people)
    del people
    for person in data.people:
        write(person, person_card(person, version, related.get(person.id, [])))
    out.write("".join(batch).encode("utf-8"))
