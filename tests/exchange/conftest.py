"""Fixtures for exchange tests: several real vaults (copies of the session template), sample people."""

from __future__ import annotations

import os
import shutil
from datetime import date
from decimal import Decimal

import pytest

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
from commons_desktop.vault import tags
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.memberships import Contributions, Memberships
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # PDF tests render with Qt, never on a screen


@pytest.fixture
def make_vault(tmp_path, vault_template):
    opened: list[Vault] = []

    def make(name: str = "other") -> Vault:
        src, key = vault_template
        dst = tmp_path / f"{name}.commons"
        shutil.copyfile(src, dst)
        v = Vault.open(dst, key=key, device=f"{name}-device", author=name)
        opened.append(v)
        return v

    yield make
    for v in opened:
        v.close()


def sample_people() -> list[Person]:
    return [
        Person(given="Émilie", family="Dupré", emails=[Email("emilie@exemple.org"), Email("e.dupre@work.org", "work")],
               phones=[Phone("+33 6 12 34 56 78"), Phone("01 40 00 00 00", "work")],
               addresses=[Address("3, rue des \"Lilas\"", "75011", "Paris", "", "France"),
                          Address("1 quai du Port", "13002", "Marseille", kind="work")],
               birth_date=date(1985, 3, 12), languages=["fr", "en"],
               notes="Line one\nLine two, with \"quotes\"; and = sign", consents=[Consent("newsletter",
                                                                                           date(2024, 1, 5))],
               custom={"Profession": "=cmd|' /C calc'!A0", "pseudo": "emi"}, tags=["bénévole", "CA"]),
        Person(given="Paul", family="Martin", emails=[Email("paul@exemple.org")], phones=[Phone("-5 555")],
               notes="@SUM(1+1)", tags=["CA"]),
        Person(given="", family="O'Neil", phones=[Phone("06 00 00 00 01", "mobile")], custom={"x": "\ttab"}),
    ]


@pytest.fixture
def filled(vault):
    """A vault with three people, an organisation, a relationship, memberships and contributions."""
    people = People(vault)
    ids = [people.add(p).id for p in sample_people()]
    for p, ident in zip(sample_people(), ids, strict=True):
        for t in p.tags:
            tags.add_tag(vault, t, [ident])
    org = Organisations(vault).add(Organisation(name="Les Amis du Quartier", kind="association",
                                                website="https://amis.example", emails=[Email("contact@amis.org")]))
    tags.add_tag(vault, "CA", [org.id])
    Relationships(vault).add(Relationship("member_of", ids[0], org.id, "organisation", "trésorière"))
    Memberships(vault).add(Membership(ids[0], "member", "active", date(2020, 1, 1), date(2030, 12, 31)))
    Contributions(vault).add(Contribution(ids[0], Decimal("25.00"), "EUR", date(2024, 1, 15), "cheque"))
    Contributions(vault).add(Contribution(ids[1], Decimal("10.50"), "EUR", date(2024, 2, 1)))
    return vault, ids, org.id


def snapshot(vault: Vault) -> dict:
    """Everything comparable about a vault's live people and organisations, by id."""
    people = People(vault)
    out = {}
    for ident in people.ids():
        p = people.get(ident)
        p.created = p.updated = ""
        out[ident] = p
    orgs = Organisations(vault)
    from commons_desktop.vault.exchange_match import organisation_ids
    for ident in organisation_ids(vault):
        o = orgs.get(ident)
        o.created = o.updated = ""
        out[ident] = o
    return out


def row_counts(vault: Vault) -> dict[str, int]:
    c = vault.conn
    return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
            for t in ("person", "organisation", "relationship", "membership", "contribution", "document",
                      "record_tag", "change_log", "partner", "record_origin")}
