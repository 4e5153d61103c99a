"""A change of the history in the user's words: who made it, what each field was and became (dates in the locale,
closed vocabularies translated, lists as the elements added and removed), and the whole change as a sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from ...services.history import DiaryEntry, FieldChange
from ..format import day, moment
from ..labels import (
    CONTACT_KINDS,
    CONTRIBUTION_KINDS,
    ENTITIES,
    FIELD_NAMES,
    METHODS,
    OPERATIONS,
    RELATIONSHIPS,
    STATUSES,
    label,
)

SHORT = 60  # characters of a text value shown in a table cell (the whole value is in the tooltip and the details)
DATES = {"birth_date", "start", "end", "date", "period_start", "period_end", "given_on", "until"}
CHOICES = {"status": STATUSES, "method": METHODS}


translate = QCoreApplication.translate


def who(entry: DiaryEntry, this_device: str) -> str:
    """The name given in Settings by whoever made the change, else which computer made it."""
    if entry.change.author:
        return entry.change.author
    if entry.change.device == this_device:
        return translate("HistoryWords", "this computer (no name given)")
    return translate("HistoryWords", "another computer")


def _day(value: Any) -> str:
    try:
        return day(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def quote(text: str) -> str:
    """A value between the quotation marks of the user's language (“…”, « … »)."""
    return translate("HistoryWords", "“%1”").replace("%1", text)


def _quoted(text: str, short: bool) -> str:
    text = " / ".join(line.strip() for line in str(text).splitlines() if line.strip())
    if short and len(text) > SHORT:
        text = text[:SHORT - 1] + "…"
    return quote(text)


def element(field: str, value: Any) -> str:
    """One element of a list field (an email, a phone, an address, a consent, a custom field's pair...)."""
    if isinstance(value, tuple) and len(value) == 2:
        return f"{value[0]}: {value[1]}"
    if not isinstance(value, dict):
        return str(value)
    kind = f" ({label(CONTACT_KINDS, value['kind'])})" if value.get("kind") else ""
    if field == "emails":
        return f"{value.get('address', '')}{kind}"
    if field == "phones":
        return f"{value.get('number', '')}{kind}"
    if field == "addresses":
        street = ", ".join(line.strip() for line in str(value.get("street") or "").splitlines() if line.strip())
        town = " ".join(x for x in (value.get("postcode") or "", value.get("city") or "") if x)
        parts = [x for x in (street, town, value.get("region") or "", value.get("country") or "") if x]
        return ", ".join(parts) + kind
    if field == "consents":
        period = " – ".join(_day(value[k]) if value.get(k) else "…" for k in ("given_on", "until"))
        return f"{value.get('what', '')} ({period})"
    return ", ".join(f"{k}: {v}" for k, v in sorted(value.items()))


def value_text(entity: str, field: str, value: Any, *, short: bool = True, names=None) -> str:
    """A field's value as the user reads it; ``names(entity, id)`` names a record a field points at."""
    if value is None or value == "" or value == [] or value == {}:
        return translate("HistoryWords", "(empty)")
    if field in DATES:
        return _day(value)
    if field in CHOICES:
        return label(CHOICES[field], str(value))
    if field == "kind" and entity == "contribution":
        return label(CONTRIBUTION_KINDS, str(value))
    if field == "kind" and entity == "relationship":
        return label(RELATIONSHIPS, str(value))
    if field in ("person_id", "from_id", "to_id") and names is not None:
        return names(value) or str(value)
    if field == "amount":
        try:
            return QLocale().toString(float(value), "f", 2)
        except (TypeError, ValueError):
            return str(value)
    if isinstance(value, bool):
        return translate("HistoryWords", "yes") if value else translate("HistoryWords", "no")
    if isinstance(value, list | dict):
        items = sorted(value.items()) if isinstance(value, dict) else value
        return "; ".join(element(field, x) for x in items)
    return _quoted(str(value), short)


def field_text(entity: str, change: FieldChange, *, short: bool = True, names=None) -> str:
    """“Given name: “Emilie” → “Émilie””; a list field: its elements added and removed."""
    name = label(FIELD_NAMES, change.field).capitalize()
    if change.listed:
        parts = []
        added = ", ".join(quote(element(change.field, x)) for x in change.added)
        removed = ", ".join(quote(element(change.field, x)) for x in change.removed)
        now = value_text(entity, change.field, change.new, short=short)
        if change.added:
            parts.append(translate("HistoryWords", "added %1").replace("%1", added))
        if change.removed:
            parts.append(translate("HistoryWords", "removed %1").replace("%1", removed))
        if not change.known:
            parts.append(translate("HistoryWords", "now %1").replace("%1", now))
        if not parts:
            parts.append(translate("HistoryWords", "reordered or edited in place: %1").replace(
                "%1", value_text(entity, change.field, change.new, short=short)))
        return translate("HistoryWords", "%1: %2").replace("%1", name).replace("%2", ", ".join(parts))
    new = value_text(entity, change.field, change.new, short=short, names=names)
    if not change.known:
        return translate("HistoryWords", "%1: now %2").replace("%1", name).replace("%2", new)
    old = value_text(entity, change.field, change.old, short=short, names=names)
    return translate("HistoryWords", "%1: %2 → %3").replace("%1", name).replace("%2", old).replace("%3", new)


def details(entry: DiaryEntry, *, short: bool = True, names=None) -> str:
    """What a change did, in a few words (a table cell: ``short``) or in full."""
    change, op = entry.change, entry.op
    fields = change.fields
    if fields is None:
        return translate("HistoryWords", "(details erased)") if op not in ("delete", "restore", "erase") else ""
    if op in ("tag", "untag"):
        return str(fields.get("tag", ""))
    if entry.other is not None:
        kind, ident, name = entry.other
        shown = name or ident[-8:]
        if op == "merge":
            text = (translate("HistoryWords", "merged with %1") if fields.get("merged")
                    else translate("HistoryWords", "merged into %1"))
            return text.replace("%1", shown)
        return translate("HistoryWords", "%1: %2").replace("%1", label(ENTITIES, kind)).replace("%2", shown)
    if op == "version":
        return translate("HistoryWords", "version %1: %2").replace("%1", str(fields.get("number", "?"))).replace(
            "%2", str(fields.get("file_name", "")))
    if op == "create":
        return ""
    separator = "; " if short else "\n"
    return separator.join(field_text(change.entity, f, short=short, names=names) for f in entry.fields)


def sentence(entry: DiaryEntry, this_device: str, names=None) -> str:
    """The whole change, for the details under the history: when, who, what, to which record, and each field."""
    change = entry.change
    record = entry.record or translate("HistoryWords", "(a record no longer in the vault)")
    head = translate("HistoryWords", "%1 — %2 by %3: %4 “%5”").replace("%1", moment(change.hlc)).replace(
        "%2", label(OPERATIONS, entry.op)).replace("%3", who(entry, this_device)).replace(
        "%4", label(ENTITIES, change.entity)).replace("%5", record)
    body = details(entry, short=False, names=names)
    return f"{head}\n{body}" if body else head
