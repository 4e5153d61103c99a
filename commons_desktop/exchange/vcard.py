"""vCard 3.0 / 4.0 (and the 2.1 that old phones write) to records: people and organisations (KIND, ORG),
several EMAIL/TEL/ADR with their types, folded and quoted-printable lines, photos kept as documents, and the
links between the cards of a file (ORG and RELATED, with their kind, role and dates). vcard_lines splits, unfolds
and bounds the file; vcard_values reads each property line. Text values keep their commas (see vcard_values);
docs/vcard-format.md says what each record field becomes."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import unquote

from ..core import dates
from ..core.errors import InvalidField
from ..core.ids import is_uuid
from ..core.model import Address, Consent, Email, Organisation, Person, Phone, Relationship
from .incoming import Batch, Incoming, IncomingDocument, IncomingLink
from .limits import DEFAULT, Limits
from .notes import Note, NoteCode
from .textio import decode
from .vcard_lines import RawCard, split_cards
from .vcard_values import Prop, parse
from .vcard_write import STANDARD_CUSTOM, write_cards, write_cards_to  # noqa: F401 - the module's writing half

_BEGIN = re.compile(rb"^BEGIN:VCARD", re.IGNORECASE | re.MULTILINE)
_PHONE_KINDS = {"cell": "mobile", "mobile": "mobile", "iphone": "mobile", "home": "home", "work": "work",
                "other": "other"}
_EMAIL_KINDS = {"home": "home", "work": "work", "other": "other", "mobile": "mobile"}
_ORG_MARKERS = {"org", "organization", "organisation", "company"}
_SKIPPED = {"BEGIN", "END", "VERSION"}
# RFC 6350 RELATED types another tool may write, as the kind of link they are (the others have none)
_RELATED_TYPES = {"co-resident": "household", "spouse": "household", "child": "household", "parent": "household",
                  "sibling": "household", "agent": "contact_for", "emergency": "contact_for"}


def read_batch(data: bytes, limits: Limits = DEFAULT) -> Batch:
    from .errors import UnreadableFile
    if len(data) > limits.file_bytes:
        raise UnreadableFile(f"file is {len(data):,} bytes, over the limit of {limits.file_bytes:,}")
    for n, begin in enumerate(_BEGIN.finditer(data)):  # too many cards: refused before the text is decoded
        if n == limits.rows:
            from .errors import OverLimit
            raise OverLimit("rows", limits.rows, data.count(b"\n", 0, begin.start()) + 1)
    text, _ = decode(data)
    cards, notes = split_cards(text, limits)
    batch = Batch(notes=notes)
    if not cards:
        raise UnreadableFile("no vCard found (no BEGIN:VCARD line)")
    read: list[tuple[Incoming, list[_Link]]] = []
    for raw in cards:
        batch.notes += [Note(code, line=raw.line, **params) for code, params in raw.notes[:3]]
        if raw.error:
            batch.errors.append((raw.line, raw.error))
            continue
        try:
            item, links = _card(raw)
        except Exception as exc:  # noqa: BLE001 - hostile input raises many kinds; each is one row error
            batch.errors.append((raw.line, f"not a readable vCard ({type(exc).__name__}: {str(exc)[:120]})"))
            continue
        batch.items.append(item)
        read.append((item, links))
        for n, photo in enumerate(raw.photos[:1]):
            ext = photo.media_type.split("/")[-1].replace("jpeg", "jpg")
            batch.documents.append(IncomingDocument(f"{item.key}#photo{n}", "Photo", f"photo.{ext}",
                                                    photo.media_type, photo.content, [item.key], [], raw.line))
    _link(batch, read)
    return batch


class _Link:
    """An ORG or RELATED property of a person's card: a link to another card of the file, by its UID."""

    __slots__ = ("prop", "target", "kind", "role", "start", "end", "id", "name")

    def __init__(self, prop: Prop, target: str, kind: str, role: str, name: str = ""):
        self.prop, self.target, self.kind, self.role, self.name = prop, target, kind, role, name
        self.start, self.end = _bday(_param(prop, "X-COMMONS-START")), _bday(_param(prop, "X-COMMONS-END"))
        rel_id = _param(prop, "X-COMMONS-ID").lower()
        self.id = rel_id if is_uuid(rel_id) else ""


