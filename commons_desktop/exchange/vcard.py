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
from .as_read import AsRead
from .incoming import Batch, Incoming, IncomingDocument, IncomingLink
from .limits import DEFAULT, Limits
from .notes import Note, NoteCode
from .textio import decode
from .vcard_lines import RawCard, cards
from .vcard_values import Prop, parse_card
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
    _DATES.clear()
    checker, texts = AsRead(), {}
    batch = Batch()
    file_notes: list[str] = []
    read: list[tuple[Incoming, list[_Link]]] = []  # the people with links
    found = 0
    for raw in cards(text, limits, file_notes):  # each card read as it ends: its lines are then dropped
        found += 1
        if raw.notes:
            batch.notes += [Note(code, line=raw.line, **params) for code, params in raw.notes[:3]]
        if raw.error:
            batch.errors.append((raw.line, raw.error))
            continue
        try:
            item, links = _card(raw, checker, texts)
        except Exception as exc:  # noqa: BLE001 - hostile input raises many kinds; each is one row error
            batch.errors.append((raw.line, f"not a readable vCard ({type(exc).__name__}: {str(exc)[:120]})"))
            continue
        batch.items.append(item)
        if links:
            read.append((item, links))
        for n, photo in enumerate(raw.photos[:1] if raw.photos else ()):
            ext = photo.media_type.split("/")[-1].replace("jpeg", "jpg")
            batch.documents.append(IncomingDocument(f"{item.key}#photo{n}", "Photo", f"photo.{ext}",
                                                    photo.media_type, photo.content, [item.key], [], raw.line))
    if not found:
        raise UnreadableFile("no vCard found (no BEGIN:VCARD line)")
    batch.notes[:0] = file_notes
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


_DATES: dict[str, date | None] = {}  # a date's text -> _bday of it (dates repeat from card to card)
_DATES_KEPT = 8192


def _bday(value: str) -> date | None:
    """A vCard date (BDAY, a consent's X-GIVEN/X-UNTIL) read by core.dates: 1962-07-14, 19620714, with or
    without a time; None for what is not a whole date ('--0714', a birthday without a year: see _card). Each text
    is read once per file (read_batch empties what is remembered: a two-digit year's century depends on the day)."""
    if not value:
        return None
    found = _DATES.get(value, False)  # (the same date object for the same text: 100,000 people share a few)
    if found is False:
        found = None
        if len(value) == 10 and value[4] == "-" == value[7]:  # 1962-07-14: what dates.read makes of it
            try:
                found = date.fromisoformat(value)
            except ValueError:  # (other digits than ASCII ones, a day out of range...: dates.read)
                pass
        if found is None:
            try:
                found = dates.read(value, "date", past=True)
            except InvalidField:
                pass
        if len(value) <= 40:
            if len(_DATES) >= _DATES_KEPT:
                _DATES.clear()
            _DATES[value] = found
    return found


_NONE: list = []  # (read only) what a card without a property has of it
_KIND_PROPS = ("KIND", "X-ABSHOWAS", "X-COMMONS-KIND")
_OWN_CUSTOM = [(key, name) for key, name in STANDARD_CUSTOM.items() if name != "URL"]


def _no_tel(number: str) -> str:
    """The number without a 'tel:' in front (a vCard 4.0 URI value)."""
    return number[4:] if number[:4].lower() == "tel:" else number


