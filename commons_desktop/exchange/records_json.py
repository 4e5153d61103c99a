"""Records as plain JSON objects and back. Reading is strict about types (a hostile file gets a clear
error for its record, never a crash) and leaves validation of values to the domain model."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from ..core.errors import InvalidField, InvalidInput, Reason
from ..core.model import (
    Address,
    Consent,
    Contribution,
    Email,
    Membership,
    Organisation,
    Person,
    Phone,
    Relationship,
)
from ..vault.codec import Codec
from ..vault.codecs import BY_CLASS, ORGANISATION, PERSON

PERSON_KEYS = ("id", *PERSON.names, "tags")
ORG_KEYS = ("id", *ORGANISATION.names, "tags")


def _tagged(codec: Codec, record: Any, fields: set[str] | None) -> dict[str, Any]:
    values = codec.plain(record)
    out: dict[str, Any] = {"id": record.id}
    out.update(values if fields is None else {f: x for f, x in values.items() if f in fields})
    if fields is None or "tags" in fields:
        out["tags"] = list(record.tags)
    return out


def person_json(p: Person, fields: set[str] | None = None) -> dict[str, Any]:
    return _tagged(PERSON, p, fields)


def organisation_json(o: Organisation, fields: set[str] | None = None) -> dict[str, Any]:
    return _tagged(ORGANISATION, o, fields)


def plain(record: Any) -> dict[str, Any]:
    """A relationship's, membership's or contribution's plain value, with its id."""
    return {"id": record.id, **BY_CLASS[type(record)].plain(record)}


# -- reading ----------------------------------------------------------------------------------------------------
def _obj(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidInput(f"{what}: expected an object")
    return value


def _str(d: dict[str, Any], key: str, default: str = "") -> str:
    v = d.get(key, default)
    if v is None:
        return default
    if not isinstance(v, str):
        raise InvalidField(key, Reason.NOT_TEXT)
    return v


def _list(d: dict[str, Any], key: str) -> list[Any]:
    v = d.get(key) or []
    if not isinstance(v, list):
        raise InvalidField(key, Reason.NOT_LIST)
    return v


def _date(d: dict[str, Any], key: str) -> date | None:
    v = _str(d, key)
    if not v:
        return None
    try:
        return date.fromisoformat(v)
    except ValueError:
        raise InvalidField(key, Reason.NOT_ISO_DATE, v[:80]) from None


def _contacts(d: dict[str, Any]) -> tuple[list[Email], list[Phone], list[Address]]:
    emails = [Email(_str(e, "address"), _str(e, "kind", "home")) for e in map(lambda x: _obj(x, "email"),
                                                                               _list(d, "emails"))]
    phones = [Phone(_str(p, "number"), _str(p, "kind", "mobile")) for p in map(lambda x: _obj(x, "phone"),
                                                                               _list(d, "phones"))]
    addresses = [Address(*(_str(a, k) for k in ("street", "postcode", "city", "region", "country")),
                         kind=_str(a, "kind", "home")) for a in map(lambda x: _obj(x, "address"),
                                                                     _list(d, "addresses"))]
    return emails, phones, addresses


def _custom(d: dict[str, Any]) -> dict[str, str]:
    v = d.get("custom") or {}
    if not isinstance(v, dict) or not all(isinstance(x, str) for x in v.values()):
        raise InvalidField("custom", Reason.NOT_TEXT_OBJECT)
    return dict(v)


def _tags(d: dict[str, Any]) -> list[str]:
    tags = _list(d, "tags")
    if not all(isinstance(t, str) for t in tags):
        raise InvalidField("tags", Reason.NOT_TEXT_LIST)
    return tags


def person_from(d: Any) -> tuple[Person, list[str]]:
    d = _obj(d, "person")
    emails, phones, addresses = _contacts(d)
    langs = _list(d, "languages")
    if not all(isinstance(x, str) for x in langs):
        raise InvalidField("languages", Reason.NOT_TEXT_LIST)
    consents = [Consent(_str(c, "what"), _date(c, "given_on"), _date(c, "until"))
                for c in map(lambda x: _obj(x, "consent"), _list(d, "consents"))]
    return Person(given=_str(d, "given"), family=_str(d, "family"), emails=emails, phones=phones,
                  addresses=addresses, birth_date=_date(d, "birth_date"), languages=langs, notes=_str(d, "notes"),
                  consents=consents, custom=_custom(d), id=_str(d, "id"),
                  member_number=_str(d, "member_number")), _tags(d)


def organisation_from(d: Any) -> tuple[Organisation, list[str]]:
    d = _obj(d, "organisation")
    emails, phones, addresses = _contacts(d)
    return Organisation(name=_str(d, "name"), kind=_str(d, "kind"), website=_str(d, "website"), emails=emails,
                        phones=phones, addresses=addresses, notes=_str(d, "notes"), custom=_custom(d),
                        id=_str(d, "id")), _tags(d)


def relationship_from(d: Any) -> Relationship:
    d = _obj(d, "relationship")
    return Relationship(_str(d, "kind"), _str(d, "from_id"), _str(d, "to_id"), _str(d, "to_entity", "organisation"),
                        _str(d, "role"), _date(d, "start"), _date(d, "end"), _str(d, "id"))


def membership_from(d: Any) -> Membership:
    d = _obj(d, "membership")
    return Membership(_str(d, "person_id"), _str(d, "type", "member"), _str(d, "status", "active"),
                      _date(d, "start"), _date(d, "end"), _str(d, "notes"), _str(d, "id"))


def contribution_from(d: Any) -> Contribution:
    d = _obj(d, "contribution")
    raw = d.get("amount")
    if not isinstance(raw, str | int | float) or isinstance(raw, bool):
        raise InvalidField("amount", Reason.NOT_AMOUNT)
    try:
        amount = Decimal(str(raw))
    except InvalidOperation:
        raise InvalidField("amount", Reason.NOT_AMOUNT, str(raw)[:80]) from None
    return Contribution(_str(d, "person_id"), amount, _str(d, "currency", "EUR"), _date(d, "date"),
                        _str(d, "method", "transfer"), _str(d, "kind", "dues"), _date(d, "period_start"),
                        _date(d, "period_end"), _str(d, "notes"), _str(d, "id"))
