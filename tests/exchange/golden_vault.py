"""A small fixed vault (fixed ids, clock and device) whose exports are compared byte for byte with the files committed
in tests/fixtures/golden: every field of every record kind, with the values formats escape or quote (accents,
commas, semicolons, quotes, line breaks, emoji)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from commons_desktop.core.model import (
    Address,
    Consent,
    Contribution,
    Email,
    Membership,
    Organisation,
    Person,
    Phone,
    Relationship,
)
from commons_desktop.vault import records, tags
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.memberships import Contributions, Memberships
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships

GOLDEN = Path(__file__).parent.parent / "fixtures" / "golden"
CLOCK = 1_780_000_000.0  # 2026-05-28, every stamp of the vault


def _id(n: int) -> str:
    return f"0190a3c2-7a1b-7c3d-8e4f-{n:012d}"


PEOPLE = [
    Person(given="Émilie", family="Dupré",
           emails=[Email("emilie@exemple.org"), Email("e.dupre@travail.example", "work")],
           phones=[Phone("+32 470 12 34 56"), Phone("04 123 45 67", "home")],
           addresses=[Address("Rue Haute 12, bte 3", "4000", "Liège", "Wallonie", "Belgique"),
                      Address("Quai \"du\" Port; 1", "69001", "Lyon", "", "France", "work")],
           birth_date=date(1980, 5, 17), languages=["fr", "en"], notes="Trésorière.\nDeux lignes; « guillemets ».",
           consents=[Consent("newsletter", date(2024, 1, 15), date(2027, 1, 15)), Consent("photos", date(2025, 3, 1))],
           custom={"taille": "M", "atelier": "vélo, cuisine"}, member_number="0042"),
    Person(given="John", family="O'Brien", emails=[Email("john@example.org", "work")], languages=["en"],
           custom={"taille": "L"}, member_number="A-7"),
    Person(given="Zoé 🌻", family="", phones=[Phone("+1 514 555 0100", "mobile")],
           addresses=[Address(city="Montréal", country="Canada")]),
    Person(given="", family="Nguyễn", notes="a,b;c\td"),
]
ORGANISATIONS = [Organisation(name="Comité des locataires", kind="association", website="https://comite.example",
                              emails=[Email("contact@comite.example", "work")], addresses=[Address(city="Liège")],
                              notes="Fondé en 1990.", custom={"siret": "123"})]


def build(path: Path, passphrase: str = "golden") -> Vault:
    vault = Vault.create(path, passphrase, name="Golden", device="golden-device", author="golden",
                         clock=lambda: CLOCK)
    people = [p.validated() for p in PEOPLE]
    person_ids = People(vault).insert_many(people, ids=[_id(n + 1) for n in range(len(people))],
                                           tags=[["bureau", "bénévole"], ["bureau"], [], ["CA"]])
    org_ids = Organisations(vault).insert_many([o.validated() for o in ORGANISATIONS], ids=[_id(100)],
                                               tags=[["partenaire"]])
    Relationships(vault).insert_many([
        Relationship("member_of", person_ids[0], org_ids[0], "organisation", "secrétaire",
                     date(2020, 1, 1)).validated(),
        Relationship("household", person_ids[0], person_ids[1], "person").validated()], ids=[_id(200), _id(201)])
    Memberships(vault).insert_many([
        Membership(person_ids[0], "membre", "active", date(2026, 1, 1), date(2026, 12, 31), "payé").validated(),
        Membership(person_ids[1], "membre de soutien", "lapsed", date(2024, 1, 1), date(2024, 12, 31)).validated()],
        ids=[_id(300), _id(301)])
    Contributions(vault).insert_many([
        Contribution(person_ids[0], Decimal("25.00"), "EUR", date(2026, 1, 10), "transfer", "dues",
                     date(2026, 1, 1), date(2026, 12, 31)).validated(),
        Contribution(person_ids[1], Decimal("12.50"), "CAD", date(2024, 2, 1), "cash", "donation",
                     notes="merci").validated()], ids=[_id(400), _id(401)])
    fixed = records.uuid7_batch  # the document's id, fixed too
    records.uuid7_batch = lambda count: [_id(500 + n) for n in range(count)]
    try:
        doc = Documents(vault).add("Statuts", b"Article 1.", "statuts.txt", "text/plain", [("person", person_ids[0])])
    finally:
        records.uuid7_batch = fixed
    tags.add_tag(vault, "archives", [doc.id])
    return vault