def _param(prop: Prop, name: str) -> str:
    """One of our own parameters (percent-encoded, see vcard_write)."""
    return unquote(prop.param(name))


def _uid(value: str) -> str:
    value = value.strip().lower().removeprefix("urn:uuid:")
    return value if is_uuid(value) else ""


def _kind(types: list[str], table: dict[str, str], default: str) -> str:
    for t in types:
        if t in table:
            return table[t]
    return default


def _bday(value: str) -> date | None:
    """A vCard date (BDAY, a consent's X-GIVEN/X-UNTIL) read by core.dates: 1962-07-14, 19620714, with or
    without a time; None for what is not a whole date ('--0714', a birthday without a year: see _card)."""
    try:
        return dates.read(value, "date", past=True)
    except InvalidField:
        return None


def _card(raw: RawCard) -> tuple[Incoming, list[_Link]]:
    props: dict[str, list[Prop]] = {}
    for line in raw.lines:
        prop = parse(line)
        if prop.name not in _SKIPPED:
            props.setdefault(prop.name, []).append(prop)

    def first(name: str) -> str:
        return props[name][0].text().strip() if name in props else ""

    kinds = {first("KIND").lower(), first("X-ABSHOWAS").lower(), first("X-COMMONS-KIND").lower()}
    orgs = props.get("ORG", [])
    emails = [Email(p.text().strip(), _kind(p.types(), _EMAIL_KINDS, "home")) for p in props.get("EMAIL", [])]
    phones = [Phone(re.sub(r"^tel:", "", p.text().strip(), flags=re.IGNORECASE),
                    _kind(p.types(), _PHONE_KINDS, "mobile")) for p in props.get("TEL", [])]
    addresses = [_address(p) for p in props.get("ADR", [])]
    custom = {_param(p, "X-KEY"): p.text() for p in props.get("X-COMMONS-CUSTOM", []) if p.param("X-KEY")}
    notes = "\n".join(p.text() for p in props.get("NOTE", []))
    uid = _uid(first("UID"))
    tags = [t for p in props.get("CATEGORIES", []) for t in p.items()]
    url = first("URL")
    if kinds & _ORG_MARKERS:
        name = orgs[0].parts()[0].strip() if orgs else first("FN")
        org = Organisation(name=name, kind=first("X-COMMONS-ORG-KIND"), website=url, emails=emails, phones=phones,
                           addresses=addresses, notes=notes, custom=custom)
        return Incoming(raw.line, org, source_id=uid, tags=tags), []
    given, family = _names(props, first("FN"))
    if url:
        custom.setdefault("website", url)
    links, org_groups = _links(props)
    for key, name in STANDARD_CUSTOM.items():  # TITLE, ROLE, NICKNAME (URL is above)
        if name == "URL":
            continue
        # a TITLE or ROLE of its own (not the role of an ORG of its group); a NICKNAME's names, one after the other
        found = [p for p in props.get(name, []) if not (name == "ROLE" and p.group in org_groups)]
        value = (", ".join(found[0].items()) if name == "NICKNAME" else found[0].text().strip()) if found else ""
        if value:
            custom.setdefault(key, value)
    langs = [p.text().strip() for p in props.get("LANG", []) + props.get("X-COMMONS-LANG", [])]
    consents = [Consent(p.text(), _bday(p.param("X-GIVEN")), _bday(p.param("X-UNTIL")))
                for p in props.get("X-COMMONS-CONSENT", [])]
    if first("BDAY") and (no_year := dates.month_day(first("BDAY"))):
        custom.setdefault(dates.NO_YEAR_FIELD, no_year)  # kept as the CSV import keeps it, not dropped
    person = Person(given=given, family=family, emails=emails, phones=phones, addresses=addresses,
                    birth_date=_bday(first("BDAY")), languages=[x for x in langs if x], notes=notes,
                    consents=consents, custom=custom, member_number=first("X-COMMONS-MEMBER-NUMBER"))
    item = Incoming(raw.line, person, source_id=uid, tags=tags)
    return item, links


