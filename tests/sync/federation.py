"""A small vault for the mirror tests: what a profile selects (tag 'web') and what it must never carry."""

from __future__ import annotations

from dataclasses import dataclass

from commons_desktop.core.model import Organisation, Person
from commons_desktop.exchange.selection import Selection
from commons_desktop.services import profiles
from commons_desktop.vault import tags
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People

OUTSIDE = b"CANARY-OUTSIDE-PROFILE-7f3a"


@dataclass
class Federation:
    emilie: str
    jack: str
    org: str
    minutes: str      # linked to Emilie (selected)
    budget: str       # linked to Emilie (selected)
    statutes: str     # linked to the organisation (selected)
    secret: str       # linked to Jack only (never selected)


def federation(vault: Vault) -> Federation:
    people = People(vault)
    emilie = people.add(Person(given="Émilie", family="Dupré"))
    jack = people.add(Person(given="Jack", family="Smith"))
    org = Organisations(vault).add(Organisation(name="Maison du Peuple", kind="association"))
    tags.add_tag(vault, "web", [emilie.id, org.id])
    docs = Documents(vault)
    minutes = docs.add("AG 2026", b"Assemblee generale 2026\n", "minutes.txt", "text/plain", [("person", emilie.id)])
    budget = docs.add("Budget", b"budget,2026\n1,2\n", "budget 2026.csv", "text/csv", [("person", emilie.id)])
    statutes = docs.add("Statuts", b"%PDF-1.4 statuts", "statuts.pdf", "application/pdf",
                        [("organisation", org.id)])
    secret = docs.add("Secret", b"do not publish " + OUTSIDE, "secret.txt", "text/plain", [("person", jack.id)])
    profiles.add(vault, "site", Selection(tag="web"))
    return Federation(emilie.id, jack.id, org.id, minutes.id, budget.id, statutes.id, secret.id)


def sync_docs(vault, secrets, name: str = "docs", **options):
    """One sync of server ``name``; its Outcome."""
    from commons_desktop.services import sync
    return sync.run(vault, secrets, [name], options=sync.Options(**options))[name]
