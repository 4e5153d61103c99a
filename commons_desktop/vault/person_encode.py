"""A new person's stored row, made in one pass from the Person object (bulk inserts: an import, the demo).

The generic path turns each person into logged fields (``person_rows.person_logged``: a dict, and one dict per
email, phone and address), then into column values (``People.columns_of``), a change-log text
(``People.log_text``), a search-index text (``search.person_body``) and contact points (``contacts.contact_rows``),
each walking those dicts again. ``encode`` gives the same values straight from the object's attributes, and folds
the given and family names once for both the sort key and the index. It handles the usual shapes (strings where
the model has strings, lists of the model's contact classes, exact dates); for anything else it returns None and
the caller takes the generic path, so what is stored is always the same
(tests/bench/test_person_encode_equivalence.py compares both on generated, demo and hostile people).
"""

from __future__ import annotations

from datetime import date
from json.encoder import encode_basestring as _s  # what records.dumps uses for strings (ensure_ascii=False)

from ..core.model import Address, Consent, Email, Person, Phone
from ..core.text import phone_digits
from .person_rows import address_item, email_item, logged_json, phone_item
from .search import fold_joined, fold_one

# People.columns_of's keys, in its order: the order of the values ``encode`` gives
COLUMNS = ("given", "family", "sort_key", "emails", "phones", "addresses", "city", "birth_date", "languages",
           "notes", "consents", "custom", "member_number")


def _string_list(items: list) -> str | None:
    """``records.dumps`` of a list of strings; None when an item is not a string."""
    for x in items:
        if x.__class__ is not str:
            return None
    return "[" + ",".join(map(_s, items)) + "]"


def _custom(custom: dict) -> str | None:
    """``records.dumps`` of a dict of strings (keys sorted); None when a key or a value is not a string."""
    for k, x in custom.items():
        if k.__class__ is not str or x.__class__ is not str:
            return None
    return "{" + ",".join(f"{_s(k)}:{_s(custom[k])}" for k in sorted(custom)) + "}"


def _consents(items: list) -> str | None:
    parts = []
    for c in items:
        if c.__class__ is not Consent or c.what.__class__ is not str:
            return None
        given, until = c.given_on, c.until
        if (given is not None and given.__class__ is not date) or (until is not None and until.__class__ is not date):
            return None
        parts.append(f'{{"given_on":{_s(given.isoformat()) if given else "null"},'
                     f'"until":{_s(until.isoformat()) if until else "null"},"what":{_s(c.what)}}}')
    return "[" + ",".join(parts) + "]"


def encode(p: Person) -> tuple[tuple, str, str, str, list[tuple[str, str]]] | None:
    """(the column values in COLUMNS order, the change-log text, the folded index text before the tags, the folded
    notes, the contact points as (kind, value)) of a person as ``People.insert_many`` would store it from
    ``person_logged(p)``; None when ``p`` has a shape only the generic path handles. The index text of the new
    record is: the text before the tags, the folded tags, the folded notes, joined by spaces where not empty."""
    given, family, notes, birth, member_number = p.given, p.family, p.notes, p.birth_date, p.member_number
    emails, phones, addresses, consents, languages, custom = (p.emails, p.phones, p.addresses, p.consents,
                                                              p.languages, p.custom)
    if (given.__class__ is not str or family.__class__ is not str or notes.__class__ is not str
            or member_number.__class__ is not str
            or (birth is not None and birth.__class__ is not date) or emails.__class__ is not list
            or phones.__class__ is not list or addresses.__class__ is not list or consents.__class__ is not list
            or languages.__class__ is not list or custom.__class__ is not dict):
        return None
    words: list[str] = []  # the contact words of the index, in search._contact_words' order
    contacts: list[tuple[str, str]] = []
    emails_json = phones_json = addresses_json = "[]"
    city = ""
    if emails:
        parts = []
        for e in emails:
            if e.__class__ is not Email:
                return None
            address, kind = e.address, e.kind
            if address.__class__ is not str or kind.__class__ is not str:
                return None
            parts.append(email_item(address, kind))
            words.append(address)
            folded = address.casefold()
            if folded:
                contacts.append(("email", folded))
        emails_json = "[" + ",".join(parts) + "]"
    if phones:
        parts = []
        for x in phones:
            if x.__class__ is not Phone:
                return None
            number, kind = x.number, x.kind
            if number.__class__ is not str or kind.__class__ is not str:
                return None
            parts.append(phone_item(number, kind))
            digits = phone_digits(number)
            words += (number, digits.lstrip("+"))
            if digits:
                contacts.append(("phone", digits))
        phones_json = "[" + ",".join(parts) + "]"
    if addresses:
        parts = []
        for a in addresses:
            if a.__class__ is not Address:
                return None
            street, postcode, town, region, country, kind = a.street, a.postcode, a.city, a.region, a.country, a.kind
            if (street.__class__ is not str or postcode.__class__ is not str or town.__class__ is not str
                    or region.__class__ is not str or country.__class__ is not str or kind.__class__ is not str):
                return None
            parts.append(address_item(street, postcode, town, region, country, kind))
            words += (postcode, town)
        addresses_json = "[" + ",".join(parts) + "]"
        city = addresses[0].city
    languages_json = _string_list(languages) if languages else "[]"
    custom_json = _custom(custom) if custom else "{}"
    consents_json = _consents(consents) if consents else "[]"
    if languages_json is None or custom_json is None or consents_json is None:
        return None
    birth_text = birth.isoformat() if birth is not None else None
    folded_given, folded_family = fold_one(given), fold_one(family)
    sort_key = (folded_family + " " + folded_given if folded_given else folded_family) if folded_family \
        else folded_given
    # fold_joined(words) is the fold of the words joined by spaces (fold_joined's own equivalence): one call when
    # they are ASCII, else word by word (a town's accents are folded once per town, not in every long line)
    joined = " ".join(words)
    words_folded = (" ".join(joined.lower().split()) if joined.isascii() else fold_joined(words)) if words else ""
    folded_number = fold_one(member_number) if member_number else ""
    head = " ".join(x for x in (folded_given, folded_family, folded_number, words_folded) if x)
    values = (given, family, sort_key, emails_json, phones_json, addresses_json, city, birth_text, languages_json,
              notes, consents_json, custom_json, member_number)
    log = logged_json(given, family, emails_json, phones_json, addresses_json, birth_text, languages_json, notes,
                      consents_json, custom_json, member_number)
    return values, log, head, fold_one(notes), contacts