def _links(props: dict[str, list[Prop]]) -> tuple[list[_Link], set[str]]:
    """The person's links (its ORG properties, then its RELATED ones), and the groups that hold an ORG: a ROLE in
    such a group is the role of that link ('rel1.ORG' and 'rel1.ROLE'), not the person's own."""
    org_groups = {p.group for p in props.get("ORG", []) if p.group}
    roles: dict[str, str] = {}
    for p in props.get("ROLE", []):
        if p.group in org_groups:
            roles.setdefault(p.group, p.text().strip())
    links = [_Link(p, _uid(_param(p, "X-COMMONS-ORG")), _param(p, "X-COMMONS-KIND") or "works_at",
                   roles.get(p.group, "") if p.group else "", p.parts()[0].strip()) for p in props.get("ORG", [])]
    for p in props.get("RELATED", []) + props.get("X-COMMONS-RELATED", []):
        kind = _param(p, "X-COMMONS-KIND") or _kind(p.types(), _RELATED_TYPES, "")
        links.append(_Link(p, _uid(p.text()), kind, _param(p, "X-COMMONS-ROLE")))
    return links, org_groups


def _link(batch: Batch, read: list[tuple[Incoming, list[_Link]]]) -> None:
    """Each person's links to the cards of this file, as relationships between their keys. An ORG whose card is
    not in the file links by name (the organisation is found or created by the planner, as for any vCard); a
    RELATED whose card is not in the file (or that names no card) cannot be kept: the notes say how many."""
    cards = {item.source_id: item for item, _ in read if item.source_id}
    unresolved = undated = 0
    for item, links in read:
        by_name = False
        for link in links:
            target = cards.get(link.target) if link.target else None
            if target is not None and target is not item and link.kind and \
                    (link.prop.name == "ORG") == (target.entity == "organisation"):
                batch.links.append(IncomingLink(item.line, Relationship(
                    link.kind, item.key, target.key, target.entity, link.role, link.start, link.end, link.id)))
            elif link.prop.name == "ORG" and not by_name and link.name:
                item.organisation, item.organisation_kind, by_name = link.name, link.kind, True
                if link.role:  # (a link by name has no role: the ROLE of its group stays the person's own)
                    item.record.custom.setdefault("role", link.role)
                undated += bool(link.start or link.end)
            else:
                unresolved += 1
    if unresolved:
        batch.notes.append(Note(NoteCode.UNRESOLVED_LINKS, count=unresolved))
    if undated:
        batch.notes.append(Note(NoteCode.LINKS_BY_NAME, count=undated))


def _names(props: dict[str, list[Prop]], fn: str) -> tuple[str, str]:
    if "N" in props:
        n = props["N"][0].part_items() + [[]] * 5
        given = " ".join(n[1] + n[2]).strip()
        family = " ".join(n[0]).strip()
        if given or family:
            return given, family
    from .csv_people import split_name
    return split_name(fn) if fn else ("", "")


def _address(p: Prop) -> Address:
    """ADR: post office box, extended address and street are the street's lines; no component is split on commas
    (producers write '3, rue des Lilas' unescaped)."""
    parts = [x.strip() for x in p.parts()] + [""] * 7
    street = "\n".join(x for x in parts[:3] if x)
    return Address(street=street, postcode=parts[5], city=parts[3], region=parts[4], country=parts[6],
                   kind=_kind(p.types(), _EMAIL_KINDS, "home"))
