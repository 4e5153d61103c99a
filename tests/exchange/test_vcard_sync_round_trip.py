"""What the contacts sync relies on (services/sync_contacts.py): a record written as a card (3.0 or 4.0) and read back
gives the same value of every field, so that a card coming back unchanged is never taken for an edit made there."""

from __future__ import annotations

from datetime import date

import pytest

from commons_desktop.core.model import Address, Consent, Email, Organisation, Person, Phone
from commons_desktop.exchange.vcard import read_batch
from commons_desktop.exchange.vcard_write import organisation_card, person_card
from commons_desktop.vault.codecs import BY_ENTITY

ID = "01a2508a-0cfd-75df-b56a-6994855525f0"


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_every_field_comes_back_equal(version):
    person = Person(given="Émilie Anne", family="Dupré, de la Tour",
                    emails=[Email("a@exemple.org", "work"), Email("c@exemple.org", "home")],
                    phones=[Phone("+32 470 12 34 56", "mobile"), Phone("+32 4 222 00 00", "home")],
                    addresses=[Address("3, rue des Lilas\nBoîte 2", "4000", "Liège", "Wallonie", "BE", "work")],
                    birth_date=date(1980, 5, 17), languages=["fr", "nl"], notes="Ligne 1\nLigne; 2, virgule",
                    consents=[Consent("newsletter", date(2024, 1, 1), date(2026, 1, 1))],
                    custom={"title": "Trésorière", "role": "bureau", "pseudo": "Emi", "website": "https://x.org/a;b",
                            "pointure": "42"}, member_number="0042")
    org = Organisation(name="Maison, du Peuple", kind="association", website="https://maison.example",
                       emails=[Email("m@exemple.org", "work")], phones=[Phone("+32 81 00 00 00", "work")],
                       addresses=[Address(city="Namur")], notes="n", custom={"clé": "valeur"})
    for record, card in ((person, person_card), (org, organisation_card)):
        record.id = ID
        back = read_batch(card(record, version).text().encode("utf-8")).items[0].record
        codec = BY_ENTITY["person" if isinstance(record, Person) else "organisation"]
        assert type(back) is type(record) and codec.plain(back) == codec.plain(record)
