"""Word lists and record builders for the demo collective (French, Belgian, Québec and English flavours).

Every builder draws from the ``random.Random`` it is given and from nothing else, so one seed always
gives the same content. Dates are relative to a fixed ANCHOR (not today) for the same reason.
Domains are the reserved example ones; phone numbers use fictional ranges where countries have one.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate

from ..core.model import Address, Consent, Email, Person, Phone
from ..core.text import fold

ANCHOR = date(2026, 1, 1)

GIVEN_FR = ("Émilie", "Hélène", "Chloé", "Zoé", "Léa", "Noémie", "Anaïs", "Maëlle", "Gaëlle", "Inès", "Céline",
            "Aurélie", "Élodie", "Mélanie", "Sophie", "Camille", "Manon", "Juliette", "Amélie", "Bérénice",
            "François", "Jérôme", "Sébastien", "Frédéric", "Grégoire", "Loïc", "Benoît", "Joël", "Raphaël", "Théo",
            "André", "René", "Aurélien", "Cédric", "Étienne", "Hervé", "Noël", "Mathéo", "Lucas", "Hugo")
GIVEN_BE_QC = ("Maxime", "Jean-François", "Marie-Ève", "Geneviève", "Marie-Hélène", "Pierre-Luc", "Ophélie",
               "Anne-Sophie", "Gaëtan", "Ghislain", "Thibaut", "Wendy", "Kevin", "Nathalie", "Josée", "Réjean",
               "Sylvie", "Yannick", "Lies", "Pieter")
GIVEN_EN = ("Oliver", "Amelia", "Jack", "Charlotte", "Harry", "Olivia", "George", "Isla", "Noah", "Ava",
            "Thomas", "Emily", "James", "Sophia", "William", "Grace", "Aisha", "Mohammed", "Siobhan", "Rhys")
FAMILY_FR = ("Dupré", "Lefèvre", "Lemaître", "Dubois", "Lambert", "Martin", "Bernard", "Girard", "Fournier",
             "Mercier", "Faure", "Rousseau", "Chevalier", "François", "Gauthier", "Léger", "Bélanger", "Côté",
             "Gagné", "Bouchard", "Tremblay", "Pelletier", "Lévesque", "Bérubé", "Ménard", "Thériault")
FAMILY_BE = ("Peeters", "Janssens", "Maes", "Desmet", "Wouters", "Dumont", "Lejeune", "Renard", "Collignon",
             "Delvaux", "Hennebert", "Van Damme", "De Smet", "Noël", "Gérard", "Massart")
FAMILY_EN = ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker",
             "O'Brien", "McAllister", "Khan", "Patel", "Nowak", "Hughes")

# (country, region, language, phone prefix, cities with postcodes)
COUNTRIES = (
    ("Belgique", "Wallonie", "fr-BE", "+32", (("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"),
                                            ("Mons", "7000"), ("Verviers", "4800"), ("Arlon", "6700"),
                                            ("Louvain-la-Neuve", "1348"), ("Bruxelles", "1000"))),
    ("France", "", "fr", "+33", (("Lyon", "69001"), ("Lille", "59000"), ("Saint-Étienne", "42000"),
                                 ("Grenoble", "38000"), ("Besançon", "25000"), ("Nantes", "44000"),
                                 ("Rennes", "35000"), ("Marseille", "13001"))),
    ("Canada", "Québec", "fr-CA", "+1", (("Montréal", "H2X 1Y4"), ("Québec", "G1R 4P5"), ("Sherbrooke", "J1H 1A1"),
                                         ("Trois-Rivières", "G9A 5H7"), ("Gatineau", "J8X 3X2"))),
    ("United Kingdom", "England", "en-GB", "+44", (("Manchester", "M1 1AE"), ("Leeds", "LS1 4DY"),
                                                   ("Bristol", "BS1 5TR"), ("Sheffield", "S1 2HE"),
                                                   ("Glasgow", "G1 1XQ"))),
)
COUNTRY_WEIGHTS = (45, 25, 12, 18)
COUNTRY_CUM_WEIGHTS = tuple(accumulate(COUNTRY_WEIGHTS))  # (what choices() makes of the weights at every call)
STREETS_FR = ("rue de la Station", "rue Saint-Gilles", "avenue des Tilleuls", "chemin du Moulin", "place du Marché",
              "rue de l'Église", "boulevard de la Sauvenière", "rue Sainte-Catherine", "quai de la Dérivation",
              "rue des Écoles", "allée des Châtaigniers", "rue Émile Zola")
STREETS_EN = ("High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue",
              "Oxford Road", "Canal Street")
DOMAINS = ("example.org", "example.net", "example.com", "exemple.org", "courriel.example", "poste.example")
TAGS = (("bénévole", 0.22), ("newsletter", 0.35), ("bureau", 0.02), ("permanence", 0.06), ("comité", 0.05),
        ("délégué", 0.03), ("presse", 0.01), ("à rappeler", 0.04), ("volunteer", 0.05))
NOTES = ("Disponible le samedi pour les permanences.", "Préfère être contactée par courriel.",
         "A aidé à l'organisation de la fête de quartier.", "Ne souhaite plus recevoir d'appels le soir.",
         "Parle aussi néerlandais.", "Happy to help with the newsletter layout.",
         "Contact via the branch secretary.", "Trésorier·e adjoint·e depuis l'AG.",
         "Covoiturage possible depuis la gare.")
CONSENTS = ("newsletter", "photos", "partage fédération", "contact téléphonique")


def _pick_name(rng: random.Random, country: int) -> tuple[str, str]:
    if country == 3:
        return rng.choice(GIVEN_EN), rng.choice(FAMILY_EN)
    given = rng.choice(GIVEN_BE_QC) if rng.random() < 0.3 else rng.choice(GIVEN_FR)
    family = rng.choice(FAMILY_BE) if country == 0 and rng.random() < 0.4 else rng.choice(FAMILY_FR)
    if rng.random() < 0.04:  # a few English names everywhere, a few French ones in Britain
        given = rng.choice(GIVEN_EN)
    return given, family


@lru_cache(maxsize=4096)
def slug(text: str) -> str:
    """'Jean-François O'Brien' -> 'jean-francois-obrien' (ASCII letters, digits and dashes)."""
    out = "".join(ch if ch.isalnum() and ch.isascii() else ("-" if ch in " -" else "") for ch in fold(text))
    return "-".join(p for p in out.split("-") if p)


