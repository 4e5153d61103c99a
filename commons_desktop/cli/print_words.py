"""The words of the documents the CLI prints (the member list, address labels, member cards, the access report),
in English or French: the CLI's words (the desktop says the same through Qt's translations,
ui/exchange/print_words.py). The language is the one the user works in: the vault's language setting (the desktop
writes the interface language there), else the user's locale."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..exchange.printables import PrintWords
from ..services import settings
from . import sheet_words

LANGUAGES = ("en", "fr")
TEXT = {
    "en": {
        "list_title": "Member list", "list_subtitle": "%1 — %2 — printed on %3 — %4",
        "selection_all": "everyone", "selection_tag": "tag “%1”", "selection_search": "search “%1”",
        "selection_ids": "a selection of %1", "selection_profile": "profile “%1”", "page": "Page %1 of %2",
        "col_name": "Name", "col_number": "No.", "col_email": "Email", "col_phone": "Phone", "col_town": "Town",
        "col_membership": "Membership", "status_until": "%1 until %2",
        "labels_title": "Address labels", "cards_title": "Membership card", "card_number": "Member no. %1",
        "card_valid_until": "Valid until %1", "card_no_end": "No end date", "card_no_membership": "No membership",
        "status_none": "not a member", "status_pending": "pending", "status_active": "active",
        "status_lapsed": "lapsed", "status_resigned": "resigned", "status_honorary": "honorary",
        "report_title": "Everything we hold about you: %1", "report_printed": "%1 — printed on %2",
        "identity": "Identity", "contacts": "Contact details", "memberships": "Memberships",
        "contributions": "Contributions", "relationships": "Relationships", "documents": "Documents",
        "consents": "Consents", "custom": "Other fields", "tags": "Tags", "notes": "Notes",
        "disclosures": "Shared with", "history": "Recorded changes", "history_count": "Changes recorded: %1",
        "name": "Name", "birth": "Birth date", "languages": "Languages", "member_number": "Member no.",
        "none": "(none)", "field_value": "%1: %2",
    },
    "fr": {
        "list_title": "Liste des membres", "list_subtitle": "%1 — %2 — imprimée le %3 — %4",
        "selection_all": "tout le monde", "selection_tag": "étiquette « %1 »", "selection_search": "recherche « %1 »",
        "selection_ids": "sélection de %1", "selection_profile": "profil « %1 »", "page": "Page %1 sur %2",
        "col_name": "Nom", "col_number": "N°", "col_email": "Courriel", "col_phone": "Téléphone",
        "col_town": "Ville", "col_membership": "Adhésion", "status_until": "%1 jusqu'au %2",
        "labels_title": "Étiquettes d'adresse", "cards_title": "Carte de membre", "card_number": "Adhérent n° %1",
        "card_valid_until": "Valable jusqu'au %1", "card_no_end": "Sans date de fin",
        "card_no_membership": "Sans adhésion",
        "status_none": "non membre", "status_pending": "en attente", "status_active": "actif",
        "status_lapsed": "échu", "status_resigned": "démissionnaire", "status_honorary": "honoraire",
        "report_title": "Tout ce que nous détenons à votre sujet : %1", "report_printed": "%1 — imprimé le %2",
        "identity": "Identité", "contacts": "Coordonnées", "memberships": "Adhésions",
        "contributions": "Cotisations et dons", "relationships": "Liens", "documents": "Documents",
        "consents": "Consentements", "custom": "Autres champs", "tags": "Étiquettes", "notes": "Notes",
        "disclosures": "Transmis à", "history": "Modifications", "history_count": "Modifications enregistrées : %1",
        "name": "Nom", "birth": "Date de naissance", "languages": "Langues", "member_number": "N° d'adhérent",
        "none": "(aucun)", "field_value": "%1 : %2",
    },
}
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
}


def language(vault) -> str:
    """The language the user works in: the vault's setting when one was written, else the locale's."""
    return settings.language(vault, fallback=sheet_words.language())


def _day(lang: str):
    months = MONTHS[lang]
    if lang == "fr":
        return lambda d: f"{'1er' if d.day == 1 else d.day} {months[d.month - 1]} {d.year}"
    return lambda d: f"{d.day} {months[d.month - 1]} {d.year}"


def _money(lang: str):
    def write(amount: Decimal, currency: str) -> str:
        digits = f"{amount:,.2f}"
        if lang == "fr":
            digits = digits.replace(",", "\u202f").replace(".", ",")
        return f"{digits} {currency}"
    return write


def _people(lang: str):
    if lang == "fr":
        return lambda n: f"{n:,} personne{'s' if n > 1 else ''}".replace(",", "\u202f")
    return lambda n: f"{n:,} {'person' if n == 1 else 'people'}"


def words(lang: str) -> PrintWords:
    lang = lang if lang in TEXT else "en"
    return PrintWords(TEXT[lang], _day(lang), _money(lang), _people(lang))


def day(d: date, lang: str) -> str:
    return _day(lang if lang in TEXT else "en")(d)
