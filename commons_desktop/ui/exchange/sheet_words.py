"""The header words of a spreadsheet export (.ods, .xlsx) in the interface language: the desktop's words (the CLI's
are in cli/sheet_words.py; tests/ui/test_sheet_words.py checks that the importer reads both back)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...exchange import fields

CONTEXT = "SheetHeaders"
SHEET = QT_TRANSLATE_NOOP("SheetHeaders", "People")
SIMPLE = {
    "id": QT_TRANSLATE_NOOP("SheetHeaders", "Commons identifier"),
    "member_number": QT_TRANSLATE_NOOP("SheetHeaders", "Member number"),
    "given": QT_TRANSLATE_NOOP("SheetHeaders", "Given name"),
    "family": QT_TRANSLATE_NOOP("SheetHeaders", "Family name"),
    "name": QT_TRANSLATE_NOOP("SheetHeaders", "Full name"),
    "mobile": QT_TRANSLATE_NOOP("SheetHeaders", "Mobile"),
    "phone_home": QT_TRANSLATE_NOOP("SheetHeaders", "Home phone"),
    "phone_work": QT_TRANSLATE_NOOP("SheetHeaders", "Work phone"),
    "birth_date": QT_TRANSLATE_NOOP("SheetHeaders", "Birth date"),
    "languages": QT_TRANSLATE_NOOP("SheetHeaders", "Languages"),
    "notes": QT_TRANSLATE_NOOP("SheetHeaders", "Notes"),
    "consents": QT_TRANSLATE_NOOP("SheetHeaders", "Consents"),
    "tags": QT_TRANSLATE_NOOP("SheetHeaders", "Tags"),
    "organisation": QT_TRANSLATE_NOOP("SheetHeaders", "Organisation"),
    "membership_type": QT_TRANSLATE_NOOP("SheetHeaders", "Membership type"),
    "membership_status": QT_TRANSLATE_NOOP("SheetHeaders", "Membership status"),
    "membership_start": QT_TRANSLATE_NOOP("SheetHeaders", "Membership start"),
    "membership_end": QT_TRANSLATE_NOOP("SheetHeaders", "Membership end"),
}
# the first contact point of a kind, then the later ones (%1: their number)
CONTACTS = {
    "email": (QT_TRANSLATE_NOOP("SheetHeaders", "Email"), QT_TRANSLATE_NOOP("SheetHeaders", "Email %1")),
    "email_type": (QT_TRANSLATE_NOOP("SheetHeaders", "Email type"),
                   QT_TRANSLATE_NOOP("SheetHeaders", "Email %1 type")),
    "phone": (QT_TRANSLATE_NOOP("SheetHeaders", "Phone"), QT_TRANSLATE_NOOP("SheetHeaders", "Phone %1")),
    "phone_type": (QT_TRANSLATE_NOOP("SheetHeaders", "Phone type"),
                   QT_TRANSLATE_NOOP("SheetHeaders", "Phone %1 type")),
}
ADDRESS = {
    "street": (QT_TRANSLATE_NOOP("SheetHeaders", "Street"), QT_TRANSLATE_NOOP("SheetHeaders", "Street (address %1)")),
    "postcode": (QT_TRANSLATE_NOOP("SheetHeaders", "Postcode"),
                 QT_TRANSLATE_NOOP("SheetHeaders", "Postcode (address %1)")),
    "city": (QT_TRANSLATE_NOOP("SheetHeaders", "City"), QT_TRANSLATE_NOOP("SheetHeaders", "City (address %1)")),
    "region": (QT_TRANSLATE_NOOP("SheetHeaders", "Region"), QT_TRANSLATE_NOOP("SheetHeaders", "Region (address %1)")),
    "country": (QT_TRANSLATE_NOOP("SheetHeaders", "Country"),
                QT_TRANSLATE_NOOP("SheetHeaders", "Country (address %1)")),
    "type": (QT_TRANSLATE_NOOP("SheetHeaders", "Address type"), QT_TRANSLATE_NOOP("SheetHeaders", "Address %1 type")),
}
CUSTOM = QT_TRANSLATE_NOOP("SheetHeaders", "Custom: %1")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def sheet_name() -> str:
    return _t(SHEET)


def header_word(column: str) -> str:
    """A column's header word in the interface language ('email2' -> 'Email 2' / 'Courriel 2'); the column's name
    when it has none. (QCoreApplication.translate may be called from the worker thread that writes the file.)"""
    if column in SIMPLE:
        return _t(SIMPLE[column])
    if column.startswith("custom:"):
        return _t(CUSTOM).replace("%1", column[7:])
    num = fields.split_numbered(column)
    if num:
        kind, index, typed = num
        first, later = CONTACTS[kind + ("_type" if typed else "")]
        return _t(first) if index == 0 else _t(later).replace("%1", str(index + 1))
    addr = fields.split_address(column)
    if addr:
        first, later = ADDRESS[addr[1]]
        return _t(first) if addr[0] == 0 else _t(later).replace("%1", str(addr[0] + 1))
    return column
