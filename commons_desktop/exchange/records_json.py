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
SHARED_CHARS = 64  # longer texts are seldom repeated: not looked up


class Repeated:
    """A file's repeated values, each kept once. A JSON decoder gives every value of every record as a new object: a
    100,000-person file's "home", "France", "fr", "newsletter", its first names, towns and dates would be held a
    million times over (measured: ~90 MB of a 100,000-person import). Read through one of these, records share the
    file's few thousand distinct ones instead (what the CSV and vCard readers give). ``text(value)`` and
    ``day(text)`` give the one kept; a value over SHARED_CHARS is given as it is."""

    __slots__ = ("_texts", "_days")

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}
        self._days: dict[str, date] = {}

    def text(self, value: str) -> str:
        return self._texts.setdefault(value, value) if len(value) <= SHARED_CHARS else value

    def day(self, text: str, key: str) -> date:
        found = self._days.get(text)
        if found is None:
            try:
                found = date.fromisoformat(text)
            except ValueError:
                raise InvalidField(key, Reason.NOT_ISO_DATE, text[:80]) from None
            if len(text) <= SHARED_CHARS:
                self._days[text] = found
        return found


class _Single(Repeated):
    """Nothing shared (a record read on its own)."""

    __slots__ = ()

    def text(self, value: str) -> str:
        return value

    def day(self, text: str, key: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise InvalidField(key, Reason.NOT_ISO_DATE, text[:80]) from None


_SINGLE = _Single()


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


def _date(d: dict[str, Any], key: str, shared: Repeated) -> date | None:
    v = _str(d, key)
    return shared.day(v, key) if v else None


def _contacts(d: dict[str, Any], shared: Repeated) -> tuple[list[Email], list[Phone], list[Address]]:
    same = shared.text
    emails = [Email(_str(e, "address"), same(_str(e, "kind", "home")))
              for e in map(lambda x: _obj(x, "email"), _list(d, "emails"))]
    phones = [Phone(_str(p, "number"), same(_str(p, "kind", "mobile")))
              for p in map(lambda x: _obj(x, "phone"), _list(d, "phones"))]
    addresses = [Address(_str(a, "street"), *(same(_str(a, k)) for k in ("postcode", "city", "region", "country")),
                         kind=same(_str(a, "kind", "home"))) for a in map(lambda x: _obj(x, "address"),
                                                                           _list(d, "addresses"))]
    return emails, phones, addresses


def _custom(d: dict[str, Any]) -> dict[str, str]:
    v = d.get("custom") or {}
    if not isinstance(v, dict) or not all(isinstance(x, str) for x in v.values()):
        raise InvalidField("custom", Reason.NOT_TEXT_OBJECT)
    return dict(v)


def _tags(d: dict[str, Any], shared: Repeated) -> list[str]:
    tags = _list(d, "tags")
    if not all(isinstance(t, str) for t in tags):
        raise InvalidField("tags", Reason.NOT_TEXT_LIST)
    return [shared.text(t) for t in tags]


def person_from(d: Any, shared: Repeated = _SINGLE) -> tuple[Person, list[str]]:
    """A person and its tags. ``shared``: the file's repeated values (Repeated), kept once."""
    d = _obj(d, "person")
    same = shared.text
    emails, phones, addresses = _contacts(d, shared)
    langs = _list(d, "languages")
    if not all(isinstance(x, str) for x in langs):
        raise InvalidField("languages", Reason.NOT_TEXT_LIST)
    consents = [Consent(same(_str(c, "what")), _date(c, "given_on", shared), _date(c, "until", shared))
                for c in map(lambda x: _obj(x, "consent"), _list(d, "consents"))]
    return Person(given=same(_str(d, "given")), family=same(_str(d, "family")), emails=emails, phones=phones,
                  addresses=addresses, birth_date=_date(d, "birth_date", shared), languages=[same(x) for x in langs],
                  notes=_str(d, "notes"), consents=consents, custom=_custom(d), id=_str(d, "id"),
                  member_number=_str(d, "member_number")), _tags(d, shared)


def organisation_from(d: Any, shared: Repeated = _SINGLE) -> tuple[Organisation, list[str]]:
    d = _obj(d, "organisation")
    emails, phones, addresses = _contacts(d, shared)
    return Organisation(name=_str(d, "name"), kind=shared.text(_str(d, "kind")), website=_str(d, "website"),
                        emails=emails, phones=phones, addresses=addresses, notes=_str(d, "notes"), custom=_custom(d),
                        id=_str(d, "id")), _tags(d, shared)


def relationship_from(d: Any, shared: Repeated = _SINGLE) -> Relationship:
    d = _obj(d, "relationship")
    same = shared.text
    return Relationship(same(_str(d, "kind")), _str(d, "from_id"), _str(d, "to_id"),
                        same(_str(d, "to_entity", "organisation")), same(_str(d, "role")),
                        _date(d, "start", shared), _date(d, "end", shared), _str(d, "id"))


def membership_from(d: Any, shared: Repeated = _SINGLE) -> Membership:
    d = _obj(d, "membership")
    same = shared.text
    return Membership(_str(d, "person_id"), same(_str(d, "type", "member")), same(_str(d, "status", "active")),
                      _date(d, "start", shared), _date(d, "end", shared), _str(d, "notes"), _str(d, "id"))


def contribution_from(d: Any, shared: Repeated = _SINGLE) -> Contribution:
    d = _obj(d, "contribution")
    raw = d.get("amount")
    if not isinstance(raw, str | int | float) or isinstance(raw, bool):
        raise InvalidField("amount", Reason.NOT_AMOUNT)
    try:
        amount = Decimal(str(raw))
    except InvalidOperation:
        raise InvalidField("amount", Reason.NOT_AMOUNT, str(raw)[:80]) from None
    same = shared.text
    return Contribution(_str(d, "person_id"), amount, same(_str(d, "currency", "EUR")), _date(d, "date", shared),
                        same(_str(d, "method", "transfer")), same(_str(d, "kind", "dues")),
                        _date(d, "period_start", shared), _date(d, "period_end", shared), _str(d, "notes"),
                        _str(d, "id"))
