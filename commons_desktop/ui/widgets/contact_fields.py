"""Row lists shared by the person and organisation forms: emails, phones, addresses, custom fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.model import Address, Email, Phone
from ...exchange.cells import join_tags, split_tags
from ..labels import CONTACT_KINDS, choices
from .row_list import Column, RowList

translate = QCoreApplication.translate


def emails_list() -> RowList:
    columns = [Column("address", translate("ContactFields", "Email address"), stretch=3),
               Column("kind", translate("ContactFields", "Type"), choices(CONTACT_KINDS))]
    return RowList(translate("ContactFields", "Email"), columns, translate("ContactFields", "Add email"))


def phones_list() -> RowList:
    columns = [Column("number", translate("ContactFields", "Phone number"), stretch=3),
               Column("kind", translate("ContactFields", "Type"), choices(CONTACT_KINDS))]
    return RowList(translate("ContactFields", "Phone"), columns, translate("ContactFields", "Add phone"))


def addresses_list() -> RowList:
    columns = [Column("street", translate("ContactFields", "Street and number"), stretch=4, lines=True),
               Column("kind", translate("ContactFields", "Type"), choices(CONTACT_KINDS)),
               Column("postcode", translate("ContactFields", "Postcode"), new_line=True),
               Column("city", translate("ContactFields", "City"), stretch=2),
               Column("country", translate("ContactFields", "Country"), stretch=2)]
    return RowList(translate("ContactFields", "Address"), columns, translate("ContactFields", "Add address"))


def custom_list() -> RowList:
    columns = [Column("key", translate("ContactFields", "Field name")),
               Column("value", translate("ContactFields", "Value"), stretch=2)]
    return RowList(translate("ContactFields", "Custom field"), columns, translate("ContactFields", "Add custom field"))


def set_emails(rows: RowList, emails: list[Email]) -> None:
    rows.set_values([{"address": e.address, "kind": e.kind} for e in emails])


def set_phones(rows: RowList, phones: list[Phone]) -> None:
    rows.set_values([{"number": p.number, "kind": p.kind} for p in phones])


def set_addresses(rows: RowList, addresses: list[Address]) -> None:
    rows.set_values([{"street": a.street, "postcode": a.postcode, "city": a.city, "country": a.country,
                      "kind": a.kind, "region": a.region} for a in addresses])


def set_custom(rows: RowList, custom: dict[str, str]) -> None:
    rows.set_values([{"key": k, "value": v} for k, v in custom.items()])


def emails_of(rows: RowList) -> list[Email]:
    return [Email(r["address"], r["kind"]) for r in rows.values() if r["address"]]


def phones_of(rows: RowList) -> list[Phone]:
    return [Phone(r["number"], r["kind"]) for r in rows.values() if r["number"]]


def addresses_of(rows: RowList, previous: list[Address]) -> list[Address]:
    """Addresses as edited; the region (not shown in the form) is kept from the address at the same place."""
    out = []
    for i, r in enumerate(rows.values()):
        region = previous[i].region if i < len(previous) else ""
        out.append(Address(r["street"], r["postcode"], r["city"], region, r["country"], r["kind"]))
    return out


def custom_of(rows: RowList) -> dict[str, str]:
    return {r["key"]: r["value"] for r in rows.values() if r["key"] or r["value"]}


def split_words(text: str) -> list[str]:
    """Comma-separated input (tags, languages) as a clean list, order kept, duplicates dropped."""
    seen, out = set(), []
    for part in text.split(","):
        word = part.strip()
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            out.append(word)
    return out


def tags_help() -> str:
    return translate("ContactFields", "Separate tags with commas. A comma inside a tag is typed after a backslash: "
                                      "comité\\, fêtes")


def tags_text(tags: list[str]) -> str:
    """Tags as typed in a form: separated by commas; a comma, semicolon or backslash inside a tag after a
    backslash ("comité\\, fêtes"), as in a spreadsheet's tags cell (exchange/cells.join_tags)."""
    return join_tags(tags)


def tags_of(text: str) -> list[str]:
    """The tags typed in a form (``tags_text``'s way), order kept, duplicates (ignoring case) dropped."""
    seen, out = set(), []
    for tag in split_tags(text):
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return out


def error_target(field: str) -> str:
    """Which part of a form shows the message of an InvalidField(field)."""
    if field.startswith("email"):
        return "emails"
    if field.startswith("phone"):
        return "phones"
    if field.startswith("address"):
        return "addresses"
    if field.startswith("custom field"):
        return "custom"
    if field.startswith("consent"):
        return "consents"
    if field in ("given name", "family name", "name"):
        return "name"
    if field == "tag":
        return "tags"
    return field.replace(" ", "_")
