"""Domain records. Plain dataclasses: validated here, stored by vault/, rendered by ui/ and exchange/."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from commons_desktop.core.enums import ContactKind, ContributionKind, MembershipStatus, PaymentMethod, RelationshipKind
from tests.bench.former import validation as v


@dataclass
class Email:
    address: str
    kind: str = ContactKind.HOME.value

    def validated(self, field_name: str = "email") -> Email:
        return Email(v.email(self.address, field_name), v.choice(ContactKind, self.kind, f"{field_name} type").value)


@dataclass
class Phone:
    number: str
    kind: str = ContactKind.MOBILE.value

    def validated(self, field_name: str = "phone") -> Phone:
        return Phone(v.phone(self.number, field_name), v.choice(ContactKind, self.kind, f"{field_name} type").value)


@dataclass
class Address:
    street: str = ""
    postcode: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    kind: str = ContactKind.HOME.value

    def validated(self, field_name: str = "address") -> Address:
        return Address(
            street=v.text(self.street, f"{field_name} street", limit=300),
            postcode=v.text(self.postcode, f"{field_name} postcode", limit=20),
            city=v.text(self.city, f"{field_name} city"),
            region=v.text(self.region, f"{field_name} region"),
            country=v.text(self.country, f"{field_name} country"),
            kind=v.choice(ContactKind, self.kind, f"{field_name} type").value,
        )

    def one_line(self) -> str:
        return ", ".join(p for p in (self.street, " ".join(x for x in (self.postcode, self.city) if x),
                                     self.region, self.country) if p)


@dataclass
class Consent:
    what: str
    given_on: date | None = None
    until: date | None = None

    def validated(self) -> Consent:
        c = Consent(v.text(self.what, "consent", required=True),
                    v.iso_date(self.given_on, "consent date"), v.iso_date(self.until, "consent until"))
        if c.given_on and c.until and c.until < c.given_on:
            from commons_desktop.core.errors import InvalidField
            raise InvalidField("consent until", "ends before it was given")
        return c


def _validated_contacts(emails: list[Email], phones: list[Phone], addresses: list[Address]):
    return ([e.validated() for e in emails], [p.validated() for p in phones], [a.validated() for a in addresses])


@dataclass
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
    member_number: str = ""  # (issue 10: member numbers, here too)

    FIELDS = ("given", "family", "emails", "phones", "addresses", "birth_date", "languages", "notes",
              "consents", "custom", "member_number")

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.given, self.family) if p) or "(no name)"

    def validated(self) -> Person:
        given = v.text(self.given, "given name")
        family = v.text(self.family, "family name")
        if not given and not family:
            from commons_desktop.core.errors import InvalidField
            raise InvalidField("name", "a person needs a given or a family name")
        emails, phones, addresses = _validated_contacts(self.emails, self.phones, self.addresses)
        birth = v.iso_date(self.birth_date, "birth date")
        if birth and (birth > date.today() or birth.year < 1850):
            from commons_desktop.core.errors import InvalidField
            raise InvalidField("birth date", "not a plausible birth date", birth.isoformat())
        return Person(
            given=given, family=family, emails=emails, phones=phones, addresses=addresses, birth_date=birth,
            languages=[v.language(x) for x in self.languages],
            notes=v.text(self.notes, "notes", limit=v.MAX_NOTES, multiline=True),
            consents=[c.validated() for c in self.consents],
            custom={v.text(k, "custom field name", required=True): v.text(val, f"custom field {k}", limit=2000)
                    for k, val in self.custom.items()},
            id=self.id, tags=list(self.tags), created=self.created, updated=self.updated, deleted=self.deleted,
            member_number=v.text(self.member_number, "member number", limit=50),
        )


@dataclass
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
            custom={v.text(k, "custom field name", required=True): v.text(val, f"custom field {k}", limit=2000)
                    for k, val in self.custom.items()},
            id=self.id, tags=list(self.tags), created=self.created, updated=self.updated, deleted=self.deleted,
        )


@dataclass
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
            from commons_desktop.core.errors import InvalidField
            raise InvalidField("relationship target", "must be a person or an organisation")
        return Relationship(kind, self.from_id, self.to_id, self.to_entity, v.text(self.role, "role"),
                            v.iso_date(self.start, "start"), v.iso_date(self.end, "end"), self.id, self.created,
                            self.deleted)


@dataclass
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
            from commons_desktop.core.errors import InvalidField
            raise InvalidField("end", "membership ends before it starts", end.isoformat())
        return Membership(self.person_id, v.text(self.type, "membership type", required=True),
                          v.choice(MembershipStatus, self.status, "status").value, start, end,
                          v.text(self.notes, "notes", limit=v.MAX_NOTES, multiline=True), self.id, self.created,
                          self.updated, self.deleted)


@dataclass
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
        from commons_desktop.core.errors import InvalidField
        when = v.iso_date(self.date, "date")
        if when is None:
            raise InvalidField("date", "a contribution needs a date")
        ps, pe = v.iso_date(self.period_start, "period start"), v.iso_date(self.period_end, "period end")
        if ps and pe and pe < ps:
            raise InvalidField("period end", "period ends before it starts", pe.isoformat())
        return Contribution(self.person_id, v.amount(self.amount), v.currency(self.currency), when,
                            v.choice(PaymentMethod, self.method, "method").value,
                            v.choice(ContributionKind, self.kind, "kind").value, ps, pe,
                            v.text(self.notes, "notes", limit=v.MAX_NOTES, multiline=True), self.id, self.created,
                            self.deleted)


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


@dataclass
class ChangeEntry:
    seq: int
    hlc: str
    device: str
    author: str
    entity: str
    entity_id: str
    op: str
    fields: dict[str, Any] | None


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