def phone_number(rng: random.Random, country: int) -> Phone:
    r = rng.randrange
    if country == 0:
        return Phone(f"+32 4{r(70, 100)} {r(10, 100)} {r(10, 100)} {r(10, 100)}", "mobile")
    if country == 1:
        return Phone(f"+33 {rng.choice('67')} {r(10, 100)} {r(10, 100)} {r(10, 100)} {r(10, 100)}", "mobile")
    if country == 2:
        return Phone(f"+1 {rng.choice(('514', '418', '819'))} 555 01{r(10, 100)}", "home")
    return Phone(f"+44 7700 900{r(100, 1000)}", "mobile")


def address(rng: random.Random, country: int, kind: str = "home") -> Address:
    name, region, _, _, cities = COUNTRIES[country]
    city, postcode = rng.choice(cities)
    streets = STREETS_EN if country == 3 else STREETS_FR
    number = rng.randrange(1, 180)
    street = f"{number} {rng.choice(streets)}" if country in (2, 3) else f"{rng.choice(streets)} {number}"
    return Address(street, postcode, city, region, name, kind)


def person(rng: random.Random, n: int) -> Person:
    """The n-th demo person (n only makes email addresses unique)."""
    country = rng.choices(range(4), cum_weights=COUNTRY_CUM_WEIGHTS)[0]
    given, family = _pick_name(rng, country)
    local = f"{slug(given)}.{slug(family)}"
    emails = [Email(f"{local}{n}@{rng.choice(DOMAINS)}", "home")]
    if rng.random() < 0.15:
        emails.append(Email(f"{slug(given)[:1]}.{slug(family)}.{n}@{rng.choice(DOMAINS)}", "work"))
    phones = [phone_number(rng, country)] if rng.random() < 0.8 else []
    addresses = [address(rng, country)] if rng.random() < 0.9 else []
    birth = ANCHOR - timedelta(days=rng.randrange(18 * 365, 90 * 365)) if rng.random() < 0.7 else None
    language = COUNTRIES[country][2]
    languages = [language] + (["en"] if language != "en-GB" and rng.random() < 0.2 else [])
    notes = rng.choice(NOTES) if rng.random() < 0.12 else ""
    consents = []
    for what in CONSENTS:
        if rng.random() < 0.3:
            given_on = ANCHOR - timedelta(days=rng.randrange(1, 2000))
            until = given_on + timedelta(days=3 * 365) if rng.random() < 0.5 else None
            consents.append(Consent(what, given_on, until))
    return Person(given=given, family=family, emails=emails, phones=phones, addresses=addresses, birth_date=birth,
                  languages=languages, notes=notes, consents=consents)


def person_tags(rng: random.Random) -> list[str]:
    return [name for name, share in TAGS if rng.random() < share]
