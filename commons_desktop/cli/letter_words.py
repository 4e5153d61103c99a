"""The words of the documents the CLI prints for members (receipts, certificates, reminder letters), in English or
French: the CLI's words (the desktop says the same through Qt's translations, ui/members/letter_words.py). The
language is the one the vault's documents are printed in (services.settings.language: the desktop writes the
language the user works in), else the user's locale."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..exchange.letters import Words
from . import sheet_words

TEXT = {
    "en": {
        "receipt_title": "Receipt", "receipt_number": "Receipt no. %1", "received_from": "Received from",
        "amount": "Amount", "paid_on": "Paid on", "method": "Paid by", "for_dues": "For: membership dues",
        "for_donation": "For: a donation", "period": "period from %1 to %2",
        "thanks_receipt": "With our thanks for your support.", "for_association": "For %1",
        "certificate_title": "Membership certificate",
        "certifies_current": "We certify that %1 is a member of %2 since %3, until %4.",
        "certifies_past": "We certify that %1 was a member of %2 from %3 to %4.",
        "certificate_type": "Membership: %1", "issued_on": "Issued on %1",
        "reminder_subject": "Renewing your membership", "greeting": "Dear %1,",
        "reminder_ends": "Your membership (%1) ends on %2.", "reminder_ended": "Your membership (%1) ended on %2.",
        "reminder_pay": "To renew it, please pay %1 by %2.", "reminder_no_amount": "To renew it, please pay by %1.",
        "reminder_transfer": "By bank transfer to %1, with the reference “%2”.",
        "reminder_scan": "Scan this code with your banking app: the transfer is filled in for you.",
        "reminder_thanks": "Thank you for your support.", "reference": "Membership %2 %1",
        "letter_date": "%1",
    },
    "fr": {
        "receipt_title": "Reçu", "receipt_number": "Reçu n° %1", "received_from": "Reçu de",
        "amount": "Montant", "paid_on": "Payé le", "method": "Moyen de paiement", "for_dues": "Objet : cotisation",
        "for_donation": "Objet : don", "period": "période du %1 au %2",
        "thanks_receipt": "Avec nos remerciements pour votre soutien.", "for_association": "Pour %1",
        "certificate_title": "Attestation d'adhésion",
        "certifies_current": "Nous attestons que %1 est membre de %2 depuis le %3, jusqu'au %4.",
        "certifies_past": "Nous attestons que %1 a été membre de %2 du %3 au %4.",
        "certificate_type": "Adhésion : %1", "issued_on": "Fait le %1",
        "reminder_subject": "Renouvellement de votre adhésion", "greeting": "Bonjour %1,",
        "reminder_ends": "Votre adhésion (%1) prend fin le %2.",
        "reminder_ended": "Votre adhésion (%1) a pris fin le %2.",
        "reminder_pay": "Pour la renouveler, merci de verser %1 avant le %2.",
        "reminder_no_amount": "Pour la renouveler, merci de verser votre cotisation avant le %1.",
        "reminder_transfer": "Par virement sur le compte %1, avec la communication « %2 ».",
        "reminder_scan": "Scannez ce code avec l'application de votre banque : le virement est rempli pour vous.",
        "reminder_thanks": "Merci de votre soutien.", "reference": "Cotisation %2 %1",
        "letter_date": "Le %1",
    },
}
METHODS = {
    "en": {"transfer": "bank transfer", "cash": "cash", "card": "card", "cheque": "cheque",
           "direct_debit": "direct debit", "other": "other"},
    "fr": {"transfer": "virement", "cash": "espèces", "card": "carte", "cheque": "chèque",
           "direct_debit": "prélèvement", "other": "autre"},
}
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
}


def language(vault_language: str = "") -> str:
    """The vault's documents' language when one was written, else the user's locale's (en or fr)."""
    return vault_language if vault_language in TEXT else sheet_words.language()


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


def words(lang: str) -> Words:
    lang = lang if lang in TEXT else "en"
    return Words(TEXT[lang], _day(lang), _money(lang), lambda m: METHODS[lang].get(m, m))


def day(d: date, lang: str) -> str:
    return _day(lang if lang in TEXT else "en")(d)
