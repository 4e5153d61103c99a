"""A person's logged fields and JSON columns, built directly for the usual shapes.

A bulk insert (an import, the demo) turns 100,000 people into logged dicts and JSON columns: the generic paths
(``records.plain`` walking every dataclass, ``records.dumps`` for each list) cost about a third of its Python time.
Here the known shapes (``Email``/``Phone``/``Address``/``Consent`` holding strings, dicts with exactly their keys)
are written out by hand; anything else falls back to the generic path, so the result is always the same
(tests/bench/test_write_path_equivalence.py compares both on generated and hostile records).
"""

from __future__ import annotations

from datetime import date
from json.encoder import encode_basestring as _s  # what records.dumps uses for strings (ensure_ascii=False)
from typing import Any

from ..core.model import Address, Consent, Email, Person, Phone
from .records import dumps, plain

_GENERIC = object()
# (the checks below are written out, not looped over with helpers: they run for every contact of every person)


def _pairs(items: list, kind: type, first: str, second: str) -> list | object:
    """Emails (address, kind) or phones (number, kind) as plain dicts."""
    out = []
    for x in items:
        if type(x) is not kind:
            return _GENERIC
        a, b = getattr(x, first), getattr(x, second)
        if type(a) is not str or type(b) is not str:
            return _GENERIC
        out.append({first: a, second: b})
    return out


def _addresses(items: list) -> list | object:
    out = []
    for a in items:
        if type(a) is not Address:
            return _GENERIC
        d = {"street": a.street, "postcode": a.postcode, "city": a.city, "region": a.region, "country": a.country,
             "kind": a.kind}
        for value in d.values():
            if type(value) is not str:
                return _GENERIC
        out.append(d)
    return out


def _consents(items: list) -> list | object:
    out = []
    for c in items:
        if type(c) is not Consent or type(c.what) is not str:
            return _GENERIC
        given, until = c.given_on, c.until
        if (given is not None and type(given) is not date) or (until is not None and type(until) is not date):
            return _GENERIC
        out.append({"what": c.what, "given_on": given.isoformat() if given else None,
                    "until": until.isoformat() if until else None})
    return out


def _plain_strings(values) -> bool:
    for value in values:
        if type(value) is not str:
            return False
    return True


def person_logged(p: Person) -> dict[str, Any]:
    """``{f: plain(getattr(p, f)) for f in Person.FIELDS}``, faster for validated people."""
    birth, languages, custom, number = p.birth_date, p.languages, p.custom, p.member_number
    emails = _pairs(p.emails, Email, "address", "kind") if type(p.emails) is list else _GENERIC
    phones = _pairs(p.phones, Phone, "number", "kind") if type(p.phones) is list else _GENERIC
    addresses = _addresses(p.addresses) if type(p.addresses) is list else _GENERIC
    consents = _consents(p.consents) if type(p.consents) is list else _GENERIC
    if (emails is _GENERIC or phones is _GENERIC or addresses is _GENERIC or consents is _GENERIC
            or type(p.given) is not str or type(p.family) is not str or type(p.notes) is not str
            or (birth is not None and type(birth) is not date) or type(languages) is not list
            or not _plain_strings(languages) or type(custom) is not dict
            or not (_plain_strings(custom) and _plain_strings(custom.values())) or type(number) is not str):
        return {f: plain(getattr(p, f)) for f in Person.FIELDS}
    return {"given": p.given, "family": p.family, "emails": emails, "phones": phones, "addresses": addresses,
            "birth_date": birth.isoformat() if birth else None, "languages": list(languages), "notes": p.notes,
            "consents": consents, "custom": dict(custom), "member_number": number}


def emails_json(items: list) -> str:
    """``dumps(items)`` of logged emails (keys sorted: address, kind)."""
    if type(items) is not list:
        return dumps(items)
    parts = []
    for e in items:
        if type(e) is not dict or len(e) != 2:
            return dumps(items)
        address, kind = e.get("address"), e.get("kind")
        if type(address) is not str or type(kind) is not str:
            return dumps(items)
        parts.append(email_item(address, kind))
    return "[" + ",".join(parts) + "]"


def phones_json(items: list) -> str:
    """``dumps(items)`` of logged phones (keys sorted: kind, number)."""
    if type(items) is not list:
        return dumps(items)
    parts = []
    for x in items:
        if type(x) is not dict or len(x) != 2:
            return dumps(items)
        number, kind = x.get("number"), x.get("kind")
        if type(number) is not str or type(kind) is not str:
            return dumps(items)
        parts.append(phone_item(number, kind))
    return "[" + ",".join(parts) + "]"


_ADDRESS_KEYS = ("city", "country", "kind", "postcode", "region", "street")  # sorted, as dumps writes them


def addresses_json(items: list) -> str:
    """``dumps(items)`` of logged addresses (keys sorted: city, country, kind, postcode, region, street)."""
    if type(items) is not list:
        return dumps(items)
    parts = []
    for a in items:
        if type(a) is not dict or len(a) != 6:
            return dumps(items)
        values = [a.get(k) for k in _ADDRESS_KEYS]
        if not _plain_strings(values):
            return dumps(items)
        city, country, kind, postcode, region, street = values
        parts.append(address_item(street, postcode, city, region, country, kind))
    return "[" + ",".join(parts) + "]"


# The JSON text of one contact and of a whole record, as ``records.dumps`` writes them (keys sorted), from strings
# (and, for the record, its JSON columns already made): shared by this module and person_encode.
def email_item(address: str, kind: str) -> str:
    return f'{{"address":{_s(address)},"kind":{_s(kind)}}}'


def phone_item(number: str, kind: str) -> str:
    return f'{{"kind":{_s(kind)},"number":{_s(number)}}}'


def address_item(street: str, postcode: str, city: str, region: str, country: str, kind: str) -> str:
    return (f'{{"city":{_s(city)},"country":{_s(country)},"kind":{_s(kind)},"postcode":{_s(postcode)},'
            f'"region":{_s(region)},"street":{_s(street)}}}')


def logged_json(given: str, family: str, emails: str, phones: str, addresses: str, birth_date: str | None,
                languages: str, notes: str, consents: str, custom: str, member_number: str) -> str:
    """``dumps`` of a person's logged fields, its list and dict fields given as their JSON text."""
    birth = "null" if birth_date is None else _s(birth_date)
    return (f'{{"addresses":{addresses},"birth_date":{birth},"consents":{consents},"custom":{custom},'
            f'"emails":{emails},"family":{_s(family)},"given":{_s(given)},"languages":{languages},'
            f'"member_number":{_s(member_number)},"notes":{_s(notes)},"phones":{phones}}}')
