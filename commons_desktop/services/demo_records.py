"""Builders of the demo's organisations, relationships, memberships, contributions and documents.

Like demo_data, each draws only from the ``random.Random`` it is given; records point at people and
organisations by their index in the generated lists, so ids (random UUIDv7s) never steer the content.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from itertools import accumulate

from ..core.model import Contribution, Email, Membership, Organisation, Relationship
from .demo_data import ANCHOR, COUNTRIES, COUNTRY_CUM_WEIGHTS, address, phone_number, slug

ORG_KINDS = (("association", 45), ("union", 20), ("cooperative", 20), ("collective", 10), ("federation", 5))
QUARTERS = ("Saint-Léonard", "Outremeuse", "Sainte-Walburge", "la Croix-Rousse", "Bois-de-Breux", "Jambes",
            "Plateau Mont-Royal", "Hochelaga", "Saint-Roch", "Wazemmes", "Moss Side", "Chapeltown", "Easton")
NEIGHBOURHOODS = (("centre", "Saint-Léonard", "Outremeuse", "Sainte-Walburge", "Jambes", "Saint-Servais", "Marchienne"),
                  ("centre", "la Croix-Rousse", "Wazemmes", "la Guillotière", "les Pentes", "Saint-Michel"),
                  ("centre-ville", "Plateau Mont-Royal", "Hochelaga", "Saint-Roch", "Limoilou", "Rosemont"),
                  ("city centre", "Moss Side", "Chapeltown", "Easton", "Hulme", "Ancoats"))
THEMES_FR = ("des locataires", "des habitant·es", "de défense des usagers du rail", "culturelle",
             "des parents d'élèves", "pour le climat", "d'entraide alimentaire", "des cyclistes")
SECTORS_FR = ("des cheminots", "de l'enseignement", "des soins de santé", "du commerce", "des services publics",
              "de la construction")
SECTORS_EN = ("Rail", "Teachers'", "Health Workers'", "Retail", "Public Service", "Construction")
COOP_FR = ("La Ruche", "Le Grain de Sel", "L'Épicerie Solidaire", "Énergie Citoyenne", "La Brasserie du Quai",
           "Les Jardins Partagés", "Vélorution", "Le Chaudron")
ROLES = ("", "", "", "secrétaire", "trésorière", "trésorier", "président·e", "délégué·e", "coordinator", "delegate")
MEMBER_TYPES = ("membre", "membre", "membre de soutien", "membre", "famille", "étudiant·e")
# the demo collective's list of membership types: code, its label, default fee, months
TYPE_LIST = (("membre", "Membre", "20.00", 12), ("membre de soutien", "Membre de soutien", "50.00", 12),
             ("famille", "Famille", "30.00", 12), ("étudiant·e", "Étudiant·e", "10.00", 12))
STATUSES = (("active", 60), ("lapsed", 15), ("pending", 8), ("resigned", 12), ("honorary", 5))
METHODS = ("transfer", "transfer", "direct_debit", "cash", "card", "cheque")
DUES = ("12.00", "15.00", "20.00", "24.00", "30.00", "50.00")
DONATIONS = ("5.00", "10.00", "20.00", "25.00", "50.00", "100.00", "250.00")
CURRENCIES = {"United Kingdom": "GBP", "Canada": "CAD"}
# choices() with cumulative weights made once: the same draws as with the weights, without summing them at every call
_ORG_KINDS = tuple(k for k, _ in ORG_KINDS), tuple(accumulate(w for _, w in ORG_KINDS))
_STATUSES = tuple(s for s, _ in STATUSES), tuple(accumulate(w for _, w in STATUSES))
_LINKS = ("member_of", "works_at", "contact_for"), tuple(accumulate((70, 15, 15)))


def _day(rng: random.Random, back_from: int, back_to: int) -> date:
    """A day between ``back_to`` and ``back_from`` days before the anchor."""
    return ANCHOR - timedelta(days=rng.randrange(back_from, back_to))


def _org_name(rng: random.Random, kind: str, country: int, city: str) -> str:
    english = country == 3
    if kind == "union":
        return (f"{rng.choice(SECTORS_EN)} Workers' Union, {city} branch" if english
                else f"Syndicat {rng.choice(SECTORS_FR)} de {city}")
    if kind == "cooperative":
        return f"{city} Food Co-op" if english and rng.random() < 0.5 else f"Coopérative {rng.choice(COOP_FR)} ({city})"
    if kind == "federation":
        return f"Federation of {city} Tenants" if english else f"Fédération {rng.choice(THEMES_FR)} de {city}"
    if kind == "collective":
        return f"Collectif {rng.choice(QUARTERS)} {rng.choice(THEMES_FR)}"
    if english:
        return f"{rng.choice(QUARTERS)} Residents' Association"
    return rng.choice((f"Association {rng.choice(THEMES_FR)} de {city}", f"Comité de quartier {rng.choice(QUARTERS)}"))


def organisation(rng: random.Random, n: int, seen: dict[str, int]) -> Organisation:
    kind = rng.choices(_ORG_KINDS[0], cum_weights=_ORG_KINDS[1])[0]
    country = rng.choices(range(4), cum_weights=COUNTRY_CUM_WEIGHTS)[0]
    where = address(rng, country, "work")
    name = _org_name(rng, kind, country, where.city)
    seen[name] = count = seen.get(name, 0) + 1
    if count > 1:  # a namesake: named after its neighbourhood, then numbered
        extra, quarters = count - 2, NEIGHBOURHOODS[country]
        name = f"{name} – {quarters[extra % len(quarters)]}" + (f" {extra // len(quarters) + 1}"
                                                              if extra >= len(quarters) else "")
    host = f"{slug(name)[:40].strip('-')}-{n}.example.org"
    return Organisation(name=name, kind=kind, website=f"https://{host}", emails=[Email(f"contact@{host}", "work")],
                        phones=[phone_number(rng, country)] if rng.random() < 0.7 else [], addresses=[where],
                        notes="Partenaire de la fédération depuis 2019." if rng.random() < 0.05 else "")


def relationship(rng: random.Random, people: int, organisations: int) -> tuple[str, int, int, str, str, date]:
    """(kind, person index, target index, target entity, role, start)."""
    start = _day(rng, 30, 15 * 365)
    who = rng.randrange(people)
    if people > 1 and (organisations == 0 or rng.random() < 0.08):
        other = (who + 1 + rng.randrange(people - 1)) % people
        return "household", who, other, "person", "", start
    kind = rng.choices(_LINKS[0], cum_weights=_LINKS[1])[0]
    return kind, who, rng.randrange(organisations), "organisation", rng.choice(ROLES), start


def to_relationship(spec: tuple, person_ids: list[str], org_ids: list[str]) -> Relationship:
    kind, who, target, entity, role, start = spec
    to_id = person_ids[target] if entity == "person" else org_ids[target]
    return Relationship(kind, person_ids[who], to_id, entity, role, start)


def membership(rng: random.Random, person_id: str) -> Membership:
    status = rng.choices(_STATUSES[0], cum_weights=_STATUSES[1])[0]
    mtype, notes = rng.choice(MEMBER_TYPES), ""
    if status == "active":
        start, end = _day(rng, 1, 10 * 365), (date(ANCHOR.year, 12, 31) if rng.random() < 0.7 else None)
    elif status == "pending":
        start, end = _day(rng, 0, 60), None
    elif status == "honorary":
        start, end = _day(rng, 5 * 365, 30 * 365), None
    else:
        start = _day(rng, 2 * 365, 12 * 365)
        end = start + timedelta(days=rng.randrange(365, (ANCHOR - start).days))
        if status == "resigned":
            notes = rng.choice(("Démission par courrier.", "Déménagement.", "Resigned by email.", ""))
    return Membership(person_id, mtype, status, start, end, notes)


def contribution(rng: random.Random, person_id: str, currency: str) -> Contribution:
    if rng.random() < 0.65:
        year = ANCHOR.year - 1 - rng.randrange(5)
        when = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        return Contribution(person_id, Decimal(rng.choice(DUES)), currency, when, rng.choice(METHODS), "dues",
                            date(year, 1, 1), date(year, 12, 31))
    amount = Decimal(rng.choice(DONATIONS)) if rng.random() < 0.8 else Decimal(rng.randrange(200, 20000)).scaleb(-2)
    return Contribution(person_id, amount, currency, _day(rng, 1, 5 * 365), rng.choice(METHODS), "donation",
                        notes="Don pour la caisse de grève." if rng.random() < 0.05 else "")


def currency_of(country_name: str) -> str:
    return CURRENCIES.get(country_name, "EUR")


COUNTRY_NAMES = tuple(c[0] for c in COUNTRIES)
