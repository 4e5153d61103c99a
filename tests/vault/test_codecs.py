"""Each record kind's codec round-trips: object -> encode -> store -> decode == object, the plain JSON value decoded
from the stored row is the plain value of the object, the change-log text is ``dumps`` of that plain value, and the
plain value comes back as the object. Values of unusual shapes (not what validation gives) take each kind's generic
path and give the same results."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commons_desktop.core.errors import InvalidInput
from commons_desktop.core.model import (
    Address,
    Consent,
    Contribution,
    Email,
    Membership,
    Organisation,
    Person,
    Phone,
    Relationship,
    to_plain,
)
from commons_desktop.vault.codecs import CONTRIBUTION, MEMBERSHIP, ORGANISATION, PERSON, RELATIONSHIP
from commons_desktop.vault.json_text import dumps
from commons_desktop.vault.memberships import Contributions, Memberships
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships

# printable text with accents, quotes, backslashes, emoji and non-BMP letters (what JSON escapes or keeps)
TEXT = st.text(st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="\u2028\u2029"), max_size=12)
KINDS = st.sampled_from(["home", "work", "mobile", "other"])
DAYS = st.none() | st.dates(date(1900, 1, 1), date(2025, 12, 31))
EMAILS = st.builds(Email, st.from_regex(r"[a-z0-9._%+-]{1,8}@[a-z0-9]{1,8}\.(org|fr|be)", fullmatch=True), KINDS)
PHONES = st.builds(Phone, st.from_regex(r"\+?[0-9]{6,12}", fullmatch=True), KINDS)
ADDRESSES = st.builds(Address, TEXT, st.from_regex(r"[0-9A-Z]{0,6}", fullmatch=True), TEXT, TEXT, TEXT, KINDS)
CONSENTS = st.builds(Consent, TEXT.filter(str.strip), DAYS, st.none())
PEOPLE = st.builds(
    Person, given=TEXT, family=TEXT, emails=st.lists(EMAILS, max_size=3), phones=st.lists(PHONES, max_size=3),
    addresses=st.lists(ADDRESSES, max_size=2), birth_date=DAYS,
    languages=st.lists(st.sampled_from(["fr", "en", "nl", "de", "es"]), max_size=3), notes=TEXT,
    consents=st.lists(CONSENTS, max_size=2), custom=st.dictionaries(TEXT.filter(str.strip), TEXT, max_size=3),
    member_number=st.just("") | st.from_regex(r"[0-9A-Za-zé/-]{1,8}", fullmatch=True))
ORGANISATIONS = st.builds(
    Organisation, name=TEXT.filter(str.strip), kind=TEXT, emails=st.lists(EMAILS, max_size=2),
    phones=st.lists(PHONES, max_size=2), addresses=st.lists(ADDRESSES, max_size=2), notes=TEXT,
    custom=st.dictionaries(TEXT.filter(str.strip), TEXT, max_size=3))


def _valid(record):
    try:
        return record.validated()
    except InvalidInput:
        return None


def _stored(repo, record):
    """The record written through its repository, read back (meta attributes as stored)."""
    ident = repo.insert_many([record])[0]
    return repo.get(ident), ident


def _same_fields(codec, a, b) -> None:
    for name in codec.names:
        assert getattr(a, name) == getattr(b, name), name


def _check_codec(codec, record) -> None:
    """What the codec gives without a vault: plain == to_plain, log text == dumps(plain), plain -> object back."""
    plain = codec.plain(record)
    assert plain == {f: to_plain(getattr(record, f)) for f in codec.names}
    row = codec.row(record)
    assert codec.log_text(row) == dumps(plain) == json.dumps(plain, ensure_ascii=False, sort_keys=True,
                                                                separators=(",", ":"))
    at = {c: n for n, c in enumerate(codec.columns)}
    at["id"] = len(row)
    assert codec.plain_decoder(at)((*row, "x")) == {"id": "x", **plain}
    back = codec.decoder(at)((*row, "x"))
    _same_fields(codec, back, record)
    _same_fields(codec, codec.obj_of_plain(json.loads(dumps(plain))), record)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(PEOPLE)
def test_a_person_round_trips(vault, person):
    p = _valid(person)
    if p is None:
        return
    _check_codec(PERSON, p)
    people = People(vault)
    holder = people.find_by_member_number(p.member_number)  # (one vault for every example: numbers are unique)
    if holder:
        people.delete(holder)
    back, ident = _stored(people, p)
    _same_fields(PERSON, back, p)
    assert back.id == ident and not back.deleted
    (entry,) = [e for e in vault.conn.execute("SELECT fields FROM change_log WHERE entity_id = ?", (ident,))]
    assert json.loads(entry[0]) == PERSON.plain(p)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ORGANISATIONS)
def test_an_organisation_round_trips(vault, org):
    o = _valid(org)
    if o is None:
        return
    _check_codec(ORGANISATION, o)
    back, _ = _stored(Organisations(vault), o)
    _same_fields(ORGANISATION, back, o)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TEXT, DAYS, DAYS, st.sampled_from(["member_of", "works_at", "contact_for"]),
       st.decimals(Decimal("0.01"), Decimal("99999"), places=2), st.sampled_from(["EUR", "CAD", "GBP"]),
       st.sampled_from(["pending", "active", "lapsed"]))
def test_memberships_contributions_relationships_round_trip(vault, text, start, end, kind, amount, currency, status):
    people = People(vault)
    who = people.insert_many([Person(given="A")])[0]
    org = Organisations(vault).insert_many([Organisation(name="O")])[0]
    m = _valid(Membership(who, "member", status, start, end, text))
    c = _valid(Contribution(who, amount, currency, start or date(2020, 1, 1), "cash", "dues", None, None, text))
    r = _valid(Relationship(kind, who, org, "organisation", text, start, end))
    for codec, repo, record in ((MEMBERSHIP, Memberships(vault), m), (CONTRIBUTION, Contributions(vault), c),
                                (RELATIONSHIP, Relationships(vault), r)):
        if record is None:
            continue
        _check_codec(codec, record)
        back, _ = _stored(repo, record)
        _same_fields(codec, back, record)


ODD = st.one_of(st.none(), st.integers(), st.floats(allow_nan=False), TEXT, st.lists(TEXT, max_size=2),
                st.dates())


@settings(max_examples=80, deadline=None)
@given(ODD, ODD, st.lists(st.builds(Email, ODD, ODD), max_size=2), st.lists(ODD, max_size=2),
       st.dictionaries(TEXT, ODD, max_size=2), st.lists(st.builds(Consent, ODD, DAYS, DAYS), max_size=2))
def test_unusual_shapes_take_the_generic_path(given_name, notes, emails, languages, custom, consents):
    """Values validation would not give (None, numbers, lists where text is): the fast paths hand them to the generic
    encoder, so the change-log text is still ``dumps`` of the plain value."""
    p = Person(given=given_name, notes=notes, emails=emails, languages=languages, custom=custom, consents=consents)
    plain = PERSON.plain(p)
    assert plain == {f: to_plain(getattr(p, f)) for f in PERSON.names}
    columns = tuple(f.kind.col(getattr(p, f.name)) for f in PERSON.fields)  # (no derived columns: not text names)
    assert PERSON.log_text(columns) == dumps(plain)
    for f in PERSON.fields:
        if not f.kind.identity:  # the plain value decoded from the column is the plain value of the decoded object
            column = f.kind.col(getattr(p, f.name))
            assert f.kind.plain_of_col(column) == to_plain(f.kind.obj(column))