def _card(raw: RawCard, checker: AsRead | None = None, texts: dict[str, str] | None = None) \
        -> tuple[Incoming, list[_Link]]:
    """A card's record and links. ``checker``: what tells a person already as its validation makes it (the
    planner then takes it as it is; exchange/as_read.py). ``texts``: the file's repeated texts (names, towns,
    countries, languages, tags...), each kept once: a card's value equal to one of them becomes that one."""
    same = _itself if texts is None else texts.setdefault
    props = parse_card(raw.lines)
    get = props.get

    def first(name: str) -> str:
        found = get(name)
        return found[0].text().strip() if found else ""

    # (a property a card does not have skips its comprehension: most cards have a few of them)
    is_org = False
    for k in _KIND_PROPS:
        if k in props and first(k).lower() in _ORG_MARKERS:
            is_org = True
    orgs = get("ORG", _NONE)
    found = get("EMAIL")
    emails = [Email(p.text().strip(), _kind(p.types(), _EMAIL_KINDS, "home")) for p in found] if found else []
    found = get("TEL")
    phones = [Phone(_no_tel(p.text().strip()), _kind(p.types(), _PHONE_KINDS, "mobile")) for p in found] \
        if found else []
    found = get("ADR")
    addresses = [_address(p, same) for p in found] if found else []
    found = get("X-COMMONS-CUSTOM")
    custom = {_param(p, "X-KEY"): p.text() for p in found if p.param("X-KEY")} if found else {}
    found = get("NOTE")
    notes = ("\n".join([p.text() for p in found]) if len(found) > 1 else found[0].text()) if found else ""
    uid = _uid(first("UID")) if "UID" in props else ""
    found = get("CATEGORIES")
    tags = [same(t, t) for p in found for t in p.items()] if found else []
    url = first("URL")
    if is_org:
        name = orgs[0].parts()[0].strip() if orgs else first("FN")
        org = Organisation(name=name, kind=first("X-COMMONS-ORG-KIND"), website=url, emails=emails, phones=phones,
                           addresses=addresses, notes=notes, custom=custom)
        return Incoming(raw.line, org, source_id=uid, tags=tags), []
    given, family = _names(props, first("FN"))
    given, family = same(given, given), same(family, family)
    if url:
        custom.setdefault("website", url)
    links, org_groups = _links(props) if "ORG" in props or "RELATED" in props or "X-COMMONS-RELATED" in props \
        else (_NONE, _NONE)
    for key, name in _OWN_CUSTOM:  # TITLE, ROLE, NICKNAME (URL is above)
        if name not in props:
            continue
        # a TITLE or ROLE of its own (not the role of an ORG of its group); a NICKNAME's names, one after the other
        found = [p for p in props[name] if not (name == "ROLE" and p.group in org_groups)]
        value = (", ".join(found[0].items()) if name == "NICKNAME" else found[0].text().strip()) if found else ""
        if value:
            custom.setdefault(key, value)
    langs = [same(x, x) for p in get("LANG", _NONE) + get("X-COMMONS-LANG", _NONE) if (x := p.text().strip())] \
        if "LANG" in props or "X-COMMONS-LANG" in props else []
    consents = []
    for p in get("X-COMMONS-CONSENT", _NONE):
        what = p.text()
        consents.append(Consent(same(what, what), _bday(p.param("X-GIVEN")), _bday(p.param("X-UNTIL"))))
    bday = first("BDAY")
    if bday[:2] == "--" and (no_year := dates.month_day(bday)):  # (what month_day reads starts with '--')
        custom.setdefault(dates.NO_YEAR_FIELD, no_year)  # kept as the CSV import keeps it, not dropped
    birth = _bday(bday)
    number = first("X-COMMONS-MEMBER-NUMBER")
    person = Person(given, family, emails, phones, addresses, birth, langs, notes, consents, custom,
                    member_number=number)
    item = Incoming(raw.line, person, source_id=uid, tags=tags)
    if checker is not None:
        item.as_read = checker.person(given, family, emails, phones, addresses, birth, langs, notes, consents,
                                      custom) and (not number or checker.member_number(number))
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
    """Each person's links to the cards of this file (``read``: the people with links, and theirs), as relationships
    between their keys. An ORG whose card is not in the file links by name (the organisation is found or created by
    the planner, as for any vCard); a RELATED whose card is not in the file (or that names no card) cannot be kept:
    the notes say how many."""
    cards = {item.source_id: item for item in batch.items if item.source_id}
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


def _itself(text: str, _: str) -> str:
    return text


def _address(p: Prop, same=_itself) -> Address:
    """ADR: post office box, extended address and street are the street's lines; no component is split on commas
    (producers write '3, rue des Lilas' unescaped)."""
    parts = [x.strip() for x in p.parts()]
    if len(parts) < 7:
        parts += _EMPTY_PARTS[len(parts):]
    street = parts[2] if not (parts[0] or parts[1]) else "\n".join([x for x in parts[:3] if x])
    postcode, city, region, country = parts[5], parts[3], parts[4], parts[6]
    return Address(street, same(postcode, postcode), same(city, city), same(region, region), same(country, country),
                   _kind(p.types(), _EMAIL_KINDS, "home"))


_EMPTY_PARTS = [""] * 7
