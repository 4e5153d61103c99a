"""Words of the exchange dialogs: the services speak English codes and sentences (CLI output); here they are
turned into the interface language (DESIGN: words at the edge)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ...core.errors import InvalidField
from ...exchange.notes import NoteCode
from ..errors import field_label, reason_text

translate = QCoreApplication.translate

FORMATS = {
    "ods": QT_TRANSLATE_NOOP("Exchange", "Spreadsheet (.ods, LibreOffice)"),
    "xlsx": QT_TRANSLATE_NOOP("Exchange", "Spreadsheet (.xlsx, Excel)"),
    "spreadsheet": QT_TRANSLATE_NOOP("Exchange", "Spreadsheet (.ods, .xlsx, .xls)"),
    "csv": QT_TRANSLATE_NOOP("Exchange", "Spreadsheet (CSV)"),
    "vcard": QT_TRANSLATE_NOOP("Exchange", "Address cards (vCard)"),
    "json": QT_TRANSLATE_NOOP("Exchange", "Complete data (JSON)"),
    "pdf-list": QT_TRANSLATE_NOOP("Exchange", "Member list (PDF)"),
    "pdf-cards": QT_TRANSLATE_NOOP("Exchange", "Membership cards (PDF)"),
    "pdf-labels": QT_TRANSLATE_NOOP("Exchange", "Address labels (PDF)"),
    "bundle": QT_TRANSLATE_NOOP("Exchange", "Encrypted bundle for partner groups"),
}
OUTCOMES = {
    "created": QT_TRANSLATE_NOOP("Exchange", "new"),
    "updated": QT_TRANSLATE_NOOP("Exchange", "updated"),
    "skipped": QT_TRANSLATE_NOOP("Exchange", "skipped"),
    "error": QT_TRANSLATE_NOOP("Exchange", "error"),
}
MODES = {
    "create": QT_TRANSLATE_NOOP("Exchange", "Only add new records (skip those already here)"),
    "update": QT_TRANSLATE_NOOP("Exchange", "Update the matching records with the file's values"),
    "fill": QT_TRANSLATE_NOOP("Exchange", "Only fill the empty fields of matching records"),
}
RULES = {
    "id": QT_TRANSLATE_NOOP("Exchange", "same identifier"),
    "member_number": QT_TRANSLATE_NOOP("Exchange", "same member number"),
    "email": QT_TRANSLATE_NOOP("Exchange", "same email"),
    "phone": QT_TRANSLATE_NOOP("Exchange", "same phone"),
    "name-birth": QT_TRANSLATE_NOOP("Exchange", "same name and birth date"),
    "name": QT_TRANSLATE_NOOP("Exchange", "same name"),
}
# what an export carries (services/exports.py and exchange/selection.py field names)
FIELDS = {
    "id": QT_TRANSLATE_NOOP("Exchange", "Identifier"),
    "given": QT_TRANSLATE_NOOP("Exchange", "Given name"),
    "family": QT_TRANSLATE_NOOP("Exchange", "Family name"),
    "emails": QT_TRANSLATE_NOOP("Exchange", "Emails"),
    "phones": QT_TRANSLATE_NOOP("Exchange", "Phones"),
    "addresses": QT_TRANSLATE_NOOP("Exchange", "Addresses"),
    "birth_date": QT_TRANSLATE_NOOP("Exchange", "Birth date"),
    "member_number": QT_TRANSLATE_NOOP("Exchange", "Member number"),
    "languages": QT_TRANSLATE_NOOP("Exchange", "Languages"),
    "notes": QT_TRANSLATE_NOOP("Exchange", "Notes"),
    "consents": QT_TRANSLATE_NOOP("Exchange", "Consents"),
    "custom": QT_TRANSLATE_NOOP("Exchange", "Custom fields"),
    "tags": QT_TRANSLATE_NOOP("Exchange", "Tags"),
    "name": QT_TRANSLATE_NOOP("Exchange", "Organisation name"),
    "kind": QT_TRANSLATE_NOOP("Exchange", "Organisation kind"),
    "website": QT_TRANSLATE_NOOP("Exchange", "Website"),
    "memberships": QT_TRANSLATE_NOOP("Exchange", "Memberships"),
    "contributions": QT_TRANSLATE_NOOP("Exchange", "Contributions"),
    "relationships": QT_TRANSLATE_NOOP("Exchange", "Relationships"),
    "documents": QT_TRANSLATE_NOOP("Exchange", "Documents"),
    "everything": QT_TRANSLATE_NOOP("Exchange", "everything"),
}
KINDS = {  # disclosure kinds
    **FORMATS,
    "report": QT_TRANSLATE_NOOP("Exchange", "Access report (PDF)"),
    "receipt": QT_TRANSLATE_NOOP("Exchange", "Receipt (PDF)"),
    "certificate": QT_TRANSLATE_NOOP("Exchange", "Membership certificate (PDF)"),
    "pdf-reminders": QT_TRANSLATE_NOOP("Exchange", "Reminder letters (PDF)"),
    "renewals-ods": QT_TRANSLATE_NOOP("Exchange", "Renewal list (.ods)"),
    "renewals-xlsx": QT_TRANSLATE_NOOP("Exchange", "Renewal list (.xlsx)"),
    "renewals-csv": QT_TRANSLATE_NOOP("Exchange", "Renewal list (CSV)"),
    "contributions-ods": QT_TRANSLATE_NOOP("Exchange", "Contributions (.ods)"),
    "contributions-xlsx": QT_TRANSLATE_NOOP("Exchange", "Contributions (.xlsx)"),
    "contributions-csv": QT_TRANSLATE_NOOP("Exchange", "Contributions (CSV)"),
}


def _t(table: dict[str, str], key: str) -> str:
    return translate("Exchange", table[key]) if key in table else key


def format_label(fmt: str) -> str:
    return _t(FORMATS, fmt)


def outcome_label(outcome: str) -> str:
    return _t(OUTCOMES, outcome)


def mode_label(mode: str) -> str:
    return _t(MODES, mode)


def field_name(name: str) -> str:
    return _t(FIELDS, name)


def kind_label(kind: str) -> str:
    return _t(KINDS, kind)


def rule_label(rule: str) -> str:
    return _t(RULES, rule)


# why a row ends as it does (exchange/plan.py REASONS)
REASONS = {
    "exists": QT_TRANSLATE_NOOP("Exchange", "already in the vault: left as it is"),
    "duplicate-row": QT_TRANSLATE_NOOP("Exchange", "the same person as an earlier line"),
    "merged": QT_TRANSLATE_NOOP("Exchange", "merged into an earlier line"),
    "no-change": QT_TRANSLATE_NOOP("Exchange", "already in the vault: nothing new"),
    "changed": QT_TRANSLATE_NOOP("Exchange", "changes: %1"),
    "possible-duplicate": QT_TRANSLATE_NOOP("Exchange", "another person (different %1): flagged as a possible "
                                                        "duplicate"),
    "member-number-taken": QT_TRANSLATE_NOOP("Exchange", "this member number belongs to another person"),
    "organisation-column": QT_TRANSLATE_NOOP("Exchange", "from the organisation column"),
}
CONFLICTS = {  # what disagrees between two people who only resemble each other
    "given": QT_TRANSLATE_NOOP("Exchange", "given name"),
    "family": QT_TRANSLATE_NOOP("Exchange", "family name"),
    "birth_date": QT_TRANSLATE_NOOP("Exchange", "birth date"),
    "member_number": QT_TRANSLATE_NOOP("Exchange", "member number"),
}


def row_text(text: str) -> str:
    """A row's error from the planner or a reader: worded from its codes when it carries them (core.errors.ErrorText
    of an InvalidField), else as it is."""
    error = getattr(text, "error", None)
    if isinstance(error, InvalidField):
        value = error.value
        shown = f" ({value})" if value is not None and len(value) <= 80 else ""
        return f"{field_label(error.field)}{shown}: {reason_text(error.reason, error.params)}"
    return text


def row_detail(row) -> str:
    """What the preview says of a row (a planner's RowOutcome): why it ends as it does, or its error."""
    if row.reason == "changed" or (row.reason == "merged" and row.changed):
        changed = ", ".join(field_name(f) for f in row.changed)
        words = translate("Exchange", REASONS["changed"]).replace("%1", changed)
        return words if row.reason == "changed" else f"{translate('Exchange', REASONS['merged'])} ({changed})"
    if row.reason == "possible-duplicate":
        differ = ", ".join(_t(CONFLICTS, f) for f in row.conflicts)
        return translate("Exchange", REASONS["possible-duplicate"]).replace("%1", differ)
    if row.outcome == "error" and row.reason != "member-number-taken":
        return row_text(row.detail)
    if row.reason in REASONS:
        return translate("Exchange", REASONS[row.reason])
    return row_text(row.detail)


def matched_text(row, short: bool = False) -> str:
    """The record a row matched: 'Name (id)' for one already in the vault ('Name (…end of the id)' when ``short``,
    as member cards print it), 'line N: Name' for an earlier row of the file."""
    if row.matched_line:
        return translate("Exchange", "line %1: %2").replace("%1", str(row.matched_line)).replace(
            "%2", row.matched_name)
    if row.matched:
        ident = f"…{row.matched[-12:]}" if short else row.matched
        return f"{row.matched_name} ({ident})" if row.matched_name else ident
    return ""


N = NoteCode
# exchange/notes.py's codes in words: (the words, the parameters they show as %1, %2...)
NOTES = {
    N.COLUMN_IGNORED: (QT_TRANSLATE_NOOP("Exchange", "Column “%1” not recognised: not imported."), ("column",)),
    N.UNDATED_CONTRIBUTIONS: (QT_TRANSLATE_NOOP("Exchange", "%1 contribution(s) without a date are dated %2."),
                              ("count", "date")),
    N.ERRORS_LISTED: (QT_TRANSLATE_NOOP("Exchange", "%1 errors; the first %2 are listed."), ("count", "kept")),
    N.STRAY_LINES: (QT_TRANSLATE_NOOP("Exchange", "%1 line(s) outside any card were ignored."), ("count",)),
    N.UNRESOLVED_LINKS: (QT_TRANSLATE_NOOP("Exchange", "%1 link(s) to another card (ORG, RELATED) name no card of "
                                                       "this file: not kept."), ("count",)),
    N.LINKS_BY_NAME: (QT_TRANSLATE_NOOP("Exchange", "%1 link(s) to an organisation whose card is not in this file "
                                                    "were made by its name, without their start and end dates."),
                      ("count",)),
    N.DOCUMENTS_DROPPED: (QT_TRANSLATE_NOOP("Exchange", "%1 photo(s) or document(s) dropped as asked."), ("count",)),
    N.TOMBSTONE_IGNORED: (QT_TRANSLATE_NOOP("Exchange", "The deletion of %1 %2 was ignored: it is not a record "
                                                        "received from this sender."), ("entity", "id")),
    N.PHOTO_NOT_PROPERTY: (QT_TRANSLATE_NOOP("Exchange", "Line %1: a photo line that is not a property was dropped."),
                           ("line",)),
    N.PHOTO_NOT_BASE64: (QT_TRANSLATE_NOOP("Exchange", "Line %1: a photo that is not base64 data was dropped."),
                         ("line",)),
    N.PHOTO_LINK: (QT_TRANSLATE_NOOP("Exchange", "Line %1: a photo given as a link was dropped (links are never "
                                                 "fetched)."), ("line",)),
    N.PHOTO_TOO_LARGE: (QT_TRANSLATE_NOOP("Exchange", "Line %1: a photo over %2 MB was dropped."), ("line", "mb")),
    N.PHOTO_BAD_BASE64: (QT_TRANSLATE_NOOP("Exchange", "Line %1: a photo that is not valid base64 was dropped."),
                         ("line",)),
}


def note_text(text: str) -> str:
    """A reader's or planner's note (exchange.notes.Note) worded from its code; any other text as it is."""
    code = getattr(text, "code", None)
    if code not in NOTES:
        return text
    words, names = NOTES[code]
    out = translate("Exchange", words)
    for n, name in enumerate(names, start=1):
        value = text.params.get(name, "")
        grouped = isinstance(value, int) and name != "line"  # counts in the locale's way; a line number as is
        out = out.replace(f"%{n}", QLocale().toString(value) if grouped else str(value))
    return out


def recipient_label(recipient: str) -> str:
    """A disclosure's recipient as recorded by the services ('file', 'passphrase', 'key age1…', a partner)."""
    if recipient == "file":
        return translate("Exchange", "a file")
    if recipient == "passphrase":
        return translate("Exchange", "whoever has the passphrase")
    if recipient == "the person (access request)":
        return translate("Exchange", "the person (access request)")
    if recipient.startswith("key "):
        return translate("Exchange", "key %1").replace("%1", recipient[4:])
    return recipient


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_COLUMN = re.compile(r"^(?:(email|phone)\d*(?:_type)?|mobile|phone_home|phone_work|(?:address\d+_)?"
                     r"(street2?|postcode|city|region|country|type)|address_type|(membership)_\w+|(custom):.*)$")


def fields_text(fields: list[str]) -> str:
    """A disclosure's field list in words: CSV column names (email2, address2_city...) grouped into the
    fields they carry, each named once."""
    out: list[str] = []
    for name in fields:
        m = _COLUMN.match(name)
        if m is None:
            key = name
        elif m.group(1) or name in ("mobile", "phone_home", "phone_work"):
            key = (m.group(1) or "phone") + "s"
        elif m.group(3):
            key = "memberships"
        elif m.group(4):
            key = "custom"
        else:
            key = "addresses"
        if key not in out:
            out.append(key)
    return ", ".join(field_name(k) for k in out)


def local_time(stamp: str) -> str:
    """'2026-11-27T10:04:00Z' in local time and the user's locale, to the minute ('' stays '')."""
    from ..format import moment
    return moment(stamp, seconds=False)
