"""Records to vCard 3.0 or 4.0 through vobject (escaping and folding are its job). Photos are written
here (a 4.0 data: URI must not be escaped as text). Our own fields travel as X-COMMONS-* properties, so
a vCard export imports back into equal records."""

from __future__ import annotations

import base64
from collections.abc import Callable
from urllib.parse import quote

import vobject

from ..core.errors import InvalidInput
from ..core.model import Organisation, Person
from .collect import Collected

_PHONE_TYPES = {"mobile": "cell", "home": "home", "work": "work", "other": "other"}


def _add(card, name: str, value, types: list[str] | None = None, **params: str):
    prop = card.add(name)
    prop.value = value
    if types:
        prop.params["TYPE"] = types
    for k, v in params.items():
        prop.params[k.upper().replace("_", "-")] = [v]
    return prop


def _contacts(card, rec: Person | Organisation, v3: bool) -> None:
    for e in rec.emails:
        _add(card, "email", e.address, ["internet", e.kind] if v3 else [e.kind])
    for p in rec.phones:
        _add(card, "tel", p.number, [_PHONE_TYPES.get(p.kind, p.kind)] + (["voice"] if v3 else []))
    for a in rec.addresses:
        _add(card, "adr", vobject.vcard.Address(street=a.street, city=a.city, region=a.region, code=a.postcode,
                                                country=a.country), [a.kind])


def _common(card, rec: Person | Organisation, v3: bool) -> None:
    _add(card, "uid", f"urn:uuid:{rec.id}" if rec.id else "")
    if rec.notes:
        _add(card, "note", rec.notes)
    if rec.tags:
        _add(card, "categories", list(rec.tags))
    for key, value in sorted(rec.custom.items()):
        _add(card, "x-commons-custom", value, x_key=quote(key, safe=""))


def person_card(p: Person, version: str, orgs: list[tuple[str, str]]) -> vobject.base.Component:
    v3 = version == "3.0"
    card = vobject.vCard()
    _add(card, "version", version)
    if not v3:
        _add(card, "kind", "individual")
    _add(card, "fn", p.display_name)
    _add(card, "n", vobject.vcard.Name(family=p.family, given=p.given))
    _contacts(card, p, v3)
    if p.birth_date:
        _add(card, "bday", p.birth_date.isoformat())
    for lang in p.languages:
        _add(card, "x-commons-lang" if v3 else "lang", lang)
    for c in p.consents:
        params = {"x_given": c.given_on.isoformat()} if c.given_on else {}
        if c.until:
            params["x_until"] = c.until.isoformat()
        _add(card, "x-commons-consent", c.what, **params)
    for name, kind in orgs:
        _add(card, "org", [name], x_commons_kind=kind)
    _common(card, p, v3)
    return card


def organisation_card(o: Organisation, version: str) -> vobject.base.Component:
    v3 = version == "3.0"
    card = vobject.vCard()
    _add(card, "version", version)
    if v3:
        _add(card, "x-abshowas", "COMPANY")
        _add(card, "x-commons-kind", "org")
        _add(card, "n", vobject.vcard.Name())
    else:
        _add(card, "kind", "org")
    _add(card, "fn", o.name)
    _add(card, "org", [o.name])
    if o.kind:
        _add(card, "x-commons-org-kind", o.kind)
    if o.website:
        _add(card, "url", o.website)
    _contacts(card, o, v3)
    _common(card, o, v3)
    return card


def _fold(line: str) -> str:
    """RFC 6350 folding at 75 octets (base64 is ASCII, so characters are octets here)."""
    return "\r\n ".join(line[i:i + 74] for i in range(0, len(line), 74))


def _with_photo(text: str, media_type: str, content: bytes, v3: bool) -> str:
    data = base64.b64encode(content).decode("ascii")
    if v3:
        line = f"PHOTO;ENCODING=b;TYPE={media_type.split('/')[-1].upper()}:{data}"
    else:
        line = f"PHOTO:data:{media_type};base64,{data}"
    end = text.rstrip("\r\n").rfind("END:VCARD")
    return text[:end] + _fold(line) + "\r\n" + text[end:]


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
        text = card.serialize()
        if rec.id in photos and content is not None:
            doc_id, media = photos[rec.id]
            text = _with_photo(text, media, content(doc_id), v3)
        out.append(text)
    return "".join(out).encode("utf-8")
