"""The header words of a spreadsheet export (.ods, .xlsx), in English or French: the CLI's words. The desktop says
the same through Qt's translations (ui/exchange/sheet_words.py); the importer recognises both languages
(exchange/fields.py), so a spreadsheet exported here imports back into the same fields.

The language: ``--language``, else the user's locale (LC_ALL, LC_MESSAGES, LANG: French when it starts with
``fr``), else English."""

from __future__ import annotations

import os

from ..exchange import fields

LANGUAGES = ("en", "fr")
SHEET = {"en": "People", "fr": "Personnes"}
_SIMPLE = {
    "en": {"id": "Commons identifier", "member_number": "Member number",
           "given": "Given name", "family": "Family name", "name": "Full name",
           "mobile": "Mobile", "phone_home": "Home phone", "phone_work": "Work phone", "birth_date": "Birth date",
           "languages": "Languages", "notes": "Notes", "consents": "Consents", "tags": "Tags",
           "organisation": "Organisation", "membership_type": "Membership type",
           "membership_status": "Membership status", "membership_start": "Membership start",
           "membership_end": "Membership end"},
    "fr": {"id": "Identifiant Commons", "member_number": "Numéro d'adhérent",
           "given": "Prénom", "family": "Nom", "name": "Nom complet",
           "mobile": "Portable", "phone_home": "Téléphone domicile", "phone_work": "Téléphone professionnel",
           "birth_date": "Date de naissance", "languages": "Langues", "notes": "Notes",
           "consents": "Consentements", "tags": "Étiquettes", "organisation": "Organisation",
           "membership_type": "Type d'adhésion", "membership_status": "Statut d'adhésion",
           "membership_start": "Début d'adhésion", "membership_end": "Fin d'adhésion"},
}
# numbered contact points: (first one, later ones with %n)
_CONTACTS = {
    "en": {"email": ("Email", "Email %n"), "email_type": ("Email type", "Email %n type"),
           "phone": ("Phone", "Phone %n"), "phone_type": ("Phone type", "Phone %n type")},
    "fr": {"email": ("Courriel", "Courriel %n"), "email_type": ("Type de courriel", "Type de courriel %n"),
           "phone": ("Téléphone", "Téléphone %n"), "phone_type": ("Type de téléphone", "Type de téléphone %n")},
}
_ADDRESS = {
    "en": {"street": ("Street", "Street (address %n)"), "postcode": ("Postcode", "Postcode (address %n)"),
           "city": ("City", "City (address %n)"), "region": ("Region", "Region (address %n)"),
           "country": ("Country", "Country (address %n)"), "type": ("Address type", "Address %n type")},
    "fr": {"street": ("Rue", "Rue (adresse %n)"), "postcode": ("Code postal", "Code postal (adresse %n)"),
           "city": ("Ville", "Ville (adresse %n)"), "region": ("Région", "Région (adresse %n)"),
           "country": ("Pays", "Pays (adresse %n)"), "type": ("Type d'adresse", "Type d'adresse %n")},
}
_CUSTOM = {"en": "Custom: %1", "fr": "Champ : %1"}


def language(asked: str | None = None) -> str:
    if asked:
        return asked
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def header_word(column: str, lang: str = "en") -> str:
    """A column's header word ('email2' -> 'Email 2' / 'Courriel 2'); the column's name when it has none."""
    if column in _SIMPLE[lang]:
        return _SIMPLE[lang][column]
    if column.startswith("custom:"):
        return _CUSTOM[lang].replace("%1", column[7:])
    num = fields.split_numbered(column)
    if num:
        kind, index, typed = num
        first, later = _CONTACTS[lang][kind + ("_type" if typed else "")]
        return first if index == 0 else later.replace("%n", str(index + 1))
    addr = fields.split_address(column)
    if addr:
        first, later = _ADDRESS[lang][addr[1]]
        return first if addr[0] == 0 else later.replace("%n", str(addr[0] + 1))
    return column
