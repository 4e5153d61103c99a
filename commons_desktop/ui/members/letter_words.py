"""The words of the documents the desktop prints for members (receipts, certificates, reminder letters), in the
interface language (Qt's translations; the CLI's are cli/letter_words.py), with dates and amounts as the user's
locale writes them ("7 décembre 2026", "20,00 EUR"). Made on the GUI thread, then handed to the job that writes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from ...exchange.letters import WORD_KEYS, Words
from ..format import money
from ..labels import METHODS, label

CONTEXT = "Letters"
TEXT = {
    "receipt_title": QT_TRANSLATE_NOOP("Letters", "Receipt"),
    "receipt_number": QT_TRANSLATE_NOOP("Letters", "Receipt no. %1"),
    "received_from": QT_TRANSLATE_NOOP("Letters", "Received from"),
    "amount": QT_TRANSLATE_NOOP("Letters", "Amount"),
    "paid_on": QT_TRANSLATE_NOOP("Letters", "Paid on"),
    "method": QT_TRANSLATE_NOOP("Letters", "Paid by"),
    "for_dues": QT_TRANSLATE_NOOP("Letters", "For: membership dues"),
    "for_donation": QT_TRANSLATE_NOOP("Letters", "For: a donation"),
    "period": QT_TRANSLATE_NOOP("Letters", "period from %1 to %2"),
    "thanks_receipt": QT_TRANSLATE_NOOP("Letters", "With our thanks for your support."),
    "for_association": QT_TRANSLATE_NOOP("Letters", "For %1"),
    "certificate_title": QT_TRANSLATE_NOOP("Letters", "Membership certificate"),
    "certifies_current": QT_TRANSLATE_NOOP("Letters", "We certify that %1 is a member of %2 since %3, until %4."),
    "certifies_past": QT_TRANSLATE_NOOP("Letters", "We certify that %1 was a member of %2 from %3 to %4."),
    "certificate_type": QT_TRANSLATE_NOOP("Letters", "Membership: %1"),
    "issued_on": QT_TRANSLATE_NOOP("Letters", "Issued on %1"),
    "reminder_subject": QT_TRANSLATE_NOOP("Letters", "Renewing your membership"),
    "greeting": QT_TRANSLATE_NOOP("Letters", "Dear %1,"),
    "reminder_ends": QT_TRANSLATE_NOOP("Letters", "Your membership (%1) ends on %2."),
    "reminder_ended": QT_TRANSLATE_NOOP("Letters", "Your membership (%1) ended on %2."),
    "reminder_pay": QT_TRANSLATE_NOOP("Letters", "To renew it, please pay %1 by %2."),
    "reminder_no_amount": QT_TRANSLATE_NOOP("Letters", "To renew it, please pay by %1."),
    "reminder_transfer": QT_TRANSLATE_NOOP("Letters", "By bank transfer to %1, with the reference “%2”."),
    "reminder_scan": QT_TRANSLATE_NOOP("Letters",
                                       "Scan this code with your banking app: the transfer is filled in for you."),
    "reminder_thanks": QT_TRANSLATE_NOOP("Letters", "Thank you for your support."),
    "reference": QT_TRANSLATE_NOOP("Letters", "Membership %2 %1"),
    "letter_date": QT_TRANSLATE_NOOP("Letters", "%1"),
}
assert set(TEXT) == set(WORD_KEYS)


def long_day(value: date) -> str:
    """A date written out as in a letter ("7 December 2026", "7 décembre 2026")."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def words() -> Words:
    text = {key: QCoreApplication.translate(CONTEXT, source) for key, source in TEXT.items()}
    return Words(text, long_day, lambda amount, currency: money(Decimal(amount), currency),
                 lambda method: label(METHODS, method))
