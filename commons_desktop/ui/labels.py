"""Translated labels for the closed vocabularies of the domain (values stay English in the vault)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTACT_KINDS = {
    "home": QT_TRANSLATE_NOOP("Labels", "home"),
    "work": QT_TRANSLATE_NOOP("Labels", "work"),
    "mobile": QT_TRANSLATE_NOOP("Labels", "mobile"),
    "other": QT_TRANSLATE_NOOP("Labels", "other"),
}
STATUSES = {
    "none": QT_TRANSLATE_NOOP("Labels", "not a member"),
    "pending": QT_TRANSLATE_NOOP("Labels", "pending"),
    "active": QT_TRANSLATE_NOOP("Labels", "active"),
    "lapsed": QT_TRANSLATE_NOOP("Labels", "lapsed"),
    "resigned": QT_TRANSLATE_NOOP("Labels", "resigned"),
    "honorary": QT_TRANSLATE_NOOP("Labels", "honorary"),
}
METHODS = {
    "transfer": QT_TRANSLATE_NOOP("Labels", "bank transfer"),
    "cash": QT_TRANSLATE_NOOP("Labels", "cash"),
    "card": QT_TRANSLATE_NOOP("Labels", "card"),
    "cheque": QT_TRANSLATE_NOOP("Labels", "cheque"),
    "direct_debit": QT_TRANSLATE_NOOP("Labels", "direct debit"),
    "other": QT_TRANSLATE_NOOP("Labels", "other"),
}
CONTRIBUTION_KINDS = {
    "dues": QT_TRANSLATE_NOOP("Labels", "dues"),
    "donation": QT_TRANSLATE_NOOP("Labels", "donation"),
}
OPERATIONS = {
    "create": QT_TRANSLATE_NOOP("Labels", "created"),
    "update": QT_TRANSLATE_NOOP("Labels", "changed"),
    "delete": QT_TRANSLATE_NOOP("Labels", "deleted"),
    "restore": QT_TRANSLATE_NOOP("Labels", "restored"),
    "erase": QT_TRANSLATE_NOOP("Labels", "erased"),
    "tag": QT_TRANSLATE_NOOP("Labels", "tagged"),
    "untag": QT_TRANSLATE_NOOP("Labels", "untagged"),
    "link": QT_TRANSLATE_NOOP("Labels", "linked"),
    "unlink": QT_TRANSLATE_NOOP("Labels", "unlinked"),
    "version": QT_TRANSLATE_NOOP("Labels", "new version"),
    "merge": QT_TRANSLATE_NOOP("Labels", "merged"),
}
ENTITIES = {
    "person": QT_TRANSLATE_NOOP("Labels", "person"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "organisation"),
    "relationship": QT_TRANSLATE_NOOP("Labels", "relationship"),
    "membership": QT_TRANSLATE_NOOP("Labels", "membership"),
    "contribution": QT_TRANSLATE_NOOP("Labels", "contribution"),
    "document": QT_TRANSLATE_NOOP("Labels", "document"),
    "saved_search": QT_TRANSLATE_NOOP("Labels", "saved search"),
    "membership_type": QT_TRANSLATE_NOOP("Labels", "membership type"),
    "tag": QT_TRANSLATE_NOOP("Labels", "tag"),
}


def label(table: dict[str, str], value: str) -> str:
    return QCoreApplication.translate("Labels", table[value]) if value in table else value


def choices(table: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple((value, label(table, value)) for value in table)

FIELD_NAMES = {
    "given": QT_TRANSLATE_NOOP("Labels", "given name"),
    "family": QT_TRANSLATE_NOOP("Labels", "family name"),
    "name": QT_TRANSLATE_NOOP("Labels", "name"),
    "kind": QT_TRANSLATE_NOOP("Labels", "kind"),
    "website": QT_TRANSLATE_NOOP("Labels", "website"),
    "emails": QT_TRANSLATE_NOOP("Labels", "emails"),
    "phones": QT_TRANSLATE_NOOP("Labels", "phones"),
    "addresses": QT_TRANSLATE_NOOP("Labels", "addresses"),
    "birth_date": QT_TRANSLATE_NOOP("Labels", "birth date"),
    "member_number": QT_TRANSLATE_NOOP("Labels", "member number"),
    "languages": QT_TRANSLATE_NOOP("Labels", "languages"),
    "notes": QT_TRANSLATE_NOOP("Labels", "notes"),
    "consents": QT_TRANSLATE_NOOP("Labels", "consents"),
    "custom": QT_TRANSLATE_NOOP("Labels", "custom fields"),
    "type": QT_TRANSLATE_NOOP("Labels", "type"),
    "status": QT_TRANSLATE_NOOP("Labels", "status"),
    "start": QT_TRANSLATE_NOOP("Labels", "start"),
    "end": QT_TRANSLATE_NOOP("Labels", "end"),
    "amount": QT_TRANSLATE_NOOP("Labels", "amount"),
    "currency": QT_TRANSLATE_NOOP("Labels", "currency"),
    "date": QT_TRANSLATE_NOOP("Labels", "date"),
    "method": QT_TRANSLATE_NOOP("Labels", "method"),
    "title": QT_TRANSLATE_NOOP("Labels", "title"),
    "person_id": QT_TRANSLATE_NOOP("Labels", "person"),
    "period_start": QT_TRANSLATE_NOOP("Labels", "period start"),
    "period_end": QT_TRANSLATE_NOOP("Labels", "period end"),
    "from_id": QT_TRANSLATE_NOOP("Labels", "from"),
    "to_id": QT_TRANSLATE_NOOP("Labels", "to"),
    "to_entity": QT_TRANSLATE_NOOP("Labels", "kind of record"),
    "role": QT_TRANSLATE_NOOP("Labels", "role"),
    "query": QT_TRANSLATE_NOOP("Labels", "search text"),
    "filters": QT_TRANSLATE_NOOP("Labels", "filters"),
    "tags": QT_TRANSLATE_NOOP("Labels", "tags"),
}

RELATIONSHIPS = {
    "member_of": QT_TRANSLATE_NOOP("Labels", "member"),
    "works_at": QT_TRANSLATE_NOOP("Labels", "works there"),
    "contact_for": QT_TRANSLATE_NOOP("Labels", "contact person"),
    "household": QT_TRANSLATE_NOOP("Labels", "household"),
}
