"""Records to vCard 3.0 or 4.0 text (RFC 2426 / RFC 6350): escaping, parameters and folding at 75 octets
written here directly (building vobject components costs ten times more); the importer reads the result
back with vobject, and the round-trip tests hold the two together. Our own fields travel as X-COMMONS-*
properties, so a vCard export imports back into equal records."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable
from urllib.parse import quote

from ..core.errors import InvalidInput
from ..core.model import Organisation, Person
from .collect import Collected

_PHONE_TYPES = {"mobile": "cell", "home": "home", "work": "work", "other": "other"}
_TEXT_ESCAPES = str.maketrans({"\\": "\\\\", "\n": "\\n", ",": "\\,", ";": "\\;", "\r": ""})


def text(value: str) -> str:
    return value.translate(_TEXT_ESCAPES)


def structured(parts: Iterable[str]) -> str:
    return ";".join(text(p or "") for p in parts)


def _param(value: str) -> str:
    return f'"{value}"' if any(c in value for c in ':;,') else value


def fold(line: str) -> str:
    """Lines of at most 75 octets, never splitting a UTF-8 character; continuation lines start with a space."""
    if len(line) <= 18:  # 18 characters are at most 72 octets
        return line + "\r\n"
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


class Card:
    def __init__(self, version: str):
        self.lines = ["BEGIN:VCARD\r\n", f"VERSION:{version}\r\n"]

    def add(self, name: str, value: str, types: list[str] | None = None, **params: str) -> None:
        head = name.upper()
        if types:
            head += ";TYPE=" + ",".join(_param(t) for t in types)
        for k, v in params.items():
            head += f";{k.upper().replace('_', '-')}={_param(v)}"
        self.lines.append(fold(f"{head}:{value}"))

    def text(self) -> str:
        return "".join(self.lines) + "END:VCARD\r\n"


def _contacts(card: Card, rec: Person | Organisation, v3: bool) -> None:
    for e in rec.emails:
        card.add("email", text(e.address), ["internet", e.kind] if v3 else [e.kind])
    for p in rec.phones:
        card.add("tel", text(p.number), [_PHONE_TYPES.get(p.kind, p.kind)] + (["voice"] if v3 else []))
    for a in rec.addresses:
        card.add("adr", structured(("", "", a.street, a.city, a.region, a.postcode, a.country)), [a.kind])


def _common(card: Card, rec: Person | Organisation) -> None:
    if rec.id:
        card.add("uid", f"urn:uuid:{rec.id}")
    if rec.notes:
        card.add("note", text(rec.notes))
    if rec.tags:
        card.add("categories", ",".join(text(t) for t in rec.tags))
    for key, value in sorted(rec.custom.items()):
        card.add("x-commons-custom", text(value), x_key=quote(key, safe=""))


def person_card(p: Person, version: str, orgs: list[tuple[str, str]]) -> Card:
    v3 = version == "3.0"
    card = Card(version)
    if not v3:
        card.add("kind", "individual")
    card.add("fn", text(p.display_name))
    card.add("n", structured((p.family, p.given, "", "", "")))
    _contacts(card, p, v3)
    if p.birth_date:
        card.add("bday", p.birth_date.isoformat())
    for lang in p.languages:
        card.add("x-commons-lang" if v3 else "lang", text(lang))
    for c in p.consents:
        params = {"x_given": c.given_on.isoformat()} if c.given_on else {}
        if c.until:
            params["x_until"] = c.until.isoformat()
        card.add("x-commons-consent", text(c.what), **params)
    for name, kind in orgs:
        card.add("org", structured([name]), x_commons_kind=kind)
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
        card.add("url", o.website)
    _contacts(card, o, v3)
    _common(card, o)
    return card


def _photo(card: Card, media_type: str, content: bytes, v3: bool) -> None:
    data = base64.b64encode(content).decode("ascii")
    if v3:
        card.add("photo", data, encoding="b", type=media_type.split("/")[-1].upper())
    else:
        card.add("photo", f"data:{media_type};base64,{data}")


def write_cards(data: Collected, version: str = "4.0", content: Callable[[str], bytes] | None = None) -> bytes:
    if version not in ("3.0", "4.0"):
        raise InvalidInput("vCard version must be 3.0 or 4.0")
    v3 = version == "3.0"
    org_names = {o.id: o.name for o in data.organisations}
    related: dict[str, list[tuple[str, str]]] = {}
    for r in data.relationships:
        if r.to_entity == "organisation" and r.to_id in org_names:
            related.setdefault(r.from_id, []).append((org_names[r.to_id], r.kind))
    photos: dict[str, tuple[str, str]] = {}
    for d in data.documents:
        if d.current and d.current.media_type.startswith("image/"):
            for _, ident in d.links:
                photos.setdefault(ident, (d.id, d.current.media_type))
    out = []
    for rec in [*data.organisations, *data.people]:  # organisations first: people's ORG then finds them
        card = person_card(rec, version, related.get(rec.id, [])) if isinstance(rec, Person) \
            else organisation_card(rec, version)
        if rec.id in photos and content is not None:
            doc_id, media = photos[rec.id]
            _photo(card, media, content(doc_id), v3)
        out.append(card.text())
    return "".join(out).encode("utf-8")
