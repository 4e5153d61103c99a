"""Domain records. Plain dataclasses: validated here, stored by vault/, rendered by ui/ and exchange/. The records
and their parts have slots (no per-object dict): an import or a sync holds hundreds of thousands of them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from . import validation as v
from .changes import Change
from .enums import ContactKind, ContributionKind, MembershipStatus, PaymentMethod, RelationshipKind

_KIND_VALUES = {k.value: k.value for k in ContactKind}  # a known contact kind -> the value choice() gives


@dataclass(slots=True)
class Email:
    address: str
    kind: str = ContactKind.HOME.value

    def validated(self, field_name: str = "email") -> Email:
        address = v.email(self.address, field_name)
        kind = _KIND_VALUES.get(self.kind) if self.kind.__class__ is str else None
        return Email(address, kind or v.choice(ContactKind, self.kind, f"{field_name} type").value)


@dataclass(slots=True)
class Phone:
    number: str
    kind: str = ContactKind.MOBILE.value

    def validated(self, field_name: str = "phone") -> Phone:
        number = v.phone(self.number, field_name)
        kind = _KIND_VALUES.get(self.kind) if self.kind.__class__ is str else None
        return Phone(number, kind or v.choice(ContactKind, self.kind, f"{field_name} type").value)


@dataclass(slots=True)
class Address:
    street: str = ""
    postcode: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    kind: str = ContactKind.HOME.value

    def validated(self, field_name: str = "address") -> Address:
        # the common case (printable parts within their limits, a known kind) without the field names the errors
        # would need; anything else goes through the full checks below, which raise the first error
        plain = v.plain_text
        street, postcode = plain(self.street, v.MAX_STREET), plain(self.postcode, v.MAX_POSTCODE)
        city, region, country = plain(self.city), plain(self.region), plain(self.country)
        kind = _KIND_VALUES.get(self.kind) if self.kind.__class__ is str else None
        if not (street is None or postcode is None or city is None or region is None or country is None
                or kind is None):
            return Address(street, postcode, city, region, country, kind)
        return Address(
            street=v.text(self.street, f"{field_name} street", limit=v.MAX_STREET, lines=True),  # (keeps its lines)
            postcode=v.text(self.postcode, f"{field_name} postcode", limit=v.MAX_POSTCODE),
            city=v.text(self.city, f"{field_name} city"),
            region=v.text(self.region, f"{field_name} region"),
            country=v.text(self.country, f"{field_name} country"),
            kind=v.choice(ContactKind, self.kind, f"{field_name} type").value,
        )

    def one_line(self) -> str:
        """The address on one line (a street's lines separated by commas)."""
        town = " ".join(x for x in (self.postcode, self.city) if x)
        return ", ".join(p for p in (self.street.replace("\n", ", "), town, self.region, self.country) if p)


@dataclass(slots=True)
class Consent:
    what: str
    given_on: date | None = None
    until: date | None = None

    def validated(self) -> Consent:
        what, given_on, until = v.plain_text(self.what), self.given_on, self.until
        if what and (given_on is None or given_on.__class__ is date) and (until is None or until.__class__ is date):
            c = Consent(what, given_on, until)  # what the full checks below give for these values
        else:
            c = Consent(v.text(self.what, "consent", required=True),
                        v.iso_date(self.given_on, "consent date"), v.iso_date(self.until, "consent until"))
        if c.given_on and c.until and c.until < c.given_on:
            from .errors import InvalidField, Reason
            raise InvalidField("consent until", Reason.CONSENT_ENDS_BEFORE)
        return c


def _validated_contacts(emails: list[Email], phones: list[Phone], addresses: list[Address]):
    return ([e.validated() for e in emails], [p.validated() for p in phones], [a.validated() for a in addresses])


@dataclass(slots=True)
class Person:
    given: str = ""
    family: str = ""
    emails: list[Email] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    birth_date: date | None = None
    languages: list[str] = field(default_factory=list)
    notes: str = ""
    consents: list[Consent] = field(default_factory=list)
    custom: dict[str, str] = field(default_factory=dict)
    id: str = ""
    tags: list[str] = field(default_factory=list)
    created: str = ""
    updated: str = ""
    deleted: bool = False
    member_number: str = ""  # the association's own number for the member (unique among live people when set)

    FIELDS = ("given", "family", "emails", "phones", "addresses", "birth_date", "languages", "notes",
              "consents", "custom", "member_number")

    @property
    def display_name(self) -> str:
        given, family = self.given, self.family
        if given.__class__ is str and family.__class__ is str:  # the join below, without a generator
            return (given + " " + family if family else given) if given else (family or "(no name)")
        return " ".join(p for p in (given, family) if p) or "(no name)"

    def validated(self) -> Person:
        given = v.plain_text(self.given)
        if given is None:
            given = v.text(self.given, "given name")
        family = v.plain_text(self.family)
        if family is None:
            family = v.text(self.family, "family name")
        if not given and not family:
            from .errors import InvalidField, Reason
            raise InvalidField("name", Reason.NEEDS_NAME)
        # (empty lists skip their comprehension: a 100,000-row import validates mostly empty ones)
        emails = [e.validated() for e in self.emails] if self.emails else []
        phones = [p.validated() for p in self.phones] if self.phones else []
        addresses = [a.validated() for a in self.addresses] if self.addresses else []
        birth = self.birth_date
        if not (birth is None or birth.__class__ is date):  # what iso_date gives back as it is
            birth = v.iso_date(birth, "birth date", past=True)
        if birth and (birth > date.today() or birth.year < 1850):
            from .errors import InvalidField, Reason
            raise InvalidField("birth date", Reason.IMPLAUSIBLE_BIRTH_DATE, birth.isoformat())
        languages = [v.language(x) for x in self.languages] if self.languages else []
        notes = v.text(self.notes, "notes", limit=v.MAX_NOTES, multiline=True)
        consents = [c.validated() for c in self.consents] if self.consents else []
        custom = {v.text(k, "custom field name", required=True): v.text(val, f"custom field {k}", limit=v.MAX_CUSTOM)
                  for k, val in self.custom.items()} if self.custom else {}
        number = self.member_number
        if number:
            number = v.member_number(number)
        return Person(given, family, emails, phones, addresses, birth, languages, notes, consents, custom, self.id,
                      list(self.tags), self.created, self.updated, self.deleted, number)


@dataclass(slots=True)
class Organisation:
    name: str = ""
    kind: str = ""
    website: str = ""
    emails: list[Email] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    notes: str = ""
    custom: dict[str, str] = field(default_factory=dict)
    id: str = ""
    tags: list[str] = field(default_factory=list)
    created: str = ""
    updated: str = ""
    deleted: bool = False

    FIELDS = ("name", "kind", "website", "emails", "phones", "addresses", "notes", "custom")

    @property
    def display_name(self) -> str:
        return self.name

    def validated(self) -> Organisation:
        emails, phones, addresses = _validated_contacts(self.emails, self.phones, self.addresses)
        return Organisation(
            name=v.text(self.name, "name", required=True), kind=v.text(self.kind, "kind"),
            website=v.url(self.website), emails=emails, phones=phones, addresses=addresses,
            notes=v.text(self.notes, "notes", limit=v.MAX_NOTES, multiline=True),
            custom={v.text(k, "custom field name", required=True): v.text(val, f"custom field {k}", limit=v.MAX_CUSTOM)
                    for k, val in self.custom.items()},
            id=self.id, tags=list(self.tags), created=self.created, updated=self.updated, deleted=self.deleted,
        )


@dataclass(slots=True)
class Relationship:
    kind: str
    from_id: str
    to_id: str
    to_entity: str = "organisation"
    role: str = ""
    start: date | None = None
    end: date | None = None
    id: str = ""
    created: str = ""
    deleted: bool = False

    FIELDS = ("kind", "from_id", "to_id", "to_entity", "role", "start", "end")

    def validated(self) -> Relationship:
        kind = v.choice(RelationshipKind, self.kind, "relationship type").value
        if self.to_entity not in ("person", "organisation"):
            from .errors import InvalidField, Reason
            raise InvalidField("relationship target", Reason.RELATION_TARGET)
        return Relationship(kind, self.from_id, self.to_id, self.to_entity, v.text(self.role, "role"),
                            v.iso_date(self.start, "start"), v.iso_date(self.end, "end"), self.id, self.created,
                            self.deleted)


@dataclass(slots=True)
class Membership:
    person_id: str
    type: str = "member"
    status: str = MembershipStatus.ACTIVE.value
    start: date | None = None
    end: date | None = None
    notes: str = ""
    id: str = ""
    created: str = ""
    updated: str = ""
    deleted: bool = False

    FIELDS = ("person_id", "type", "status", "start", "end", "notes")

    def validated(self) -> Membership:
        start, end = v.iso_date(self.start, "start"), v.iso_date(self.end, "end")
        if start and end and end < start:
            from .errors import InvalidField, Reason
            raise InvalidField("end", Reason.MEMBERSHIP_ENDS_BEFORE, end.isoformat())
        return Membership(self.person_id, v.text(self.type, "membership type", required=True),
                          v.choice(MembershipStatus, self.status, "status").value, start, end,
                          v.text(self.notes, "notes", limit=v.MAX_NOTES, multiline=True), self.id, self.created,
                          self.updated, self.deleted)


@dataclass(slots=True)
class Contribution:
    person_id: str
    amount: Decimal
    currency: str = "EUR"
    date: date | None = None
    method: str = PaymentMethod.TRANSFER.value
    kind: str = ContributionKind.DUES.value
    period_start: date | None = None
    period_end: date | None = None
    notes: str = ""
    id: str = ""
    created: str = ""
    deleted: bool = False

    FIELDS = ("person_id", "amount", "currency", "date", "method", "kind", "period_start", "period_end", "notes")

    def validated(self) -> Contribution:
        from .errors import InvalidField, Reason
        when = v.iso_date(self.date, "date")
        if when is None:
            raise InvalidField("date", Reason.NEEDS_DATE)
        ps, pe = v.iso_date(self.period_start, "period start"), v.iso_date(self.period_end, "period end")
        if ps and pe and pe < ps:
            raise InvalidField("period end", Reason.PERIOD_ENDS_BEFORE, pe.isoformat())
        return Contribution(self.person_id, v.amount(self.amount), v.currency(self.currency), when,
                            v.choice(PaymentMethod, self.method, "method").value,
                            v.choice(ContributionKind, self.kind, "kind").value, ps, pe,
                            v.text(self.notes, "notes", limit=v.MAX_NOTES, multiline=True), self.id, self.created,
                            self.deleted)


@dataclass
class MembershipType:
    """One entry of the vault's list of membership types, a record of its own (codec, change log): its ``id`` is
    its stable code (what a membership's ``type`` holds), the collective's own ``label``, a default ``fee`` (None:
    none set), a duration in ``months`` (0: no end) and its ``position`` in the list."""

    label: str
    fee: Decimal | None = None
    currency: str = "EUR"
    months: int = 12
    id: str = ""
    position: int = 0
    created: str = ""
    updated: str = ""
    deleted: bool = False

    MAX_MONTHS = 120

    @property
    def code(self) -> str:
        return self.id

    def validated(self) -> MembershipType:
        from .errors import InvalidField, Reason
        label = v.text(self.label, "membership type", required=True, limit=80)
        fee = None if self.fee in (None, "") else v.amount(self.fee, "fee")  # type: ignore[arg-type]
        if not isinstance(self.months, int) or isinstance(self.months, bool) \
                or not 0 <= self.months <= self.MAX_MONTHS:
            raise InvalidField("duration", Reason.MONTHS_RANGE, str(self.months), limit=self.MAX_MONTHS)
        return MembershipType(label, fee, v.currency(self.currency), self.months, self.id, self.position)


@dataclass
class DocumentVersion:
    document_id: str
    number: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    created: str = ""


@dataclass
class Document:
    title: str
    id: str = ""
    current: DocumentVersion | None = None
    links: list[tuple[str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    created: str = ""
    updated: str = ""
    deleted: bool = False


@dataclass
class SavedSearch:
    name: str
    query: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    id: str = ""


ChangeEntry = Change  # a change as read back from the log (core/changes.py)


def to_plain(obj: Any) -> Any:
    """A JSON-ready copy of a record (dates as ISO strings, decimals as strings)."""
    if hasattr(obj, "__dataclass_fields__"):
        obj = asdict(obj)
    if isinstance(obj, dict):
        return {k: to_plain(x) for k, x in obj.items()}
    if isinstance(obj, list | tuple):
        return [to_plain(x) for x in obj]
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, Decimal):
        return str(obj)
    return obj
