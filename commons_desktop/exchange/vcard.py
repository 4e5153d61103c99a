"""vCard 3.0 / 4.0 (and the 2.1 that old phones write) to records: people and organisations (KIND, ORG),
several EMAIL/TEL/ADR with their types, folded and quoted-printable lines, photos kept as documents.
Parsing is vobject's, one card at a time, after vcard_lines has split, unfolded and bounded the file."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import unquote

import vobject

from ..core import dates
from ..core.errors import InvalidField
from ..core.ids import is_uuid
from ..core.model import Address, Consent, Email, Organisation, Person, Phone
from .incoming import Batch, Incoming, IncomingDocument
from .limits import DEFAULT, Limits
from .textio import decode
from .vcard_lines import RawCard, split_cards
from .vcard_write import write_cards  # noqa: F401 - the module's writing half

_PHONE_KINDS = {"cell": "mobile", "mobile": "mobile", "iphone": "mobile", "home": "home", "work": "work",
                "other": "other"}
_EMAIL_KINDS = {"home": "home", "work": "work", "other": "other", "mobile": "mobile"}
_ORG_MARKERS = {"org", "organization", "organisation", "company"}


def read_batch(data: bytes, limits: Limits = DEFAULT) -> Batch:
    from .errors import UnreadableFile
    if len(data) > limits.file_bytes:
        raise UnreadableFile(f"file is {len(data):,} bytes, over the limit of {limits.file_bytes:,}")
    text, _ = decode(data)
    cards, notes = split_cards(text, limits)
    batch = Batch(notes=notes)
    if not cards:
        raise UnreadableFile("no vCard found (no BEGIN:VCARD line)")
    dropped = 0
    for raw in cards:
        dropped += len(raw.notes)
        batch.notes += [f"line {raw.line}: {n}" for n in raw.notes[:3]]
        if raw.error:
            batch.errors.append((raw.line, raw.error))
            continue
        try:
            item = _card(raw)
        except Exception as exc:  # noqa: BLE001 - vobject raises many kinds on hostile input; each is one row error
            batch.errors.append((raw.line, f"not a readable vCard ({type(exc).__name__}: {str(exc)[:120]})"))
            continue
        batch.items.append(item)
        for n, photo in enumerate(raw.photos[:1]):
            ext = photo.media_type.split("/")[-1].replace("jpeg", "jpg")
            batch.documents.append(IncomingDocument(f"{item.key}#photo{n}", "Photo", f"photo.{ext}",
                                                    photo.media_type, photo.content, [item.key], [], raw.line))
    return batch


def _types(prop) -> list[str]:
    out: list[str] = []
    for v in prop.params.get("TYPE", []):
        out += [x.strip().lower() for x in v.split(",") if x.strip()]
    out += [x.lower() for x in getattr(prop, "singletonparams", [])]
    return out


def _kind(types: list[str], table: dict[str, str], default: str) -> str:
    for t in types:
        if t in table:
            return table[t]
    return default


def _text(value) -> str:
    if isinstance(value, list):
        return " ".join(str(x) for x in value if x)
    return str(value or "")


def _bday(value: str) -> date | None:
    """A vCard date (BDAY, a consent's X-GIVEN/X-UNTIL) read by core.dates: 1962-07-14, 19620714, with or
    without a time; None for what is not a whole date ('--0714', a birthday without a year: see _card)."""
    try:
        return dates.read(value, "date", past=True)
    except InvalidField:
        return None


def _card(raw: RawCard) -> Incoming:
    card = vobject.readOne(raw.text)
    props: dict[str, list] = {}
    for child in card.getChildren():
        props.setdefault(child.name.upper(), []).append(child)

    def first(name: str) -> str:
        return _text(props[name][0].value).strip() if name in props else ""

    kinds = {first("KIND").lower(), first("X-ABSHOWAS").lower(), first("X-COMMONS-KIND").lower()}
    orgs = [p for p in props.get("ORG", [])]
    emails = [Email(_text(p.value).strip(), _kind(_types(p), _EMAIL_KINDS, "home")) for p in props.get("EMAIL", [])]
    phones = [Phone(re.sub(r"^tel:", "", _text(p.value).strip(), flags=re.IGNORECASE),
                    _kind(_types(p), _PHONE_KINDS, "mobile")) for p in props.get("TEL", [])]
    addresses = [_address(p) for p in props.get("ADR", [])]
    custom = {unquote(p.params.get("X-KEY", [""])[0]): _text(p.value) for p in props.get("X-COMMONS-CUSTOM", [])
              if p.params.get("X-KEY")}
    notes = "\n".join(_text(p.value) for p in props.get("NOTE", []))
    uid = first("UID").lower().removeprefix("urn:uuid:")
    tags = [t.strip() for p in props.get("CATEGORIES", []) for t in (p.value if isinstance(p.value, list)
                                                                      else [p.value]) if str(t).strip()]
    url = first("URL")
    if kinds & _ORG_MARKERS:
        name = _org_name(orgs[0]) if orgs else first("FN")
        org = Organisation(name=name, kind=first("X-COMMONS-ORG-KIND"), website=url, emails=emails, phones=phones,
                           addresses=addresses, notes=notes, custom=custom)
        return Incoming(raw.line, org, source_id=uid if is_uuid(uid) else "", tags=tags)
    given, family = _names(props, first("FN"))
    if url:
        custom.setdefault("website", url)
    for name, key in (("TITLE", "title"), ("ROLE", "role"), ("NICKNAME", "pseudo")):
        if first(name):
            custom.setdefault(key, first(name))
    langs = [_text(p.value).strip() for p in props.get("LANG", []) + props.get("X-COMMONS-LANG", [])]
    consents = [Consent(_text(p.value), _bday(p.params.get("X-GIVEN", [""])[0]), _bday(p.params.get("X-UNTIL",
                                                                                                    [""])[0]))
                for p in props.get("X-COMMONS-CONSENT", [])]
    if first("BDAY") and (no_year := dates.month_day(first("BDAY"))):
        custom.setdefault(dates.NO_YEAR_FIELD, no_year)  # kept as the CSV import keeps it, not dropped
    person = Person(given=given, family=family, emails=emails, phones=phones, addresses=addresses,
                    birth_date=_bday(first("BDAY")), languages=[x for x in langs if x], notes=notes,
                    consents=consents, custom=custom)
    item = Incoming(raw.line, person, source_id=uid if is_uuid(uid) else "", tags=tags)
    if orgs:
        item.organisation = _org_name(orgs[0])
        item.organisation_kind = orgs[0].params.get("X-COMMONS-KIND", ["works_at"])[0]
    return item


def _org_name(prop) -> str:
    value = prop.value
    return (str(value[0]) if isinstance(value, list) and value else _text(value)).strip()


def _names(props: dict[str, list], fn: str) -> tuple[str, str]:
    if "N" in props:
        n = props["N"][0].value
        given = " ".join(x for x in (_text(n.given), _text(n.additional)) if x).strip()
        family = _text(n.family).strip()
        if given or family:
            return given, family
    from .csv_people import split_name
    return split_name(fn) if fn else ("", "")


def _address(p) -> Address:
    a = p.value
    street = ", ".join(x for x in (_text(a.box), _text(a.extended), _text(a.street)) if x.strip())
    return Address(street=street, postcode=_text(a.code), city=_text(a.city), region=_text(a.region),
                   country=_text(a.country), kind=_kind(_types(p), _EMAIL_KINDS, "home"))
