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
    """The value of one of our X-COMMONS-* parameters: percent-encoded (any text survives every parser)."""
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
    __slots__ = ("lines",)

    def __init__(self, version: str):
        self.lines = ["BEGIN:VCARD\r\n", f"VERSION:{version}\r\n"]

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


def _contacts(card: Card, rec: Person | Organisation, v3: bool) -> None:
    put = card.put
    for e in rec.emails:
        put(_head("email", ("internet", e.kind) if v3 else (e.kind,), ""), text(e.address))
    for p in rec.phones:
        kind = _PHONE_TYPES.get(p.kind, p.kind)
        put(_head("tel", (kind, "voice") if v3 else (kind,), ""), text(p.number))
    for a in rec.addresses:
        put(_head("adr", (a.kind,), ""), structured(("", "", a.street, a.city, a.region, a.postcode, a.country)))


def _common(card: Card, rec: Person | Organisation) -> None:
    if rec.id:
        card.put("UID", f"urn:uuid:{rec.id}")
    if rec.notes:
        card.put("NOTE", text(rec.notes))
    if rec.tags:
        card.put("CATEGORIES", ",".join([text(t) for t in rec.tags]))
    for key, value in sorted(rec.custom.items()) if rec.custom else ():
        standard = STANDARD_CUSTOM.get(key) if isinstance(rec, Person) and value else None
        if standard == "URL":
            card.add("url", uri(value))
        elif standard:
            card.add(standard, text(value))
        else:
            card.add("x-commons-custom", text(value), x_key=ours(key))


def person_card(p: Person, version: str, links: list[tuple[Relationship, str]] = ()) -> Card:
    """A person's card; ``links``: their relationships to the other cards of the file, each with the organisation's
    name ('' for a person)."""
    v3 = version == "3.0"
    card = Card(version)
    put = card.put
    if not v3:
        put("KIND", "individual")
    put("FN", text(p.display_name))
    put("N", structured((p.family, p.given, "", "", "")))
    _contacts(card, p, v3)
    if p.birth_date:
        put("BDAY", p.birth_date.isoformat())
    if p.member_number:  # (no standard property: docs/vcard.md)
        put("X-COMMONS-MEMBER-NUMBER", text(p.member_number))
    for lang in p.languages:
        put("X-COMMONS-LANG" if v3 else "LANG", text(lang))
    for c in p.consents:  # (add()'s line: dates need no quotes)
        head = "X-COMMONS-CONSENT;X-GIVEN=" + c.given_on.isoformat() if c.given_on else "X-COMMONS-CONSENT"
        put(head + ";X-UNTIL=" + c.until.isoformat() if c.until else head, text(c.what))
    for n, (r, org_name) in enumerate(links, 1):
        params = {"x_commons_kind": ours(r.kind)}
        for key, value in (("x_commons_start", r.start), ("x_commons_end", r.end)):
            if value:
                params[key] = value.isoformat()
        if r.id:
            params["x_commons_id"] = ours(r.id)
        if org_name:  # an organisation: ORG (what other tools show) and the link's role in its group
            card.add("org", structured([org_name]), group=f"rel{n}", x_commons_org=ours(r.to_id), **params)
            if r.role:
                card.add("role", text(r.role), group=f"rel{n}")
        else:
            if r.role:
                params["x_commons_role"] = ours(r.role)
            card.add("x-commons-related" if v3 else "related", f"urn:uuid:{r.to_id}",
                     None if v3 else [RELATED_KINDS.get(r.kind, "contact")], **params)
    _common(card, p)
    return card


def organisation_card(o: Organisation, version: str) -> Card:
    v3 = version == "3.0"
    card = Card(version)
    if v3:
        card.add("x-abshowas", "COMPANY")
        card.add("x-commons-kind", "org")
        card.add("n", ";;;;")
    else:
        card.add("kind", "org")
    card.add("fn", text(o.name))
    card.add("org", structured([o.name]))
    if o.kind:
        card.add("x-commons-org-kind", text(o.kind))
    if o.website:
        card.add("url", uri(o.website))
    _contacts(card, o, v3)
    _common(card, o)
    return card


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
